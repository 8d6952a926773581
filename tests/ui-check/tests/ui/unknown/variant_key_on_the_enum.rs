use error_catalog::error_catalog;

#[error_catalog(code = "BILLING")]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = "The account is frozen", solution = "Contact the owner")]
    Frozen,
}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog(status = 99)]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = "The account is frozen", solution = "Contact the owner")]
    Frozen,
}

fn main() {}

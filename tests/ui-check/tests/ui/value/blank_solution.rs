use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = "The account is frozen", solution = "   ")]
    Frozen,
}

fn main() {}

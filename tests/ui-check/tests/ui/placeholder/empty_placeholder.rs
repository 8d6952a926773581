use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = "Account {} is frozen", solution = "Contact the owner")]
    Frozen(String),
}

fn main() {}

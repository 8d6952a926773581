use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = "Account {account} is frozen", solution = "Contact the owner")]
    Frozen,
}

fn main() {}

use error_catalog::error_catalog;

#[derive(Debug)]
struct Account;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = "Account {0} is frozen", solution = "Contact the owner")]
    Frozen(Account),
}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing<T> {
    #[entry(symptom = "Account {0:?} is frozen", solution = "Contact the owner")]
    Frozen(T),
}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing<'a> {
    #[entry(symptom = "Account {0} is frozen", solution = "Contact the owner")]
    Frozen(&'a str),
}

fn main() {}

use error_catalog::error_catalog;

const FROZEN: &str = "The account is frozen";

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = FROZEN, solution = "Contact the owner")]
    Frozen,
}

fn main() {}

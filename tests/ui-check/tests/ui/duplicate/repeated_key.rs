use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(
        symptom = "The account is frozen",
        symptom = "The account is locked",
        solution = "Contact the owner"
    )]
    Frozen,
}

fn main() {}

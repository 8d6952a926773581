use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(
        code = "account_frozen",
        symptom = "The account is frozen",
        solution = "Contact the owner"
    )]
    Frozen,
}

fn main() {}

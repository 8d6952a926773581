use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(
        code = "BILLING_FROZEN",
        symptom = "The account is frozen",
        solution = "Contact the owner"
    )]
    Frozen,
    #[entry(
        code = "BILLING_FROZEN",
        symptom = "The card is blocked",
        solution = "Use another card"
    )]
    CardBlocked,
}

fn main() {}

// An alias of one embedded catalog equal to a code of another is a shared
// code like any other: without `fallback`, the build fails naming it.
use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Payments {
    #[entry(code = "CARD_DECLINED", symptom = "The card is declined", solution = "Use another card")]
    Declined,
}

#[error_catalog]
#[derive(Debug)]
enum Bank {
    #[entry(
        code = "BANK_REFUSED",
        alias = "CARD_DECLINED",
        symptom = "The bank refused",
        solution = "Call the bank"
    )]
    Refused,
}

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum Shop {
    #[entry(transparent)]
    Payments(Payments),
    #[entry(transparent)]
    Bank(Bank),
}

fn main() {
    let _ = Shop::Payments(Payments::Declined);
    let _ = Shop::Bank(Bank::Refused);
}

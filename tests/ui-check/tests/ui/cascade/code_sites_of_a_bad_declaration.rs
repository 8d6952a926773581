// One bad entry: every `code!` of a code the declaration has (explicit,
// derived, behind `#[cfg]`, of an embedded catalog, even the bad entry's
// own) still compiles, and only a code declared nowhere fails beside it.
use error_catalog::ons::OnsError;
use error_catalog::{code, error_catalog};

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "Cart {cart} is empty", solution = "Add an item")]
    EmptyCart { id: u64 },
    #[entry(symptom = "The shop is closed", solution = "Come back tomorrow")]
    Closed,
    #[entry(code = "SHOP_SOLD_OUT", symptom = "Sold out", solution = "Wait for the next delivery")]
    OutOfStock,
    #[cfg(all())]
    #[entry(symptom = "Paid twice", solution = "Ask for a refund")]
    PaidTwice,
    #[entry(transparent)]
    Mq(OnsError),
}

const CLOSED: &str = code!(ShopError, "SHOP_CLOSED");

fn main() {
    let _ = (CLOSED, ShopError::EmptyCart { id: 1 }, ShopError::OutOfStock, ShopError::PaidTwice);
    let _ = code!(ShopError, "SHOP_EMPTY_CART");
    let _ = code!(ShopError, "SHOP_SOLD_OUT");
    let _ = code!(ShopError, "SHOP_PAID_TWICE");
    let _ = code!(ShopError, "BIZ_NO_MESSAGE");
    let _ = code!(ShopError, "SHOP_CLOSD");
}

// A `#[from]` field is the source, so its type is an error: reported once,
// at the field's type.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "Item {0} is sold out", solution = "Order another")]
    SoldOut(#[from] u32),
}

fn main() {
    let _ = ShopError::from(7);
}

// Some variants have thiserror's `#[error]`, others do not: one error at the
// enum, which says both ways to go.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, thiserror::Error)]
enum ShopError {
    #[error("the shop is closed")]
    #[entry(solution = "Come back tomorrow")]
    Closed,
    #[entry(symptom = "Cart {0} is empty", solution = "Add an item")]
    EmptyCart(u64),
}

fn main() {}

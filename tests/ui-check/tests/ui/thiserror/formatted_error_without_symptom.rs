// A text with format arguments is thiserror's alone: the entry needs a
// symptom of its own, said at the first argument.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, thiserror::Error)]
enum ShopError {
    #[error("cart {} is empty", .0 + 1)]
    #[entry(solution = "Add an item")]
    EmptyCart(u64),
}

fn main() {
    let _ = ShopError::EmptyCart(1).to_string();
}

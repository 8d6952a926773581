// The text taken as the symptom follows the rules of a symptom.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, thiserror::Error)]
enum ShopError {
    #[error("the shop is closed ")]
    #[entry(solution = "Come back tomorrow")]
    Closed,
    #[error("")]
    #[entry(solution = "Ask")]
    Silent,
}

fn main() {}

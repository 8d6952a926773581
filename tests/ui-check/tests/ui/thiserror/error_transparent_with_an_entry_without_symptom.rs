// `#[error(transparent)]` has no text to take the symptom from.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, thiserror::Error)]
enum ShopError {
    #[error(transparent)]
    #[entry(code = "SHOP_STORAGE", solution = "Retry later")]
    Io(#[from] std::io::Error),
}

fn main() {}

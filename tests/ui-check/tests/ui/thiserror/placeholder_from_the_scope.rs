// thiserror takes `{LIMIT}` from the scope; a symptom shows fields alone.
use error_catalog::error_catalog;

const LIMIT: u32 = 10;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, thiserror::Error)]
enum ShopError {
    #[error("more than {LIMIT} items in cart {0}")]
    #[entry(solution = "Remove some items")]
    CartFull(u64),
}

fn main() {}

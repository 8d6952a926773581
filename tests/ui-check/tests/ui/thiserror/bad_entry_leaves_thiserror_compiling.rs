// A mistake in an entry of a thiserror enum: the build shows it and nothing
// that follows from it; thiserror's Display, Error and From are the only
// ones, and the crate's uses of them and of the catalog still compile.
use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, thiserror::Error)]
enum ShopError {
    #[error("cart {0} is empty")]
    #[entry(solution = "Add an item", status = 4040)]
    EmptyCart(u64),
    #[error("storage failed")]
    #[entry(solution = "Retry")]
    Storage(#[from] std::io::Error),
    #[error(transparent)]
    #[entry(transparent)]
    Mq(#[from] error_catalog::ons::OnsError),
}

fn main() {
    let error: ShopError = std::io::Error::other("disk").into();
    let _ = (error.to_string(), error.code(), std::error::Error::source(&error));
    let _: ShopError = error_catalog::ons::OnsError::BizNoMessage.into();
    let _ = ShopError::lookup("SHOP_EMPTY_CART");
}

// `#[error(transparent)]` over an error that is no catalog, and no entry:
// the message says what each kind of field takes.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, thiserror::Error)]
enum ShopError {
    #[error("the shop is closed")]
    #[entry(solution = "Come back tomorrow")]
    Closed,
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

fn main() {
    let _: ShopError = std::io::Error::other("disk").into();
}

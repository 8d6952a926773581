// `#[error(fmt = ...)]` formats with a function, not a text.
use error_catalog::error_catalog;
use std::fmt;

fn closed(formatter: &mut fmt::Formatter) -> fmt::Result {
    formatter.write_str("closed")
}

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, thiserror::Error)]
enum ShopError {
    #[error(fmt = closed)]
    #[entry(solution = "Come back tomorrow")]
    Closed,
}

fn main() {}

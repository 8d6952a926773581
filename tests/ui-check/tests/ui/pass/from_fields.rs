// `#[from]` beside `#[source]` on one field, and two variants that convert
// from one type under `#[cfg]`s that exclude each other, in a crate that
// denies the lints generated code could trip.
#![deny(warnings, unused_qualifications)]

use error_catalog::{CatalogError, error_catalog};

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "Count {0} is no number", solution = "Write digits")]
    Count(#[from] #[source] std::num::ParseIntError),
    #[cfg(unix)]
    #[entry(symptom = "Reading failed: {0}", solution = "Check the file")]
    UnixRead(#[from] std::io::Error),
    #[cfg(not(unix))]
    #[entry(symptom = "Reading failed: {0}", solution = "Check the file")]
    OtherRead(#[from] std::io::Error),
}

fn count(text: &str) -> Result<u32, ShopError> {
    Ok(text.parse()?)
}

fn main() {
    assert_eq!(count("x").unwrap_err().code(), "SHOP_COUNT");
    let read = ShopError::from(std::io::Error::other("disk"));
    assert!(read.code().ends_with("_READ"));
}

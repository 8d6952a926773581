// A code that is its variant's name: rustdoc refuses a search alias equal to
// the item's name, so the attribute gives such a variant none.
#![deny(warnings)]

use error_catalog::{CatalogError, ErrorCatalog, code, error_catalog};

/// Alibaba's `ServiceUnavailable`, derived in `Dotted.PascalCase` without a prefix.
#[error_catalog(code_style = "Dotted.PascalCase")]
#[derive(Debug, PartialEq)]
pub enum Gateway {
    #[entry(symptom = "The service is unavailable", solution = "Retry later")]
    ServiceUnavailable,
    /// Documented by the user: the alias is left out all the same.
    #[entry(code = "Throttling", symptom = "Too many requests", solution = "Slow down")]
    Throttling,
    #[entry(code = "Throttling.User", symptom = "Too many requests of one user", solution = "Slow down")]
    ThrottlingUser,
}

/// An explicit code equal to the name.
#[error_catalog(code_style = "any")]
#[derive(Debug, PartialEq)]
pub enum Http {
    #[entry(code = "E404", symptom = "Not found", solution = "Check the path")]
    E404,
}

fn main() {
    assert_eq!(Gateway::ServiceUnavailable.code(), "ServiceUnavailable");
    assert_eq!("Throttling".parse(), Ok(Gateway::Throttling));
    assert_eq!(code!(Gateway, "Throttling.User"), "Throttling.User");
    assert_eq!(Http::E404.code(), "E404");
    assert!(Http::lookup("E404").is_some());
}

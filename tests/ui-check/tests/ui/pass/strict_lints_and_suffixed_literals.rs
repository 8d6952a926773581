// The generated code passes a crate's strictest lint levels: no `allow` that a
// `forbid` would refuse, nothing unused when every entry is behind a disabled
// `#[cfg]`. String literals with a suffix read as their text, as before.
#![forbid(dead_code)]
#![deny(warnings)]

use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

#[error_catalog(prefix = "APP_")]
#[derive(Debug, PartialEq)]
pub enum AppError {
    #[entry(code = "APP_SUFFIXED"sfx, symptom = "Suffixed"x, solution = "Nothing"y)]
    Suffixed,
    #[entry(symptom = "Plain", solution = "Nothing", status = 404)]
    Plain,
}

#[error_catalog]
#[derive(Debug)]
pub enum AllDisabled {
    #[cfg(any())]
    #[entry(symptom = "Never compiled", solution = "Nothing")]
    Disabled,
}

fn main() {
    assert_eq!(AppError::from_code("APP_SUFFIXED"), Some(AppError::Suffixed));
    assert_eq!(AppError::Suffixed.symptom(), "Suffixed");
    assert_eq!(AppError::Plain.status(), Some(404));
    assert!(AllDisabled::ENTRIES.is_empty());
}

// Every own entry behind a disabled `#[cfg]`: what is left is the embedded
// catalog, and the generated code still compiles without a warning.
#![deny(warnings)]

use error_catalog::ons::OnsError;
use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

#[error_catalog(prefix = "APP_")]
#[derive(Debug, PartialEq)]
enum AppError {
    #[cfg(any())]
    #[entry(symptom = "Never compiled", solution = "Nothing")]
    Disabled,
    #[entry(transparent)]
    Mq(OnsError),
}

fn main() {
    assert_eq!(AppError::ENTRIES.len(), 17);
    assert!(AppError::lookup("APP_DISABLED").is_none());
    let error = AppError::from_code("BIZ_NO_MESSAGE").unwrap();
    assert_eq!(error, AppError::Mq(OnsError::BizNoMessage));
    assert_eq!(error.code(), "BIZ_NO_MESSAGE");
    assert_eq!(error.status(), OnsError::BizNoMessage.status());
    assert!(!error.symptom().is_empty());
    assert!(error.entry().is_some());
    assert!(!error.to_string().is_empty());
}

// Variants behind `#[cfg]`: a disabled one is gone from the enum, the
// entries, the lookups and the positions of the entries after it.
use error_catalog::ons::OnsError;
use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

#[error_catalog(prefix = "APP_")]
#[derive(Debug, PartialEq)]
enum AppError {
    #[entry(symptom = "First", solution = "Nothing")]
    First,
    #[cfg(any())]
    #[entry(symptom = "Never compiled", solution = "Nothing")]
    Disabled,
    #[cfg(all())]
    #[entry(symptom = "Always compiled", solution = "Nothing")]
    Enabled,
    #[cfg(any())]
    #[entry(transparent)]
    DisabledMq(OnsError),
    #[entry(symptom = "Last", solution = "Nothing")]
    Last,
    #[cfg(all())]
    #[entry(transparent)]
    Mq(OnsError),
}

fn main() {
    let codes: Vec<&str> = AppError::ENTRIES.iter().map(|e| e.code()).collect();
    assert_eq!(&codes[..3], ["APP_FIRST", "APP_ENABLED", "APP_LAST"]);
    assert_eq!(codes.len(), 3 + 17);
    assert!(AppError::lookup("APP_DISABLED").is_none());
    assert_eq!(AppError::from_code("APP_LAST"), Some(AppError::Last));
    assert!(std::ptr::eq(AppError::Last.entry().unwrap(), &AppError::ENTRIES[2]));
    assert!(std::ptr::eq(AppError::Enabled.entry().unwrap(), &AppError::ENTRIES[1]));
    assert_eq!(AppError::from_code("BIZ_NO_MESSAGE"), Some(AppError::Mq(OnsError::BizNoMessage)));
}

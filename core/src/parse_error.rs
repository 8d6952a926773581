//! [`ParseCodeError`]: what `FromStr` gives for a code it cannot turn into a value.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

use crate::Entry;

/// The error of parsing a code into a catalog value: the code is unknown,
/// or it is known but its variant carries data that a code alone cannot
/// give.
///
/// Returned by the generated `FromStr` and `TryFrom<&str>`. It keeps the
/// code as received, and, for a known code, its entry, so nothing received
/// is lost; [`ErrorCatalog::receive`](crate::ErrorCatalog::receive) gives
/// both cases as values instead.
///
/// ```
/// use error_catalog::{error_catalog, ErrorCatalog};
///
/// #[error_catalog(name = "billing", prefix = "BILLING_")]
/// #[derive(Debug, PartialEq)]
/// enum BillingError {
///     #[entry(symptom = "Account {0} is frozen", solution = "Contact the account owner")]
///     AccountFrozen(String),
///     #[entry(symptom = "The service is in maintenance", solution = "Retry later")]
///     InMaintenance,
/// }
///
/// let unknown = "NOT_A_CODE".parse::<BillingError>().unwrap_err();
/// assert_eq!(unknown.code(), "NOT_A_CODE");
/// assert_eq!(unknown.entry(), None);
/// assert_eq!(unknown.to_string(), "unknown error code `NOT_A_CODE` in catalog billing");
///
/// // A known code whose variant carries data: no value, but its entry.
/// let known = "BILLING_ACCOUNT_FROZEN".parse::<BillingError>().unwrap_err();
/// assert_eq!(known.entry(), BillingError::lookup("BILLING_ACCOUNT_FROZEN"));
/// assert_eq!(
///     known.to_string(),
///     "error code `BILLING_ACCOUNT_FROZEN` of catalog billing is variant `AccountFrozen`, \
///      whose data a code cannot give; `ErrorCatalog::receive` keeps its entry"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ParseCodeError {
    code: Box<str>,
    catalog: &'static str,
    entry: Option<&'static Entry>,
}

impl ParseCodeError {
    /// A `code` that the catalog named `catalog` does not know.
    pub fn new(code: impl Into<Box<str>>, catalog: &'static str) -> Self {
        ParseCodeError {
            code: code.into(),
            catalog,
            entry: None,
        }
    }

    /// A `code` that the catalog named `catalog` knows as `entry`, whose
    /// variant carries data.
    pub fn known(code: impl Into<Box<str>>, catalog: &'static str, entry: &'static Entry) -> Self {
        ParseCodeError {
            code: code.into(),
            catalog,
            entry: Some(entry),
        }
    }

    /// The code, as received.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The name of the catalog that was asked.
    pub fn catalog(&self) -> &'static str {
        self.catalog
    }

    /// The entry of a known code whose variant carries data; `None` for an
    /// unknown code.
    pub fn entry(&self) -> Option<&'static Entry> {
        self.entry
    }

    /// The code, by value.
    pub fn into_code(self) -> String {
        self.code.into()
    }
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.entry {
            None => write!(
                f,
                "unknown error code `{}` in catalog {}",
                self.code, self.catalog
            ),
            Some(entry) => write!(
                f,
                "error code `{}` of catalog {} is variant `{}`, whose data a code cannot give; \
                 `ErrorCatalog::receive` keeps its entry",
                self.code,
                self.catalog,
                entry.variant()
            ),
        }
    }
}

impl core::error::Error for ParseCodeError {}

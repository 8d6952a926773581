//! Catalogs declared by a `macro_rules!` that forwards the values of the
//! keys: each arrives as an invisible group around its literal, in any
//! position of the attribute.

use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

macro_rules! catalog {
    ($prefix:literal, $status:literal, $code:literal, $symptom:literal, $solution:literal, $url:expr) => {
        #[error_catalog(prefix = $prefix, status = $status, name = "forwarded")]
        #[derive(Debug, PartialEq)]
        pub enum Forwarded {
            #[entry(code = $code, status = $status, symptom = $symptom, solution = $solution)]
            Explicit,
            #[entry(status = $status, symptom = $symptom, url = $url, solution = $solution)]
            Derived,
        }
    };
}

catalog!(
    "FWD_",
    503,
    "FWD_EXPLICIT_CODE",
    "It failed",
    "Retry",
    "https://example.com/e"
);

#[test]
fn forwarded_values_are_read_wherever_they_stand() {
    assert_eq!(Forwarded::Explicit.code(), "FWD_EXPLICIT_CODE");
    assert_eq!(Forwarded::Derived.code(), "FWD_DERIVED");
    assert_eq!(Forwarded::Explicit.status(), Some(503));
    assert_eq!(Forwarded::Derived.symptom(), "It failed");
    assert_eq!(Forwarded::Derived.solution(), "Retry");
    let entry = Forwarded::lookup("FWD_DERIVED").expect("derived from the forwarded prefix");
    assert_eq!(entry.url(), Some("https://example.com/e"));
    assert_eq!(Forwarded::NAME, "forwarded");
    assert_eq!("FWD_EXPLICIT_CODE".parse(), Ok(Forwarded::Explicit));
}

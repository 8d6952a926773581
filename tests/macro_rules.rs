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

macro_rules! with_placeholders {
    ($symptom:literal, $solution:literal) => {
        #[error_catalog(prefix = "FWD_")]
        #[derive(Debug)]
        pub enum Placeholders {
            #[entry(symptom = $symptom, solution = $solution)]
            Quota { used: u32, limit: u32 },
            #[entry(symptom = "Topic {0} of {1:?}", solution = "Check {0}")]
            Topic(String, u8),
        }
    };
}

with_placeholders!("Used {used} of {limit}", "Raise {limit}");

#[test]
fn forwarded_texts_with_placeholders_see_the_fields() {
    let quota = Placeholders::Quota { used: 3, limit: 2 };
    assert_eq!(quota.symptom(), "Used 3 of 2");
    assert_eq!(quota.solution(), "Raise 2");
    assert_eq!(quota.to_string(), "FWD_QUOTA: Used 3 of 2");
    assert_eq!(Placeholders::Topic("t".into(), 7).symptom(), "Topic t of 7");
}

/// The whole body of the enum written where the macro is called.
macro_rules! declare {
    ($name:ident { $($variants:tt)* }) => {
        #[error_catalog(prefix = "BODY_")]
        #[derive(Debug)]
        pub enum $name {
            $($variants)*
        }
    };
}

declare!(Body {
    #[entry(symptom = "{0}", solution = "Retry {0:?} later")]
    Unnamed(u8),
    #[entry(symptom = "{x} and {x:>3}", solution = "{x:#x}")]
    Named { x: u8 },
});

#[test]
fn a_body_written_at_the_call_site_formats_its_fields() {
    assert_eq!(Body::Unnamed(0).symptom(), "0");
    assert_eq!(Body::Unnamed(0).solution(), "Retry 0 later");
    assert_eq!(Body::Named { x: 10 }.symptom(), "10 and  10");
    assert_eq!(Body::Named { x: 10 }.solution(), "0xa");
    assert_eq!(
        format!("{:#}", Body::Named { x: 1 }),
        "BODY_NAMED: 1 and   1 (solution: 0x1)"
    );
}

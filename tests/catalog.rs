//! The generated impls of `#[error_catalog]`, on catalogs declared here as a
//! user's crate would declare them.

use std::borrow::Cow;
use std::error::Error as _;
use std::fmt;

use error_catalog::{CatalogError, Entry, ErrorCatalog, ParseCodeError, error_catalog};

/// Errors of the billing service.
#[error_catalog(name = "billing", prefix = "BILLING_", status = 400)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BillingError {
    #[entry(
        symptom = "Quota of {limit} requests exceeded ({used} used)",
        solution = "Wait for the next billing period or raise the quota above {limit}",
        status = 429
    )]
    QuotaExceeded { used: u64, limit: u64 },

    #[entry(
        code = "BILLING_ACCOUNT_FROZEN",
        symptom = "Account {0} is frozen",
        solution = "Contact the account owner",
        url = "https://example.com/billing#frozen"
    )]
    Frozen(String),

    #[entry(symptom = "The service is in maintenance", solution = "Retry later")]
    InMaintenance,

    #[entry(symptom = "Plan {plan:?} is unknown", solution = "Use one of {{free, pro}}")]
    UnknownPlan { plan: String },
}

#[test]
fn codes_are_derived_or_explicit() {
    assert_eq!(
        BillingError::QuotaExceeded { used: 2, limit: 1 }.code(),
        "BILLING_QUOTA_EXCEEDED"
    );
    assert_eq!(BillingError::Frozen("a".into()).code(), "BILLING_ACCOUNT_FROZEN");
    assert_eq!(BillingError::InMaintenance.code(), "BILLING_IN_MAINTENANCE");
    assert_eq!(
        BillingError::UnknownPlan { plan: "x".into() }.code(),
        "BILLING_UNKNOWN_PLAN"
    );
}

#[test]
fn placeholders_are_filled_in_and_plain_texts_borrowed() {
    let quota = BillingError::QuotaExceeded {
        used: 1200,
        limit: 1000,
    };
    assert_eq!(quota.symptom(), "Quota of 1000 requests exceeded (1200 used)");
    assert_eq!(
        quota.solution(),
        "Wait for the next billing period or raise the quota above 1000"
    );
    assert!(matches!(quota.symptom(), Cow::Owned(_)));

    let frozen = BillingError::Frozen("acme".into());
    assert_eq!(frozen.symptom(), "Account acme is frozen");
    assert!(matches!(
        frozen.solution(),
        Cow::Borrowed("Contact the account owner")
    ));

    let plan = BillingError::UnknownPlan { plan: "gold".into() };
    assert_eq!(plan.symptom(), "Plan \"gold\" is unknown");
    // `{{` and `}}` are literal braces, and a text without placeholders is borrowed.
    assert!(matches!(plan.solution(), Cow::Borrowed("Use one of {free, pro}")));
    assert!(matches!(
        BillingError::InMaintenance.symptom(),
        Cow::Borrowed("The service is in maintenance")
    ));
}

#[test]
fn display_writes_code_and_symptom_and_the_alternate_form_adds_the_solution() {
    let quota = BillingError::QuotaExceeded { used: 3, limit: 2 };
    assert_eq!(
        quota.to_string(),
        "BILLING_QUOTA_EXCEEDED: Quota of 2 requests exceeded (3 used)"
    );
    assert_eq!(
        format!("{quota:#}"),
        "BILLING_QUOTA_EXCEEDED: Quota of 2 requests exceeded (3 used) \
         (solution: Wait for the next billing period or raise the quota above 2)"
    );
    assert_eq!(
        format!("{:#}", BillingError::UnknownPlan { plan: "x".into() }),
        "BILLING_UNKNOWN_PLAN: Plan \"x\" is unknown (solution: Use one of {free, pro})"
    );
}

#[test]
fn display_ignores_the_outer_format_flags_for_fields() {
    // The alternate flag selects the solution; it does not reach the fields' own formatting.
    let plan = BillingError::UnknownPlan { plan: "x\ny".into() };
    assert_eq!(format!("{plan:#}").lines().count(), 1);
}

#[test]
fn status_comes_from_the_entry_else_the_catalog() {
    assert_eq!(
        BillingError::QuotaExceeded { used: 0, limit: 0 }.status(),
        Some(429)
    );
    assert_eq!(BillingError::InMaintenance.status(), Some(400));
    assert_eq!(
        BillingError::lookup("BILLING_ACCOUNT_FROZEN").unwrap().status(),
        Some(400)
    );
}

#[test]
fn entries_are_in_declaration_order_with_templates_as_written() {
    assert_eq!(BillingError::NAME, "billing");
    let entries = BillingError::entries();
    assert_eq!(entries, BillingError::ENTRIES);
    let codes: Vec<_> = entries.iter().map(Entry::code).collect();
    assert_eq!(
        codes,
        [
            "BILLING_QUOTA_EXCEEDED",
            "BILLING_ACCOUNT_FROZEN",
            "BILLING_IN_MAINTENANCE",
            "BILLING_UNKNOWN_PLAN"
        ]
    );
    let quota = &entries[0];
    assert_eq!(
        quota.symptom(),
        "Quota of {limit} requests exceeded ({used} used)"
    );
    assert_eq!(quota.variant(), "QuotaExceeded");
    assert_eq!(quota.catalog(), "billing");
    assert_eq!(quota.url(), None);
    assert_eq!(entries[1].url(), Some("https://example.com/billing#frozen"));
    assert_eq!(entries[3].solution(), "Use one of {{free, pro}}");
}

#[test]
fn entry_of_a_value_is_its_row() {
    let frozen = BillingError::Frozen("x".into());
    let entry = frozen.entry().unwrap();
    assert!(std::ptr::eq(entry, &BillingError::ENTRIES[1]));
    assert_eq!(entry, BillingError::lookup("BILLING_ACCOUNT_FROZEN").unwrap());
}

#[test]
fn lookup_and_from_code() {
    assert_eq!(
        BillingError::lookup("BILLING_IN_MAINTENANCE").unwrap().variant(),
        "InMaintenance"
    );
    assert!(BillingError::lookup("billing_in_maintenance").is_none());
    assert!(BillingError::lookup("").is_none());
    assert_eq!(
        BillingError::from_code("BILLING_IN_MAINTENANCE"),
        Some(BillingError::InMaintenance)
    );
    // Known, but the variant carries data: there is no value to return.
    assert!(BillingError::lookup("BILLING_QUOTA_EXCEEDED").is_some());
    assert_eq!(BillingError::from_code("BILLING_QUOTA_EXCEEDED"), None);
    assert_eq!(BillingError::from_code("NOPE"), None);
}

#[test]
fn from_str_and_try_from() {
    assert_eq!(
        "BILLING_IN_MAINTENANCE".parse::<BillingError>(),
        Ok(BillingError::InMaintenance)
    );
    assert_eq!(
        BillingError::try_from("BILLING_IN_MAINTENANCE"),
        Ok(BillingError::InMaintenance)
    );
    let error = "BILLING_NOPE".parse::<BillingError>().unwrap_err();
    assert_eq!(error, ParseCodeError::new("BILLING_NOPE", "billing"));
    assert_eq!(
        error.to_string(),
        "unknown error code `BILLING_NOPE` in catalog billing"
    );
    assert_eq!(error.catalog(), "billing");
    assert_eq!(error.clone().into_code(), "BILLING_NOPE");
    // A known code whose variant carries data is never taken for unknown.
    let known = BillingError::try_from("BILLING_QUOTA_EXCEEDED").unwrap_err();
    assert_eq!(known.entry(), BillingError::lookup("BILLING_QUOTA_EXCEEDED"));
    assert_eq!(known.code(), "BILLING_QUOTA_EXCEEDED");
    assert!(known.to_string().contains("variant `QuotaExceeded`"), "{known}");
}

/// Codes of any length, ASCII or not, read, compare, hash and print as the
/// code they were made from.
#[test]
fn unknown_codes_of_any_length() {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};

    let hash = |error: &ParseCodeError| {
        let mut hasher = DefaultHasher::new();
        error.hash(&mut hasher);
        hasher.finish()
    };
    for code in [
        "",
        "X",
        "ÉCHEC_DU_PAIEMENT",
        "A_CODE_OF_EXACTLY_FORTY_EIGHT_BYTES_IN_LENGTH_XY",
        "A_CODE_OF_FORTY_NINE_BYTES_IS_KEPT_ON_THE_HEAP_XY",
        "漢字のコードも短ければその場に置かれる",
        "a code of a hundred bytes or more is rare, but a response body can carry anything at all, so it is kept",
    ] {
        let error = code.parse::<BillingError>().unwrap_err();
        assert_eq!(error.code(), code);
        assert_eq!(error, ParseCodeError::new(code, "billing"));
        assert_ne!(error, ParseCodeError::new(code, "other"));
        assert_eq!(hash(&error), hash(&ParseCodeError::new(code, "billing")));
        assert_eq!(
            format!("{error:?}"),
            format!("ParseCodeError {{ code: {code:?}, catalog: \"billing\", entry: None }}")
        );
        assert_eq!(error.into_code(), code);
    }
    // Every length from none to 62 bytes.
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz";
    for len in 0..=alphabet.len() {
        let code = &alphabet[..len];
        assert_eq!(ParseCodeError::new(code, "billing").code(), code);
        assert_eq!(code.parse::<BillingError>().unwrap_err().into_code(), code);
    }
    assert_eq!(
        ParseCodeError::new(String::from("BILLING_NOPE"), "billing"),
        ParseCodeError::new("BILLING_NOPE", "billing")
    );
}

#[test]
fn catalog_errors_work_as_trait_objects() {
    let errors: [Box<dyn CatalogError>; 2] = [
        Box::new(BillingError::InMaintenance),
        Box::new(BillingError::Frozen("b".into())),
    ];
    let codes: Vec<&str> = errors.iter().map(|e| e.code()).collect();
    assert_eq!(codes, ["BILLING_IN_MAINTENANCE", "BILLING_ACCOUNT_FROZEN"]);
}

#[derive(Debug)]
pub struct Disk;

impl fmt::Display for Disk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("disk on fire")
    }
}

impl std::error::Error for Disk {}

/// Errors that wrap lower-level errors.
#[error_catalog]
#[derive(Debug)]
pub enum StorageError {
    #[entry(symptom = "Writing {path} failed: {source}", solution = "Check the disk")]
    Write { path: String, source: std::io::Error },
    #[entry(symptom = "The backend failed", solution = "Retry")]
    Backend(#[source] Disk),
    #[entry(symptom = "A boxed error: {0}", solution = "Read the cause")]
    Boxed(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[entry(symptom = "No cause", solution = "None needed")]
    Plain,
}

#[test]
fn source_is_the_source_field() {
    let write = StorageError::Write {
        path: "/tmp/x".into(),
        source: std::io::Error::other("full"),
    };
    assert_eq!(write.code(), "WRITE");
    assert_eq!(write.symptom(), "Writing /tmp/x failed: full");
    assert_eq!(write.source().unwrap().to_string(), "full");
    assert_eq!(
        StorageError::Backend(Disk).source().unwrap().to_string(),
        "disk on fire"
    );
    let boxed = StorageError::Boxed("inner".into());
    assert_eq!(boxed.source().unwrap().to_string(), "inner");
    assert!(StorageError::Plain.source().is_none());
    assert_eq!(StorageError::NAME, "StorageError");
    assert_eq!(StorageError::Plain.status(), None);
}

/// A catalog without fields anywhere, without a source, and with raw and
/// acronym-heavy names.
#[error_catalog(prefix = "NET_")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetError {
    #[entry(symptom = "The request timed out", solution = "Retry")]
    HTTPTimeout,
    #[entry(symptom = "HTTP/2 failed", solution = "Fall back to HTTP/1.1")]
    Http2Error,
    #[entry(symptom = "A type error", solution = "Fix the type")]
    r#Type,
}

#[test]
fn derived_codes_handle_acronyms_digits_and_raw_identifiers() {
    let codes: Vec<&str> = NetError::ENTRIES.iter().map(Entry::code).collect();
    assert_eq!(codes, ["NET_HTTP_TIMEOUT", "NET_HTTP2_ERROR", "NET_TYPE"]);
    assert_eq!(NetError::ENTRIES[2].variant(), "Type");
    assert_eq!(NetError::from_code("NET_TYPE"), Some(NetError::r#Type));
    assert!(NetError::Http2Error.source().is_none());
}

/// Codes of 1 to 17 bytes: some shorter than a word, which the lookup
/// compares apart from the others.
#[error_catalog]
#[derive(Debug, PartialEq, Eq)]
pub enum ShortCodes {
    #[entry(code = "A", symptom = "One byte", solution = "None")]
    One,
    #[entry(code = "ABC", symptom = "Three bytes", solution = "None")]
    Three,
    #[entry(code = "ABCDEFG", symptom = "Seven bytes", solution = "None")]
    Seven,
    #[entry(code = "ABCDEFGH", symptom = "Eight bytes", solution = "None")]
    Eight,
    #[entry(code = "ABCDEFGHI", symptom = "Nine bytes", solution = "None")]
    Nine,
    #[entry(code = "ABCDEFGHIJKLMNOPQ", symptom = "Seventeen bytes", solution = "None")]
    Seventeen,
}

/// Codes of 16 to 20 bytes only: a probe outside those lengths is no code.
#[error_catalog]
#[derive(Debug, PartialEq, Eq)]
pub enum LongCodes {
    #[entry(code = "ABCDEFGHIJKLMNOP", symptom = "Sixteen bytes", solution = "None")]
    Sixteen,
    #[entry(code = "ABCDEFGHIJKLMNOPQRST", symptom = "Twenty bytes", solution = "None")]
    Twenty,
}

#[test]
fn codes_of_every_length_are_found_and_nothing_else() {
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for len in 0..=alphabet.len() {
        let probe = &alphabet[..len];
        let short = ShortCodes::from_code(probe);
        assert_eq!(short.is_some(), [1, 3, 7, 8, 9, 17].contains(&len), "{probe}");
        if let Some(found) = short {
            assert_eq!(found.code(), probe);
        }
        let long = LongCodes::from_code(probe);
        assert_eq!(long.is_some(), [16, 20].contains(&len), "{probe}");
        assert_eq!(
            LongCodes::lookup(probe).map(Entry::code),
            long.as_ref().map(CatalogError::code)
        );
        // The same length, one byte changed: a miss.
        let changed = probe.replacen('A', "a", 1);
        assert!(ShortCodes::from_code(&changed).is_none() && LongCodes::from_code(&changed).is_none());
    }
}

//! How a code resolves, where catalogs are embedded: an exact code or alias
//! wins over any family wherever it is declared; among exact codes, the
//! enum's own entries first, then embedded catalogs without `fallback`,
//! then `fallback` ones; among families the longest prefix. One test per
//! way the order of the lookups once went wrong.

use error_catalog::ons::OnsError;
use error_catalog::{CatalogError, ErrorCatalog, ParseCodeError, Received, error_catalog};

/// A catalog that shares a code with the catalogs that embed it, and has a
/// family.
#[error_catalog(prefix = "APP_")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inner {
    #[entry(
        code = "SHARED",
        symptom = "Inner's shared code",
        solution = "Ask the inner service"
    )]
    Shared,
    #[entry(family = "APP_", symptom = "Some app error", solution = "See the app's docs")]
    App(String),
}

/// An own data code equal to an inner code, and an own family longer than
/// the inner one.
#[error_catalog(prefix = "OUTER_")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outer {
    #[entry(
        code = "SHARED",
        symptom = "Shared code {0}",
        solution = "Retry",
        status = 409
    )]
    Own(u32),
    #[entry(family = "APP_QUOTA_", symptom = "A quota", solution = "Wait", status = 429)]
    Quota(String),
    #[entry(transparent, fallback)]
    In(Inner),
}

#[test]
fn an_own_data_code_resolves_to_its_entry_not_to_a_fallback_catalogs_value() {
    let entry = Outer::lookup("SHARED").expect("the own entry");
    assert_eq!((entry.variant(), entry.status()), ("Own", Some(409)));
    assert_eq!(Outer::receive("SHARED"), Received::Entry(entry));
    assert_eq!(Outer::from_code("SHARED"), None);
    let error: ParseCodeError = "SHARED".parse::<Outer>().unwrap_err();
    assert_eq!(error.entry(), Some(entry));
}

#[test]
fn an_own_longer_family_beats_a_fallback_catalogs_shorter_one() {
    let entry = Outer::lookup("APP_QUOTA_MONTHLY").expect("a family");
    assert_eq!((entry.code(), entry.status()), ("APP_QUOTA_*", Some(429)));
    assert_eq!(
        Outer::from_code("APP_QUOTA_MONTHLY"),
        Some(Outer::Quota("APP_QUOTA_MONTHLY".into()))
    );
    // A code only the shorter family takes is the embedded catalog's.
    assert_eq!(
        Outer::from_code("APP_OTHER"),
        Some(Outer::In(Inner::App("APP_OTHER".into())))
    );
    assert_eq!(
        Outer::lookup("APP_OTHER").map(|entry| entry.code()),
        Some("APP_*")
    );
}

/// A catalog whose family takes every ONS code's prefix.
#[error_catalog(name = "biz")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Biz {
    #[entry(family = "BIZ_", symptom = "Some business error", solution = "See the docs")]
    Any(String),
}

/// The family's catalog declared before the one with the exact codes.
#[error_catalog(prefix = "GATEWAY_")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gateway {
    #[entry(transparent)]
    Biz(Biz),
    #[entry(transparent)]
    Mq(OnsError),
}

#[test]
fn an_embedded_exact_code_beats_an_embedded_family_declared_before_it() {
    let code = "BIZ_TOPIC_NOT_FOUND";
    assert!(Gateway::entries().iter().any(|entry| entry.code() == code));
    assert_eq!(Gateway::lookup(code), OnsError::lookup(code));
    assert_eq!(
        Gateway::receive(code),
        Received::Known(Gateway::Mq(OnsError::BizTopicNotFound))
    );
    assert_eq!(
        Gateway::from_code("BIZ_SOMETHING_NEW"),
        Some(Gateway::Biz(Biz::Any("BIZ_SOMETHING_NEW".into())))
    );
    assert_eq!(Gateway::Mq(OnsError::BizTopicNotFound).code(), code);
}

#[error_catalog]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payments {
    #[entry(
        code = "CARD_DECLINED",
        symptom = "The card is declined",
        solution = "Use another card"
    )]
    Declined,
}

#[error_catalog]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bank {
    #[entry(
        code = "BANK_REFUSED",
        alias = "CARD_DECLINED",
        symptom = "The bank refused",
        solution = "Call the bank"
    )]
    Refused,
}

/// Without `fallback` on `Bank`, its alias equal to a code of `Payments` is
/// a build error (UI case `reuse/embedded_alias_equal_to_another_embedded_code`).
#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shop {
    #[entry(transparent, fallback)]
    Bank(Bank),
    #[entry(transparent)]
    Payments(Payments),
}

#[test]
fn an_alias_of_a_fallback_catalog_yields_to_another_catalogs_code() {
    assert_eq!(
        Shop::from_code("CARD_DECLINED"),
        Some(Shop::Payments(Payments::Declined))
    );
    assert_eq!(
        Shop::lookup("CARD_DECLINED").map(|entry| entry.catalog()),
        Some("Payments")
    );
    assert_eq!(Shop::from_code("BANK_REFUSED"), Some(Shop::Bank(Bank::Refused)));
    // `Bank`'s entry stays in `ENTRIES`: its code is its own.
    assert_eq!(Shop::entries().len(), 2);
}

/// An own entry configured out, whose code the embedded catalog has in
/// the place of `ENTRIES` where the entry would be.
#[error_catalog(prefix = "CFG_")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Configured {
    #[cfg(any())]
    #[entry(code = "ONS_SYSTEM_ERROR", symptom = "Never built", solution = "None")]
    Gone,
    #[entry(transparent, status = 404)]
    Mq(OnsError),
}

#[test]
fn a_code_of_an_entry_configured_out_resolves_to_the_embedded_catalog() {
    let entry = Configured::lookup("ONS_SYSTEM_ERROR").expect("the embedded entry");
    assert_eq!((entry.catalog(), entry.status()), (OnsError::NAME, Some(404)));
    assert_eq!(
        Configured::receive("ONS_SYSTEM_ERROR"),
        Received::Known(Configured::Mq(OnsError::OnsSystemError))
    );
}

/// A `fallback` catalog whose entry has an alias that is another catalog's
/// code.
#[error_catalog]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Legacy {
    #[entry(
        code = "LEGACY_ONLY",
        alias = "CARD_DECLINED",
        alias = "LEGACY_OLD",
        symptom = "Old",
        solution = "New"
    )]
    Only,
}

#[error_catalog(prefix = "STORE_")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Store {
    #[entry(transparent)]
    Payments(Payments),
    #[entry(transparent, fallback)]
    Legacy(Legacy),
}

#[test]
fn a_fallback_entry_keeps_its_code_without_the_aliases_others_have() {
    let entries = Store::entries();
    let only = entries
        .iter()
        .find(|entry| entry.code() == "LEGACY_ONLY")
        .expect("kept");
    assert_eq!(only.aliases(), ["LEGACY_OLD"]);
    // Every name of `ENTRIES` names one entry.
    let mut names: Vec<&str> = entries
        .iter()
        .flat_map(|e| std::iter::once(e.code()).chain(e.aliases().iter().copied()))
        .collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), entries.len() + 1);
    assert_eq!(Store::lookup("LEGACY_ONLY"), Some(only));
    assert_eq!(Store::lookup("LEGACY_OLD"), Some(only));
    assert_eq!(Store::from(Legacy::Only).entry(), Some(only));
    assert_eq!(
        Store::lookup("CARD_DECLINED").map(|entry| entry.catalog()),
        Some("Payments")
    );
}

use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

/// Errors of the billing service.
#[error_catalog(prefix = "BILLING_")]
/// A doc comment after the catalog attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// A doc comment after the derive.
enum Billing {
    /// Documented before its entry.
    #[entry(symptom = "The account is frozen", solution = "Contact the owner")]
    /// Documented between its entry and another attribute.
    #[allow(clippy::enum_variant_names)]
    /// Documented after that attribute.
    Frozen,
    #[entry(symptom = "The card expired", solution = "Use another card", status = 402)]
    // A plain comment is no attribute at all.
    /// Documented only after its entry.
    CardExpired,
    /// Documented only before its entry.
    #[entry(
        code = "BILLING_LIMIT",
        symptom = "The limit is reached",
        solution = "Wait a day"
    )]
    LimitReached,
}

fn main() {
    let codes: Vec<&str> = Billing::entries().iter().map(|e| e.code()).collect();
    assert_eq!(codes, ["BILLING_FROZEN", "BILLING_CARD_EXPIRED", "BILLING_LIMIT"]);
    assert_eq!(Billing::Frozen.solution(), "Contact the owner");
    assert_eq!(Billing::CardExpired.status(), Some(402));
    assert_eq!("BILLING_LIMIT".parse::<Billing>(), Ok(Billing::LimitReached));
}

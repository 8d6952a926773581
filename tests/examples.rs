//! The examples run to the end, and behave as their docs say.

#[path = "../examples/billing.rs"]
#[allow(dead_code)]
mod billing;

#[path = "../examples/diagnostic.rs"]
mod diagnostic;

use billing::BillingError;
use error_catalog::ErrorCatalog;
use error_catalog::ons::OnsError;

#[test]
fn billing_runs() {
    billing::main();
}

#[test]
fn diagnostic_runs() {
    diagnostic::main();
}

#[test]
fn billing_parses_own_embedded_and_unknown_codes() {
    assert_eq!(
        "BILLING_INVOICING_PAUSED".parse(),
        Ok(BillingError::InvoicingPaused)
    );
    assert_eq!(
        "BIZ_TOPIC_NOT_FOUND".parse(),
        Ok(BillingError::Mq(OnsError::BizTopicNotFound))
    );
    assert_eq!(
        "BIZ_NEW_IN_2026".parse(),
        Ok(BillingError::Unknown("BIZ_NEW_IN_2026".into()))
    );
    assert_eq!(BillingError::entries().len(), 3 + 17);
    assert_eq!(
        BillingError::Frozen("acme".into()).to_string(),
        "BILLING_ACCOUNT_FROZEN: Account acme is frozen"
    );
}

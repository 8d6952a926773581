//! A billing service that calls the MQ Open API and declares its own catalog.
//!
//! What it shows:
//! - a service catalog with data-carrying variants, a derived-code prefix and
//!   a default status;
//! - the ONS catalog embedded with `#[entry(transparent)]`;
//! - a catch-all that keeps codes nobody declared, so nothing is lost;
//! - raw code strings from an API response parsed into the catalog (an own
//!   code, an embedded one, an unknown one);
//! - matching on codes checked at compile time with `code!`.
//!
//! Run it with `cargo run --example billing`.

use error_catalog::ons::OnsError;
use error_catalog::{CatalogError, ErrorCatalog, code, error_catalog};

/// Errors of the billing service.
#[error_catalog(name = "billing", prefix = "BILLING_", status = 400)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BillingError {
    #[entry(
        symptom = "Quota of {limit} requests exceeded ({used} used)",
        solution = "Wait for the next billing period or raise the quota",
        status = 429
    )]
    QuotaExceeded { used: u64, limit: u64 },

    #[entry(
        code = "BILLING_ACCOUNT_FROZEN",
        symptom = "Account {0} is frozen",
        solution = "Contact the account owner"
    )]
    Frozen(String),

    #[entry(
        symptom = "Invoices cannot be sent right now",
        solution = "Retry in a few minutes",
        status = 503
    )]
    InvoicingPaused,

    // Every code of the MQ Open API, with its texts, is a billing error too.
    #[entry(transparent)]
    Mq(OnsError),

    #[entry(
        other,
        symptom = "Unrecognized error code {0}",
        solution = "Upgrade the catalog or report the code"
    )]
    Unknown(String),
}

/// The codes this service handles specially; a typo in any of them fails the build.
const TOPIC_NOT_FOUND: &str = code!(BillingError, "BIZ_TOPIC_NOT_FOUND");
const INVOICING_PAUSED: &str = code!(BillingError, "BILLING_INVOICING_PAUSED");

/// What the service does about a code an upstream API answered with.
fn handle(raw_code: &str) {
    let error: BillingError = raw_code.parse().expect("the catch-all accepts every code");
    let action = match error.code() {
        TOPIC_NOT_FOUND => "create the topic, then resend the invoice event",
        INVOICING_PAUSED => "queue the invoice and retry later",
        _ if error.entry().is_none() => "log the unknown code for the catalog maintainers",
        _ => "show the solution to the operator",
    };
    println!("{raw_code}");
    println!("  parsed as  {error:?}");
    println!("  explained  {error:#}");
    println!(
        "  status     {}",
        error.status().map_or("-".to_owned(), |s| s.to_string())
    );
    println!("  action     {action}");
    println!();
}

pub fn main() {
    // Raw codes, as they arrive in API responses.
    for raw_code in [
        "BILLING_INVOICING_PAUSED",
        "BIZ_TOPIC_NOT_FOUND",
        "EMPOWER_OWNER_CHECK_ERROR",
        "BIZ_NEW_IN_2026",
    ] {
        handle(raw_code);
    }

    // Errors the service raises itself carry data.
    let quota = BillingError::QuotaExceeded {
        used: 1_200,
        limit: 1_000,
    };
    println!("{quota}");
    println!("  solution   {}", quota.solution());
    println!("  status     {:?}", quota.status());
    println!();

    // A `From` impl comes with every transparent variant.
    let wrapped: BillingError = OnsError::BizNoMessage.into();
    println!("{wrapped:#}");
    println!();

    println!(
        "The billing catalog has {} entries, {} of them from the {} catalog.",
        BillingError::entries().len(),
        OnsError::entries().len(),
        OnsError::NAME
    );
}

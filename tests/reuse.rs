//! Reuse across catalogs: `transparent`, the catch-all, and `code!`.

use std::error::Error as _;

use error_catalog::ons::{MqttError, OnsError};
use error_catalog::{CatalogError, Entry, ErrorCatalog, Received, code, error_catalog};

/// The errors of a service that calls the MQ Open API.
#[error_catalog(name = "orders", prefix = "ORDERS_", status = 500)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrdersError {
    #[entry(
        symptom = "Order {0} is unknown",
        solution = "Check the order id",
        status = 404
    )]
    NoSuchOrder(u64),

    #[entry(transparent)]
    Mq(OnsError),

    #[entry(symptom = "The shop is closed", solution = "Come back tomorrow")]
    Closed,

    #[entry(
        other,
        symptom = "Unrecognized error code {0}",
        solution = "Upgrade the catalog or report the code"
    )]
    Unknown(String),
}

#[test]
fn entries_splice_the_inner_catalog_at_the_variant() {
    let entries = OrdersError::entries();
    assert_eq!(entries.len(), 1 + OnsError::ENTRIES.len() + 1);
    assert_eq!(entries[0].code(), "ORDERS_NO_SUCH_ORDER");
    assert_eq!(&entries[1..18], OnsError::ENTRIES);
    assert_eq!(entries[18].code(), "ORDERS_CLOSED");
    // Inner entries keep their own catalog and variant names.
    assert_eq!(entries[1].catalog(), OnsError::NAME);
    assert_eq!(entries[18].catalog(), "orders");
}

#[test]
fn transparent_values_delegate_to_the_inner_value() {
    let mq = OrdersError::Mq(OnsError::BizTopicNotFound);
    assert_eq!(mq.code(), "BIZ_TOPIC_NOT_FOUND");
    assert_eq!(mq.symptom(), "Topic is not found");
    assert_eq!(
        mq.solution(),
        "Check if the Topic input is valid or if it was created"
    );
    // The inner entry gives no status; the outer catalog's default does not apply to it.
    assert_eq!(mq.status(), None);
    assert_eq!(mq.entry(), OnsError::lookup("BIZ_TOPIC_NOT_FOUND"));
    assert_eq!(mq.to_string(), OnsError::BizTopicNotFound.to_string());
    assert_eq!(format!("{mq:#}"), format!("{:#}", OnsError::BizTopicNotFound));
    assert!(mq.source().is_none());
    assert_eq!(
        OrdersError::from(OnsError::BizNoMessage),
        OrdersError::Mq(OnsError::BizNoMessage)
    );
}

#[test]
fn entry_of_an_own_variant_is_its_row_after_the_spliced_ones() {
    let closed = OrdersError::Closed.entry().unwrap();
    assert!(std::ptr::eq(closed, &OrdersError::ENTRIES[18]));
    assert_eq!(OrdersError::Closed.status(), Some(500));
    assert_eq!(OrdersError::NoSuchOrder(7).status(), Some(404));
}

#[test]
fn lookup_from_code_and_parse_find_inner_codes() {
    assert_eq!(
        OrdersError::lookup("EMPOWER_EXIST_ERROR").unwrap().variant(),
        "EmpowerExistError"
    );
    assert_eq!(
        OrdersError::from_code("BIZ_NO_MESSAGE"),
        Some(OrdersError::Mq(OnsError::BizNoMessage))
    );
    assert_eq!("ORDERS_CLOSED".parse(), Ok(OrdersError::Closed));
    assert_eq!(
        "BIZ_NO_MESSAGE".parse(),
        Ok(OrdersError::Mq(OnsError::BizNoMessage))
    );
}

#[test]
fn the_catch_all_keeps_unknown_codes() {
    let unknown: OrdersError = "SOMETHING_NEW".parse().unwrap();
    assert_eq!(unknown, OrdersError::Unknown("SOMETHING_NEW".into()));
    assert_eq!(OrdersError::try_from("SOMETHING_NEW"), Ok(unknown.clone()));
    assert_eq!(unknown.code(), "SOMETHING_NEW");
    assert_eq!(unknown.symptom(), "Unrecognized error code SOMETHING_NEW");
    assert_eq!(unknown.entry(), None);
    assert_eq!(unknown.status(), Some(500));
    assert_eq!(
        unknown.to_string(),
        "SOMETHING_NEW: Unrecognized error code SOMETHING_NEW"
    );
    assert_eq!(
        format!("{unknown:#}"),
        "SOMETHING_NEW: Unrecognized error code SOMETHING_NEW \
         (solution: Upgrade the catalog or report the code)"
    );
    // Never from `from_code`, never in the entries, not even for an empty code.
    assert_eq!(OrdersError::from_code("SOMETHING_NEW"), None);
    assert!(OrdersError::lookup("SOMETHING_NEW").is_none());
    assert_eq!("".parse(), Ok(OrdersError::Unknown(String::new())));
    // A known code whose variant carries data is never the catch-all: its
    // entry is kept, in the error and by `receive`.
    let known = "ORDERS_NO_SUCH_ORDER".parse::<OrdersError>().unwrap_err();
    assert_eq!(known.entry(), OrdersError::lookup("ORDERS_NO_SUCH_ORDER"));
    assert_eq!(
        OrdersError::receive("ORDERS_NO_SUCH_ORDER"),
        Received::Entry(OrdersError::lookup("ORDERS_NO_SUCH_ORDER").unwrap())
    );
    assert_eq!(
        OrdersError::receive("SOMETHING_NEW"),
        Received::Known(OrdersError::Unknown("SOMETHING_NEW".into()))
    );
}

/// A gateway embedding the orders catalog (which embeds ONS) and the MQTT one
/// would clash on the shared codes; it embeds only the orders catalog.
#[error_catalog(prefix = "GATEWAY_")]
#[derive(Debug, PartialEq, Eq)]
pub enum GatewayError {
    #[entry(symptom = "Upstream {service} timed out", solution = "Retry")]
    Timeout { service: String },
    #[entry(transparent)]
    Orders { inner: OrdersError },
}

#[test]
fn nesting_reaches_through_every_level() {
    assert_eq!(GatewayError::ENTRIES.len(), 1 + OrdersError::ENTRIES.len());
    assert_eq!(
        GatewayError::from_code("BIZ_TOPIC_NOT_FOUND"),
        Some(GatewayError::Orders {
            inner: OrdersError::Mq(OnsError::BizTopicNotFound)
        })
    );
    assert_eq!(GatewayError::lookup("ORDERS_CLOSED").unwrap().catalog(), "orders");
    assert!(GatewayError::lookup("NOPE").is_none());
    // The inner catch-all is reached through `FromStr` of the inner catalog
    // only; the outer catalog has none, so an unknown code is an error naming it.
    let error = "NOPE".parse::<GatewayError>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown error code `NOPE` in catalog GatewayError"
    );
    let wrapped = GatewayError::from(OrdersError::NoSuchOrder(9));
    assert_eq!(wrapped.code(), "ORDERS_NO_SUCH_ORDER");
    assert_eq!(wrapped.symptom(), "Order 9 is unknown");
}

/// Two catalogs side by side, with no shared code.
#[error_catalog]
#[derive(Debug)]
pub enum Combined {
    #[entry(transparent)]
    Gateway(GatewayError),
    #[entry(symptom = "Other", solution = "None")]
    Local,
}

#[test]
fn code_checks_literals_at_compile_time() {
    const TOPIC: &str = code!(OnsError, "BIZ_TOPIC_NOT_FOUND");
    assert_eq!(TOPIC, "BIZ_TOPIC_NOT_FOUND");
    assert_eq!(
        code!(error_catalog::ons::MqttError, "BIZ_NO_MESSAGE"),
        "BIZ_NO_MESSAGE"
    );
    // Codes of transparent entries count, through every level.
    assert_eq!(code!(OrdersError, "EMPOWER_EXIST_ERROR"), "EMPOWER_EXIST_ERROR");
    assert_eq!(code!(Combined, "ORDERS_CLOSED"), "ORDERS_CLOSED");
    assert_eq!(code!(Combined, "LOCAL",), "LOCAL");
    // Consts made with `code!` work as match patterns.
    const NO_MESSAGE: &str = code!(OnsError, "BIZ_NO_MESSAGE");
    let hint = |received: &str| match received {
        TOPIC => "create the topic",
        NO_MESSAGE => "widen the query",
        _ => "other",
    };
    assert_eq!(hint("BIZ_TOPIC_NOT_FOUND"), "create the topic");
    assert_eq!(hint("BIZ_NO_MESSAGE"), "widen the query");
    assert_eq!(hint("ONS_SYSTEM_ERROR"), "other");
}

#[test]
fn every_code_of_every_catalog_round_trips() {
    fn round_trip<C: ErrorCatalog>() -> usize {
        for entry in C::entries() {
            assert_eq!(C::lookup(entry.code()).map(Entry::code), Some(entry.code()));
            if let Some(value) = C::from_code(entry.code()) {
                assert_eq!(value.code(), entry.code());
            }
        }
        C::entries().len()
    }
    assert_eq!(round_trip::<OnsError>(), 17);
    assert_eq!(round_trip::<MqttError>(), 15);
    assert_eq!(round_trip::<OrdersError>(), 19);
    assert_eq!(round_trip::<GatewayError>(), 20);
    assert_eq!(round_trip::<Combined>(), 21);
}

/// A catalog that once had its own `BIZ_TOPIC_NOT_FOUND`, configured out,
/// and now takes it from the ONS catalog it embeds.
#[error_catalog(name = "migrated")]
#[derive(Debug, PartialEq, Eq)]
pub enum Migrated {
    #[cfg(any())]
    #[entry(
        code = "BIZ_TOPIC_NOT_FOUND",
        symptom = "Our own old reading of the code",
        solution = "None"
    )]
    OldTopicNotFound,

    #[entry(symptom = "Still ours", solution = "Nothing to do")]
    Ours,

    #[entry(transparent)]
    Mq(OnsError),
}

#[test]
fn a_configured_out_code_is_looked_up_in_the_embedded_catalogs() {
    let entry = Migrated::lookup("BIZ_TOPIC_NOT_FOUND").expect("the embedded entry");
    assert_eq!(entry, OnsError::lookup("BIZ_TOPIC_NOT_FOUND").unwrap());
    assert_eq!(
        Migrated::from_code("BIZ_TOPIC_NOT_FOUND"),
        Some(Migrated::Mq(OnsError::from_code("BIZ_TOPIC_NOT_FOUND").unwrap()))
    );
    assert_eq!(Migrated::from_code("OURS"), Some(Migrated::Ours));
    assert_eq!(Migrated::lookup("OURS").map(Entry::code), Some("OURS"));
    assert_eq!(Migrated::from_code("OLD_TOPIC_NOT_FOUND"), None);
}

impl OrdersError {
    /// `code!` of the catalog in its own impl, through `Self`.
    fn no_such_order_code() -> &'static str {
        code!(Self, "ORDERS_NO_SUCH_ORDER")
    }
}

#[test]
fn code_names_the_catalog_as_self_in_its_impls() {
    assert_eq!(OrdersError::no_such_order_code(), "ORDERS_NO_SUCH_ORDER");
}

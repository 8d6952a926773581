//! A thiserror enum made a catalog by one attribute line and a solution per
//! variant: thiserror's derive writes `Display`, `Error` and `From`, the
//! catalog everything else.

#[path = "support/loopback.rs"]
mod loopback;

use std::error::Error as _;

use error_catalog::http::ProblemDetails;
use error_catalog::ons::OnsError;
use error_catalog::{CatalogError, ErrorCatalog, Received, code, error_catalog};

/// The enum of the contract, as a service has it, made a catalog.
#[error_catalog(prefix = "ORDERS_", status = 400, axum)]
#[derive(Debug, thiserror::Error)]
pub enum OrdersError {
    #[error("order {0} is unknown")]
    #[entry(solution = "Check the order id", status = 404)]
    NoSuchOrder(u64),
    #[error("the order file could not be read")]
    #[entry(code = "ORDERS_STORAGE", solution = "Retry later", status = 503)]
    Storage(#[from] std::io::Error),
    /// The quota is per account and per day.
    #[error("{used} of {limit} orders placed today")]
    #[entry(solution = "Wait until tomorrow", status = 429)]
    Quota { used: u32, limit: u32 },
    #[error("order {id} was refused: {reason:?}")]
    #[entry(symptom = "Order {id} was refused", solution = "Read the reason")]
    Refused { id: u64, reason: String },
    #[error(transparent)]
    #[entry(transparent, status = 502)]
    Mq(#[from] OnsError),
    #[error("the shop is closed")]
    #[entry(solution = "Come back at nine", status = 503)]
    Closed,
    #[error("unknown error code {0}")]
    #[entry(other, solution = "Upgrade the client")]
    Unknown(String),
}

#[test]
fn display_is_thiserrors_and_the_texts_are_the_catalogs() {
    let error = OrdersError::NoSuchOrder(7);
    assert_eq!(error.to_string(), "order 7 is unknown");
    assert_eq!(format!("{error:#}"), "order 7 is unknown");
    assert_eq!(error.code(), "ORDERS_NO_SUCH_ORDER");
    assert_eq!(error.symptom(), "order 7 is unknown");
    assert_eq!(error.solution(), "Check the order id");
    assert_eq!(error.status(), Some(404));

    let refused = OrdersError::Refused {
        id: 3,
        reason: "closed".into(),
    };
    assert_eq!(refused.to_string(), "order 3 was refused: \"closed\"");
    assert_eq!(refused.symptom(), "Order 3 was refused");
    assert_eq!(refused.status(), Some(400), "the enum's status");

    let entry = OrdersError::lookup("ORDERS_QUOTA").expect("declared");
    assert_eq!(entry.symptom(), "{used} of {limit} orders placed today");
    assert_eq!(entry.doc(), Some("The quota is per account and per day."));
}

#[test]
fn thiserrors_from_and_source() {
    let error: OrdersError = std::io::Error::other("disk full").into();
    assert_eq!(error.code(), "ORDERS_STORAGE");
    assert_eq!(error.to_string(), "the order file could not be read");
    assert_eq!(error.source().expect("the io error").to_string(), "disk full");

    let error: OrdersError = OnsError::BizTopicNotFound.into();
    assert_eq!(error.code(), "BIZ_TOPIC_NOT_FOUND");
    assert_eq!(
        error.to_string(),
        OnsError::BizTopicNotFound.to_string(),
        "transparent"
    );
    assert_eq!(error.status(), Some(502));
}

#[test]
fn codes_resolve_to_values_and_entries() {
    let parsed: OrdersError = "ORDERS_CLOSED".parse().unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(parsed, OrdersError::Closed));
    assert!(matches!(
        OrdersError::from_code("BIZ_TOPIC_NOT_FOUND"),
        Some(OrdersError::Mq(OnsError::BizTopicNotFound))
    ));
    assert!(matches!(
        "NEW_CODE".parse::<OrdersError>(),
        Ok(OrdersError::Unknown(code)) if code == "NEW_CODE"
    ));
    // A code whose variant carries data is known, not parsed into a value.
    let error = "ORDERS_NO_SUCH_ORDER".parse::<OrdersError>().unwrap_err();
    assert_eq!(error.entry().map(|e| e.status()), Some(Some(404)));
    match OrdersError::receive("ORDERS_QUOTA") {
        Received::Entry(entry) => assert_eq!(entry.status(), Some(429)),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        OrdersError::Unknown("NEW_CODE".into()).symptom(),
        "unknown error code NEW_CODE"
    );
    const QUOTA: &str = code!(OrdersError, "ORDERS_QUOTA");
    assert_eq!(QUOTA, "ORDERS_QUOTA");
    assert_eq!(code!(OrdersError, "BIZ_TOPIC_NOT_FOUND"), "BIZ_TOPIC_NOT_FOUND");
    let codes: Vec<&str> = OrdersError::entries().iter().take(4).map(|e| e.code()).collect();
    assert_eq!(
        codes,
        [
            "ORDERS_NO_SUCH_ORDER",
            "ORDERS_STORAGE",
            "ORDERS_QUOTA",
            "ORDERS_REFUSED"
        ]
    );
}

#[test]
fn serde_http_and_problem_documents() {
    let error = OrdersError::Quota { used: 12, limit: 10 };
    let json = serde_json::to_value(&error).unwrap();
    assert_eq!(json["code"], "ORDERS_QUOTA");
    let problem = ProblemDetails::from_error(&error);
    assert_eq!(problem.status, 429);
    assert_eq!(problem.title, "… of … orders placed today");
    assert_eq!(problem.detail, "12 of 10 orders placed today");
    assert_eq!(
        error_catalog::http::status_code(&OrdersError::NoSuchOrder(1)),
        http::StatusCode::NOT_FOUND
    );
    let back: OrdersError = serde_json::from_str("\"ORDERS_CLOSED\"").unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(back, OrdersError::Closed));
}

async fn order(axum::extract::Path(id): axum::extract::Path<u64>) -> Result<String, OrdersError> {
    match id {
        1 => Ok("order 1\n".into()),
        _ => Err(OrdersError::NoSuchOrder(id)),
    }
}

#[test]
fn an_axum_handler_answers_with_the_problem_document() {
    let app = axum::Router::new().route("/orders/{id}", axum::routing::get(order));
    let address = loopback::serve(app);
    let (status, headers, body) = loopback::get(address, "/orders/9");
    assert_eq!(status, 404);
    assert_eq!(
        loopback::header(&headers, "content-type"),
        Some("application/problem+json")
    );
    let problem: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(problem["code"], "ORDERS_NO_SUCH_ORDER");
    assert_eq!(problem["detail"], "order 9 is unknown");
    assert_eq!(loopback::get(address, "/orders/1").2, "order 1\n");
}

/// The derive written before the attribute, and imported as `Error`.
mod derive_first {
    use error_catalog::{CatalogError, error_catalog};
    use thiserror::Error;

    #[derive(Debug, Error)]
    #[error_catalog(prefix = "FIRST_")]
    pub enum First {
        #[error("it broke: {0}")]
        #[entry(solution = "Mend it")]
        Broke(#[source] std::fmt::Error),
        #[error("unit")]
        #[entry(solution = "None")]
        Unit,
    }

    #[test]
    fn works_in_either_order() {
        let error = First::Broke(std::fmt::Error);
        assert_eq!(
            error.to_string(),
            "it broke: an error occurred when formatting an argument"
        );
        assert_eq!(error.symptom(), error.to_string());
        assert_eq!(error.code(), "FIRST_BROKE");
        assert!(std::error::Error::source(&error).is_some());
        assert_eq!(First::Unit.symptom(), "unit");
    }
}

/// thiserror's enum-level text, which its variants without one inherit.
mod inherited {
    use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

    #[error_catalog(prefix = "INH_")]
    #[derive(Debug, thiserror::Error)]
    #[error("operation failed on {0}")]
    pub enum Inherited {
        #[entry(solution = "Retry")]
        Read(String),
        #[error("write failed")]
        #[entry(solution = "Check the disk")]
        Write(String),
    }

    #[test]
    fn variants_take_the_enums_text() {
        assert_eq!(Inherited::Read("a".into()).to_string(), "operation failed on a");
        assert_eq!(Inherited::Read("a".into()).symptom(), "operation failed on a");
        assert_eq!(Inherited::Write("b".into()).symptom(), "write failed");
        assert_eq!(
            Inherited::lookup("INH_READ").map(|e| e.symptom()),
            Some("operation failed on {0}")
        );
    }
}

/// Texts forwarded by `macro_rules!`, as literals and as expressions.
mod forwarded {
    use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

    macro_rules! catalog {
        ($name:ident, $enum_text:expr, $text:literal, $solution:literal) => {
            #[error_catalog(prefix = "FWD_")]
            #[derive(Debug, thiserror::Error)]
            #[error($enum_text)]
            pub enum $name {
                #[entry(solution = $solution)]
                Inherited(u8),
                #[error($text)]
                #[entry(solution = $solution)]
                Own { limit: u8 },
            }
        };
    }

    catalog!(Forwarded, "failed on {0}", "over {limit}", "Retry");

    #[test]
    fn forwarded_texts_are_symptoms() {
        assert_eq!(Forwarded::Inherited(3).symptom(), "failed on 3");
        assert_eq!(Forwarded::Inherited(3).to_string(), "failed on 3");
        assert_eq!(Forwarded::Own { limit: 4 }.symptom(), "over 4");
        assert_eq!(
            Forwarded::lookup("FWD_OWN").map(|e| e.symptom()),
            Some("over {limit}")
        );
    }
}

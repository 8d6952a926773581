//! `error_catalog::http`: the problem document of every kind of value, and
//! nothing of the value beyond what its texts show.

use std::collections::BTreeMap;

use error_catalog::http::{ProblemDetails, status_code};
use error_catalog::ons::OnsError;
use error_catalog::{ErrorCatalog, Received, error_catalog};

/// A field that must never reach a client; only its `Debug` reads it.
#[derive(Debug, Clone)]
pub struct Secret(#[allow(dead_code)] &'static str);

#[error_catalog(name = "accounts", prefix = "ACCOUNTS_", status = 400)]
#[derive(Debug)]
pub enum AccountsError {
    #[entry(
        symptom = "The service is in maintenance",
        solution = "Retry later",
        status = 503
    )]
    InMaintenance,
    #[entry(
        symptom = "Account {0} is frozen since {1:?}",
        solution = "Ask the owner of {0}"
    )]
    Frozen(String, u32),
    #[entry(
        symptom = "Quota of {limit:>6} requests exceeded",
        solution = "Raise the quota above {limit}",
        status = 429,
        url = "https://example.com/errors#quota"
    )]
    QuotaExceeded { limit: u64, token: Secret },
    #[entry(symptom = "Storage failed", solution = "Retry")]
    Storage(#[source] std::io::Error),
    #[entry(transparent, status = 502)]
    Mq(OnsError),
    #[entry(other, symptom = "Unrecognized error code {0}", solution = "Report the code")]
    Unknown(String),
}

fn metadata(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_unit_value() {
    let problem = ProblemDetails::from_error(&AccountsError::InMaintenance);
    assert_eq!(problem.type_uri, "about:blank");
    assert_eq!(problem.title, "The service is in maintenance");
    assert_eq!(problem.status, 503);
    assert_eq!(problem.detail, "The service is in maintenance");
    assert_eq!(problem.code, "ACCOUNTS_IN_MAINTENANCE");
    assert_eq!(problem.solution, "Retry later");
    assert!(problem.metadata.is_empty());
    let json = serde_json::to_value(&problem).unwrap();
    assert!(json.get("metadata").is_none(), "{json}");
}

#[test]
fn a_tuple_value_shows_its_fields_as_the_texts_do() {
    let problem = ProblemDetails::from_error(&AccountsError::Frozen("acme".into(), 2024));
    assert_eq!(problem.title, "Account … is frozen since …");
    assert_eq!(problem.detail, "Account acme is frozen since 2024");
    assert_eq!(problem.solution, "Ask the owner of acme");
    assert_eq!(problem.status, 400);
    assert_eq!(problem.metadata, metadata(&[("0", "acme"), ("1", "2024")]));
}

#[test]
fn a_struct_value_leaks_no_field_its_texts_do_not_show() {
    let error = AccountsError::QuotaExceeded {
        limit: 1000,
        token: Secret("hunter2"),
    };
    let problem = ProblemDetails::from_error(&error);
    assert_eq!(problem.type_uri, "https://example.com/errors#quota");
    assert_eq!(problem.status, 429);
    assert_eq!(problem.detail, "Quota of   1000 requests exceeded");
    // The first placeholder's spec: as the symptom shows it.
    assert_eq!(problem.metadata, metadata(&[("limit", "  1000")]));
    let json = serde_json::to_string(&problem).unwrap();
    assert!(format!("{error:?}").contains("hunter2"));
    assert!(!json.contains("hunter2") && !json.contains("Secret"), "{json}");
}

#[test]
fn a_source_chain_does_not_leak() {
    let error = AccountsError::Storage(std::io::Error::other("disk /dev/sda3 is full"));
    let json = serde_json::to_string(&ProblemDetails::from_error(&error)).unwrap();
    assert!(!json.contains("sda3"), "{json}");
}

#[test]
fn a_transparent_value_is_its_inner_entry_with_the_variants_status() {
    let problem = ProblemDetails::from_error(&AccountsError::Mq(OnsError::BizTopicNotFound));
    assert_eq!(problem.code, "BIZ_TOPIC_NOT_FOUND");
    assert_eq!(problem.title, "Topic is not found");
    assert_eq!(problem.status, 502);
    assert_eq!(
        problem.solution,
        "Check if the Topic input is valid or if it was created"
    );
    // On its own, the ONS error has no status: 500.
    assert_eq!(
        ProblemDetails::from_error(&OnsError::BizTopicNotFound).status,
        500
    );
    assert_eq!(
        status_code(&OnsError::BizTopicNotFound),
        http::StatusCode::INTERNAL_SERVER_ERROR
    );
}

#[test]
fn the_catch_all_and_received_codes() {
    let problem = ProblemDetails::from_error(&AccountsError::Unknown("NEW".into()));
    assert_eq!(problem.title, "Unknown error code");
    assert_eq!(problem.detail, "Unrecognized error code NEW");
    assert_eq!(problem.status, 400);
    assert_eq!(problem.metadata, metadata(&[("0", "NEW")]));
    // A known code of a data variant, received from the wire: no fields came.
    let received = AccountsError::receive("ACCOUNTS_FROZEN");
    assert!(matches!(received, Received::Entry(_)));
    let problem = ProblemDetails::from_error(&received);
    assert_eq!(problem.detail, "Account … is frozen since …");
    assert!(problem.metadata.is_empty());
}

#[test]
fn documents_round_trip_and_read_other_services_documents() {
    let problem = ProblemDetails::from_error(&AccountsError::Frozen("acme".into(), 2024));
    let json = serde_json::to_string(&problem).unwrap();
    assert_eq!(serde_json::from_str::<ProblemDetails>(&json).unwrap(), problem);
    // RFC 9457's defaults for a document with only some members.
    let other: ProblemDetails = serde_json::from_str(r#"{"title": "Out of credit", "balance": 30}"#).unwrap();
    assert_eq!(other.type_uri, "about:blank");
    assert_eq!(other.title, "Out of credit");
    assert_eq!(other.status, 500);
}

#[test]
fn a_document_as_an_http_response() {
    let response = ProblemDetails::from_error(&AccountsError::InMaintenance).to_response();
    assert_eq!(response.status(), http::StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        response.headers()[http::header::CONTENT_TYPE],
        ProblemDetails::MEDIA_TYPE
    );
    let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(body["code"], "ACCOUNTS_IN_MAINTENANCE");
}

#[test]
fn an_edited_document_answers_from_an_axum_handler() {
    use axum::response::IntoResponse as _;

    let mut problem = ProblemDetails::from_error(&AccountsError::InMaintenance);
    problem.detail = "Back at 10:00 UTC".to_owned();
    let response = problem.into_response();
    assert_eq!(response.status(), http::StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        response.headers()[http::header::CONTENT_TYPE],
        ProblemDetails::MEDIA_TYPE
    );
}

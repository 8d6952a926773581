//! `ons::ErrorResponse`: OpenAPI error bodies read into typed codes.

use error_catalog::Received;
use error_catalog::ons::{ErrorResponse, MqttError, OnsError};
use error_catalog::{CatalogError, error_catalog};

const TOPIC_NOT_FOUND: &str = r#"{
    "RequestId": "5E5F1C4B-3A1C-4D0B-9E37-1F2B3C4D5E6F",
    "HostId": "ons.cn-hangzhou.aliyuncs.com",
    "Code": "BIZ_TOPIC_NOT_FOUND",
    "Message": "The topic orders does not exist.",
    "Recommend": "https://api.aliyun.com/troubleshoot?q=BIZ_TOPIC_NOT_FOUND&product=Ons"
}"#;

#[test]
fn a_known_code_is_typed_and_explained_by_the_catalog() {
    let response: ErrorResponse = serde_json::from_str(TOPIC_NOT_FOUND).unwrap();
    assert_eq!(response.received(), &Received::Known(OnsError::BizTopicNotFound));
    assert_eq!(CatalogError::code(&response), "BIZ_TOPIC_NOT_FOUND");
    assert_eq!(response.symptom(), "Topic is not found");
    assert_eq!(
        response.solution(),
        "Check if the Topic input is valid or if it was created"
    );
    assert_eq!(response.host_id(), Some("ons.cn-hangzhou.aliyuncs.com"));
    assert_eq!(response.message(), Some("The topic orders does not exist."));
    assert_eq!(
        response.recommend(),
        Some("https://api.aliyun.com/troubleshoot?q=BIZ_TOPIC_NOT_FOUND&product=Ons")
    );
    assert_eq!(response.entry(), OnsError::BizTopicNotFound.entry());
    assert_eq!(
        format!("{response:#}"),
        "BIZ_TOPIC_NOT_FOUND: Topic is not found (server: The topic orders does not exist.) \
         [request 5E5F1C4B-3A1C-4D0B-9E37-1F2B3C4D5E6F] \
         (solution: Check if the Topic input is valid or if it was created) \
         (diagnosis: https://api.aliyun.com/troubleshoot?q=BIZ_TOPIC_NOT_FOUND&product=Ons)"
    );
}

#[test]
fn an_unknown_code_is_kept_with_the_servers_words() {
    let body = r#"{"RequestId":"R-1","Code":"Throttling.User","Message":"Request was denied due to user flow control."}"#;
    let response: ErrorResponse = serde_json::from_str(body).unwrap();
    assert_eq!(response.received(), &Received::Unknown("Throttling.User".into()));
    assert_eq!(response.known(), None);
    assert_eq!(response.symptom(), "Request was denied due to user flow control.");
    assert_eq!(
        response.solution(),
        "Contact support with the request id of the response"
    );
    assert_eq!(response.entry(), None);
    assert_eq!(
        response.to_string(),
        "Throttling.User: Request was denied due to user flow control. [request R-1]"
    );
    let with_link: ErrorResponse =
        serde_json::from_str(r#"{"Code":"Nope","Recommend":"https://example.com/diagnose/1"}"#).unwrap();
    assert_eq!(
        with_link.solution(),
        "Follow the diagnosis at https://example.com/diagnose/1"
    );
    assert_eq!(
        with_link.symptom(),
        "The catalog MQ Open API does not know this error code"
    );
}

#[test]
fn other_fields_are_skipped_and_the_catalog_is_a_parameter() {
    let body = r#"{"Success":false,"HttpStatusCode":400,"Data":{"x":[1,2]},"Code":"BIZ_NO_MESSAGE","RequestId":"R-2"}"#;
    let response: ErrorResponse<MqttError> = serde_json::from_str(body).unwrap();
    assert_eq!(response.known(), Some(&MqttError::BizNoMessage));
    assert_eq!(response.symptom(), "No message matches the filter.");
    assert_eq!(response.host_id(), None);
    assert_eq!(response.into_received(), Received::Known(MqttError::BizNoMessage));
}

/// A user's catalog with a catch-all: every code becomes a value of it.
#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, PartialEq, Eq)]
pub enum Shop {
    #[entry(symptom = "Closed", solution = "Come back tomorrow")]
    Closed,
    #[entry(transparent)]
    Mq(OnsError),
    #[entry(other, symptom = "Unknown code {0}", solution = "Report it")]
    Unknown(String),
}

#[test]
fn a_users_catalog_with_a_catch_all_knows_every_code() {
    let response: ErrorResponse<Shop> = serde_json::from_str(r#"{"Code":"SHOP_CLOSED"}"#).unwrap();
    assert_eq!(response.known(), Some(&Shop::Closed));
    let response: ErrorResponse<Shop> = serde_json::from_str(TOPIC_NOT_FOUND).unwrap();
    assert_eq!(response.known(), Some(&Shop::Mq(OnsError::BizTopicNotFound)));
    let response: ErrorResponse<Shop> = serde_json::from_str(r#"{"Code":"NEW"}"#).unwrap();
    assert_eq!(response.known(), Some(&Shop::Unknown("NEW".into())));
}

#[test]
fn malformed_bodies_are_clear_errors() {
    let cases = [
        ("", "EOF while parsing a value at line 1 column 0"),
        ("{", "EOF while parsing an object at line 1 column 1"),
        ("[]", "invalid type: sequence, expected an OpenAPI error body"),
        (r#"{"RequestId":"R"}"#, "missing field `Code` at line 1 column 17"),
        (r#"{"Code":null}"#, "missing field `Code` at line 1 column 13"),
        (
            r#"{"Code":42}"#,
            "invalid type: integer `42`, expected a string at line 1 column 10",
        ),
        (
            r#"{"Code":"A","Code":"B"}"#,
            "duplicate field `Code` at line 1 column 18",
        ),
        (
            r#"{"Code":"A","Message":["x"]}"#,
            "invalid type: sequence, expected a string at line 1 column 22",
        ),
        (
            "\"BIZ_TOPIC_NOT_FOUND\"",
            "invalid type: string \"BIZ_TOPIC_NOT_FOUND\", expected an OpenAPI error body",
        ),
    ];
    for (body, expected) in cases {
        let error = serde_json::from_str::<ErrorResponse>(body)
            .unwrap_err()
            .to_string();
        assert!(error.starts_with(expected), "{body}: {error}");
    }
}

/// A service catalog with a catch-all, which keeps an unknown code as a
/// value without entry: the server's words are still the texts.
#[error_catalog::error_catalog(prefix = "CP_")]
#[derive(Debug, PartialEq, Eq)]
pub enum ControlPlane {
    #[entry(symptom = "Read-only", solution = "Wait")]
    ReadOnly,
    #[entry(transparent)]
    Mq(OnsError),
    #[entry(
        other,
        symptom = "Unrecognized error code {0}",
        solution = "Upgrade the catalog"
    )]
    Unknown(String),
}

#[test]
fn a_catch_all_keeps_the_code_and_the_server_keeps_its_words() {
    let body = r#"{"Code": "Throttling.User", "Message": "Request was denied due to user flow control.", "Recommend": "https://api.aliyun.com/troubleshoot?q=Throttling.User"}"#;
    let response: ErrorResponse<ControlPlane> = serde_json::from_str(body).unwrap();
    assert_eq!(
        response.known(),
        Some(&ControlPlane::Unknown("Throttling.User".into()))
    );
    assert_eq!(response.symptom(), "Request was denied due to user flow control.");
    assert_eq!(
        response.solution(),
        "Follow the diagnosis at https://api.aliyun.com/troubleshoot?q=Throttling.User"
    );
    assert_eq!(
        response.to_string(),
        "Throttling.User: Request was denied due to user flow control."
    );
}

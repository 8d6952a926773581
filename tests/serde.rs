//! The serde integration, with serde_json.

use error_catalog::ons::{MqttError, OnsError};
use error_catalog::{CatalogError, ErrorCatalog, Received, error_catalog};

#[test]
fn entries_serialize_with_every_field() {
    let entry = OnsError::lookup("BIZ_TOPIC_NOT_FOUND").unwrap();
    assert_eq!(
        serde_json::to_value(entry).unwrap(),
        serde_json::json!({
            "code": "BIZ_TOPIC_NOT_FOUND",
            "symptom": "Topic is not found",
            "solution": "Check if the Topic input is valid or if it was created",
            "status": null,
            "url": null,
            "variant": "BizTopicNotFound",
            "catalog": "MQ Open API",
            "doc": null,
            "deprecated": null,
            "aliases": [],
            "family": false,
        })
    );
    let all = serde_json::to_value(MqttError::entries()).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 15);
}

#[test]
fn unit_catalogs_are_their_codes() {
    assert_eq!(
        serde_json::to_string(&OnsError::BizNoMessage).unwrap(),
        "\"BIZ_NO_MESSAGE\""
    );
    let parsed: OnsError = serde_json::from_str("\"BIZ_NO_MESSAGE\"").unwrap();
    assert_eq!(parsed, OnsError::BizNoMessage);
    let list: Vec<MqttError> =
        serde_json::from_str(r#"["ONS_SYSTEM_ERROR", "EMPOWER_EXIST_ERROR"]"#).unwrap();
    assert_eq!(list, [MqttError::OnsSystemError, MqttError::EmpowerExistError]);
}

#[test]
fn an_unknown_code_is_an_error_that_names_it() {
    let error = serde_json::from_str::<OnsError>("\"BIZ_NOPE\"").unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown error code `BIZ_NOPE` in catalog MQ Open API at line 1 column 10"
    );
    let error = serde_json::from_str::<OnsError>("42").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("invalid type: integer `42`, expected an error code"),
        "{error}"
    );
}

/// A service catalog named by its codes, embedding ONS, with a catch-all.
#[error_catalog(prefix = "SVC_")]
#[derive(Debug, PartialEq, Eq)]
pub enum Service {
    #[entry(symptom = "Down", solution = "Wait")]
    Down,
    #[entry(transparent)]
    Mq(OnsError),
    #[entry(other, symptom = "Unknown code {0}", solution = "Report it")]
    Unknown(String),
}

#[test]
fn the_catch_all_keeps_unknown_codes_through_serde() {
    let values: Vec<Service> =
        serde_json::from_str(r#"["SVC_DOWN", "BIZ_TOPIC_NOT_FOUND", "NEW_CODE"]"#).unwrap();
    assert_eq!(
        values,
        [
            Service::Down,
            Service::Mq(OnsError::BizTopicNotFound),
            Service::Unknown("NEW_CODE".into())
        ]
    );
    assert_eq!(
        serde_json::to_string(&values).unwrap(),
        r#"["SVC_DOWN","BIZ_TOPIC_NOT_FOUND","NEW_CODE"]"#
    );
}

/// A catalog whose variants carry data.
#[error_catalog(prefix = "QUOTA_")]
#[derive(Debug, PartialEq)]
pub enum Quota {
    #[entry(
        symptom = "{used} of {limit} used",
        solution = "Raise the limit above {limit}"
    )]
    Exceeded { used: u32, limit: u32 },
    #[entry(symptom = "Quotas are off", solution = "Nothing to do")]
    Off,
    #[entry(
        symptom = "The quota service is down",
        solution = "Retry later",
        status = 503,
        url = "https://example.com/errors#down"
    )]
    Down,
    #[entry(transparent)]
    Mq(OnsError),
}

#[test]
fn data_carrying_catalogs_serialize_as_objects() {
    assert_eq!(
        serde_json::to_value(Quota::Exceeded { used: 12, limit: 10 }).unwrap(),
        serde_json::json!({
            "code": "QUOTA_EXCEEDED",
            "symptom": "12 of 10 used",
            "solution": "Raise the limit above 10",
        })
    );
    assert_eq!(
        serde_json::to_value(Quota::Off).unwrap(),
        serde_json::json!({"code": "QUOTA_OFF", "symptom": "Quotas are off", "solution": "Nothing to do"})
    );
    // Status and url when there are, and a transparent value in the same shape.
    assert_eq!(
        serde_json::to_value(Quota::Down).unwrap(),
        serde_json::json!({
            "code": "QUOTA_DOWN",
            "symptom": "The quota service is down",
            "solution": "Retry later",
            "status": 503,
            "url": "https://example.com/errors#down",
        })
    );
    assert_eq!(
        serde_json::to_value(Quota::Mq(OnsError::BizNoMessage)).unwrap(),
        serde_json::json!({
            "code": "BIZ_NO_MESSAGE",
            "symptom": "No matching message is found for the current query criterion",
            "solution": "Check the query criterion and confirm if a message was sent within the query range",
        })
    );
}

/// A catalog whose own variants carry no data, embedding `Quota`, whose do.
#[error_catalog(prefix = "BILLING_")]
#[derive(Debug, PartialEq)]
enum Billing {
    #[entry(symptom = "Billing is closed", solution = "Come back tomorrow")]
    Closed,
    #[entry(transparent)]
    Quota(Quota),
}

#[test]
fn a_catalog_embedding_one_with_data_serializes_every_value_as_an_object_and_reads_it_back() {
    let exceeded = serde_json::to_value(Billing::Quota(Quota::Exceeded { used: 12, limit: 10 })).unwrap();
    assert_eq!(
        exceeded,
        serde_json::json!({"code": "QUOTA_EXCEEDED", "symptom": "12 of 10 used", "solution": "Raise the limit above 10"})
    );
    let closed = serde_json::to_value(Billing::Closed).unwrap();
    assert_eq!(
        closed,
        serde_json::json!({"code": "BILLING_CLOSED", "symptom": "Billing is closed", "solution": "Come back tomorrow"})
    );
    // Read back: a value a code names, from the object or the code alone.
    assert_eq!(
        serde_json::from_value::<Billing>(closed).unwrap(),
        Billing::Closed
    );
    assert_eq!(
        serde_json::from_str::<Billing>("\"QUOTA_OFF\"").unwrap(),
        Billing::Quota(Quota::Off)
    );
    // A value with data is its entry: `Received` keeps it, the catalog says why it cannot.
    let received: Received<Billing> = serde_json::from_value(exceeded.clone()).unwrap();
    assert_eq!(received.entry().map(|entry| entry.variant()), Some("Exceeded"));
    let error = serde_json::from_value::<Billing>(exceeded)
        .unwrap_err()
        .to_string();
    assert!(error.contains("whose data a code cannot give"), "{error}");
    // Before, the embedded value was written as its bare code.
    assert_ne!(
        serde_json::to_string(&Billing::Quota(Quota::Off)).unwrap(),
        "\"QUOTA_OFF\""
    );
}

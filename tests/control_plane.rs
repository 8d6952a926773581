//! A control-plane service's catalog, as a real one is written: own entries
//! with data, both ONS catalogs embedded (every MQTT code is also an Open
//! API code, so MQTT's are a `fallback`), a status for the embedded entries,
//! a catch-all, and codes that arrive from the wire.

use error_catalog::ons::{MqttError, OnsError};
use error_catalog::{CatalogError, ErrorCatalog, ParseCodeError, Received, error_catalog};

/// Errors of the control plane.
#[error_catalog(name = "control plane", prefix = "CP_", status = 400)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ControlPlaneError {
    #[entry(
        symptom = "Topic {0} is not found",
        solution = "Create topic {0} first",
        status = 404
    )]
    TopicNotFound(String),
    #[entry(
        symptom = "The control plane is in maintenance",
        solution = "Retry later",
        status = 503
    )]
    InMaintenance,
    #[entry(transparent, status = 502)]
    Mq(OnsError),
    #[entry(transparent, fallback, status = 502)]
    Mqtt(MqttError),
    #[entry(other, symptom = "Unrecognized error code {0}", solution = "Report the code")]
    Unknown(String),
}

#[test]
fn shared_codes_resolve_to_the_other_catalog_and_entries_stay_unique() {
    // All 15 MQTT codes are Open API codes: the fallback adds none.
    let entries = ControlPlaneError::entries();
    assert_eq!(entries.len(), 2 + OnsError::entries().len());
    let mut codes: Vec<&str> = entries.iter().map(|entry| entry.code()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), entries.len(), "ENTRIES keeps codes unique");
    for mqtt in MqttError::entries() {
        let entry = ControlPlaneError::lookup(mqtt.code()).expect("every MQTT code resolves");
        assert_eq!(entry.catalog(), OnsError::NAME);
        assert!(matches!(
            ControlPlaneError::from_code(mqtt.code()),
            Some(ControlPlaneError::Mq(_))
        ));
    }
    // A value of the fallback catalog keeps its own texts.
    let mqtt = ControlPlaneError::from(MqttError::BizNoMessage);
    assert_eq!(mqtt.symptom(), MqttError::BizNoMessage.symptom());
    assert_eq!(mqtt.entry().map(|entry| entry.catalog()), Some(MqttError::NAME));
}

#[test]
fn embedded_entries_take_the_variants_status() {
    let mq = ControlPlaneError::from(OnsError::BizTopicNotFound);
    assert_eq!(mq.status(), Some(502));
    assert_eq!(mq.entry().and_then(|entry| entry.status()), Some(502));
    assert_eq!(
        ControlPlaneError::from(MqttError::BizNoMessage).status(),
        Some(502)
    );
    let entry = ControlPlaneError::lookup("BIZ_TOPIC_NOT_FOUND").unwrap();
    assert_eq!(entry.status(), Some(502));
    assert_eq!(entry, mq.entry().unwrap());
    for entry in &ControlPlaneError::entries()[2..] {
        assert_eq!(entry.status(), Some(502), "{}", entry.code());
    }
    // The inner catalogs are untouched: the tables give no status.
    assert_eq!(OnsError::BizTopicNotFound.status(), None);
    assert_eq!(OnsError::lookup("BIZ_TOPIC_NOT_FOUND").unwrap().status(), None);
    // Own entries keep theirs.
    assert_eq!(ControlPlaneError::InMaintenance.status(), Some(503));
}

#[test]
fn codes_from_the_wire_lose_nothing() {
    assert_eq!("CP_IN_MAINTENANCE".parse(), Ok(ControlPlaneError::InMaintenance));
    assert_eq!(
        "BIZ_TOPIC_NOT_FOUND".parse(),
        Ok(ControlPlaneError::Mq(OnsError::BizTopicNotFound))
    );
    // A known code whose variant carries data: never the catch-all.
    let known = "CP_TOPIC_NOT_FOUND".parse::<ControlPlaneError>().unwrap_err();
    let entry = ControlPlaneError::lookup("CP_TOPIC_NOT_FOUND").unwrap();
    assert_eq!(
        known,
        ParseCodeError::known("CP_TOPIC_NOT_FOUND", "control plane", entry)
    );
    let received = ControlPlaneError::receive("CP_TOPIC_NOT_FOUND");
    assert_eq!(received, Received::Entry(entry));
    assert_eq!(received.status(), Some(404));
    assert_eq!(received.symptom(), "Topic … is not found");
    assert_eq!(
        format!("{received:#}"),
        "CP_TOPIC_NOT_FOUND: Topic … is not found (solution: Create topic … first)"
    );
    // An unknown code: the catch-all keeps it.
    let unknown = ControlPlaneError::receive("CP_BRAND_NEW");
    assert_eq!(
        unknown,
        Received::Known(ControlPlaneError::Unknown("CP_BRAND_NEW".into()))
    );
    assert_eq!(unknown.code(), "CP_BRAND_NEW");
    assert_eq!(
        unknown.to_string(),
        "CP_BRAND_NEW: Unrecognized error code CP_BRAND_NEW"
    );
    assert_eq!(unknown.entry(), None);
}

/// A catalog without a catch-all keeps an unknown code in `Received::Unknown`.
#[error_catalog(prefix = "EDGE_")]
#[derive(Debug, PartialEq)]
pub enum EdgeError {
    #[entry(
        symptom = "Route {route} has no backend",
        solution = "Add a backend to {route}"
    )]
    NoBackend { route: String },
    #[entry(transparent, fallback)]
    Mqtt(MqttError),
}

#[test]
fn a_catalog_without_catch_all_receives_unknown_codes() {
    let unknown = EdgeError::receive("EDGE_NEW");
    assert_eq!(unknown, Received::Unknown("EDGE_NEW".into()));
    assert_eq!(unknown.status(), None);
    assert!(
        unknown.symptom().contains("does not know"),
        "{}",
        unknown.symptom()
    );
    let error = "EDGE_NEW".parse::<EdgeError>().unwrap_err();
    assert_eq!(error, ParseCodeError::new("EDGE_NEW", "EdgeError"));
    assert_eq!(error.entry(), None);
    // Nothing shadows MQTT here: its codes are all there.
    assert_eq!(EdgeError::entries().len(), 1 + MqttError::entries().len());
    assert_eq!(
        EdgeError::receive("BIZ_NO_MESSAGE"),
        Received::Known(EdgeError::Mqtt(MqttError::BizNoMessage))
    );
}

/// An own code shadows a `fallback` catalog's entry of the same code.
#[error_catalog]
#[derive(Debug, PartialEq)]
pub enum Shadowing {
    #[entry(symptom = "Our own reading of it", solution = "Ours")]
    BizNoMessage,
    #[entry(transparent, fallback)]
    Mq(OnsError),
}

#[test]
fn own_codes_shadow_a_fallback_catalog() {
    assert_eq!(
        Shadowing::from_code("BIZ_NO_MESSAGE"),
        Some(Shadowing::BizNoMessage)
    );
    assert_eq!(
        Shadowing::lookup("BIZ_NO_MESSAGE").unwrap().symptom(),
        "Our own reading of it"
    );
    assert_eq!(Shadowing::entries().len(), OnsError::entries().len());
    assert_eq!(
        Shadowing::entries()
            .iter()
            .filter(|entry| entry.code() == "BIZ_NO_MESSAGE")
            .count(),
        1
    );
}

#[test]
fn every_value_serializes_as_one_object_shape() {
    let json = |value: &ControlPlaneError| serde_json::to_value(value).unwrap();
    assert_eq!(
        json(&ControlPlaneError::Mq(OnsError::BizTopicNotFound)),
        serde_json::json!({
            "code": "BIZ_TOPIC_NOT_FOUND",
            "symptom": "Topic is not found",
            "solution": "Check if the Topic input is valid or if it was created",
            "status": 502,
        })
    );
    assert_eq!(
        json(&ControlPlaneError::TopicNotFound("orders".into()))["symptom"],
        "Topic orders is not found"
    );
    let received: Received<ControlPlaneError> = serde_json::from_str(r#""CP_TOPIC_NOT_FOUND""#).unwrap();
    assert_eq!(
        received.entry().map(|entry| entry.variant()),
        Some("TopicNotFound")
    );
    assert_eq!(
        serde_json::to_string(&received).unwrap(),
        r#""CP_TOPIC_NOT_FOUND""#
    );
}

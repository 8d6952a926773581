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

fn response(status: u16, body: &str) -> http::Response<String> {
    http::Response::builder()
        .status(status)
        .body(body.to_owned())
        .unwrap()
}

#[test]
fn from_http_reads_json_in_either_case() {
    let pascal = r#"{"RequestId": "A1", "HostId": "ons.aliyuncs.com", "Code": "BIZ_TOPIC_NOT_FOUND", "Message": "No topic.", "Recommend": "https://r"}"#;
    let camel = r#"{"requestId": "A1", "hostId": "ons.aliyuncs.com", "code": "BIZ_TOPIC_NOT_FOUND", "message": "No topic.", "recommend": "https://r"}"#;
    let lower = r#"{"requestid": "A1", "hostid": "ons.aliyuncs.com", "code": "BIZ_TOPIC_NOT_FOUND", "message": "No topic.", "recommend": "https://r"}"#;
    let read = |body| ErrorResponse::<OnsError>::from_http(&response(404, body)).unwrap();
    let expected = ErrorResponse::new(Received::Known(OnsError::BizTopicNotFound))
        .with_request_id("A1")
        .with_host_id("ons.aliyuncs.com")
        .with_message("No topic.")
        .with_recommend("https://r");
    for body in [pascal, camel, lower] {
        let error = read(body);
        assert_eq!(error.http_status(), Some(404));
        assert_eq!(error.received(), expected.received());
        assert_eq!(
            (
                error.request_id(),
                error.host_id(),
                error.message(),
                error.recommend()
            ),
            (
                Some("A1"),
                Some("ons.aliyuncs.com"),
                Some("No topic."),
                Some("https://r")
            )
        );
    }
}

#[test]
fn from_http_reads_xml_with_and_without_a_namespace() {
    let plain = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>BIZ_NO_MESSAGE</Code><Message>Nothing.</Message><RequestId>R1</RequestId><HostId>h</HostId></Error>";
    let namespaced = "<Error xmlns=\"http://mns.aliyuncs.com/doc/v1/\">\n  <Code>BIZ_NO_MESSAGE</Code>\n  <Message>Nothing.</Message>\n  <RequestId>R1</RequestId>\n  <HostId>h</HostId>\n</Error>";
    let prefixed = "<mns:Error xmlns:mns=\"http://mns.aliyuncs.com/doc/v1/\"><mns:Code>BIZ_NO_MESSAGE</mns:Code><mns:RequestId>R1</mns:RequestId></mns:Error>";
    for body in [plain, namespaced, prefixed] {
        let error =
            ErrorResponse::<MqttError>::from_http(&response(404, body)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(error.known(), Some(&MqttError::BizNoMessage), "{body}");
        assert_eq!(error.request_id(), Some("R1"));
        assert_eq!(error.http_status(), Some(404));
    }
}

#[test]
fn the_request_id_header_wins_over_the_body() {
    let upstream = http::Response::builder()
        .status(400)
        .header("x-acs-request-id", "FROM-HEADER")
        .body(r#"{"Code": "BIZ_NO_MESSAGE", "RequestId": "FROM-BODY"}"#)
        .unwrap();
    let error = ErrorResponse::<OnsError>::from_http(&upstream).unwrap();
    assert_eq!(error.request_id(), Some("FROM-HEADER"));
    // A body read on its own keeps its id and has no status.
    let body: ErrorResponse = serde_json::from_str(upstream.body()).unwrap();
    assert_eq!((body.request_id(), body.http_status()), (Some("FROM-BODY"), None));
}

#[test]
fn bodies_that_are_no_error_bodies_say_what_came() {
    let nested_json = "[".repeat(200_000);
    let nested_xml = format!("<Error>{}", "<a>".repeat(200_000));
    let huge = format!(
        r#"{{"Code": "BIZ_NO_MESSAGE", "Message": "{}"#,
        "x".repeat(1_000_000)
    );
    let cases: [(&str, &str); 13] = [
        (
            "<html><body>502 Bad Gateway</body></html>",
            "its XML root is <html>, not <Error>",
        ),
        ("", "it is empty"),
        ("   \n", "it is empty"),
        (r#"{"Code": 5}"#, "invalid type: integer `5`, expected a string"),
        (r#"{"Message": "no code"}"#, "missing field `Code`"),
        ("Service Unavailable", "neither JSON nor XML"),
        (&nested_json, "no JSON object"),
        ("[1, 2]", "it is JSON, but no object"),
        (r#""BIZ_NO_MESSAGE""#, "it is JSON, but no object"),
        (r#"{"Code": ""}"#, "expected an error code"),
        ("<Error><Code>  </Code></Error>", "expected an error code"),
        (&nested_xml, "no XML error body"),
        (&huge, "no JSON error body"),
    ];
    for (body, reason) in cases {
        let error = ErrorResponse::<OnsError>::from_http(&response(502, body)).unwrap_err();
        assert_eq!(error.status(), 502);
        assert_eq!(error.body_len(), body.len());
        assert!(error.reason().contains(reason), "{reason:?} not in {error}");
        assert!(error.body_start().chars().count() <= 120);
        assert!(
            error
                .to_string()
                .starts_with("the body of an HTTP 502 response is no Alibaba Cloud error body")
        );
    }
    let deep = format!(r#"{{"Code": "X", "Other": {}}}"#, "[".repeat(200_000));
    let error = ErrorResponse::<OnsError>::from_http(&response(500, &deep)).unwrap_err();
    assert!(error.reason().contains("no JSON error body"), "{error}");
    let bytes = http::Response::builder()
        .status(500)
        .body(vec![0xff, 0xfe, b'{'])
        .unwrap();
    let error = ErrorResponse::<OnsError>::from_http(&bytes).unwrap_err();
    assert!(error.reason().contains("not UTF-8"), "{error}");
}

#[test]
fn a_response_written_in_alibabas_shape_reads_back_equal() {
    let written = ErrorResponse::new(Received::Known(OnsError::BizTopicNotFound))
        .with_request_id("5E5F1C4B")
        .with_host_id("ons.cn-hangzhou.aliyuncs.com")
        .with_message("The topic orders does not exist.")
        .with_recommend("https://api.aliyun.com/troubleshoot?q=BIZ_TOPIC_NOT_FOUND");
    let json = serde_json::to_string(&written).unwrap();
    assert_eq!(
        json,
        r#"{"RequestId":"5E5F1C4B","HostId":"ons.cn-hangzhou.aliyuncs.com","Code":"BIZ_TOPIC_NOT_FOUND","Message":"The topic orders does not exist.","Recommend":"https://api.aliyun.com/troubleshoot?q=BIZ_TOPIC_NOT_FOUND"}"#
    );
    assert_eq!(serde_json::from_str::<ErrorResponse>(&json).unwrap(), written);
    let unknown = ErrorResponse::<OnsError>::new(Received::Unknown("Throttling.User".into()));
    assert_eq!(
        serde_json::to_string(&unknown).unwrap(),
        r#"{"Code":"Throttling.User"}"#
    );
    assert_eq!(
        serde_json::from_str::<ErrorResponse>(r#"{"Code":"Throttling.User"}"#).unwrap(),
        unknown
    );
}

#[test]
fn display_does_not_repeat_a_message_equal_to_the_symptom() {
    let same =
        ErrorResponse::new(Received::Known(OnsError::BizTopicNotFound)).with_message("Topic is not found");
    assert_eq!(same.to_string(), "BIZ_TOPIC_NOT_FOUND: Topic is not found");
    let other =
        ErrorResponse::new(Received::Known(OnsError::BizTopicNotFound)).with_message("No topic orders.");
    assert_eq!(
        other.to_string(),
        "BIZ_TOPIC_NOT_FOUND: Topic is not found (server: No topic orders.)"
    );
}

#[test]
fn codes_are_read_without_the_spaces_around_them() {
    let xml = "<Error>\n  <Code>\n    BIZ_NO_MESSAGE\n  </Code>\n</Error>";
    let error = ErrorResponse::<OnsError>::from_http(&response(404, xml)).unwrap();
    assert_eq!(error.known(), Some(&OnsError::BizNoMessage));
    let json: ErrorResponse = serde_json::from_str(r#"{"Code": " BIZ_NO_MESSAGE "}"#).unwrap();
    assert_eq!(json.known(), Some(&OnsError::BizNoMessage));
}

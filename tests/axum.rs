//! `#[error_catalog(axum)]` on a real server: the example service on
//! 127.0.0.1, port 0, asked over a real socket.

#[path = "../examples/service.rs"]
#[allow(dead_code)] // its `main`, which `cargo run --example service` runs
mod service;

#[path = "support/loopback.rs"]
mod loopback;

use loopback::{get, header, serve};

#[test]
fn handlers_answer_catalog_errors_as_problem_json() {
    let address = serve(service::app());

    let (status, headers, body) = get(address, "/topics/payments");
    assert_eq!(status, 404);
    assert_eq!(header(&headers, "content-type"), Some("application/problem+json"));
    let problem: serde_json::Value = serde_json::from_str(&body).expect("a JSON body");
    assert_eq!(
        problem,
        serde_json::json!({
            "type": "https://example.com/errors#topic-not-found",
            "title": "Topic … is not found",
            "status": 404,
            "detail": "Topic payments is not found",
            "code": "TOPICS_TOPIC_NOT_FOUND",
            "solution": "Create topic payments first",
            "metadata": {"name": "payments"},
        })
    );

    let (status, _, body) = get(address, "/topics/orders");
    assert_eq!((status, body.as_str()), (200, "topic orders\n"));

    let long = "x".repeat(40);
    let (status, _, body) = get(address, &format!("/topics/{long}"));
    assert_eq!(status, 400);
    let problem: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(problem["metadata"], serde_json::json!({"len": "40", "max": "32"}));

    // An embedded ONS error: the variant's status, the catalog's texts.
    let (status, headers, body) = get(address, "/queue/payments");
    assert_eq!(status, 502);
    assert_eq!(header(&headers, "content-type"), Some("application/problem+json"));
    let problem: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(problem["code"], "BIZ_TOPIC_NOT_FOUND");
    assert_eq!(problem["detail"], "Topic is not found");
    assert_eq!(problem["type"], "about:blank");
}

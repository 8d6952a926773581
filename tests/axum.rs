//! `#[error_catalog(axum)]` on a real server: the example service on
//! 127.0.0.1, port 0, asked over a real socket.

#[path = "../examples/service.rs"]
#[allow(dead_code)] // its `main`, which `cargo run --example service` runs
mod service;

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::Duration;

/// Serves the example's app on a free loopback port, in a thread of its
/// own, for as long as the test process runs.
fn serve() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    listener.set_nonblocking(true).expect("a non-blocking listener");
    let address = listener.local_addr().expect("a bound address");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
            axum::serve(listener, service::app())
                .await
                .expect("the server runs");
        });
    });
    address
}

/// The status code, the headers (names lower-cased) and the body of a
/// `GET path`, sent by hand over HTTP/1.1.
fn get(address: SocketAddr, path: &str) -> (u16, Vec<(String, String)>, String) {
    let mut stream = TcpStream::connect(address).expect("the server accepts");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("a timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .expect("the request is sent");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("a response");
    let (head, body) = response.split_once("\r\n\r\n").expect("a head and a body");
    let mut lines = head.lines();
    let status_line = lines.next().expect("a status line");
    let status = status_line
        .split(' ')
        .nth(1)
        .expect("a status")
        .parse()
        .expect("a number");
    let headers = lines
        .filter_map(|line| line.split_once(": "))
        .map(|(name, value)| (name.to_ascii_lowercase(), value.to_owned()))
        .collect();
    (status, headers, body.to_owned())
}

fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

#[test]
fn handlers_answer_catalog_errors_as_problem_json() {
    let address = serve();

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

//! A small HTTP service whose handlers return catalog errors: each becomes
//! an `application/problem+json` response with the entry's status, through
//! `#[error_catalog(axum)]`.
//!
//! ```sh
//! cargo run --example service                 # listens on 127.0.0.1:3000
//! cargo run --example service -- 127.0.0.1:0  # any free port
//! curl -i http://127.0.0.1:3000/topics/payments
//! ```

use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use error_catalog::error_catalog;
use error_catalog::ons::{ErrorResponse, OnsError};

/// Errors of the topics service.
#[error_catalog(name = "topics", prefix = "TOPICS_", status = 400, axum)]
#[derive(Debug)]
pub enum TopicsError {
    #[entry(
        symptom = "Topic {name} is not found",
        solution = "Create topic {name} first",
        status = 404,
        url = "https://example.com/errors#topic-not-found"
    )]
    TopicNotFound { name: String },
    #[entry(
        symptom = "A topic name has at most {max} characters, not {len}",
        solution = "Choose a shorter name"
    )]
    NameTooLong { len: usize, max: usize },
    /// What the message queue answered; its tables give no status, so 502.
    #[entry(transparent, status = 502)]
    Mq(OnsError),
}

/// The longest topic name.
const MAX_NAME: usize = 32;

/// `GET /topics/{name}`: only `orders` exists.
async fn topic(Path(name): Path<String>) -> Result<String, TopicsError> {
    if name.len() > MAX_NAME {
        return Err(TopicsError::NameTooLong {
            len: name.len(),
            max: MAX_NAME,
        });
    }
    if name != "orders" {
        return Err(TopicsError::TopicNotFound { name });
    }
    Ok(format!("topic {name}\n"))
}

/// `GET /queue/{name}`: what the message queue says of the topic, here a
/// canned answer of its OpenAPI, read as a client reads it.
async fn queue(Path(name): Path<String>) -> Result<String, TopicsError> {
    let body = format!(
        r#"{{"RequestId": "5E5F1C4B", "Code": "BIZ_TOPIC_NOT_FOUND", "Message": "The topic {name} does not exist."}}"#
    );
    let upstream = http::Response::builder()
        .status(404)
        .body(body)
        .expect("a valid response");
    match ErrorResponse::<OnsError>::from_http(&upstream) {
        Ok(error) => Err(error
            .known()
            .copied()
            .map_or(TopicsError::Mq(OnsError::OnsSystemError), TopicsError::Mq)),
        Err(_) => Err(TopicsError::Mq(OnsError::OnsSystemError)),
    }
}

/// The service's routes.
pub fn app() -> Router {
    Router::new()
        .route("/topics/{name}", get(topic))
        .route("/queue/{name}", get(queue))
}

#[tokio::main(flavor = "current_thread")]
pub async fn main() {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address)
        .await
        .unwrap_or_else(|error| panic!("cannot listen on {address}: {error}"));
    let address = listener.local_addr().expect("a bound address");
    println!("listening on http://{address}; try: curl -i http://{address}/topics/payments");
    axum::serve(listener, app()).await.expect("the server runs");
}

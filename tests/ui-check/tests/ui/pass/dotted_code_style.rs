// Alibaba's newer codes, `InvalidParameter.TopicName`, with `code_style`.
use error_catalog::{CatalogError, ErrorCatalog, code, error_catalog};

#[error_catalog(code_style = "Dotted.PascalCase", prefix = "InvalidParameter.")]
#[derive(Debug, PartialEq)]
enum InvalidParameter {
    #[entry(symptom = "The topic name is invalid", solution = "Use letters, digits, `-` and `_`")]
    TopicName,
    #[entry(code = "Throttling.User", symptom = "Too many requests", solution = "Slow down")]
    Throttling,
}

#[error_catalog(code_style = "any")]
#[derive(Debug)]
enum Legacy {
    #[entry(code = "err-42/timeout", symptom = "Timed out", solution = "Retry")]
    Timeout,
}

fn main() {
    assert_eq!(InvalidParameter::TopicName.code(), "InvalidParameter.TopicName");
    assert_eq!("Throttling.User".parse(), Ok(InvalidParameter::Throttling));
    assert_eq!(code!(InvalidParameter, "InvalidParameter.TopicName"), "InvalidParameter.TopicName");
    assert_eq!(Legacy::Timeout.code(), "err-42/timeout");
    assert!(Legacy::lookup("err-42/timeout").is_some());
}

// Aliases, families and a deprecated entry, under strict lints: the
// generated code uses the deprecated variant without a warning.
#![deny(warnings)]

use error_catalog::{ErrorCatalog, error_catalog};

/// Codes of an API.
#[error_catalog(code_style = "Dotted.PascalCase")]
#[derive(Debug, PartialEq)]
pub enum Api {
    /// A parameter is invalid.
    #[entry(code = "InvalidParameter", alias = "InvalidParamater", symptom = "Invalid", solution = "Fix it",
            status = 400, url = "https://example.com/errors#invalid")]
    InvalidParameter,
    #[entry(family = "InvalidParameter.", symptom = "Invalid {0}", solution = "Fix it")]
    InvalidParameterOf(String),
    #[entry(code = "Throttling", deprecated = "use Throttling.User", symptom = "Too many", solution = "Wait")]
    Throttling,
}

fn main() {
    assert_eq!(Api::from_code("InvalidParamater"), Some(Api::InvalidParameter));
    assert_eq!(Api::entries().len(), 3);
}

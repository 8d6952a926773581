use error_catalog::{ErrorCatalog, error_catalog};

// A catalog without entries is valid: it knows no code.
#[error_catalog(name = "nothing")]
#[derive(Debug)]
enum Nothing {}

fn main() {
    assert_eq!(Nothing::NAME, "nothing");
    assert!(Nothing::entries().is_empty());
    assert!(Nothing::lookup("ANY_CODE").is_none());
    assert!(Nothing::from_code("ANY_CODE").is_none());

    let error = "ANY_CODE".parse::<Nothing>().unwrap_err();
    assert_eq!(error.code(), "ANY_CODE");
    assert_eq!(error.catalog(), "nothing");
    assert_eq!(Nothing::try_from("").unwrap_err().code(), "");
}

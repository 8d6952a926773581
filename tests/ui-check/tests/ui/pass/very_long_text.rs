use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

// A text far longer than a line: 64 sentences joined by string continuations,
// then a placeholder at the very end.
#[error_catalog]
#[derive(Debug)]
enum Quota {
    #[entry(
        symptom = "\
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        The request was rejected because the account exceeded its quota. \
        Used: {used}",
        solution = "Raise the quota"
    )]
    Exceeded { used: u64 },
}

const SENTENCE: &str = "The request was rejected because the account exceeded its quota. ";

fn main() {
    let error = Quota::Exceeded { used: 7 };
    let expected = format!("{}Used: 7", SENTENCE.repeat(64));
    assert!(expected.len() > 4000);
    assert_eq!(error.symptom(), expected);
    assert_eq!(error.to_string(), format!("EXCEEDED: {expected}"));
    assert!(Quota::entries()[0].symptom().ends_with("Used: {used}"));
    assert_eq!(
        Quota::entries()[0].symptom().len(),
        expected.len() - "7".len() + "{used}".len()
    );
}

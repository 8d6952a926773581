use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

// Raw identifiers lose their `r#` in derived codes, entry names and placeholders.
#[error_catalog(prefix = "KW_")]
#[derive(Debug, PartialEq, Eq)]
enum Keyword {
    #[entry(symptom = "Type {type} is reserved", solution = "Rename it, as in {r#match}")]
    r#Type { r#type: String, r#match: &'static str },
    #[entry(symptom = "Nothing matched", solution = "Add a catch-all arm")]
    r#Match,
}

fn main() {
    let error = Keyword::r#Type {
        r#type: "fn".to_owned(),
        r#match: "fn_",
    };
    assert_eq!(error.code(), "KW_TYPE");
    assert_eq!(error.symptom(), "Type fn is reserved");
    assert_eq!(error.solution(), "Rename it, as in fn_");
    assert_eq!(error.to_string(), "KW_TYPE: Type fn is reserved");

    assert_eq!(Keyword::r#Match.code(), "KW_MATCH");
    assert_eq!(Keyword::from_code("KW_MATCH"), Some(Keyword::r#Match));

    let variants: Vec<&str> = Keyword::entries().iter().map(|e| e.variant()).collect();
    assert_eq!(variants, ["Type", "Match"]);
    assert_eq!(Keyword::entries()[0].symptom(), "Type {type} is reserved");
}

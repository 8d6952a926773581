// Codes with a backtick or a pipe, which `code_style = "any"` allows, and
// texts with them: the rustdoc table on the enum keeps its columns.
#![deny(warnings)]

use error_catalog::{CatalogError, ErrorCatalog, code, error_catalog};

/// A legacy catalog whose codes are written by hand.
#[error_catalog(code_style = "any", name = "legacy_codes")]
#[derive(Debug, PartialEq)]
pub enum Legacy {
    #[entry(code = "E|1", symptom = "Either | or", solution = "Pick `one`")]
    Either,
    #[entry(code = "E`2", symptom = "Quoted", solution = "Unquote it")]
    Quoted,
    #[entry(code = "`E3``", symptom = "Fenced", solution = "Use ``` sparingly")]
    Fenced,
}

fn main() {
    assert_eq!(Legacy::Either.code(), "E|1");
    assert_eq!("E`2".parse(), Ok(Legacy::Quoted));
    assert_eq!(code!(Legacy, "`E3``"), "`E3``");
    assert_eq!(Legacy::entries().len(), 3);
}

// Variants named like the associated items of the generated impls (the
// traits' types, constants and methods): generated code names every
// associated item through its trait, `<Self as Trait>::ITEM`, never
// `Self::ITEM`, which would be the variant.
#![deny(warnings)]
#![allow(non_camel_case_types, clippy::upper_case_acronyms)]

use error_catalog::ons::OnsError;
use error_catalog::{CatalogError, ErrorCatalog, code, error_catalog};

#[error_catalog(prefix = "ASSOC_", diagnostic)]
#[derive(Debug, PartialEq)]
pub enum Assoc {
    #[entry(symptom = "Err", solution = "Nothing")]
    Err,
    #[entry(symptom = "Error {0}", solution = "Nothing")]
    Error(u8),
    #[entry(symptom = "Ok", solution = "Nothing")]
    Ok,
    #[entry(symptom = "Name", solution = "Nothing")]
    Name,
    #[entry(code = "ASSOC_NAME_CONST", symptom = "NAME", solution = "Nothing")]
    NAME,
    #[entry(symptom = "Code", solution = "Nothing")]
    Code,
    #[entry(code = "ASSOC_ENTRIES_CONST", symptom = "ENTRIES", solution = "Nothing")]
    ENTRIES,
    #[entry(symptom = "Entries", solution = "Nothing")]
    Entries,
    #[entry(symptom = "Value", solution = "Nothing")]
    Value,
    #[entry(symptom = "Target", solution = "Nothing")]
    Target,
    #[entry(code = "ASSOC_LOOKUP", symptom = "lookup", solution = "Nothing")]
    lookup,
    #[entry(code = "ASSOC_FROM_CODE", symptom = "from_code", solution = "Nothing")]
    from_code,
    #[entry(code = "ASSOC_SOURCE", symptom = "source", solution = "Nothing")]
    source,
    #[entry(code = "ASSOC_CODE_METHOD", symptom = "code", solution = "Nothing")]
    code,
    #[entry(code = "ASSOC_ENTRY", symptom = "entry {0}", solution = "Nothing")]
    entry(#[source] std::fmt::Error),
    #[entry(transparent)]
    Output(OnsError),
    #[entry(other, symptom = "Unknown {0}", solution = "Report it")]
    Some(String),
}

fn main() {
    assert_eq!(Assoc::NAME.code(), "ASSOC_NAME_CONST");
    assert_eq!(<Assoc as ErrorCatalog>::NAME, "Assoc");
    assert_eq!(<Assoc as ErrorCatalog>::ENTRIES.len(), 15 + 17);
    assert_eq!(<Assoc as ErrorCatalog>::from_code("ASSOC_ERR"), Option::Some(Assoc::Err));
    assert_eq!("ASSOC_ENTRIES".parse(), Result::Ok(Assoc::Entries));
    assert_eq!("BRAND_NEW".parse(), Result::Ok(Assoc::Some("BRAND_NEW".into())));
    assert_eq!(Assoc::Error(7).symptom(), "Error 7");
    assert_eq!(code!(Assoc, "ASSOC_LOOKUP"), "ASSOC_LOOKUP");
    assert!(<Assoc as ErrorCatalog>::lookup("ASSOC_SOURCE").is_some());
    assert!(std::error::Error::source(&Assoc::entry(std::fmt::Error)).is_some());
    assert_eq!(Assoc::from(OnsError::BizNoMessage), Assoc::Output(OnsError::BizNoMessage));
}

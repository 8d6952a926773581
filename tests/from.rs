//! `#[from]` fields: the source of the error, and a `From` impl that lets
//! `?` convert the inner error into the catalog's.

use std::error::Error as _;
use std::num::ParseIntError;
use std::string::FromUtf8Error;
use std::{fs, io};

use error_catalog::ons::OnsError;
use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

/// Errors of a configuration loader.
#[error_catalog(prefix = "CONFIG_")]
#[derive(Debug)]
pub enum ConfigError {
    #[entry(
        symptom = "Reading the configuration failed: {0}",
        solution = "Check that the file exists and is readable",
        status = 500
    )]
    Read(#[from] io::Error),

    // Named, and marked `#[source]` too: redundant, and fine.
    #[entry(
        symptom = "The port is no number: {cause}",
        solution = "Write the port in digits"
    )]
    Port {
        #[from]
        #[source]
        cause: ParseIntError,
    },

    // Configured out, and so is its `From<FromUtf8Error>`, which would
    // conflict with the one of `Text`: the two `#[cfg]`s exclude each other.
    #[cfg(not(test))]
    #[entry(symptom = "Old text error: {0}", solution = "None")]
    OldText(#[from] FromUtf8Error),

    #[cfg(test)]
    #[entry(symptom = "The file is no UTF-8: {0}", solution = "Save it as UTF-8")]
    Text(#[from] FromUtf8Error),

    #[entry(transparent)]
    Mq(OnsError),

    #[entry(symptom = "The configuration is empty", solution = "Write one")]
    Empty,
}

fn read(path: &str) -> Result<String, ConfigError> {
    Ok(String::from_utf8(fs::read(path)?)?)
}

fn port(text: &str) -> Result<u16, ConfigError> {
    if text.is_empty() {
        return Err(ConfigError::Empty);
    }
    Ok(text.trim().parse()?)
}

#[test]
fn question_mark_converts_an_io_error() {
    let error = read("/this/file/does/not/exist").unwrap_err();
    let ConfigError::Read(inner) = &error else {
        panic!("expected `Read`, got {error:?}");
    };
    assert_eq!(inner.kind(), io::ErrorKind::NotFound);
    assert_eq!(error.code(), "CONFIG_READ");
    assert_eq!(error.status(), Some(500));
    assert_eq!(
        error.symptom(),
        format!("Reading the configuration failed: {inner}")
    );
    let source = error.source().expect("the io::Error is the source");
    let source = source.downcast_ref::<io::Error>().expect("an io::Error");
    assert_eq!(source.kind(), io::ErrorKind::NotFound);
}

#[test]
fn question_mark_converts_a_parse_error() {
    let error = port("eighty").unwrap_err();
    let inner = "eighty".parse::<u16>().unwrap_err();
    assert_eq!(error.code(), "CONFIG_PORT");
    assert_eq!(error.symptom(), format!("The port is no number: {inner}"));
    let source = error.source().and_then(|s| s.downcast_ref::<ParseIntError>());
    assert_eq!(source, Some(&inner));
    assert_eq!(port(" 8080 ").unwrap(), 8080);
    assert!(matches!(port(""), Err(ConfigError::Empty)));
}

#[test]
fn from_builds_the_variant() {
    let bytes = vec![0xff, 0xfe];
    let inner = String::from_utf8(bytes).unwrap_err();
    let error = ConfigError::from(inner.clone());
    assert!(matches!(&error, ConfigError::Text(text) if *text == inner));
    assert_eq!(error.code(), "CONFIG_TEXT");
    assert_eq!(
        error.to_string(),
        format!("CONFIG_TEXT: The file is no UTF-8: {inner}")
    );
    let entry = error.entry().expect("an own entry");
    assert_eq!(entry.symptom(), "The file is no UTF-8: {0}");
    assert!(error.source().is_some_and(|s| s.is::<FromUtf8Error>()));
}

#[test]
fn transparent_variants_convert_beside_from_fields() {
    let error = ConfigError::from(OnsError::BizTopicNotFound);
    assert_eq!(error.code(), "BIZ_TOPIC_NOT_FOUND");
    assert!(ConfigError::lookup("CONFIG_READ").is_some());
    // `OldText` is configured out: four own entries and the inner catalog's.
    assert_eq!(ConfigError::ENTRIES.len(), 4 + OnsError::ENTRIES.len());
}

#[test]
fn variants_without_from_have_no_source() {
    assert!(ConfigError::Empty.source().is_none());
}

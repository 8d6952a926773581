//! The generated code names everything by absolute path, so it compiles
//! whatever the user's module has in scope, or lacks.

/// A module without the prelude.
mod no_prelude {
    #![no_implicit_prelude]

    use ::error_catalog::error_catalog;

    /// Errors declared where nothing is in scope by default.
    #[error_catalog(prefix = "BARE_", status = 503)]
    #[derive(::core::fmt::Debug)]
    pub enum Bare {
        #[entry(symptom = "Device {0:?} failed: {1}", solution = "Replace device {0}")]
        Bad(u8, #[source] ::std::io::Error),
        #[entry(symptom = "Quota {used}/{limit}", solution = "Wait, {name}")]
        Quota {
            used: u32,
            limit: u32,
            name: ::std::string::String,
        },
        #[entry(symptom = "Plain", solution = "Nothing")]
        Plain,
        #[entry(transparent)]
        Mq(::error_catalog::ons::OnsError),
        #[entry(other, symptom = "Unknown {0}", solution = "Report it")]
        Unknown(::std::string::String),
    }
}

/// A module that shadows every name the generated code could reach for.
#[allow(dead_code, non_camel_case_types, clippy::upper_case_acronyms)]
mod shadowed {
    pub struct Result;
    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct Ok;
    pub struct Err;
    pub struct Box;
    pub struct String;
    pub struct Vec;
    pub struct Display;
    pub struct Error;
    pub struct FromStr;
    pub struct Cow;
    pub struct str;
    pub struct u16;
    pub mod core {}
    pub mod alloc {}
    pub mod std {}
    pub mod error_catalog {}
    pub trait CatalogError {}
    pub trait ErrorCatalog {}

    /// Errors declared among impostors.
    #[::error_catalog::error_catalog(prefix = "SHADOW_")]
    #[derive(Debug, PartialEq)]
    pub enum Shadowed {
        #[entry(symptom = "Value {0} is bad", solution = "Use another")]
        Bad(i64),
        #[entry(symptom = "Plain", solution = "Nothing", status = 409)]
        Plain,
        #[entry(transparent)]
        Mq(::error_catalog::ons::MqttError),
        #[entry(other, symptom = "Unknown {0}", solution = "Report it")]
        Unknown(::std::string::String),
    }
}

use error_catalog::ons::{MqttError, OnsError};
use error_catalog::{CatalogError, ErrorCatalog};

#[test]
fn the_catalog_without_a_prelude_works() {
    use no_prelude::Bare;
    use std::error::Error as _;

    let bad = Bare::Bad(3, std::io::Error::other("io"));
    assert_eq!(bad.code(), "BARE_BAD");
    assert_eq!(bad.symptom(), "Device 3 failed: io");
    assert_eq!(bad.solution(), "Replace device 3");
    assert_eq!(bad.source().unwrap().to_string(), "io");
    let quota = Bare::Quota {
        used: 2,
        limit: 1,
        name: "n".into(),
    };
    assert_eq!(quota.to_string(), "BARE_QUOTA: Quota 2/1");
    assert_eq!(quota.status(), Some(503));
    assert!(matches!("BARE_PLAIN".parse::<Bare>(), Ok(Bare::Plain)));
    assert!(matches!(
        "BIZ_NO_MESSAGE".parse::<Bare>(),
        Ok(Bare::Mq(OnsError::BizNoMessage))
    ));
    assert!(matches!("X".parse::<Bare>(), Ok(Bare::Unknown(code)) if code == "X"));
    assert_eq!(Bare::ENTRIES.len(), 2 + 1 + 17);
}

#[test]
fn the_catalog_among_impostors_works() {
    use shadowed::Shadowed;

    assert_eq!(Shadowed::Bad(-1).to_string(), "SHADOW_BAD: Value -1 is bad");
    assert_eq!(Shadowed::Plain.status(), Some(409));
    assert_eq!(
        Shadowed::from_code("BIZ_NO_MESSAGE"),
        Some(Shadowed::Mq(MqttError::BizNoMessage))
    );
    assert_eq!("?".parse::<Shadowed>(), Ok(Shadowed::Unknown("?".into())));
    assert_eq!(
        error_catalog::code!(shadowed::Shadowed, "SHADOW_PLAIN"),
        "SHADOW_PLAIN"
    );
}

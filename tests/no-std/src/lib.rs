//! A `#![no_std]` crate that uses `error-catalog` without default features
//! (so without the ONS catalogs), under `deny(unused_qualifications,
//! missing_docs)`: the generated code must not trip either lint.
#![no_std]
#![deny(unused_qualifications, missing_docs)]

extern crate alloc;

use alloc::string::String;
use core::fmt::Write as _;

use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

/// Errors of a sensor bus.
#[error_catalog(prefix = "BUS_", status = 503)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BusError {
    /// The device did not answer in time.
    #[entry(symptom = "Device {address:#04x} timed out", solution = "Check the wiring")]
    Timeout {
        /// The device's bus address.
        address: u8,
    },
    // Left undocumented on purpose: the attribute documents it from its entry.
    #[entry(symptom = "The bus is busy", solution = "Retry later")]
    Busy,
}

/// Errors of the firmware, reusing the bus catalog.
#[error_catalog(prefix = "FW_")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FirmwareError {
    /// The image does not fit.
    #[entry(
        symptom = "Image of {0} bytes is too large",
        solution = "Build a smaller image",
        status = 413
    )]
    TooLarge(usize),
    /// A bus error.
    #[entry(transparent)]
    Bus(BusError),
    /// A code this firmware does not know.
    #[entry(other, symptom = "Unknown code {0}", solution = "Update the firmware")]
    Unknown(String),
}

/// The code the firmware reports when the bus is busy, checked at compile time.
pub const BUSY: &str = error_catalog::code!(FirmwareError, "BUS_BUSY");

/// Describes a code received from the device, in one line.
pub fn describe(code: &str) -> String {
    let mut line = String::new();
    let error: FirmwareError = code
        .parse()
        .unwrap_or_else(|_| FirmwareError::Unknown(code.into()));
    let _ = write!(line, "{error:#} [status {:?}]", error.status());
    line
}

/// How many entries the firmware catalog has, inner ones included.
pub fn entry_count() -> usize {
    FirmwareError::entries().len()
}

/// Errors of reading a device's settings, whose parse errors convert with `?`.
#[error_catalog(prefix = "SETTINGS_")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsError {
    /// An address that is no number.
    #[entry(symptom = "The address is no number: {0}", solution = "Write it in decimal")]
    Address(#[from] core::num::ParseIntError),
}

/// The bus address written in `text`.
pub fn address(text: &str) -> Result<u8, SettingsError> {
    Ok(text.parse()?)
}

/// The code and symptom of the error that reading `text` as an address
/// gives, and whether it has a source; empty when it is an address.
pub fn address_error(text: &str) -> String {
    let mut line = String::new();
    if let Err(error) = address(text) {
        let source = core::error::Error::source(&error).is_some();
        let _ = write!(line, "{}: {} [source: {source}]", error.code(), error.symptom());
    }
    line
}

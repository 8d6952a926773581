//! `FromStr` of a catalog: its `receive`, with the two cases that give no
//! value as errors.

use crate::{ErrorCatalog, ParseCodeError, Received};

/// The generated `FromStr::from_str`.
#[inline]
pub fn parse<C: ErrorCatalog>(code: &str) -> Result<C, ParseCodeError> {
    match C::receive(code) {
        Received::Known(value) => Ok(value),
        Received::Entry(entry) => Err(ParseCodeError::known(code, C::NAME, entry)),
        Received::Unknown(code) => Err(ParseCodeError::new(code, C::NAME)),
    }
}

//! `code!`: a literal checked against a catalog's `ENTRIES` in const
//! evaluation.

use error_catalog_shared::{edit_distance, is_typo};

use super::const_str::{Message, str_eq};
use crate::Entry;

/// `code` when `entries` has it (as a code, an alias, or a member of a
/// family); otherwise fails the build naming the code, the catalog and the
/// nearest known code. A hit costs a comparison or so an entry; only a
/// miss measures edit distances.
pub const fn checked_code(entries: &[Entry], code: &'static str, catalog_type: &str) -> &'static str {
    let mut i = 0;
    while i < entries.len() {
        if names(&entries[i], code) {
            return code;
        }
        i += 1;
    }
    let mut message = Message::new();
    message.push("error code `");
    message.push(code);
    message.push("` is not in the catalog `");
    message.push(catalog_type);
    message.push("`");
    if let Some(nearest) = nearest(entries, code) {
        message.push("; did you mean `");
        message.push(nearest);
        message.push("`?");
    }
    panic!("{}", message.as_str());
}

/// Whether `entry` is the entry of `code`: its code, an alias, or, for a
/// family, a code that starts with its prefix and goes on past it.
const fn names(entry: &Entry, code: &str) -> bool {
    if str_eq(entry.code, code) {
        return true;
    }
    let mut i = 0;
    while i < entry.aliases.len() {
        if str_eq(entry.aliases[i], code) {
            return true;
        }
        i += 1;
    }
    // A family's code is its prefix and `*`.
    let prefix = entry.code.as_bytes();
    entry.family
        && code.len() >= prefix.len()
        && starts_with(code.as_bytes(), prefix.split_at(prefix.len() - 1).0)
}

/// Whether `bytes` starts with `prefix`.
const fn starts_with(bytes: &[u8], prefix: &[u8]) -> bool {
    if bytes.len() < prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if bytes[i] != prefix[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The code of `entries` nearest to `code`, if it is near enough to be a typo.
const fn nearest(entries: &[Entry], code: &str) -> Option<&'static str> {
    let mut nearest: Option<&'static str> = None;
    let mut nearest_distance = usize::MAX;
    let mut i = 0;
    while i < entries.len() {
        let distance = edit_distance(entries[i].code.as_bytes(), code.as_bytes());
        if distance < nearest_distance {
            nearest = Some(entries[i].code);
            nearest_distance = distance;
        }
        i += 1;
    }
    match nearest {
        Some(nearest) if is_typo(nearest_distance, max(nearest.len(), code.len())) => Some(nearest),
        _ => None,
    }
}

const fn max(a: usize, b: usize) -> usize {
    if a > b { a } else { b }
}

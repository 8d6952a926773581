//! `code!`: a literal checked against a catalog's `ENTRIES` in const
//! evaluation.

use error_catalog_shared::{entry_kind, entry_typo, nearer, non_ascii};

use super::const_str::Message;
use super::names::Names;
use crate::Entry;

/// `code` when the catalog of `names` has it (as a code, an alias, or a
/// member of a family); otherwise the message that fails the build, naming
/// the code, the catalog and the nearest known code. `code!` panics with
/// it where it stands, so that the compiler's note points there and at no
/// function of this crate. A hit costs a lookup in each code table; only a
/// miss measures edit distances.
// Evaluated by the compiler alone, where the size of the error is no cost.
#[allow(clippy::result_large_err)]
pub const fn checked_code(
    names: &Names,
    code: &'static str,
    catalog_type: &str,
) -> Result<&'static str, Message> {
    if names.entry_of(code).is_some() {
        return Ok(code);
    }
    let mut message = Message::new();
    message.push("error code `");
    message.push(code);
    message.push("` is not in the catalog `");
    message.push(catalog_type);
    message.push("`");
    push_non_ascii(&mut message, code);
    match names.nearest(code) {
        Some(entry) if entry.family => {
            message.push("; did you mean a code of the family `");
            message.push(entry.code);
            message.push("`?");
        }
        Some(entry) => {
            message.push("; did you mean `");
            message.push(entry.code);
            message.push("`?");
        }
        None => {}
    }
    Err(message)
}

/// Names the first character of `code` that is not ASCII, which in a code
/// is a letter of another alphabet that looks like a Latin one.
const fn push_non_ascii(message: &mut Message, code: &str) {
    let Some((at, c)) = non_ascii(code) else {
        return;
    };
    let (_, rest) = code.split_at(at);
    let (written, _) = rest.split_at(c.len_utf8());
    message.push("; its `");
    message.push(written);
    message.push("` (");
    message.push_code_point(c as u32);
    message.push(") is not an ASCII letter, whatever it looks like");
}

/// The entry of `entries` with the code or alias nearest to `code`, if it
/// is near enough to be a typo (`entry_typo`); between equally near ones,
/// the one the rule of resolution prefers (`nearer`). A family is near
/// when `code` nearly starts with its prefix.
pub(crate) const fn nearest<'a>(entries: &'a [Entry], code: &str) -> Option<&'a Entry> {
    let mut nearest: Option<&Entry> = None;
    let mut best = None;
    let mut i = 0;
    while i < entries.len() {
        let entry = &entries[i];
        if let Some(distance) = entry_typo(code.as_bytes(), entry.code, entry.aliases, entry.family) {
            let kind = entry_kind(entry.code, entry.family);
            if nearer(distance, kind, best) {
                (nearest, best) = (Some(entry), Some((distance, kind)));
            }
        }
        i += 1;
    }
    nearest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::__private::{described, entry};

    const ENTRIES: [Entry; 3] = [
        entry("SHOP_CLOSED", "", "", None, None, "Closed", "Shop"),
        described(
            entry("SHOP_GONE", "", "", None, None, "Gone", "Shop"),
            None,
            None,
            &["SHOP_REMOVED"],
            false,
        ),
        described(
            entry("QUOTA_*", "", "", None, None, "Quota", "Shop"),
            None,
            None,
            &[],
            true,
        ),
    ];

    fn nearest_code(code: &str) -> Option<&'static str> {
        nearest(&ENTRIES, code).map(|entry| entry.code)
    }

    #[test]
    fn between_equally_near_entries_the_rule_of_resolution_chooses() {
        const TIED: [Entry; 3] = [
            described(
                entry("ERR_*", "", "", None, None, "Any", "Shop"),
                None,
                None,
                &[],
                true,
            ),
            described(
                entry("ERR_IO_*", "", "", None, None, "Io", "Shop"),
                None,
                None,
                &[],
                true,
            ),
            entry("ERR_IO_READ", "", "", None, None, "Read", "Shop"),
        ];
        let code = |code| nearest(&TIED, code).map(|entry| entry.code);
        // A code over a family, a longer family over a shorter one.
        assert_eq!(code("err_io_read"), Some("ERR_IO_READ"));
        assert_eq!(code("err_io_write"), Some("ERR_IO_*"));
        assert_eq!(code("err_other"), Some("ERR_*"));
    }

    #[test]
    fn a_typo_suggests_the_nearest_code() {
        assert_eq!(nearest_code("SHOP_CLOSD"), Some("SHOP_CLOSED"));
        assert_eq!(nearest_code("SHOP_GOEN"), Some("SHOP_GONE"));
    }

    #[test]
    fn a_far_code_suggests_nothing() {
        assert_eq!(nearest_code("NOPE"), None);
        assert_eq!(nearest_code("BIZ_TOPIC_NOT_FOUND"), None);
    }

    #[test]
    fn case_and_dashes_cost_nothing() {
        assert_eq!(nearest_code("shop_closed"), Some("SHOP_CLOSED"));
        assert_eq!(nearest_code("Shop-Closd"), Some("SHOP_CLOSED"));
    }

    #[test]
    fn an_empty_code_or_catalog_suggests_nothing() {
        assert_eq!(nearest_code(""), None);
        assert_eq!(nearest(&[], "SHOP_CLOSED"), None);
    }

    #[test]
    fn an_alias_suggests_its_entry() {
        assert_eq!(nearest_code("SHOP_REMOVD"), Some("SHOP_GONE"));
    }

    #[test]
    fn a_family_is_near_by_its_prefix() {
        assert_eq!(nearest_code("QOUTA_EXCEEDED"), Some("QUOTA_*"));
        assert_eq!(nearest_code("quota_exceeded"), Some("QUOTA_*"));
        // Not by its `*` code: one edit from it is no member.
        assert_eq!(nearest_code("QUOTA*"), Some("QUOTA_*"));
        assert_eq!(nearest_code("SHOP_GON*"), Some("SHOP_GONE"));
    }
}

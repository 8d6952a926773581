//! Families: a catch-all entry for the codes of one prefix, whose own code
//! is the prefix and [`FAMILY_MARK`], `PREFIX*`.

use core::fmt;

/// The mark that ends a family's code, `PREFIX*`: the one place it is
/// written, for the code of a family's entry in `ENTRIES`, in a lock file
/// and in a catalog exported as JSON.
pub const FAMILY_MARK: char = '*';

/// [`FAMILY_MARK`] as the byte it is in UTF-8.
const MARK: u8 = FAMILY_MARK as u8;

/// Whether `code` is written as a family's code: a prefix of at least one
/// byte, then [`FAMILY_MARK`]. A lone `*` is none: a family of the empty
/// prefix would take every code.
pub const fn is_family_code(code: &str) -> bool {
    matches!(code.as_bytes(), [_, .., MARK])
}

/// The prefix of the family whose code is `code` (`PREFIX*`): `code`
/// without its [`FAMILY_MARK`]. A code that does not end with the mark is
/// no family's (see [`is_family_code`]) and comes back whole.
pub const fn family_prefix_str(code: &str) -> &str {
    match code.as_bytes() {
        [.., MARK] => code.split_at(code.len() - 1).0,
        _ => code,
    }
}

/// [`family_prefix_str`] as bytes, for [`is_member`] in const code.
pub const fn family_prefix_bytes(code: &str) -> &[u8] {
    family_prefix_str(code).as_bytes()
}

/// [`family_prefix_bytes`], under the name the crates of the workspace
/// call today; new code calls [`family_prefix_str`] or
/// [`family_prefix_bytes`], which say what they give.
pub const fn family_prefix(code: &str) -> &[u8] {
    family_prefix_bytes(code)
}

/// Whether `code` is a member of the family of `prefix`: it starts with
/// the prefix and goes on past it.
pub const fn is_member(code: &[u8], prefix: &[u8]) -> bool {
    if code.len() <= prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if code[i] != prefix[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The code of the family of a prefix, written without allocating:
/// `format!("{}", FamilyCode("QUOTA_"))` is `QUOTA_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FamilyCode<'a>(pub &'a str);

impl fmt::Display for FamilyCode<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)?;
        fmt::Write::write_char(f, FAMILY_MARK)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::string::ToString;

    use super::*;

    #[test]
    fn members_go_on_past_the_prefix() {
        assert_eq!(family_prefix("QUOTA_*"), b"QUOTA_");
        assert!(is_member(b"QUOTA_EXCEEDED", b"QUOTA_"));
        assert!(!is_member(b"QUOTA_", b"QUOTA_"));
        assert!(!is_member(b"QUOTE_X", b"QUOTA_"));
        assert!(!is_member(b"Q", b"QUOTA_"));
    }

    #[test]
    fn the_mark_is_stripped_only_where_it_is() {
        assert_eq!(family_prefix_str("QUOTA_*"), "QUOTA_");
        assert_eq!(family_prefix_str("Invalid.é*"), "Invalid.é");
        assert_eq!(family_prefix_str("*"), "");
        assert_eq!(family_prefix_str("QUOTA_"), "QUOTA_");
        assert_eq!(family_prefix_str("A*B"), "A*B");
        assert_eq!(family_prefix_str(""), "");
        assert_eq!(family_prefix_bytes("QUOTA_*"), b"QUOTA_");
        assert_eq!(family_prefix("QUOTA_"), b"QUOTA_");
    }

    #[test]
    fn a_family_code_has_a_prefix_and_the_mark() {
        assert!(is_family_code("QUOTA_*") && is_family_code("A*"));
        for code in ["*", "", "QUOTA_", "*A"] {
            assert!(!is_family_code(code), "{code}");
        }
    }

    #[test]
    fn a_family_code_is_written_from_its_prefix() {
        assert_eq!(FamilyCode("QUOTA_").to_string(), "QUOTA_*");
        assert_eq!(FamilyCode("Invalid.é").to_string(), "Invalid.é*");
        let code = FamilyCode("BIZ_").to_string();
        assert_eq!(family_prefix_str(&code), "BIZ_");
    }

    #[test]
    fn prefixes_are_found_in_const_context() {
        const PREFIX: &str = family_prefix_str("QUOTA_*");
        const FAMILY: bool = is_family_code("QUOTA_*");
        assert_eq!((PREFIX, FAMILY), ("QUOTA_", true));
    }
}

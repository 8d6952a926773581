//! Families: a catch-all entry for the codes of one prefix, whose own code
//! is the prefix and `*`.

/// The prefix of the family whose code is `code` (`PREFIX*`): the code
/// without its last byte.
pub const fn family_prefix(code: &str) -> &[u8] {
    let code = code.as_bytes();
    code.split_at(code.len().saturating_sub(1)).0
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_go_on_past_the_prefix() {
        assert_eq!(family_prefix("QUOTA_*"), b"QUOTA_");
        assert!(is_member(b"QUOTA_EXCEEDED", b"QUOTA_"));
        assert!(!is_member(b"QUOTA_", b"QUOTA_"));
        assert!(!is_member(b"QUOTE_X", b"QUOTA_"));
        assert!(!is_member(b"Q", b"QUOTA_"));
    }
}

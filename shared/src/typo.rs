//! What counts as a typo: the one rule behind every "did you mean" of
//! error-catalog, the attribute's (a key, a placeholder) and `code!`'s.

/// The longest word, in bytes, whose every byte counts in
/// [`edit_distance`]; codes, keys and field names are far shorter.
const MAX_LEN: usize = 128;

/// The Levenshtein distance between `a` and the first 128 bytes of
/// `b`, byte by byte; usable in const context, where `code!` checks codes.
pub const fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    distance(a, b, false)
}

/// Whether two bytes are the same: equal, or, `in_a_code`, equal but for
/// ASCII case, with `-` the same as `_`.
const fn same(a: u8, b: u8, in_a_code: bool) -> bool {
    a == b || (in_a_code && code_byte(a) == code_byte(b))
}

/// A byte of a code as codes are compared: upper case, `_` for `-`.
const fn code_byte(byte: u8) -> u8 {
    if byte == b'-' {
        b'_'
    } else {
        byte.to_ascii_uppercase()
    }
}

/// The Levenshtein distance between `a` and the first 128 bytes of `b`,
/// bytes being the same as [`same`] says.
const fn distance(a: &[u8], b: &[u8], in_a_code: bool) -> usize {
    let b_len = if b.len() < MAX_LEN { b.len() } else { MAX_LEN };
    let mut row = [0usize; MAX_LEN + 1];
    let mut j = 0;
    while j <= b_len {
        row[j] = j;
        j += 1;
    }
    let mut i = 0;
    while i < a.len() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        let mut j = 0;
        while j < b_len {
            let above = row[j + 1];
            let substitute = diagonal + if same(a[i], b[j], in_a_code) { 0 } else { 1 };
            let mut best = if above < row[j] { above } else { row[j] } + 1;
            if substitute < best {
                best = substitute;
            }
            row[j + 1] = best;
            diagonal = above;
            j += 1;
        }
        i += 1;
    }
    row[b_len]
}

/// Whether a word `distance` edits from another, the longer of the two
/// `len` bytes, is a typo of it rather than another word: at most
/// `1 + len / 3` edits.
pub const fn is_typo(distance: usize, len: usize) -> bool {
    distance <= 1 + len / 3
}

/// How many edits `code` is from `known`, a code or an alias, when a typo
/// of it, with case and `-` free; with `family`, `known` is a family's
/// prefix, against which the first `known.len()` bytes of `code` are
/// measured as words of that length.
const fn code_typo(code: &[u8], known: &[u8], family: bool) -> Option<usize> {
    let head = if family && code.len() > known.len() {
        code.split_at(known.len()).0
    } else {
        code
    };
    let distance = distance(known, head, true);
    let len = if head.len() > known.len() {
        head.len()
    } else {
        known.len()
    };
    if is_typo(distance, len) {
        Some(distance)
    } else {
        None
    }
}

/// How many edits `code` is from the nearest name of a catalog's entry, if
/// it is a typo of one ([`is_typo`]): its code `known` or one of its
/// `aliases`. ASCII case and `-` for `_` cost nothing, so
/// `biz-topic-not-found` is 0 edits from `BIZ_TOPIC_NOT_FOUND`. A family's
/// code is its prefix and `*`; its members go on past the prefix, so `code`
/// is measured as the member its own tail would make: its first bytes
/// against the prefix.
pub const fn entry_typo(code: &[u8], known: &str, aliases: &[&str], family: bool) -> Option<usize> {
    let known = if family {
        crate::family_prefix(known)
    } else {
        known.as_bytes()
    };
    let mut nearest = code_typo(code, known, family);
    let mut i = 0;
    while i < aliases.len() {
        if let Some(distance) = code_typo(code, aliases[i].as_bytes(), false) {
            nearest = match nearest {
                Some(nearest) if nearest <= distance => Some(nearest),
                _ => Some(distance),
            };
        }
        i += 1;
    }
    nearest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance(b"BIZ_TOPIC_NOT_FUOND", b"BIZ_TOPIC_NOT_FOUND"), 2);
        assert_eq!(edit_distance(b"", b"ABC"), 3);
        assert_eq!(edit_distance(b"ABC", b""), 3);
        assert_eq!(edit_distance(b"KITTEN", b"SITTING"), 3);
    }

    #[test]
    fn a_typo_is_a_few_edits_of_a_long_enough_word() {
        assert!(is_typo(2, 19));
        assert!(is_typo(1, 2));
        assert!(!is_typo(2, 2));
        assert!(is_typo(3, 6) && !is_typo(4, 6));
    }

    #[test]
    fn a_code_typo_ignores_case_and_dashes() {
        assert_eq!(
            code_typo(b"biz-topic-not-found", b"BIZ_TOPIC_NOT_FOUND", false),
            Some(0)
        );
        assert_eq!(
            code_typo(b"Biz_Topic_Not_Fuond", b"BIZ_TOPIC_NOT_FOUND", false),
            Some(2)
        );
        assert_eq!(code_typo(b"NOPE", b"BIZ_TOPIC_NOT_FOUND", false), None);
        assert_eq!(code_typo(b"", b"AB", false), None);
        // Bytes are compared as they are, apart from case and `-`.
        assert_eq!(edit_distance(b"a-b", b"A_B"), 3);
    }

    #[test]
    fn a_family_is_measured_by_its_prefix() {
        assert_eq!(code_typo(b"QOUTA_EXCEEDED", b"QUOTA_", true), Some(2));
        assert_eq!(code_typo(b"quota_exceeded", b"QUOTA_", true), Some(0));
        assert_eq!(code_typo(b"QUOTA", b"QUOTA_", true), Some(1));
        // Without `family` the tail counts.
        assert_eq!(code_typo(b"QUOTA_EXCEEDED", b"QUOTA_", false), None);
        assert_eq!(code_typo(b"SHOP_CLOSED", b"QUOTA_", true), None);
        // A long tail makes no typo of a short prefix more likely.
        assert_eq!(code_typo(b"BIZ_TOPIC_NOT_FOUND", b"QUOTA_", true), None);
    }

    #[test]
    fn an_entry_is_as_near_as_its_nearest_name() {
        let aliases = ["SHOP_REMOVED", "SHOP_DELETED"];
        assert_eq!(entry_typo(b"SHOP_GONE", "SHOP_GONE", &aliases, false), Some(0));
        assert_eq!(entry_typo(b"shop_deleted", "SHOP_GONE", &aliases, false), Some(0));
        assert_eq!(entry_typo(b"SHOP_REMOVD", "SHOP_GONE", &aliases, false), Some(1));
        assert_eq!(entry_typo(b"NOPE", "SHOP_GONE", &aliases, false), None);
        // A family's `*` is not measured.
        assert_eq!(entry_typo(b"QUOTA_EXCEEDED", "QUOTA_*", &[], true), Some(0));
        assert_eq!(entry_typo(b"QUOTA_EXCEEDED", "QUOTA_*", &[], false), None);
    }
}

//! What counts as a typo: the one rule behind every "did you mean" of
//! error-catalog, the attribute's (a key, a placeholder) and `code!`'s and
//! `ErrorCatalog::nearest`'s.

use crate::Match;

/// The longest word, in bytes, that is measured edit by edit; a longer
/// one is near only a word it equals (but for case and `-`, in a code).
/// Codes, keys and field names are far shorter.
pub const MAX_LEN: usize = 128;

/// The Levenshtein distance between `a` and the first [`MAX_LEN`] bytes of
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

/// The Levenshtein distance between `a` and the first [`MAX_LEN`] bytes of
/// `b`, bytes being the same as [`same`] says.
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

/// The most edits that make a word of `shorter` bytes (the shorter of the
/// two compared) a typo of another: a third of it, at least one, and fewer
/// than `shorter`, so that something of it is left; none for an empty
/// word.
pub const fn max_edits(shorter: usize) -> Option<usize> {
    if shorter == 0 {
        return None;
    }
    let edits = if shorter / 3 > 1 { shorter / 3 } else { 1 };
    Some(if edits < shorter { edits } else { shorter - 1 })
}

/// Whether a word `distance` edits from another is a typo of it rather
/// than another word, the shorter of the two being `shorter` bytes long:
/// at most [`max_edits`] of it.
pub const fn is_typo(distance: usize, shorter: usize) -> bool {
    match max_edits(shorter) {
        Some(edits) => distance <= edits,
        None => false,
    }
}

/// How many edits `a` is from `b`, when it is a typo of it ([`is_typo`]),
/// bytes the same as [`same`] says. Two words whose lengths alone differ
/// by more than the edits allowed are not measured, and a word longer than
/// [`MAX_LEN`] is near only a word it equals.
const fn typo(a: &[u8], b: &[u8], in_a_code: bool) -> Option<usize> {
    let (shorter, longer) = if a.len() < b.len() {
        (a.len(), b.len())
    } else {
        (b.len(), a.len())
    };
    let Some(edits) = max_edits(shorter) else {
        return None;
    };
    if longer - shorter > edits {
        return None;
    }
    if longer > MAX_LEN {
        return if equal(a, b, in_a_code) { Some(0) } else { None };
    }
    let distance = distance(a, b, in_a_code);
    if distance <= edits { Some(distance) } else { None }
}

/// Whether two words are equal, bytes the same as [`same`] says.
const fn equal(a: &[u8], b: &[u8], in_a_code: bool) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !same(a[i], b[i], in_a_code) {
            return false;
        }
        i += 1;
    }
    true
}

/// How many edits `word` is from `known`, when a typo of it: the rule of
/// the attribute's "did you mean" for keys and placeholders, which are
/// compared byte for byte.
pub const fn word_typo(word: &[u8], known: &[u8]) -> Option<usize> {
    typo(word, known, false)
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
    typo(known, head, true)
}

/// How many edits `code` is from the nearest name of a catalog's entry, if
/// it is a typo of one ([`is_typo`]): its code `known` or one of its
/// `aliases`. ASCII case and `-` for `_` cost nothing, so
/// `biz-topic-not-found` is 0 edits from `BIZ_TOPIC_NOT_FOUND`. A family's
/// code is its prefix and `*`; its members go on past the prefix, so `code`
/// is measured as the member its own tail would make: its first bytes
/// against the prefix. An empty code is near nothing.
pub const fn entry_typo(code: &[u8], known: &str, aliases: &[&str], family: bool) -> Option<usize> {
    let known = if family {
        crate::family_prefix_bytes(known)
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

/// Whether an entry `distance` edits from a code is nearer than the best so
/// far, `best` (its distance and how an entry of its kind would match):
/// fewer edits; between as many, the entry the rule of resolution prefers,
/// a code over a family and a longer family over a shorter one, the
/// earlier of equals. `kind` is how the entry would match: `Exact` for a
/// code, `Member` of its prefix for a family ([`entry_kind`]).
pub const fn nearer(distance: usize, kind: Match, best: Option<(usize, Match)>) -> bool {
    match best {
        None => true,
        Some((best, best_kind)) => distance < best || (distance == best && kind.beats(Some(best_kind))),
    }
}

/// How a code would match the entry of code `code`: exactly, or, for a
/// family, as a member of its prefix.
pub const fn entry_kind(code: &str, family: bool) -> Match {
    if family {
        Match::Member {
            prefix_len: crate::family_prefix_bytes(code).len(),
        }
    } else {
        Match::Exact
    }
}

/// The first character of `code` that is not ASCII, and where it starts:
/// in a code that looks like a known one, a letter of another alphabet
/// (the Cyrillic `В` of `ВIZ_TOPIC_NOT_FOUND`) that looks like a Latin one.
pub const fn non_ascii(code: &str) -> Option<(usize, char)> {
    let bytes = code.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] >= 0x80 {
            return match char_at(bytes, at) {
                Some(c) => Some((at, c)),
                None => None,
            };
        }
        at += 1;
    }
    None
}

/// The character whose UTF-8 encoding starts at `at` of `bytes`.
const fn char_at(bytes: &[u8], at: usize) -> Option<char> {
    let lead = bytes[at] as u32;
    let (len, mut point) = if lead >= 0xF0 {
        (4, lead & 0x07)
    } else if lead >= 0xE0 {
        (3, lead & 0x0F)
    } else if lead >= 0xC0 {
        (2, lead & 0x1F)
    } else {
        return None;
    };
    let mut i = 1;
    while i < len {
        if at + i >= bytes.len() {
            return None;
        }
        point = (point << 6) | (bytes[at + i] as u32 & 0x3F);
        i += 1;
    }
    char::from_u32(point)
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
        assert!(is_typo(2, 6) && !is_typo(3, 6));
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

    #[test]
    fn an_empty_word_is_near_nothing() {
        assert_eq!(entry_typo(b"", "A", &[], false), None);
        assert_eq!(entry_typo(b"", "SHOP_*", &[], true), None);
        assert_eq!(word_typo(b"", b""), None);
        assert_eq!(max_edits(0), None);
    }

    #[test]
    fn a_one_byte_word_is_near_only_itself() {
        assert_eq!(max_edits(1), Some(0));
        assert_eq!(entry_typo(b"a", "A", &[], false), Some(0));
        assert_eq!(entry_typo(b"B", "A", &[], false), None);
        assert_eq!(entry_typo(b"AB", "A", &[], false), None);
        assert_eq!(word_typo(b"x", b"y"), None);
    }

    /// A code of `len` (at most 400) bytes in `code`, and in `typo` the same
    /// with one byte changed.
    fn long_code<'b>(len: usize, code: &'b mut [u8; 400], typo: &'b mut [u8; 400]) -> (&'b str, &'b str) {
        for (i, byte) in code.iter_mut().enumerate() {
            *byte = b'A' + (i % 26) as u8;
        }
        *typo = *code;
        typo[len / 2] = b'_';
        let text = |bytes: &'b [u8]| core::str::from_utf8(&bytes[..len]).unwrap();
        (text(code), text(typo))
    }

    #[test]
    fn long_words_are_measured_up_to_128_bytes() {
        let (mut code, mut typo) = ([0; 400], [0; 400]);
        for len in [127, 128] {
            let (code, typo) = long_code(len, &mut code, &mut typo);
            assert_eq!(entry_typo(typo.as_bytes(), code, &[], false), Some(1), "{len}");
        }
        let (code, typo) = long_code(129, &mut code, &mut typo);
        assert_eq!(entry_typo(typo.as_bytes(), code, &[], false), None);
        let mut lower = [0u8; 129];
        lower.copy_from_slice(code.as_bytes());
        lower.make_ascii_lowercase();
        assert_eq!(entry_typo(&lower, code, &[], false), Some(0));
    }

    #[test]
    fn a_long_word_is_near_no_short_one() {
        let long = core::str::from_utf8(&[b'Z'; 400]).unwrap();
        assert_eq!(
            entry_typo(long.as_bytes(), "BIZ_TOPIC_NOT_FOUND", &[], false),
            None
        );
        assert_eq!(entry_typo(b"BIZ_TOPIC_NOT_FOUND", long, &[], false), None);
        assert_eq!(entry_typo(long.as_bytes(), "Z", &[], false), None);
        assert_eq!(entry_typo(long.as_bytes(), long, &[], false), Some(0));
        let mut other = [b'Z'; 400];
        other[7] = b'Y';
        assert_eq!(entry_typo(&other, long, &[], false), None);
    }

    #[test]
    fn a_look_alike_letter_is_found() {
        let code = "\u{412}IZ_TOPIC_NOT_FOUND";
        assert_eq!(non_ascii(code), Some((0, '\u{412}')));
        assert_eq!(non_ascii("BIZ_TOPIC_\u{39f}K"), Some((10, '\u{39f}')));
        assert_eq!(non_ascii("BIZ_TOPIC_NOT_FOUND"), None);
        assert_eq!(non_ascii("\u{1f600}"), Some((0, '\u{1f600}')));
        // Two bytes for one letter: two edits, still near.
        assert_eq!(
            entry_typo(code.as_bytes(), "BIZ_TOPIC_NOT_FOUND", &[], false),
            Some(2)
        );
    }
}

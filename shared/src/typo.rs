//! What counts as a typo: the one rule behind every "did you mean" of
//! error-catalog, the attribute's (a key, a placeholder) and `code!`'s.

/// The longest word, in bytes, whose every byte counts in
/// [`edit_distance`]; codes, keys and field names are far shorter.
const MAX_LEN: usize = 128;

/// The Levenshtein distance between `a` and the first 128 bytes of
/// `b`, byte by byte; usable in const context, where `code!` checks codes.
pub const fn edit_distance(a: &[u8], b: &[u8]) -> usize {
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
            let substitute = diagonal + if a[i] == b[j] { 0 } else { 1 };
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
}

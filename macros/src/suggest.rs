//! "Did you mean": the one rule of what counts as a typo, and lists in prose.

/// The candidate closest to `word`, if it is close enough to be a typo:
/// at most `1 + len / 3` edits, `len` the longer of the two.
pub fn nearest<'k>(word: &str, candidates: &[&'k str]) -> Option<&'k str> {
    candidates
        .iter()
        .map(|candidate| (edit_distance(word, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= 1 + candidate.len().max(word.len()) / 3)
        .min()
        .map(|(_, candidate)| candidate)
}

/// `` `a`, `b` or `c` ``, with `conjunction` before the last item.
pub fn list<T: std::fmt::Display>(items: impl Iterator<Item = T>, conjunction: &str) -> String {
    let items: Vec<String> = items.map(|item| format!("`{item}`")).collect();
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {conjunction} {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_words_only() {
        let keys = ["code", "symptom", "solution", "status"];
        assert_eq!(nearest("symtom", &keys), Some("symptom"));
        assert_eq!(nearest("soluton", &keys), Some("solution"));
        assert_eq!(nearest("colour", &keys), None);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(list(["a"].into_iter(), "or"), "`a`");
        assert_eq!(list(["a", "b", "c"].into_iter(), "or"), "`a`, `b` or `c`");
        assert_eq!(list(["a", "b"].into_iter(), "and"), "`a` and `b`");
    }
}

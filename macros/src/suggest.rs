//! "Did you mean", by the rule of what counts as a typo that `code!` uses
//! too (`error_catalog_shared::word_typo`), and lists in prose.

use error_catalog_shared::word_typo;

/// The candidate closest to `word`, if it is close enough to be a typo.
pub fn nearest<'k>(word: &str, candidates: &[&'k str]) -> Option<&'k str> {
    candidates
        .iter()
        .filter_map(|candidate| Some((word_typo(word.as_bytes(), candidate.as_bytes())?, *candidate)))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_words_only() {
        let keys = ["code", "symptom", "solution", "status"];
        assert_eq!(nearest("symtom", &keys), Some("symptom"));
        assert_eq!(nearest("soluton", &keys), Some("solution"));
        assert_eq!(nearest("colour", &keys), None);
    }

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(list(["a"].into_iter(), "or"), "`a`");
        assert_eq!(list(["a", "b", "c"].into_iter(), "or"), "`a`, `b` or `c`");
        assert_eq!(list(["a", "b"].into_iter(), "and"), "`a` and `b`");
    }
}

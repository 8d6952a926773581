//! A catalog's entries, built and joined in const evaluation.

use crate::Entry;

/// Builds an [`Entry`]; the struct is `#[non_exhaustive]`, so code in other
/// crates cannot write it as a literal.
#[allow(clippy::too_many_arguments)]
pub const fn entry(
    code: &'static str,
    symptom: &'static str,
    solution: &'static str,
    status: Option<u16>,
    url: Option<&'static str>,
    variant: &'static str,
    catalog: &'static str,
) -> Entry {
    Entry {
        code,
        symptom,
        solution,
        status,
        url,
        variant,
        catalog,
        doc: None,
        deprecated: None,
        aliases: &[],
        family: false,
    }
}

/// What an entry says beyond its code, texts, status and url, for the few
/// that say more: its long explanation, its deprecation note, its aliases,
/// and whether it is a family.
pub const fn described(
    mut entry: Entry,
    doc: Option<&'static str>,
    deprecated: Option<&'static str>,
    aliases: &'static [&'static str],
    family: bool,
) -> Entry {
    entry.doc = doc;
    entry.deprecated = deprecated;
    entry.aliases = aliases;
    entry.family = family;
    entry
}

/// The runs of a catalog's `ENTRIES` joined at compile time; `N` is their
/// total length.
pub const fn concat<const N: usize>(runs: &[&[Entry]]) -> [Entry; N] {
    let mut table = [entry("", "", "", None, None, "", ""); N];
    let mut filled = 0;
    let mut run = 0;
    while run < runs.len() {
        let mut i = 0;
        while i < runs[run].len() {
            table[filled] = runs[run][i];
            filled += 1;
            i += 1;
        }
        run += 1;
    }
    assert!(
        filled == N,
        "error_catalog: the runs of ENTRIES do not add up to its length"
    );
    table
}

/// The number of entries in all `runs`: the length of the joined `ENTRIES`.
pub const fn total_len(runs: &[&[Entry]]) -> usize {
    let mut total = 0;
    let mut run = 0;
    while run < runs.len() {
        total += runs[run].len();
        run += 1;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concat_joins_runs() {
        let a = [entry("A", "", "", None, None, "A", "x")];
        let b = [
            entry("B", "", "", None, None, "B", "y"),
            entry("C", "", "", None, None, "C", "y"),
        ];
        let joined: [Entry; 3] = concat(&[&a, &b]);
        assert_eq!(joined.map(|e| e.code), ["A", "B", "C"]);
    }
}

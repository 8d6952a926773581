//! Which entry a code resolves to: the one rule of the generated lookups,
//! `code!`, and the command line's catalogs read from files.
//!
//! An exact code or alias wins over any family, wherever it is declared;
//! among families, the longest prefix wins; equal matches keep the earlier
//! entry, in the order the caller gives them.

use crate::family::{family_prefix_bytes, is_family_code, is_member};

/// How a code matches an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// The code is the entry's code or one of its aliases.
    Exact,
    /// The code is a member of the entry's family, whose prefix is
    /// `prefix_len` bytes long.
    Member {
        /// The length in bytes of the family's prefix.
        prefix_len: usize,
    },
}

impl Match {
    /// How `code` matches `name`, one name of an entry: its code, a family's
    /// `PREFIX*` when `family`, or an alias, which is never a family's.
    ///
    /// A code equal to `name` is [`Exact`](Match::Exact), a family's own
    /// `PREFIX*` included, as the lookups find it in `ENTRIES`. With
    /// `family`, a code that starts with the prefix and goes on past it is a
    /// [`Member`](Match::Member). An empty code matches nothing, and with
    /// `family` a `name` that is no family's code ([`is_family_code`]: a
    /// lone `*`, whose empty prefix would take every code, or no `*` at the
    /// end) matches nothing either: callers refuse such entries.
    pub const fn of(code: &[u8], name: &str, family: bool) -> Option<Match> {
        if code.is_empty() || (family && !is_family_code(name)) {
            return None;
        }
        let prefix = family_prefix_bytes(name);
        if bytes_eq(code, name.as_bytes()) {
            Some(Match::Exact)
        } else if family && is_member(code, prefix) {
            Some(Match::Member {
                prefix_len: prefix.len(),
            })
        } else {
            None
        }
    }

    /// Whether this match of a later entry wins over `earlier`, the best
    /// match so far: an exact match beats a member, a longer prefix beats a
    /// shorter one, and an equal match keeps the earlier entry.
    pub const fn beats(self, earlier: Option<Match>) -> bool {
        match (self, earlier) {
            (_, None) => true,
            (Match::Exact, Some(Match::Member { .. })) => true,
            (Match::Member { prefix_len }, Some(Match::Member { prefix_len: best })) => prefix_len > best,
            _ => false,
        }
    }
}

/// The best match of `code` among the names of an entry: its code
/// `entry_code` (a family's `PREFIX*` when `family`) and its `aliases`,
/// each as [`Match::of`] says; `None` when none matches.
pub const fn entry_match(code: &[u8], entry_code: &str, aliases: &[&str], family: bool) -> Option<Match> {
    let mut best = Match::of(code, entry_code, family);
    let mut i = 0;
    while i < aliases.len() {
        if let Some(found) = Match::of(code, aliases[i], false)
            && found.beats(best)
        {
            best = Some(found);
        }
        i += 1;
    }
    best
}

/// The entry a code resolves to among `entries`, given in declaration
/// order, `matches` saying how the code matches each (usually through
/// [`entry_match`]): the first exact match, else the member of the longest
/// prefix, the earliest of equal ones; `None` when nothing matches.
///
/// For callers with owned entries, such as the command line's catalogs
/// read from files; const callers loop with [`Match::beats`] themselves.
pub fn resolve<T>(
    entries: impl IntoIterator<Item = T>,
    mut matches: impl FnMut(&T) -> Option<Match>,
) -> Option<T> {
    let mut best: Option<(T, Match)> = None;
    for entry in entries {
        let Some(found) = matches(&entry) else { continue };
        if found == Match::Exact {
            return Some(entry);
        }
        if found.beats(best.as_ref().map(|(_, best)| *best)) {
            best = Some((entry, found));
        }
    }
    best.map(|(entry, _)| entry)
}

/// Whether two byte strings are equal: `==` in const context.
#[inline(always)]
pub const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entry of a test catalog: its code, aliases, and whether a family.
    type Entry = (&'static str, &'static [&'static str], bool);

    const fn exact(code: &'static str) -> Entry {
        (code, &[], false)
    }

    const fn family(code: &'static str) -> Entry {
        (code, &[], true)
    }

    /// The index of the entry `code` resolves to among `entries`.
    fn resolved_at(entries: &[Entry], code: &str) -> Option<usize> {
        let code = code.as_bytes();
        let matches =
            |(_, (known, aliases, family)): &(usize, &Entry)| entry_match(code, known, aliases, *family);
        resolve(entries.iter().enumerate(), matches).map(|(index, _)| index)
    }

    /// The code of the entry `code` resolves to among `entries`.
    fn resolved(entries: &[Entry], code: &str) -> Option<&'static str> {
        resolved_at(entries, code).map(|index| entries[index].0)
    }

    #[test]
    fn an_exact_code_wins_over_a_family() {
        for entries in [
            [family("SHOP_*"), exact("SHOP_GONE")],
            [exact("SHOP_GONE"), family("SHOP_*")],
        ] {
            assert_eq!(resolved(&entries, "SHOP_GONE"), Some("SHOP_GONE"));
            assert_eq!(resolved(&entries, "SHOP_OPEN"), Some("SHOP_*"));
        }
    }

    #[test]
    fn the_longest_prefix_wins_in_every_order() {
        let short_first = [family("SHOP_*"), family("SHOP_ITEM_*"), exact("SHOP_ITEM_GONE")];
        let long_first = [exact("SHOP_ITEM_GONE"), family("SHOP_ITEM_*"), family("SHOP_*")];
        let mixed = [family("SHOP_ITEM_*"), exact("SHOP_ITEM_GONE"), family("SHOP_*")];
        for entries in [short_first, long_first, mixed] {
            assert_eq!(resolved(&entries, "SHOP_ITEM_X"), Some("SHOP_ITEM_*"));
            assert_eq!(resolved(&entries, "SHOP_X"), Some("SHOP_*"));
            assert_eq!(resolved(&entries, "SHOP_ITEM_GONE"), Some("SHOP_ITEM_GONE"));
            // `SHOP_ITEM_` is no member of its own family, but one of `SHOP_*`.
            assert_eq!(resolved(&entries, "SHOP_ITEM_"), Some("SHOP_*"));
        }
    }

    #[test]
    fn an_alias_is_exact() {
        let entries = [
            family("SHOP_ITEM_*"),
            ("SHOP_GONE", &["SHOP_ITEM_OLD", "SHOP_*"], false),
        ];
        assert_eq!(resolved(&entries, "SHOP_ITEM_OLD"), Some("SHOP_GONE"));
        assert_eq!(resolved(&entries, "SHOP_ITEM_NEW"), Some("SHOP_ITEM_*"));
        // An alias is never a family, even one that ends in `*`.
        assert_eq!(resolved(&entries, "SHOP_X"), None);
        assert_eq!(resolved(&entries, "SHOP_*"), Some("SHOP_GONE"));
    }

    #[test]
    fn equal_matches_keep_the_earlier_entry() {
        let entries = [("A", &["SAME"][..], false), ("B", &["SAME"], false)];
        assert_eq!(resolved(&entries, "SAME"), Some("A"));
        assert_eq!(resolved_at(&[exact("A"), exact("A")], "A"), Some(0));
        let entries = [exact("OTHER"), family("SHOP_*"), family("SHOP_*")];
        assert_eq!(resolved_at(&entries, "SHOP_X"), Some(1));
    }

    #[test]
    fn a_prefix_alone_and_an_empty_code_match_nothing() {
        let entries = [family("SHOP_*"), exact("SHOP_GONE")];
        assert_eq!(resolved(&entries, "SHOP_"), None);
        assert_eq!(resolved(&entries, "SHOP"), None);
        assert_eq!(resolved(&entries, ""), None);
        assert_eq!(resolved(&[], "SHOP_GONE"), None);
    }

    #[test]
    fn a_family_s_own_code_is_exact() {
        let entries = [family("SHOP_*"), family("SHOP_ITEM_*")];
        assert_eq!(resolved(&entries, "SHOP_ITEM_*"), Some("SHOP_ITEM_*"));
        assert_eq!(Match::of(b"SHOP_*", "SHOP_*", true), Some(Match::Exact));
    }

    #[test]
    fn a_family_without_a_prefix_or_a_mark_matches_nothing() {
        for code in ["ANY", "*", "A*"] {
            assert_eq!(Match::of(code.as_bytes(), "*", true), None, "{code}");
            assert_eq!(resolved(&[family("*")], code), None, "{code}");
        }
        assert_eq!(Match::of(b"SHOP_X", "SHOP_", true), None);
        assert_eq!(Match::of(b"SHOP_", "SHOP_", true), None);
        // Not a family, `*` is a code like any other.
        assert_eq!(Match::of(b"*", "*", false), Some(Match::Exact));
    }

    #[test]
    fn matches_rank_exact_then_longer_prefixes() {
        let member = |prefix_len| Match::Member { prefix_len };
        assert!(Match::Exact.beats(None) && member(1).beats(None));
        assert!(Match::Exact.beats(Some(member(9))));
        assert!(member(5).beats(Some(member(4))));
        assert!(!member(4).beats(Some(member(4))));
        assert!(!member(9).beats(Some(Match::Exact)));
        assert!(!Match::Exact.beats(Some(Match::Exact)));
        assert_eq!(Match::of(b"SHOP_ITEM_X", "SHOP_*", true), Some(member(5)));
    }

    #[test]
    fn entries_match_in_const_context() {
        const FOUND: Option<Match> = entry_match(b"SHOP_OLD", "SHOP_*", &["SHOP_OLD"], true);
        const MEMBER: Option<Match> = entry_match(b"SHOP_NEW", "SHOP_*", &["SHOP_OLD"], true);
        assert_eq!(FOUND, Some(Match::Exact));
        assert_eq!(MEMBER, Some(Match::Member { prefix_len: 5 }));
    }
}

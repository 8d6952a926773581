//! Which entry, and which value, a code resolves to in a catalog: the
//! generated `ErrorCatalog::__resolve_entry` and `__resolve_value` ask the
//! catalog's own code table, then its own families, then each embedded
//! catalog in the order of resolution, and
//! keeps the best match by the one rule of `error_catalog_shared`
//! ([`Match::beats`]): an exact code or alias over any family, the longest
//! prefix among families, the earlier of equal matches. `lookup`,
//! `from_code`, `receive` and `FromStr` all read it.

pub use error_catalog_shared::Match;

use super::embedded::is_shadowed;
use crate::{Entry, Received};

/// The codes a catalog that embeds another with `fallback` has elsewhere:
/// the embedded catalog's entries of those codes are left out of its
/// `ENTRIES`, so no code resolves to them. A catalog resolves a code for
/// its own users with [`Taken::NONE`], and passes what it was given on to
/// the catalogs it embeds, adding its own codes for a `fallback` one.
#[derive(Clone, Copy, Debug)]
pub struct Taken<'a> {
    /// Codes and aliases, sorted.
    own: &'a [&'a str],
    /// Entries whose codes and aliases are taken.
    runs: &'a [&'a [Entry]],
    outer: Option<&'a Taken<'a>>,
}

impl<'a> Taken<'a> {
    /// Nothing taken: a catalog resolving a code for its own users.
    pub const NONE: Taken<'static> = Taken {
        own: &[],
        runs: &[],
        outer: None,
    };

    /// What `outer` takes, and the codes and aliases of `own` (sorted) and
    /// of the entries of `runs`.
    pub const fn new(own: &'a [&'a str], runs: &'a [&'a [Entry]], outer: &'a Taken<'a>) -> Self {
        Taken {
            own,
            runs,
            outer: Some(outer),
        }
    }

    /// Whether the entry of code `code` is left out.
    #[inline]
    pub fn has(&self, code: &str) -> bool {
        let mut taken = Some(self);
        while let Some(level) = taken {
            if (!level.own.is_empty() || !level.runs.is_empty()) && is_shadowed(code, level.own, level.runs) {
                return true;
            }
            taken = level.outer;
        }
        false
    }
}

/// How `code` matches `entry`, one of its catalog's, by the entry's names.
pub fn match_of(code: &str, entry: &Entry) -> Option<Match> {
    error_catalog_shared::entry_match(code.as_bytes(), entry.code, entry.aliases, entry.family)
}

/// Puts `found` in `best` when it beats it; says whether `best` is now an
/// exact match, which nothing found later beats.
#[inline]
pub fn keep<T>(best: &mut Option<(Match, T)>, found: Option<(Match, T)>) -> bool {
    if let Some((found, value)) = found
        && found.beats(best.as_ref().map(|(best, _)| *best))
    {
        *best = Some((found, value));
    }
    matches!(best, Some((Match::Exact, _)))
}

/// How a member of the family whose prefix is `prefix_len` bytes matches it.
pub const fn member(prefix_len: usize) -> Match {
    Match::Member { prefix_len }
}

/// What an embedded catalog resolved `code` to, as the embedding catalog
/// has it: its value wrapped in the transparent variant, its entry as the
/// catalog splices it.
#[inline]
pub fn embed<I, C>(
    found: Option<(Match, Received<I>)>,
    wrap: fn(I) -> C,
    splice: fn(&'static Entry) -> &'static Entry,
) -> Option<(Match, Received<C>)> {
    let (found, received) = found?;
    let received = match received {
        Received::Known(inner) => Received::Known(wrap(inner)),
        Received::Entry(entry) => Received::Entry(splice(entry)),
        Received::Unknown(code) => Received::Unknown(code),
    };
    Some((found, received))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::__private::entry;

    #[test]
    fn a_code_is_taken_at_any_level() {
        const RUN: [Entry; 1] = [entry("IN_A_RUN", "", "", None, None, "V", "C")];
        let outer = Taken::new(&["A", "C"], &[], &Taken::NONE);
        let inner = Taken::new(&["B"], &[&RUN], &outer);
        for code in ["A", "B", "C", "IN_A_RUN"] {
            assert!(inner.has(code), "{code}");
        }
        assert!(!inner.has("D"));
        assert!(!outer.has("B"));
        assert!(!Taken::NONE.has("A"));
    }

    #[test]
    fn an_exact_match_is_kept_over_every_later_one() {
        let mut best = None;
        assert!(!keep(&mut best, Some((member(4), "APP_*"))));
        assert!(!keep(&mut best, Some((member(2), "A_*"))));
        assert_eq!(best, Some((member(4), "APP_*")));
        assert!(keep(&mut best, Some((Match::Exact, "APP_X"))));
        assert!(keep(&mut best, Some((Match::Exact, "APP_X_AGAIN"))));
        assert!(keep(&mut best, None));
        assert_eq!(best, Some((Match::Exact, "APP_X")));
    }
}

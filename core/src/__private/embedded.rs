//! The catalogs a catalog embeds with `#[entry(transparent)]`: their runs of
//! `ENTRIES` (with the variant's `status` for entries that give none, and,
//! for `fallback`, without the codes others have), and the const check that
//! no code names two entries. All of it in const evaluation, where the
//! codes of embedded catalogs are known; the macro knows only its own.
//!
//! An embedded catalog is checked against the catalog's own codes (sorted
//! by the macro, searched in O(log n)) and against the other embedded
//! catalogs, one code after the other: a catalog of ten thousand own codes
//! embedding a few small ones costs const evaluation next to nothing.

use super::const_str::{Message, is_in_sorted, str_eq};
use crate::Entry;

/// What a catalog with `transparent` variants knows of them.
pub trait Embedded {
    /// The codes of the catalog's own entries, sorted (in this
    /// configuration).
    const OWN_CODES: &'static [&'static str];

    /// The run of `ENTRIES` of each transparent variant, in declaration
    /// order; empty for a variant configured out.
    const RUNS: &'static [&'static [Entry]];

    /// The copy, in the catalog, of `entry`, an entry that the inner catalog
    /// of transparent variant number `run` gave: the same entry with the
    /// variant's `status` when the entry gives none.
    fn spliced(run: usize, entry: &'static Entry) -> &'static Entry {
        let _ = run;
        entry
    }
}

/// Where a code the catalog has elsewhere is.
#[derive(Clone, Copy)]
enum Elsewhere {
    Own,
    /// In an embedded catalog's entry, declared by this catalog.
    Embedded(&'static str),
}

/// Where `code` is among `own` (sorted) and the codes and aliases of the
/// entries of `others`, if it is.
const fn elsewhere(code: &str, own: &[&str], others: &[&[Entry]]) -> Option<Elsewhere> {
    if is_in_sorted(own, code) {
        return Some(Elsewhere::Own);
    }
    let mut run = 0;
    while run < others.len() {
        let mut i = 0;
        while i < others[run].len() {
            if has_name(&others[run][i], code) {
                return Some(Elsewhere::Embedded(others[run][i].catalog));
            }
            i += 1;
        }
        run += 1;
    }
    None
}

/// Whether `name` is the code or an alias of `entry`.
const fn has_name(entry: &Entry, name: &str) -> bool {
    let mut n = 0;
    while let Some(own) = name_at(entry, n) {
        if str_eq(own, name) {
            return true;
        }
        n += 1;
    }
    false
}

/// Name `n` of `entry`: its code, then its aliases.
const fn name_at(entry: &Entry, n: usize) -> Option<&'static str> {
    match n {
        0 => Some(entry.code),
        _ if n <= entry.aliases.len() => Some(entry.aliases[n - 1]),
        _ => None,
    }
}

/// Whether an entry of code `code` of a `fallback` catalog yields to `own`
/// (sorted) or `others`: whether either has the code as a code or an alias.
pub(super) const fn is_shadowed(code: &str, own: &[&str], others: &[&[Entry]]) -> bool {
    elsewhere(code, own, others).is_some()
}

/// The number of entries of `inner` whose codes are not shadowed by `own`
/// or `others`: the length of its [`splice`].
pub const fn kept_len(inner: &[Entry], own: &[&str], others: &[&[Entry]]) -> usize {
    let mut kept = 0;
    let mut i = 0;
    while i < inner.len() {
        if !is_shadowed(inner[i].code, own, others) {
            kept += 1;
        }
        i += 1;
    }
    kept
}

/// The entries of `inner` not shadowed by `own` or `others`, in order, each
/// with `status` when it gives none, and without the aliases that `own` or
/// `others` have: a kept entry that loses some takes the next of its
/// [`kept_aliases`] in `aliases`. `N` is their [`kept_len`].
pub const fn splice<const N: usize>(
    inner: &[Entry],
    status: Option<u16>,
    own: &[&str],
    others: &[&[Entry]],
    aliases: &'static [&'static str],
) -> [Entry; N] {
    let mut run = [super::entry("", "", "", None, None, "", ""); N];
    let (mut kept, mut i, mut used) = (0, 0, 0);
    while i < inner.len() {
        if !is_shadowed(inner[i].code, own, others) {
            run[kept] = inner[i];
            if run[kept].status.is_none() {
                run[kept].status = status;
            }
            if !keeps_aliases(&inner[i], own, others) {
                let count = untaken_aliases(&inner[i], own, others);
                let (_, rest) = aliases.split_at(used);
                (run[kept].aliases, _) = rest.split_at(count);
                used += count;
            }
            kept += 1;
        }
        i += 1;
    }
    assert!(
        kept == N && used == aliases.len(),
        "error_catalog: a run of ENTRIES is not as long as counted"
    );
    run
}

/// Whether `entry` keeps every alias: neither `own` nor `others` has one.
const fn keeps_aliases(entry: &Entry, own: &[&str], others: &[&[Entry]]) -> bool {
    untaken_aliases(entry, own, others) == entry.aliases.len()
}

/// How many aliases of `entry` neither `own` nor `others` has.
const fn untaken_aliases(entry: &Entry, own: &[&str], others: &[&[Entry]]) -> usize {
    let (mut count, mut i) = (0, 0);
    while i < entry.aliases.len() {
        if !is_shadowed(entry.aliases[i], own, others) {
            count += 1;
        }
        i += 1;
    }
    count
}

/// The number of [`kept_aliases`].
pub const fn kept_aliases_len(inner: &[Entry], own: &[&str], others: &[&[Entry]]) -> usize {
    let (mut len, mut i) = (0, 0);
    while i < inner.len() {
        let entry = &inner[i];
        if !is_shadowed(entry.code, own, others) && !keeps_aliases(entry, own, others) {
            len += untaken_aliases(entry, own, others);
        }
        i += 1;
    }
    len
}

/// The aliases that the kept entries of `inner` that lose some keep, in
/// order: the aliases of their copies in the run ([`splice`]). `N` is
/// their [`kept_aliases_len`].
pub const fn kept_aliases<const N: usize>(
    inner: &[Entry],
    own: &[&str],
    others: &[&[Entry]],
) -> [&'static str; N] {
    let mut kept = [""; N];
    let (mut len, mut i) = (0, 0);
    while i < inner.len() {
        let entry = &inner[i];
        if !is_shadowed(entry.code, own, others) && !keeps_aliases(entry, own, others) {
            let mut a = 0;
            while a < entry.aliases.len() {
                if !is_shadowed(entry.aliases[a], own, others) {
                    kept[len] = entry.aliases[a];
                    len += 1;
                }
                a += 1;
            }
        }
        i += 1;
    }
    kept
}

/// The copy in `run`, a run of `ENTRIES` of a `fallback` catalog, of
/// `entry`, an entry of its code that the embedded catalog gave; `entry`
/// itself if the run has none (it has one for every entry a code resolves
/// to: the others are left out because their codes resolve elsewhere).
pub fn in_run(run: &'static [Entry], entry: &'static Entry) -> &'static Entry {
    run.iter().find(|kept| kept.code == entry.code).unwrap_or(entry)
}

/// The copy in `copy` (the [`splice`] of `inner`, nothing left out) of
/// `entry`, which `inner`'s catalog gave; `entry` itself if `copy` has no
/// entry of its code.
pub fn respliced(copy: &'static [Entry], inner: &'static [Entry], entry: &'static Entry) -> &'static Entry {
    let offset = (entry as *const Entry as usize).wrapping_sub(inner.as_ptr() as usize);
    let index = offset / core::mem::size_of::<Entry>();
    let within = offset.is_multiple_of(core::mem::size_of::<Entry>()) && index < inner.len();
    match copy.get(index).filter(|_| within) {
        Some(spliced) => spliced,
        // An entry of a catalog the inner one embeds, or of a hand-written
        // catalog's own table: found by its code.
        None => copy
            .iter()
            .find(|spliced| spliced.code == entry.code)
            .unwrap_or(entry),
    }
}

/// The message that fails the build when a code or an alias of `inner`,
/// the entries of the catalog `inner_name` that transparent variant
/// `variant` embeds, is also a code or an alias of `own` (sorted) or of
/// `others`, the catalogs embedded before it without `fallback`: it names
/// the shared codes (the first few and their count) and suggests
/// `fallback`. The generated const panics with it, at the variant.
pub const fn shared_codes(
    inner: &[Entry],
    inner_name: &str,
    own: &[&str],
    others: &[&[Entry]],
    catalog: &str,
    variant: &str,
) -> Option<Message> {
    let (shared, listed) = shared_names(inner, own, others);
    if shared == 0 {
        return None;
    }
    let mut message = Message::new();
    message.push("a code names one entry, but transparent variant `");
    message.push(variant);
    message.push("` of ");
    message.push(catalog);
    message.push(" embeds ");
    message.push(inner_name);
    message.push(", which shares ");
    message.push_number(shared);
    message.push(if shared == 1 { " code" } else { " codes" });
    message.push(" with the catalog's other entries: ");
    message.push(listed.as_str());
    message.push("; mark the variant `#[entry(transparent, fallback)]` to resolve the shared codes to the other entries");
    Some(message)
}

/// How many codes and aliases of `inner` are also `own`'s or `others'`,
/// and the first few of them, each with where else it is.
const fn shared_names(inner: &[Entry], own: &[&str], others: &[&[Entry]]) -> (usize, Message) {
    const LISTED: usize = 8;
    let mut listed = Message::new();
    let (mut shared, mut i) = (0, 0);
    while i < inner.len() {
        let mut n = 0;
        while let Some(name) = name_at(&inner[i], n) {
            if let Some(place) = elsewhere(name, own, others) {
                if shared < LISTED {
                    listed.push(if shared == 0 { "`" } else { ", `" });
                    listed.push(name);
                    match place {
                        Elsewhere::Own => listed.push("` (an own entry)"),
                        Elsewhere::Embedded(other) => {
                            listed.push("` (");
                            listed.push(other);
                            listed.push(")");
                        }
                    }
                }
                shared += 1;
            }
            n += 1;
        }
        i += 1;
    }
    if shared > LISTED {
        listed.push(" and ");
        listed.push_number(shared - LISTED);
        listed.push(" more");
    }
    (shared, listed)
}

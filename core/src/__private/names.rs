//! What `code!` reads of a catalog to find a code in const evaluation
//! without reading every entry: the own code table (the one the lookups
//! read), the catalogs it embeds, and the kept runs of the `fallback` ones;
//! and the codes a miss is near, by the shared typo rule.

use error_catalog_shared::{entry_match, entry_typo};

use super::checked_code::nearest;
use super::lookup::Table;
use crate::Entry;

/// The most entries of a catalog whose every entry a miss is measured
/// against; in a larger one, the codes one edit away (a letter wrong,
/// missing, extra or swapped with the next) and the code in upper case are
/// looked up instead, whose cost does not grow with the catalog.
pub const MEASURED: usize = 256;

/// The longest code whose neighbours one edit away are looked up.
const NEIGHBOURS_OF: usize = 128;

/// The bytes a neighbour one edit away may have in the place of another
/// byte, or more: those codes are written with.
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-";

/// A catalog as `code!` reads it.
#[derive(Clone, Copy, Debug)]
pub struct Names {
    /// `ENTRIES`, read entry by entry when the catalog is not `indexed`
    /// (written by hand), and measured whole when it is small.
    pub entries: &'static [Entry],
    /// Whether the other fields say where every code of `entries` is.
    pub indexed: bool,
    /// The table of the own codes and aliases.
    pub table: Option<Table>,
    /// Where in `entries` each own code's entry is (`CodeIndex::POSITIONS`).
    pub positions: &'static [usize],
    /// The numbers of the own codes that are families.
    pub families: &'static [usize],
    /// The catalogs embedded without `fallback`.
    pub embedded: &'static [&'static Names],
    /// The runs of `entries` of the catalogs embedded with `fallback`.
    pub fallback: &'static [&'static [Entry]],
}

impl Names {
    /// A catalog without entries, for an embedded one configured out.
    pub const EMPTY: Names = Names::of(&[]);

    /// A catalog known by its `entries` alone.
    pub const fn of(entries: &'static [Entry]) -> Names {
        Names {
            entries,
            indexed: false,
            table: None,
            positions: &[],
            families: &[],
            embedded: &[],
            fallback: &[],
        }
    }

    /// The entry `code` names (as its code, an alias, or a member of its
    /// family): any of them when several do.
    pub const fn entry_of(&self, code: &str) -> Option<&'static Entry> {
        if !self.indexed {
            return scan(self.entries, code);
        }
        if let Some(table) = self.table
            && let Some(k) = table.index_of(code)
            && let Some(entry) = self.own_entry(k)
        {
            return Some(entry);
        }
        if let Some(entry) = self.family_of(code) {
            return Some(entry);
        }
        let mut i = 0;
        while i < self.embedded.len() {
            if let Some(entry) = self.embedded[i].entry_of(code) {
                return Some(entry);
            }
            i += 1;
        }
        let mut run = 0;
        while run < self.fallback.len() {
            if let Some(entry) = scan(self.fallback[run], code) {
                return Some(entry);
            }
            run += 1;
        }
        None
    }

    /// The entry of own code number `k`; none when its variant is
    /// configured out.
    const fn own_entry(&self, k: usize) -> Option<&'static Entry> {
        let at = if self.positions.is_empty() {
            k
        } else if k < self.positions.len() {
            self.positions[k]
        } else {
            return None;
        };
        if at < self.entries.len() {
            Some(&self.entries[at])
        } else {
            None
        }
    }

    /// The own family `code` is a member of.
    const fn family_of(&self, code: &str) -> Option<&'static Entry> {
        let mut i = 0;
        while i < self.families.len() {
            if let Some(entry) = self.own_entry(self.families[i])
                && entry_match(code.as_bytes(), entry.code, entry.aliases, entry.family).is_some()
            {
                return Some(entry);
            }
            i += 1;
        }
        None
    }

    /// The entry nearest to `code`, a code no entry names, by the shared
    /// typo rule: of every entry in a catalog of at most [`MEASURED`]
    /// entries; else of the codes one edit away, and of the families.
    pub const fn nearest(&self, code: &str) -> Option<&'static Entry> {
        if !self.indexed || self.entries.len() <= MEASURED {
            return nearest(self.entries, code);
        }
        if let Some(entry) = self.one_edit_away(code) {
            return Some(entry);
        }
        self.nearest_family(code)
    }

    /// The family nearest to `code`, among the own ones and those of the
    /// embedded catalogs.
    const fn nearest_family(&self, code: &str) -> Option<&'static Entry> {
        let mut nearest = None;
        let mut best = usize::MAX;
        let mut i = 0;
        while i < self.families.len() {
            if let Some(entry) = self.own_entry(self.families[i])
                && let Some(distance) = entry_typo(code.as_bytes(), entry.code, entry.aliases, true)
                && distance < best
            {
                (nearest, best) = (Some(entry), distance);
            }
            i += 1;
        }
        let mut i = 0;
        while nearest.is_none() && i < self.embedded.len() {
            nearest = self.embedded[i].nearest_family(code);
            i += 1;
        }
        nearest
    }

    /// An entry that `code` in upper case with `_` for `-` names, or a code
    /// one edit from `code`: the first found.
    const fn one_edit_away(&self, code: &str) -> Option<&'static Entry> {
        let bytes = code.as_bytes();
        if bytes.len() > NEIGHBOURS_OF {
            return None;
        }
        let mut folded = [0u8; NEIGHBOURS_OF];
        let mut i = 0;
        while i < bytes.len() {
            folded[i] = match bytes[i] {
                b'-' => b'_',
                byte => byte.to_ascii_uppercase(),
            };
            i += 1;
        }
        let (folded, _) = folded.split_at(bytes.len());
        if let Ok(folded) = core::str::from_utf8(folded)
            && let Some(entry) = self.entry_of(folded)
        {
            return Some(entry);
        }
        self.neighbour(bytes)
    }

    /// An entry that a word one edit from `word` names: `word` with a
    /// character left out, with two bytes swapped, or with a byte of
    /// [`ALPHABET`] in the place of a character or put in before one (a
    /// character of another alphabet, which looks like a Latin letter, is
    /// one edit from it).
    const fn neighbour(&self, word: &[u8]) -> Option<&'static Entry> {
        let mut buffer = [0u8; NEIGHBOURS_OF + 1];
        let mut at = 0;
        while at <= word.len() {
            let next = next_char(word, at);
            if next > at {
                if let Some(entry) = self.try_edit(&mut buffer, word, at, next, &[]) {
                    return Some(entry);
                }
                if next == at + 1
                    && next < word.len()
                    && let Some(entry) =
                        self.try_edit(&mut buffer, word, at, at + 2, &[word[at + 1], word[at]])
                {
                    return Some(entry);
                }
            }
            let mut letter = 0;
            while letter < ALPHABET.len() {
                let with = [ALPHABET[letter]];
                if next > at
                    && let Some(entry) = self.try_edit(&mut buffer, word, at, next, &with)
                {
                    return Some(entry);
                }
                if let Some(entry) = self.try_edit(&mut buffer, word, at, at, &with) {
                    return Some(entry);
                }
                letter += 1;
            }
            if next == at {
                break;
            }
            at = next;
        }
        None
    }

    /// The entry that `word` names with its bytes `from..to` replaced by
    /// `with`, written into `buffer`.
    const fn try_edit(
        &self,
        buffer: &mut [u8; NEIGHBOURS_OF + 1],
        word: &[u8],
        from: usize,
        to: usize,
        with: &[u8],
    ) -> Option<&'static Entry> {
        let len = word.len() - (to - from) + with.len();
        if len == 0 || len > buffer.len() {
            return None;
        }
        let mut i = 0;
        while i < from {
            buffer[i] = word[i];
            i += 1;
        }
        let mut j = 0;
        while j < with.len() {
            buffer[from + j] = with[j];
            j += 1;
        }
        let mut k = to;
        while k < word.len() {
            buffer[from + with.len() + k - to] = word[k];
            k += 1;
        }
        let (edited, _) = buffer.split_at(len);
        match core::str::from_utf8(edited) {
            Ok(edited) => self.entry_of(edited),
            Err(_) => None,
        }
    }
}

/// Where the character after the one at `at` of `word` starts; `at` itself
/// at the end.
const fn next_char(word: &[u8], at: usize) -> usize {
    if at >= word.len() {
        return at;
    }
    let mut next = at + 1;
    while next < word.len() && word[next] & 0xC0 == 0x80 {
        next += 1;
    }
    next
}

/// The entry of `entries` that `code` names, reading every entry.
const fn scan(entries: &'static [Entry], code: &str) -> Option<&'static Entry> {
    let mut i = 0;
    while i < entries.len() {
        let entry = &entries[i];
        if entry_match(code.as_bytes(), entry.code, entry.aliases, entry.family).is_some() {
            return Some(entry);
        }
        i += 1;
    }
    None
}

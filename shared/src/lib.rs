//! What the crates of error-catalog must agree on, written once: the
//! lookup hash and code-table layout, what counts as a typo, and the rules
//! that the attribute, the runtime and the command line each apply to a
//! catalog.
//!
//! An internal of error-catalog, published only because its crates depend
//! on it: `error-catalog-macros` builds each catalog's table with these
//! functions when `#[error_catalog]` expands, and the code it generates
//! looks codes up with them, through `error-catalog`'s hidden `__private`
//! module, at run time. Both sides must agree bit for bit, or lookups miss
//! without a word; here every rule exists once. The same goes for "did you
//! mean": [`is_typo`] decides it for the attribute's keys and placeholders
//! and, through [`entry_typo`], for codes: `code!`'s and
//! `ErrorCatalog::nearest`'s. Nothing here follows semver apart from the
//! exact version `error-catalog` pins.
//!
//! # The rules
//!
//! - **Families** ([`FAMILY_MARK`], [`is_family_code`],
//!   [`family_prefix_str`], [`FamilyCode`], [`is_member`]): a family's code
//!   is its prefix and `*`; its members start with the prefix and go on
//!   past it.
//! - **Resolution** ([`Match`], [`entry_match`], [`resolve`]): the entry a
//!   code resolves to: an exact code or alias over any family, the longest
//!   prefix among families, the earlier of equal matches.
//! - **Statuses** ([`is_status`], [`STATUS_MIN`], [`STATUS_MAX`],
//!   [`STATUS_RANGE`]): the HTTP statuses an entry may give.
//! - **Templates** ([`pieces`], [`write_blanked`], [`write_named`]): the
//!   placeholders and escaped braces of symptom and solution texts.
//! - **Markdown** ([`Columns`], [`Row`], [`Escaped`], [`CodeSpan`]): a
//!   catalog as a table, for its rustdoc and for `render::markdown`.
//! - **Typos** ([`edit_distance`], [`is_typo`], [`entry_typo`]).
//!
//! # The table
//!
//! A perfect hash in the manner of PTHash. The [`hash`] of each code (under
//! a seed the macro chooses) picks a [`bucket`] by its top bits; each bucket
//! has a pilot byte, chosen by the macro, that [`slot`] mixes into the hash
//! to give each of the bucket's codes a slot of its own. A table of one
//! bucket has no pilot: the macro chose a seed under which the top bits of
//! the hash alone give every code its own slot. A lookup hashes the code
//! once, reads one pilot and one record, and compares: no probe sequence,
//! no loop over codes.
//!
//! Each slot is a record of [`record_size`] bytes: an 8-byte [`head`]
//! (the code's length and its index in declaration order), then the code's
//! bytes, then zeros; an empty slot is all zeros. [`Shape`] is what a
//! lookup knows of a table besides its bytes and pilots, and [`find`] is
//! the lookup itself.
//!
//! The hash reads a fixed number of words of a code ([`hashed_word`]): the
//! fewest that tell a catalog's codes apart. The comparison always reads
//! every byte, so hashing fewer words never lets a wrong code through.
#![no_std]
#![deny(missing_docs)]

mod family;
mod find;
mod hash;
mod layout;
mod markdown;
mod resolve;
mod status;
mod template;
mod typo;

#[cfg(test)]
mod tests;

pub use family::{
    FAMILY_MARK, FamilyCode, family_prefix, family_prefix_bytes, family_prefix_str, is_family_code, is_member,
};
pub use find::find;
pub use hash::{hash, hashed_word};
pub use layout::{HEAD_LEN, Records, bucket, head, head_index, head_len, record_size, slot, words_for};
pub use markdown::{CodeSpan, Columns, Escaped, Row, Subject};
pub use resolve::{Match, bytes_eq, entry_match, resolve};
pub use status::{STATUS_MAX, STATUS_MIN, STATUS_RANGE, is_status};
pub use template::{Piece, Pieces, ScanError, ScanErrorKind, pieces, write_blanked, write_named};
pub use typo::{
    MAX_LEN, edit_distance, entry_kind, entry_typo, is_typo, max_edits, nearer, non_ascii, word_typo,
};

/// What a lookup knows of a table besides its records and pilots: the
/// generated code writes it as a constant, the macro builds it with the
/// table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shape {
    /// The seed of the [`hash`].
    pub seed: u64,
    /// The number of slots (records): a power of two, or 0 for no table.
    pub slots: usize,
    /// The number of buckets (pilots): a power of two; 1 for a table whose
    /// seed alone places its codes.
    pub buckets: usize,
    /// The words the hash reads of a code (see [`hashed_word`]).
    pub hashed: usize,
    /// The shortest code, in bytes (at least 1).
    pub min_len: usize,
    /// The longest code, in bytes.
    pub max_len: usize,
}

impl Shape {
    /// The bytes of each record: [`record_size`] of the longest code.
    pub const fn record_size(&self) -> usize {
        record_size(self.max_len)
    }

    /// The words a lookup compares: [`words_for`] the longest code.
    pub const fn compared_words(&self) -> usize {
        words_for(self.max_len)
    }

    /// The bytes of the whole table: every slot's record.
    pub const fn table_len(&self) -> usize {
        self.slots * self.record_size()
    }
}

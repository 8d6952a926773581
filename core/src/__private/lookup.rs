//! The lookup of a catalog's own codes: the generated `CodeIndex::index_of`
//! calls `find` on the table the macro computed. The hash, the placement
//! and the records are `error_catalog_shared`'s, with which the macro crate
//! builds the table too.

pub use error_catalog_shared::{Records, Shape, find};

/// A catalog's table of its own codes and aliases, as
/// `error_catalog_shared` lays it out: its shape, records and pilots.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    pub shape: Shape,
    pub records: &'static [u8],
    pub pilots: &'static [u8],
    /// The number of own codes: a record past them is an alias.
    pub codes: usize,
    /// The number of the code each alias names, in the order of the aliases.
    pub owners: &'static [usize],
}

impl Table {
    /// The number of the own code `code` is, or whose alias it is; `const`,
    /// so that `code!` finds codes as the lookups do.
    #[inline(always)]
    pub const fn index_of(&self, code: &str) -> Option<usize> {
        match find(self.shape, self.records, self.pilots, code) {
            Some(k) if k < self.codes => Some(k),
            Some(alias) if alias - self.codes < self.owners.len() => Some(self.owners[alias - self.codes]),
            _ => None,
        }
    }
}

/// Where a catalog's own codes are: `index_of` gives the number of a code
/// among the own codes (in declaration order), through the table the macro
/// computed, `POSITIONS` where that number's entry is in `ENTRIES`, and
/// `unit` the value of that number's unit variant.
pub trait CodeIndex: Sized {
    /// The table of own codes; none for a catalog without any.
    const TABLE: Option<Table>;
    /// The position in `ENTRIES` of the entry of each own code, past the
    /// end for a variant configured out; empty when each is at its number.
    const POSITIONS: &'static [usize];

    #[inline(always)]
    fn index_of(code: &str) -> Option<usize> {
        match Self::TABLE {
            Some(table) => table.index_of(code),
            None => None,
        }
    }

    fn unit(k: usize) -> Option<Self>;
}

/// Whether `code` is a member of the family of `prefix`: it starts with the
/// prefix and goes on past it.
#[inline]
pub fn is_member(code: &str, prefix: &str) -> bool {
    error_catalog_shared::is_member(code.as_bytes(), prefix.as_bytes())
}

//! The lookup of a catalog's own codes: the generated `CodeIndex::index_of`
//! calls `find` on the table the macro computed. The hash, the placement
//! and the records are `error_catalog_shared`'s, with which the macro crate
//! builds the table too.

pub use error_catalog_shared::{Records, Shape, find};

/// Where a catalog's own codes are: `index_of` gives the number of a code
/// among the own codes (in declaration order), through the table the macro
/// computed, and `unit` the value of that number's unit variant.
pub trait CodeIndex: Sized {
    fn index_of(code: &str) -> Option<usize>;
    fn unit(k: usize) -> Option<Self>;
}

/// Whether `code` is a member of the family of `prefix`: it starts with the
/// prefix and goes on past it.
#[inline]
pub fn is_member(code: &str, prefix: &str) -> bool {
    error_catalog_shared::is_member(code.as_bytes(), prefix.as_bytes())
}

//! Where a code goes in a table, and what its record holds.

use crate::Shape;

/// The odd constant that spreads a hash, its bucket's pilot xored in, over
/// the slots.
const SLOT_KEY: u64 = 0xbf58_476d_1ce4_e5b9;

/// The bucket of hash `h` among `buckets` (a power of two): its top bits.
#[inline(always)]
pub const fn bucket(h: u64, buckets: usize) -> usize {
    if buckets <= 1 {
        0
    } else {
        (h >> (64 - buckets.trailing_zeros())) as usize
    }
}

/// The slot of hash `h` among `slots` (a power of two).
///
/// With one bucket, the top bits of the hash itself: the macro chose a seed
/// under which they give each code a slot of its own, and `pilot` is not
/// read. Else the top bits of the hash with its bucket's `pilot` xored in,
/// times an odd constant, so that each pilot places the bucket's codes
/// anew.
#[inline(always)]
pub const fn slot(h: u64, pilot: u8, slots: usize, buckets: usize) -> usize {
    if slots <= 1 {
        0
    } else if buckets <= 1 {
        (h >> (64 - slots.trailing_zeros())) as usize
    } else {
        ((h ^ pilot as u64).wrapping_mul(SLOT_KEY) >> (64 - slots.trailing_zeros())) as usize
    }
}

/// The words of a code of `max_len` bytes: what a lookup compares, every
/// byte of the longest code, and the most the hash reads.
#[inline(always)]
pub const fn words_for(max_len: usize) -> usize {
    let words = max_len.div_ceil(8);
    if words == 0 { 1 } else { words }
}

/// The bytes of a record's head, which comes before the code's bytes.
pub const HEAD_LEN: usize = 8;

/// The bytes of each record of a table whose longest code is `max_len`
/// bytes: a power of two, at least 16, with room for the head and the
/// code. A power of two, so that 64-byte aligned records of up to 64 bytes
/// never cross a 64-byte boundary.
#[inline(always)]
pub const fn record_size(max_len: usize) -> usize {
    let size = (HEAD_LEN + max_len).next_power_of_two();
    if size < 16 { 16 } else { size }
}

/// The head of the record of the code of index `index` (in declaration
/// order) and `len` bytes: the little-endian `u64` `len << 32 | (index + 1)`.
/// An empty record's head is 0, the head of no code (codes are not empty).
#[inline(always)]
pub const fn head(index: usize, len: usize) -> u64 {
    (len as u64) << 32 | (index as u64 + 1)
}

/// The code's length in a record's `head`: 0 for an empty record.
#[inline(always)]
pub const fn head_len(head: u64) -> usize {
    (head >> 32) as usize
}

/// The code's index in a record's `head`; `usize::MAX` for an empty
/// record.
#[inline(always)]
pub const fn head_index(head: u64) -> usize {
    (head as u32 as usize).wrapping_sub(1)
}

/// A table's records, as the generated code holds them in a `static`: the
/// macro writes them as one byte-string literal, a single token for the
/// compiler where an array literal would be thousands.
///
/// Aligned to 64 bytes: with a [`record_size`] that is a power of two, a
/// record of up to 64 bytes lies within one aligned 64-byte block.
#[repr(C, align(64))]
pub struct Records<const N: usize>([u8; N]);

impl<const N: usize> Records<N> {
    /// The records of a table of shape `shape`, `bytes` as the macro wrote
    /// them; fails (the build, in a `static`) unless they are
    /// [`Shape::table_len`] long and `N` is that length.
    pub const fn new(shape: Shape, bytes: &[u8]) -> Self {
        match bytes.first_chunk::<N>() {
            Some(records) if bytes.len() == N && shape.table_len() == N => Records(*records),
            _ => panic!("error_catalog: a code table does not have the length of its shape"),
        }
    }

    /// The records' bytes, for [`find`](crate::find).
    #[inline(always)]
    pub const fn bytes(&self) -> &[u8; N] {
        &self.0
    }
}

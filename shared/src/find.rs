//! The lookup of a code in a table.

use crate::hash::{min, word};
use crate::resolve::bytes_eq;
use crate::{HEAD_LEN, Shape, bucket, hash, head_index, head_len, slot};

/// The index, in declaration order, of `code` in the table of shape
/// `shape` whose records are `records` and whose pilots are `pilots`; `None`
/// when the table does not have it.
///
/// A code outside the shape's lengths is a miss before anything is read.
/// Else the lookup hashes the code, reads its bucket's pilot (for more than
/// one bucket) and its slot's record, and compares the record's length and
/// bytes with the code's. The record holds `max_len` bytes of code or
/// zeros whatever the slot, so the comparison reads as many bytes as the
/// probe has without first testing the record's length; an empty record's
/// length, 0, differs from every code's. All the tests of the record are
/// ored into one value, and the answer depends on that value alone.
///
/// The generated code passes a constant `shape` and the records and pilots
/// of `static`s, and the function is always inlined, so that each
/// catalog's lookup has its sizes and bounds as constants, as if written
/// for that catalog alone. Tests pass tables of any shape. It is `const`,
/// so that `code!` finds a code in const evaluation as a lookup does at
/// run time.
///
/// The table must be one built with this crate for `shape`: `records` of
/// [`Shape::table_len`] bytes, `pilots` one byte a bucket. Any other table
/// gives wrong answers, or `None`.
#[inline(always)]
pub const fn find(shape: Shape, records: &[u8], pilots: &[u8], code: &str) -> Option<usize> {
    let len = code.len();
    if len < shape.min_len || len > shape.max_len {
        return None;
    }
    let h = hash(shape.seed, code.as_bytes(), shape.hashed);
    let at = bucket(h, shape.buckets);
    let pilot = if at < pilots.len() { pilots[at] } else { 0 };
    let size = shape.record_size();
    let Some((_, record)) = records.split_at_checked(slot(h, pilot, shape.slots, shape.buckets) * size)
    else {
        return None;
    };
    let Some((record, _)) = record.split_at_checked(size) else {
        return None;
    };
    let Some((head, known)) = record.split_first_chunk::<HEAD_LEN>() else {
        return None;
    };
    let head = u64::from_le_bytes(*head);
    let Some((known, _)) = known.split_at_checked(len) else {
        return None;
    };
    let differ = (head_len(head) ^ len) as u64 | difference(known, code.as_bytes(), shape.compared_words());
    if differ == 0 { Some(head_index(head)) } else { None }
}

/// 0 if two byte strings are equal, else not 0, comparing up to `words`
/// words: codes of 8 to `8 * words` bytes by their last 8 bytes and their
/// words at `8 * i` (moved back to `len - 8` when they would pass the end),
/// all xored and ored together, the same reads whatever the length; other
/// lengths by `==`. An integer rather than a `bool`, so that [`find`] ors it
/// with its other tests.
#[inline(always)]
pub(crate) const fn difference(a: &[u8], b: &[u8], words: usize) -> u64 {
    let len = a.len();
    if len != b.len() {
        return 1;
    }
    if len < 8 || len > 8 * words {
        return !bytes_eq(a, b) as u64;
    }
    let last = len - 8;
    let mut differ = last_word(a) ^ last_word(b);
    let mut i = 0;
    while i + 1 < words {
        let at = min(8 * i, last);
        differ |= word(a, at) ^ word(b, at);
        i += 1;
    }
    differ
}

/// The last 8 bytes, little-endian; 0 if there are fewer, which callers
/// avoid.
#[inline(always)]
const fn last_word(bytes: &[u8]) -> u64 {
    match bytes.last_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => 0,
    }
}

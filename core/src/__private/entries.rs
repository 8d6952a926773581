//! A catalog's entries: built, joined and checked in const evaluation, so
//! that a duplicate code or a misspelled `code!` literal fails the build.

use error_catalog_shared::{edit_distance, is_typo};

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
    }
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

/// Byte-wise `a == b`.
const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
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

/// Fails the build when two entries of `entries` share a code: a catalog
/// whose own code is also a code of a catalog it embeds, or two embedded
/// catalogs with a code in common. `N` is `entries.len()`: the codes are
/// sorted (a merge sort, O(N log N) in const evaluation) and neighbours
/// compared.
pub const fn assert_unique_codes<const N: usize>(entries: &[Entry], catalog: &str) {
    let mut order = [0usize; N];
    let mut scratch = [0usize; N];
    let mut i = 0;
    while i < N {
        order[i] = i;
        i += 1;
    }
    let mut width = 1;
    while width < N {
        let mut start = 0;
        while start < N {
            let middle = min(start + width, N);
            let end = min(start + 2 * width, N);
            let (mut left, mut right, mut out) = (start, middle, start);
            while out < end {
                let take_left = right >= end
                    || (left < middle && !str_less(entries[order[right]].code, entries[order[left]].code));
                if take_left {
                    scratch[out] = order[left];
                    left += 1;
                } else {
                    scratch[out] = order[right];
                    right += 1;
                }
                out += 1;
            }
            start = end;
        }
        let swap = order;
        order = scratch;
        scratch = swap;
        width *= 2;
    }
    let mut i = 1;
    while i < N {
        let (first, second) = (&entries[order[i - 1]], &entries[order[i]]);
        if str_eq(first.code, second.code) {
            let mut message = Message::new();
            message.push("duplicate error code `");
            message.push(first.code);
            message.push("` in catalog ");
            message.push(catalog);
            message.push(": variant `");
            message.push(first.variant);
            message.push("` of ");
            message.push(first.catalog);
            message.push(" and variant `");
            message.push(second.variant);
            message.push("` of ");
            message.push(second.catalog);
            message.push(" both have it; codes are unique within a catalog, embedded ones included");
            panic!("{}", message.as_str());
        }
        i += 1;
    }
}

const fn max(a: usize, b: usize) -> usize {
    if a > b { a } else { b }
}

const fn min(a: usize, b: usize) -> usize {
    if a < b { a } else { b }
}

/// Byte-wise `a < b`.
const fn str_less(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// `code` when `entries` has it; otherwise fails the build naming the code,
/// the catalog and the nearest known code. Behind `error_catalog::code!`.
pub const fn checked_code(entries: &[Entry], code: &'static str, catalog_type: &str) -> &'static str {
    let mut nearest: Option<&str> = None;
    let mut nearest_distance = usize::MAX;
    let mut i = 0;
    while i < entries.len() {
        if str_eq(entries[i].code, code) {
            return code;
        }
        let distance = edit_distance(entries[i].code.as_bytes(), code.as_bytes());
        if distance < nearest_distance {
            nearest = Some(entries[i].code);
            nearest_distance = distance;
        }
        i += 1;
    }
    let mut message = Message::new();
    message.push("error code `");
    message.push(code);
    message.push("` is not in the catalog `");
    message.push(catalog_type);
    message.push("`");
    match nearest {
        Some(nearest) if is_typo(nearest_distance, max(nearest.len(), code.len())) => {
            message.push("; did you mean `");
            message.push(nearest);
            message.push("`?");
        }
        _ => {}
    }
    panic!("{}", message.as_str());
}

/// A message built in const context, cut short (at a character boundary) if
/// it outgrows its buffer.
struct Message {
    bytes: [u8; 512],
    len: usize,
}

impl Message {
    const fn new() -> Self {
        Message {
            bytes: [0; 512],
            len: 0,
        }
    }

    const fn push(&mut self, text: &str) {
        let text = text.as_bytes();
        let mut i = 0;
        while i < text.len() && self.len < self.bytes.len() {
            self.bytes[self.len] = text[i];
            self.len += 1;
            i += 1;
        }
        // Never end inside a multi-byte character.
        while self.len > 0 && !self.ends_on_char_boundary() {
            self.len -= 1;
        }
    }

    const fn ends_on_char_boundary(&self) -> bool {
        // Step back over continuation bytes to the last lead byte and check
        // that its whole character fits.
        let mut start = self.len;
        while start > 0 && self.bytes[start - 1] & 0xC0 == 0x80 {
            start -= 1;
        }
        if start == 0 {
            return self.len == 0;
        }
        let lead = self.bytes[start - 1];
        let width = if lead < 0x80 {
            1
        } else if lead >= 0xF0 {
            4
        } else if lead >= 0xE0 {
            3
        } else {
            2
        };
        self.len - (start - 1) == width
    }

    const fn as_str(&self) -> &str {
        let (bytes, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => "error_catalog: a message was cut inside a character",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_cut_at_character_boundaries() {
        let mut message = Message::new();
        for _ in 0..300 {
            message.push("é");
        }
        assert_eq!(message.as_str().len(), 512);
        message = Message::new();
        message.push("a");
        for _ in 0..200 {
            message.push("€");
        }
        assert!(message.as_str().len() <= 512);
        assert!(message.as_str().ends_with('€'));
    }

    #[test]
    fn sorting_finds_duplicates_anywhere() {
        let entries: alloc::vec::Vec<Entry> = ["D", "B", "A", "C", "E", "AB"]
            .iter()
            .map(|code| entry(code, "", "", None, None, code, "x"))
            .collect();
        assert_unique_codes::<6>(&entries, "x");
    }

    #[test]
    #[should_panic(
        expected = "duplicate error code `B` in catalog x: variant `B` of x and variant `Other` of y"
    )]
    fn sorting_reports_the_duplicate() {
        let entries: alloc::vec::Vec<Entry> = ["D", "B", "A", "C", "B", "AB"]
            .iter()
            .enumerate()
            .map(|(i, code)| {
                if i == 4 {
                    entry(code, "", "", None, None, "Other", "y")
                } else {
                    entry(code, "", "", None, None, code, "x")
                }
            })
            .collect();
        assert_unique_codes::<6>(&entries, "x");
    }

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

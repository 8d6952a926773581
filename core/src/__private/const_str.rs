//! What const evaluation needs of strings: comparison, search in a sorted
//! list, and a message built without allocating.

/// Byte-wise `a == b`, by the shared crate's comparison.
pub const fn str_eq(a: &str, b: &str) -> bool {
    error_catalog_shared::bytes_eq(a.as_bytes(), b.as_bytes())
}

/// Byte-wise `a < b`, the order of `str`'s `Ord`.
pub const fn str_less(a: &str, b: &str) -> bool {
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

/// Whether `sorted`, in the order of [`str_less`], has `code`: a binary
/// search.
pub const fn is_in_sorted(sorted: &[&str], code: &str) -> bool {
    let (mut low, mut high) = (0, sorted.len());
    while low < high {
        let middle = low + (high - low) / 2;
        if str_eq(sorted[middle], code) {
            return true;
        }
        if str_less(sorted[middle], code) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    false
}

/// A message built in const context, cut short (at a character boundary) if
/// it outgrows its buffer.
pub struct Message {
    bytes: [u8; 1024],
    len: usize,
}

impl Default for Message {
    fn default() -> Self {
        Self::new()
    }
}

impl Message {
    pub const fn new() -> Self {
        Message {
            bytes: [0; 1024],
            len: 0,
        }
    }

    pub const fn push(&mut self, text: &str) {
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

    /// `n` in decimal.
    pub const fn push_number(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        let (mut n, mut start) = (n, digits.len());
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let (_, digits) = digits.split_at(start);
        if let Ok(text) = core::str::from_utf8(digits) {
            self.push(text);
        }
    }

    /// `n` in hexadecimal, upper case, at least four digits, as `U+` code
    /// points are written.
    pub const fn push_code_point(&mut self, n: u32) {
        const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
        let mut digits = [0u8; 8];
        let (mut n, mut start) = (n, digits.len());
        while n > 0 || digits.len() - start < 4 {
            start -= 1;
            digits[start] = DIGITS[(n % 16) as usize];
            n /= 16;
        }
        let (_, digits) = digits.split_at(start);
        if let Ok(text) = core::str::from_utf8(digits) {
            self.push("U+");
            self.push(text);
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

    pub const fn as_str(&self) -> &str {
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
        for _ in 0..600 {
            message.push("é");
        }
        assert_eq!(message.as_str().len(), 1024);
        message = Message::new();
        message.push("a");
        for _ in 0..400 {
            message.push("€");
        }
        assert!(message.as_str().len() <= 1024);
        assert!(message.as_str().ends_with('€'));
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 15, 1234, usize::MAX] {
            let mut message = Message::new();
            message.push_number(n);
            assert_eq!(message.as_str(), alloc::format!("{n}"));
        }
    }

    #[test]
    fn code_points_are_written_in_hexadecimal() {
        for (n, written) in [
            (0x412, "U+0412"),
            (0x41, "U+0041"),
            (0x1f600, "U+1F600"),
            (0, "U+0000"),
        ] {
            let mut message = Message::new();
            message.push_code_point(n);
            assert_eq!(message.as_str(), written);
        }
    }

    #[test]
    fn sorted_lists_are_searched() {
        let mut codes = ["D", "B", "A", "C", "E", "AB", "É", ""];
        codes.sort_unstable();
        for code in codes {
            assert!(is_in_sorted(&codes, code), "{code}");
        }
        for code in ["AA", "F", "BA", " "] {
            assert!(!is_in_sorted(&codes, code), "{code}");
        }
        assert!(!is_in_sorted(&[], "A"));
    }
}

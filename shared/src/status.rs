//! The HTTP statuses an entry may give: the attribute's `status`, the lock
//! file's `status=` and the command line's catalogs read from files accept
//! the same ones.

/// The smallest HTTP status, `100 Continue`.
pub const STATUS_MIN: u16 = 100;

/// The largest HTTP status: the classes end with the server errors, 5xx.
pub const STATUS_MAX: u16 = 599;

/// The statuses as messages name them, [`STATUS_MIN`]`..=`[`STATUS_MAX`]
/// in Rust's range syntax; the build fails unless it says what the two
/// numbers say.
pub const STATUS_RANGE: &str = range_of_statuses("100..=599");

/// `text`, which must be the range of statuses.
const fn range_of_statuses(text: &'static str) -> &'static str {
    assert!(is_range(text.as_bytes(), STATUS_MIN, STATUS_MAX));
    text
}

/// Whether `value` is an HTTP status: in [`STATUS_MIN`]`..=`[`STATUS_MAX`].
/// A `u64`, so that a number as parsed, from an attribute or JSON, is
/// checked before it is narrowed to a `u16`.
pub const fn is_status(value: u64) -> bool {
    value >= STATUS_MIN as u64 && value <= STATUS_MAX as u64
}

/// Whether `text` is `min..=max`, both in decimal.
const fn is_range(text: &[u8], min: u16, max: u16) -> bool {
    match strip_decimal(text, min) {
        Some([b'.', b'.', b'=', rest @ ..]) => matches!(strip_decimal(rest, max), Some([])),
        _ => false,
    }
}

/// `text` after the decimal digits of `value` it starts with; `None` when
/// it does not start with them.
const fn strip_decimal(text: &[u8], value: u16) -> Option<&[u8]> {
    let digits = match value.checked_ilog10() {
        Some(log) => log as usize + 1,
        None => 1,
    };
    let Some((written, rest)) = text.split_at_checked(digits) else {
        return None;
    };
    let mut left = value;
    let mut i = digits;
    while i > 0 {
        i -= 1;
        if written[i] != b'0' + (left % 10) as u8 {
            return None;
        }
        left /= 10;
    }
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_100_to_599() {
        for status in [100, 200, 404, 599] {
            assert!(is_status(status), "{status}");
        }
        for value in [0, 99, 600, 999, u64::from(u16::MAX), u64::MAX] {
            assert!(!is_status(value), "{value}");
        }
    }

    #[test]
    fn the_range_is_written_from_its_bounds() {
        assert!(is_range(b"100..=599", 100, 599));
        assert!(is_range(b"0..=7", 0, 7));
        for text in [
            "100..=999",
            "100..599",
            "1000..=599",
            "100..=5990",
            "100..=59",
            "",
        ] {
            assert!(!is_range(text.as_bytes(), 100, 599), "{text}");
        }
    }
}

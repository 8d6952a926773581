//! Text from outside, made safe to print: a catalog file's strings and the
//! codes given on the command line reach the terminal only through
//! [`Escaped`], so no escape sequence, bell, carriage return or forged line
//! gets through (the contract: "text that came from outside ... is never
//! written raw").

use std::fmt::{self, Write as _};

/// A text written with the characters that could drive or mislead a
/// terminal escaped as `{:?}` escapes them (`\u{1b}`, `\r`, `\n`, `\0`,
/// `\u{202e}`): every control character (C0, DEL and C1, U+0080 to
/// U+009F), the bidirectional controls (U+061C, U+200E, U+200F, U+202A to
/// U+202E, U+2066 to U+2069), and the line and paragraph separators
/// (U+2028, U+2029). Everything else, `\` and quotes included, is written
/// as it is, so ordinary texts read as they were written.
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some((at, unsafe_char)) = rest.char_indices().find(|&(_, c)| is_unsafe(c)) {
            f.write_str(&rest[..at])?;
            // For these characters `escape_debug` is `\r`, `\n`, `\t`, `\0`
            // or `\u{..}`, never a quote.
            for escaped in unsafe_char.escape_debug() {
                f.write_char(escaped)?;
            }
            rest = &rest[at + unsafe_char.len_utf8()..];
        }
        f.write_str(rest)
    }
}

/// Whether `c` could move the cursor, end a line, ring, or reorder what a
/// terminal shows.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The width `text` takes once [`Escaped`], in characters.
pub fn escaped_width(text: &str) -> usize {
    text.chars()
        .map(|c| if is_unsafe(c) { c.escape_debug().count() } else { 1 })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        Escaped(text).to_string()
    }

    #[test]
    fn plain_text_is_written_as_it_is() {
        for text in [
            "",
            "BIZ_TOPIC_NOT_FOUND",
            "Quota of {limit} exceeded",
            r#"C:\dir "x" 'y'"#,
            "é 日本 🙂",
        ] {
            assert_eq!(escaped(text), text);
        }
    }

    #[test]
    fn terminal_controls_are_escaped_as_debug_escapes_them() {
        for (text, expected) in [
            ("\u{1b}[2J", r"\u{1b}[2J"),
            ("bell\u{7}", r"bell\u{7}"),
            ("a\rb", r"a\rb"),
            ("a\nforged line", r"a\nforged line"),
            ("nul\0", r"nul\0"),
            ("tab\t", r"tab\t"),
            ("\u{7f}\u{85}\u{9b}31m", r"\u{7f}\u{85}\u{9b}31m"),
            ("\u{202e}gnp.exe", r"\u{202e}gnp.exe"),
            (
                "\u{202a}\u{202d}\u{2066}\u{2069}",
                r"\u{202a}\u{202d}\u{2066}\u{2069}",
            ),
            ("\u{200e}\u{200f}\u{61c}", r"\u{200e}\u{200f}\u{61c}"),
            ("one\u{2028}two\u{2029}", r"one\u{2028}two\u{2029}"),
        ] {
            assert_eq!(escaped(text), expected, "{text:?}");
        }
    }

    #[test]
    fn nothing_escaped_is_left_raw() {
        let every_unsafe: String = ('\0'..='\u{2070}').filter(|&c| is_unsafe(c)).collect();
        let written = escaped(&every_unsafe);
        assert!(!written.chars().any(is_unsafe), "{written}");
        assert_eq!(escaped_width(&every_unsafe), written.chars().count());
    }

    #[test]
    fn the_width_is_that_of_the_escaped_text() {
        for text in ["", "SHOP_GONE", "é\u{1b}x", "\r\n", "\u{202e}日"] {
            assert_eq!(escaped_width(text), escaped(text).chars().count(), "{text:?}");
        }
    }
}

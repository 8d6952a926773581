//! Code styles: how the codes of a catalog are spelled, and the codes
//! derived from variant names.

use crate::suggest::list;

/// How the codes of a catalog are spelled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodeStyle {
    /// `BIZ_TOPIC_NOT_FOUND`; derived codes are the variant in SCREAMING_SNAKE_CASE.
    #[default]
    ScreamingSnake,
    /// `InvalidParameter.TopicName`; derived codes are the variant as written.
    DottedPascal,
    /// Anything without whitespace; derived codes are SCREAMING_SNAKE_CASE.
    Any,
}

impl CodeStyle {
    const SPELLINGS: [(&'static str, CodeStyle); 3] = [
        ("SCREAMING_SNAKE_CASE", CodeStyle::ScreamingSnake),
        ("Dotted.PascalCase", CodeStyle::DottedPascal),
        ("any", CodeStyle::Any),
    ];

    /// The style written `spelling` in `code_style = "..."`.
    pub fn from_spelling(spelling: &str) -> Option<CodeStyle> {
        Self::SPELLINGS
            .iter()
            .find(|(known, _)| *known == spelling)
            .map(|(_, style)| *style)
    }

    /// How the style is written in `code_style = "..."`.
    pub fn spelling(self) -> &'static str {
        Self::SPELLINGS
            .iter()
            .find(|(_, style)| *style == self)
            .map_or("", |(spelling, _)| spelling)
    }

    /// The message for a `code_style` that names no style.
    pub fn unknown(spelling: &str) -> String {
        format!(
            "unknown code style `{spelling}`; expected one of {}",
            list(Self::SPELLINGS.iter().map(|(known, _)| known), "or")
        )
    }

    /// A code of this style, for messages.
    pub fn example(self) -> &'static str {
        match self {
            CodeStyle::ScreamingSnake | CodeStyle::Any => "BIZ_TOPIC_NOT_FOUND",
            CodeStyle::DottedPascal => "InvalidParameter.TopicName",
        }
    }

    /// A prefix of this style, for messages.
    pub fn prefix_example(self) -> &'static str {
        match self {
            CodeStyle::ScreamingSnake | CodeStyle::Any => "BILLING_",
            CodeStyle::DottedPascal => "InvalidParameter.",
        }
    }

    /// The code of a variant named `name` (without `r#`) that gives none.
    pub fn derived_code(self, prefix: &str, name: &str) -> String {
        match self {
            CodeStyle::DottedPascal => format!("{prefix}{name}"),
            CodeStyle::ScreamingSnake | CodeStyle::Any => screaming_snake(prefix, name),
        }
    }

    /// Whether `code` is of this style.
    pub fn is_code(self, code: &str) -> bool {
        match self {
            CodeStyle::ScreamingSnake => is_screaming_snake(code),
            CodeStyle::DottedPascal => is_dotted_pascal(code),
            CodeStyle::Any => !code.is_empty() && !code.chars().any(|c| c.is_whitespace() || c.is_control()),
        }
    }

    /// Whether `prefix` can start a code of this style.
    pub fn is_prefix(self, prefix: &str) -> bool {
        match self {
            CodeStyle::ScreamingSnake => {
                prefix.starts_with(|c: char| c.is_ascii_uppercase())
                    && !prefix.contains("__")
                    && prefix
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
            }
            CodeStyle::DottedPascal => {
                prefix.is_empty() || prefix.strip_suffix('.').is_some_and(is_dotted_pascal)
            }
            CodeStyle::Any => !prefix.is_empty() && !prefix.chars().any(char::is_whitespace),
        }
    }
}

/// `prefix` + `name` in SCREAMING_SNAKE_CASE.
///
/// A word starts at a capital that follows a lower-case letter or a digit,
/// and at the last capital of a run of capitals that a lower-case letter
/// follows (`HTTPTimeout` is `HTTP_TIMEOUT`); digits stay with the word before
/// them (`Http2Error` is `HTTP2_ERROR`). Existing underscores are kept, never
/// doubled.
pub fn screaming_snake(prefix: &str, name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut code = String::with_capacity(prefix.len() + name.len() + 4);
    code.push_str(prefix);
    let start = code.len();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            if code.len() > start && !code.ends_with('_') {
                code.push('_');
            }
            continue;
        }
        if i > 0 && c.is_uppercase() {
            let prev = chars[i - 1];
            let next_is_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            let starts_word =
                prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_is_lower);
            if starts_word && !code.ends_with('_') {
                code.push('_');
            }
        }
        code.extend(c.to_uppercase());
    }
    code
}

/// Whether `code` is SCREAMING_SNAKE_CASE: ASCII capitals and digits in
/// words joined by single underscores, starting with a capital.
pub fn is_screaming_snake(code: &str) -> bool {
    code.starts_with(|c: char| c.is_ascii_uppercase())
        && code.split('_').all(|word| {
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

/// `InvalidParameter.TopicName`: words of letters and digits, each starting
/// with a capital, joined by single dots.
fn is_dotted_pascal(code: &str) -> bool {
    code.split('.').all(|word| {
        word.starts_with(|c: char| c.is_ascii_uppercase()) && word.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_words_acronyms_and_digits() {
        for (name, code) in [
            ("InMaintenance", "IN_MAINTENANCE"),
            ("BizTopicNotFound", "BIZ_TOPIC_NOT_FOUND"),
            (
                "BizProducerIdBelongToOtherUser",
                "BIZ_PRODUCER_ID_BELONG_TO_OTHER_USER",
            ),
            ("HTTPTimeout", "HTTP_TIMEOUT"),
            ("Http2Error", "HTTP2_ERROR"),
            ("Error404NotFound", "ERROR404_NOT_FOUND"),
            ("V2Api", "V2_API"),
            ("IO", "IO"),
            ("Already_Snake", "ALREADY_SNAKE"),
            ("A", "A"),
        ] {
            assert_eq!(screaming_snake("", name), code, "{name}");
        }
        assert_eq!(
            CodeStyle::ScreamingSnake.derived_code("BILLING_", "QuotaExceeded"),
            "BILLING_QUOTA_EXCEEDED"
        );
        assert_eq!(
            CodeStyle::DottedPascal.derived_code("InvalidParameter.", "TopicName"),
            "InvalidParameter.TopicName"
        );
    }

    #[test]
    fn recognises_screaming_snake_case() {
        for good in ["A", "BIZ_TOPIC_NOT_FOUND", "HTTP2_ERROR", "E404"] {
            assert!(is_screaming_snake(good), "{good}");
        }
        for bad in ["", "_A", "A_", "A__B", "a", "Biz", "4XX", "A-B", "A B", "Ä"] {
            assert!(!is_screaming_snake(bad), "{bad}");
        }
    }

    #[test]
    fn spellings_round_trip() {
        for (spelling, style) in CodeStyle::SPELLINGS {
            assert_eq!(CodeStyle::from_spelling(spelling), Some(style));
            assert_eq!(style.spelling(), spelling);
        }
        assert_eq!(CodeStyle::from_spelling("kebab-case"), None);
    }

    #[test]
    fn prefixes_start_codes_of_their_style() {
        assert!(CodeStyle::ScreamingSnake.is_prefix("BILLING_"));
        assert!(!CodeStyle::ScreamingSnake.is_prefix("billing-"));
        assert!(CodeStyle::DottedPascal.is_prefix("InvalidParameter."));
        assert!(CodeStyle::DottedPascal.is_prefix(""));
        assert!(!CodeStyle::DottedPascal.is_prefix("InvalidParameter"));
        assert!(!CodeStyle::Any.is_prefix("a b"));
    }
}

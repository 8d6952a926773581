//! Codes derived from variant names.

/// `prefix` + the identifier in SCREAMING_SNAKE_CASE.
///
/// A word starts at a capital that follows a lower-case letter or a digit,
/// and at the last capital of a run of capitals that a lower-case letter
/// follows (`HTTPTimeout` is `HTTP_TIMEOUT`); digits stay with the word before
/// them (`Http2Error` is `HTTP2_ERROR`). Existing underscores are kept, never
/// doubled, and a raw identifier loses its `r#`.
pub fn derived_code(prefix: &str, ident: &str) -> String {
    let ident = ident.strip_prefix("r#").unwrap_or(ident);
    let chars: Vec<char> = ident.chars().collect();
    let mut code = String::with_capacity(prefix.len() + ident.len() + 4);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_words_acronyms_and_digits() {
        for (ident, code) in [
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
            ("r#Type", "TYPE"),
            ("A", "A"),
        ] {
            assert_eq!(derived_code("", ident), code, "{ident}");
        }
        assert_eq!(
            derived_code("BILLING_", "QuotaExceeded"),
            "BILLING_QUOTA_EXCEEDED"
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
}

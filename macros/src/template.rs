//! Symptom and solution texts: literal text with `{field}` placeholders.

/// Whether `text` has any of the ASCII `bytes`: a byte search for each,
/// much faster than a walk over its chars when the macro is built without
/// optimizations, as it is for debug builds.
pub fn contains_any(text: &str, bytes: &[u8]) -> bool {
    bytes.iter().any(|byte| text.as_bytes().contains(byte))
}

/// One piece of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Literal text, braces already unescaped.
    Text(String),
    /// `{name}` or `{name:spec}`: `name` is a field name (without `r#`) or a
    /// tuple index; `spec` is what follows the colon, if anything.
    Field { name: String, spec: Option<String> },
}

/// A text split into pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub pieces: Vec<Piece>,
}

impl Template {
    /// Splits `text`, or says what is wrong with its braces.
    pub fn parse(text: &str) -> Result<Template, String> {
        // Most texts have no braces: one search, no walk over their chars.
        if !contains_any(text, b"{}") {
            let pieces = if text.is_empty() {
                Vec::new()
            } else {
                vec![Piece::Text(text.to_owned())]
            };
            return Ok(Template { pieces });
        }
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    literal.push('}');
                }
                '}' => {
                    return Err("unmatched `}` in text; write `}}` for a literal brace".into());
                }
                '{' => {
                    let mut inner = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some('{') => {
                                return Err(format!(
                                    "`{{` inside the placeholder `{{{inner}`; write `{{{{` for a literal brace"
                                ));
                            }
                            Some(c) => inner.push(c),
                            None => {
                                return Err(format!(
                                    "unclosed placeholder `{{{inner}`; close it with `}}`, or write `{{{{` for a literal brace"
                                ));
                            }
                        }
                    }
                    let (name, spec) = match inner.split_once(':') {
                        Some((name, spec)) => (name, Some(spec.to_owned())),
                        None => (inner.as_str(), None),
                    };
                    let name = name.strip_prefix("r#").unwrap_or(name);
                    if !is_placeholder_name(name) {
                        return Err(format!(
                            "`{{{inner}}}` is not a placeholder this macro understands; \
                             expected a field name such as `{{limit}}`, a tuple index such as `{{0}}`, \
                             optionally with a format spec such as `{{limit:?}}`"
                        ));
                    }
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    pieces.push(Piece::Field {
                        name: name.to_owned(),
                        spec,
                    });
                }
                c => literal.push(c),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Ok(Template { pieces })
    }

    /// The whole text as one literal piece.
    pub fn plain(text: &str) -> Template {
        Template {
            pieces: vec![Piece::Text(text.to_owned())],
        }
    }

    /// The placeholders, in order of appearance.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Field { name, .. } => Some(name.as_str()),
            Piece::Text(_) => None,
        })
    }

    /// The text with braces unescaped, when it has no placeholders.
    pub fn as_plain_text(&self) -> Option<String> {
        let mut text = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => text.push_str(t),
                Piece::Field { .. } => return None,
            }
        }
        Some(text)
    }

    /// A `format_args!` string for the text in which the placeholder `name`
    /// becomes `{<binding(name)>:spec}`, capturing a local variable.
    pub fn format_string(&self, binding: impl Fn(&str) -> String) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => {
                    for c in t.chars() {
                        match c {
                            '{' => out.push_str("{{"),
                            '}' => out.push_str("}}"),
                            c => out.push(c),
                        }
                    }
                }
                Piece::Field { name, spec } => {
                    out.push('{');
                    out.push_str(&binding(name));
                    if let Some(spec) = spec {
                        out.push(':');
                        out.push_str(spec);
                    }
                    out.push('}');
                }
            }
        }
        out
    }
}

fn is_placeholder_name(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => name.bytes().all(|b| b.is_ascii_digit()),
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, spec: Option<&str>) -> Piece {
        Piece::Field {
            name: name.into(),
            spec: spec.map(Into::into),
        }
    }

    #[test]
    fn splits_text_and_placeholders() {
        let t = Template::parse("Quota of {limit} exceeded ({used:?} used), {{x}} {0}").unwrap();
        assert_eq!(
            t.pieces,
            [
                Piece::Text("Quota of ".into()),
                field("limit", None),
                Piece::Text(" exceeded (".into()),
                field("used", Some("?")),
                Piece::Text(" used), {x} ".into()),
                field("0", None),
            ]
        );
        assert_eq!(t.fields().collect::<Vec<_>>(), ["limit", "used", "0"]);
        assert_eq!(t.as_plain_text(), None);
        assert_eq!(
            t.format_string(|n| format!("__f_{n}")),
            "Quota of {__f_limit} exceeded ({__f_used:?} used), {{x}} {__f_0}"
        );
    }

    #[test]
    fn plain_text_is_unescaped() {
        let t = Template::parse("use {{braces}} freely").unwrap();
        assert_eq!(t.as_plain_text().as_deref(), Some("use {braces} freely"));
        assert_eq!(Template::parse("").unwrap().as_plain_text().as_deref(), Some(""));
    }

    #[test]
    fn texts_without_braces_are_one_piece() {
        let t = Template::parse("Topic é is missing").unwrap();
        assert_eq!(t.pieces, [Piece::Text("Topic é is missing".into())]);
        assert!(Template::parse("").unwrap().pieces.is_empty());
        assert!(contains_any("a{", b"{}") && contains_any("}", b"{}"));
        assert!(!contains_any("a(b)c", b"{}"));
    }

    #[test]
    fn raw_identifiers_lose_their_prefix() {
        let t = Template::parse("{r#type}").unwrap();
        assert_eq!(t.fields().collect::<Vec<_>>(), ["type"]);
    }

    #[test]
    fn rejects_bad_braces() {
        for bad in ["{", "a {b", "}", "a } b", "{}", "{:?}", "{a b}", "{0x}", "{a{b}}"] {
            assert!(Template::parse(bad).is_err(), "{bad}");
        }
    }
}

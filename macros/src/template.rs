//! Symptom and solution texts: literal text with `{field}` placeholders.

use std::ops::Range;

use error_catalog_shared as scan;

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

/// What is wrong with a text, and which bytes of it are wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    pub message: String,
    pub range: Range<usize>,
}

fn error_with(range: Range<usize>, message: impl Into<String>) -> TemplateError {
    TemplateError {
        message: message.into(),
        range,
    }
}

impl Template {
    /// Splits `text`, or says what is wrong with its braces or placeholders:
    /// the scanner of `error_catalog_shared` reads it, and here each
    /// placeholder's name and format spec are judged.
    pub fn parse(text: &str) -> Result<Template, TemplateError> {
        // Most texts have no braces: one search, no walk over their chars.
        if !contains_any(text, b"{}") {
            return Ok(Template::plain(text));
        }
        let mut pieces = Vec::new();
        let mut literal = String::new();
        for piece in scan::pieces(text) {
            match piece.map_err(|error| scan_error(text, error))? {
                scan::Piece::Text(text) => literal.push_str(text),
                scan::Piece::Brace(brace) => literal.push(brace),
                scan::Piece::Placeholder { name, spec, range } => {
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    pieces.push(placeholder(name, spec, range)?);
                }
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Ok(Template { pieces })
    }

    /// The whole text as one literal piece (none for an empty text).
    pub fn plain(text: &str) -> Template {
        let pieces = if text.is_empty() {
            Vec::new()
        } else {
            vec![Piece::Text(text.to_owned())]
        };
        Template { pieces }
    }

    /// The placeholders, in order of appearance.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Field { name, .. } => Some(name.as_str()),
            Piece::Text(_) => None,
        })
    }

    /// The placeholders with their format specs, in order of appearance.
    pub fn placeholders(&self) -> impl Iterator<Item = (&str, Option<&str>)> {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Field { name, spec } => Some((name.as_str(), spec.as_deref())),
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

    /// A `format_args!` string for the text in which each placeholder
    /// `{name:spec}` becomes `{<argument(name, spec)>:spec}`, naming an
    /// argument of the call.
    pub fn format_string(&self, mut argument: impl FnMut(&str, Option<&str>) -> String) -> String {
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
                    out.push_str(&argument(name, spec.as_deref()));
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

/// The message of a mistake in the braces of `text`.
fn scan_error(text: &str, error: scan::ScanError) -> TemplateError {
    let written = &text[error.range.clone()];
    let message = match error.kind {
        scan::ScanErrorKind::UnmatchedClose => {
            "unmatched `}` in text; write `}}` for a literal brace".to_owned()
        }
        scan::ScanErrorKind::BraceInPlaceholder => format!(
            "`{{` inside the placeholder `{}`; write `{{{{` for a literal brace",
            &written[..written.len() - 1]
        ),
        scan::ScanErrorKind::Unclosed => format!(
            "unclosed placeholder `{written}`; close it with `}}`, or write `{{{{` for a literal brace"
        ),
    };
    error_with(error.range, message)
}

/// The placeholder written `{name:spec}` at `range`, its name and spec
/// judged.
fn placeholder(written: &str, spec: Option<&str>, range: Range<usize>) -> Result<Piece, TemplateError> {
    let name = written.strip_prefix("r#").unwrap_or(written);
    let inner = match spec {
        Some(spec) => format!("{written}:{spec}"),
        None => written.to_owned(),
    };
    if !is_placeholder_name(name) {
        return Err(error_with(
            range,
            format!(
                "`{{{inner}}}` is not a placeholder this macro understands; \
                 expected a field name such as `{{limit}}`, a tuple index such as `{{0}}`, \
                 optionally with a format spec such as `{{limit:?}}`"
            ),
        ));
    }
    if let Some(spec) = spec {
        let close = range.end - 1;
        check_spec(written, spec).map_err(|message| error_with(close - spec.len()..close, message))?;
    }
    Ok(Piece::Field {
        name: name.to_owned(),
        spec: spec.map(str::to_owned),
    })
}

/// The traits a format spec may end with: `Display` (none), `Debug` (`?`,
/// `x?`, `X?`), `LowerExp`, `UpperExp`, `Octal`, `Pointer`, `Binary`,
/// `LowerHex` and `UpperHex`.
const TRAITS: [&str; 11] = ["", "?", "x?", "X?", "e", "E", "o", "p", "b", "x", "X"];

/// Checks `spec`, after the colon of a placeholder of `name` (as written),
/// against the grammar of `core::fmt`:
/// `[[fill]align][sign]['#']['0'][width]['.' precision][type]`. A width or
/// precision taken from an argument (`w$`, `1$`, `.*`) is refused: a text
/// has fields, no arguments, and the compiler would take the name from
/// whatever is in scope.
fn check_spec(name: &str, spec: &str) -> Result<(), String> {
    let mut rest = skip_fill_and_align(spec);
    rest = rest.strip_prefix(['+', '-']).unwrap_or(rest);
    rest = rest.strip_prefix('#').unwrap_or(rest);
    if !rest.starts_with("0$") {
        rest = rest.strip_prefix('0').unwrap_or(rest);
    }
    rest = count(name, spec, rest, Count::Width)?;
    if let Some(precision) = rest.strip_prefix('.') {
        rest = count(name, spec, precision, Count::Precision)?;
    }
    if TRAITS.contains(&rest) {
        Ok(())
    } else if rest.chars().all(|c| c == '_' || c.is_alphanumeric()) {
        Err(format!(
            "unknown format trait `{rest}` in `{{{name}:{spec}}}`; expected nothing (`Display`), \
             `?` (`Debug`), `x`, `X`, `o`, `b`, `e`, `E`, `p`, `x?` or `X?`"
        ))
    } else {
        Err(format!(
            "`{{{name}:{spec}}}` has an invalid format spec; after the `:` come, each optional, \
             fill and alignment, sign, `#`, `0`, width, `.` and precision, and the trait, \
             as in `{{{name}:>8}}`, `{{{name}:08.3}}` or `{{{name}:?}}`"
        ))
    }
}

/// `spec` after its fill and alignment (`<`, `^` or `>`, after any one
/// character), if it starts with them.
fn skip_fill_and_align(spec: &str) -> &str {
    let mut chars = spec.chars();
    let first = chars.next();
    let after_first = chars.as_str();
    match (first, chars.next()) {
        (Some(_), Some('<' | '^' | '>')) => chars.as_str(),
        (Some('<' | '^' | '>'), _) => after_first,
        _ => spec,
    }
}

/// A width or a precision.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Count {
    Width,
    Precision,
}

/// `rest` after the width or precision it starts with, if any: a number
/// that fits in a `u16`. One taken from an argument is refused.
fn count<'s>(name: &str, spec: &str, rest: &'s str, which: Count) -> Result<&'s str, String> {
    let (what, example) = match which {
        Count::Width => ("width", "8"),
        Count::Precision => ("precision", ".2"),
    };
    let digits = leading(rest, |c| c.is_ascii_digit());
    let argument = match digits {
        0 => leading(rest, |c| c == '_' || c.is_alphanumeric()),
        _ => digits,
    };
    if rest[argument..].starts_with('$') || (which == Count::Precision && rest.starts_with('*')) {
        return Err(format!(
            "`{{{name}:{spec}}}` takes its {what} from an argument, which a text does not have \
             (its fields are not arguments); \
             write the {what} as a number, as in `{{{name}:{example}}}`"
        ));
    }
    if digits > 0 && rest[..digits].parse::<u16>().is_err() {
        return Err(format!(
            "the {what} `{}` in `{{{name}:{spec}}}` is too large; it is at most {}",
            &rest[..digits],
            u16::MAX
        ));
    }
    Ok(&rest[digits..])
}

/// The length in bytes of the start of `text` whose chars are `wanted`.
fn leading(text: &str, wanted: fn(char) -> bool) -> usize {
    text.len() - text.trim_start_matches(wanted).len()
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
            t.format_string(|n, _| format!("__f_{n}")),
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
    fn format_specs_of_core_fmt_are_kept() {
        for spec in [
            "", "?", "#?", "x?", "#X?", ">8", "*^9", "é<3", ":<5", "+", "-#010.3x", "08.3", "0", "00", ".",
            ".0e", "65535", ".65535", "<>", "^^",
        ] {
            let t = Template::parse(&format!("{{a:{spec}}}")).unwrap_or_else(|e| panic!("{spec}: {e:?}"));
            assert_eq!(t.pieces, [field("a", Some(spec))]);
        }
    }

    /// The message and the part of `text` that `Template::parse` reports.
    fn refused(text: &str) -> (String, &str) {
        let error = Template::parse(text).expect_err(text);
        (error.message, &text[error.range])
    }

    #[test]
    fn counts_from_arguments_are_refused_at_the_spec() {
        for (text, spec, what) in [
            ("x {s:w$} y", "w$", "width"),
            ("{0:1$}", "1$", "width"),
            ("{0:0$}", "0$", "width"),
            ("{s:>_w$.2}", ">_w$.2", "width"),
            ("{s:.p$}", ".p$", "precision"),
            ("{s:8.2$}", "8.2$", "precision"),
            ("{r#s:.*}", ".*", "precision"),
        ] {
            let (message, at) = refused(text);
            assert_eq!(at, spec, "{text}");
            assert!(
                message.contains(&format!("takes its {what} from an argument")),
                "{text}: {message}"
            );
        }
        assert!(refused("{r#s:.*}").0.contains("as in `{r#s:.2}`"));
    }

    #[test]
    fn bad_format_specs_are_refused_at_the_spec() {
        for (text, spec, expected) in [
            ("{0:Z}", "Z", "unknown format trait `Z` in `{0:Z}`"),
            ("é {0:_}", "_", "unknown format trait `_`"),
            ("{0:<<<}", "<<<", "`{0:<<<}` has an invalid format spec"),
            ("{0:+-}", "+-", "invalid format spec"),
            ("{0:?x}", "?x", "invalid format spec"),
            ("{0:x }", "x ", "invalid format spec"),
            ("{0:*}", "*", "invalid format spec"),
            ("{0:8x$}", "8x$", "invalid format spec"),
            (
                "{0:70000}",
                "70000",
                "the width `70000` in `{0:70000}` is too large",
            ),
            ("{0:.65536}", ".65536", "the precision `65536`"),
        ] {
            let (message, at) = refused(text);
            assert_eq!(at, spec, "{text}");
            assert!(message.contains(expected), "{text}: {message}");
        }
    }

    #[test]
    fn bad_braces_are_refused_where_they_are() {
        for (text, at) in [
            ("a } b", "}"),
            ("é {b", "{b"),
            ("{a{b}}", "{a{"),
            ("x {a b} y", "{a b}"),
            ("{}", "{}"),
        ] {
            assert_eq!(refused(text).1, at, "{text}");
        }
    }

    #[test]
    fn rejects_bad_braces() {
        for bad in ["{", "a {b", "}", "a } b", "{}", "{:?}", "{a b}", "{0x}", "{a{b}}"] {
            assert!(Template::parse(bad).is_err(), "{bad}");
        }
    }
}

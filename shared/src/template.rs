//! The placeholders of symptom and solution texts: literal text,
//! `{field}`, `{0}` and `{field:spec}` placeholders, and `{{` and `}}` for
//! literal braces. One scanner, for the attribute, which judges names and
//! specs and reports mistakes at their bytes, and for the runtime, which
//! shows an entry's texts without a value to fill them in.

use core::fmt::{self, Write};
use core::iter::FusedIterator;
use core::ops::Range;

/// One piece of a text, as [`pieces`] reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text without braces, never empty.
    Text(&'a str),
    /// `{{` or `}}`, read as one brace.
    Brace(char),
    /// `{name}` or `{name:spec}`. Neither is judged here: the attribute
    /// does that.
    Placeholder {
        /// The name as written, `r#` kept: up to the first `:`.
        name: &'a str,
        /// What follows the first `:`, if there is one.
        spec: Option<&'a str>,
        /// The bytes of `{...}` in the text, braces included.
        range: Range<usize>,
    },
}

/// What is wrong with the braces of a text, and which of its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScanError {
    /// The bytes of the text that are wrong.
    pub range: Range<usize>,
    /// What is wrong with them.
    pub kind: ScanErrorKind,
}

/// What is wrong with the braces of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanErrorKind {
    /// A `}` that closes nothing and is not doubled; the range is the `}`.
    UnmatchedClose,
    /// A `{` inside a placeholder; the range runs from the placeholder's
    /// `{` to that one.
    BraceInPlaceholder,
    /// A placeholder that the text ends in; the range runs from its `{` to
    /// the end.
    Unclosed,
}

/// The pieces of `text`, in order, without allocating. After an error the
/// iterator ends.
pub fn pieces(text: &str) -> Pieces<'_> {
    Pieces { text, at: 0 }
}

/// The iterator of [`pieces`].
#[derive(Clone, Debug)]
pub struct Pieces<'a> {
    text: &'a str,
    /// Where the next piece starts; past the end after an error.
    at: usize,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Result<Piece<'a>, ScanError>;

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.text.get(self.at..).filter(|rest| !rest.is_empty())?;
        let piece = match rest.find(['{', '}']) {
            None => Ok(Piece::Text(rest)),
            Some(0) => self.brace(),
            Some(len) => Ok(Piece::Text(&rest[..len])),
        };
        self.at = match &piece {
            Ok(Piece::Text(text)) => self.at + text.len(),
            Ok(Piece::Brace(_)) => self.at + 2,
            Ok(Piece::Placeholder { range, .. }) => range.end,
            Err(_) => usize::MAX,
        };
        Some(piece)
    }
}

impl FusedIterator for Pieces<'_> {}

impl<'a> Pieces<'a> {
    /// The piece at the brace where the scan is.
    fn brace(&self) -> Result<Piece<'a>, ScanError> {
        let at = self.at;
        let brace = self.text.as_bytes()[at];
        if self.text.as_bytes().get(at + 1) == Some(&brace) {
            Ok(Piece::Brace(char::from(brace)))
        } else if brace == b'}' {
            Err(ScanError {
                range: at..at + 1,
                kind: ScanErrorKind::UnmatchedClose,
            })
        } else {
            placeholder(self.text, at)
        }
    }
}

/// The placeholder whose `{` is at `open` in `text`.
fn placeholder(text: &str, open: usize) -> Result<Piece<'_>, ScanError> {
    let body = open + 1;
    let (end, kind) = match text[body..].find(['{', '}']) {
        Some(len) if text.as_bytes()[body + len] == b'}' => (body + len + 1, None),
        Some(len) => (body + len + 1, Some(ScanErrorKind::BraceInPlaceholder)),
        None => (text.len(), Some(ScanErrorKind::Unclosed)),
    };
    let range = open..end;
    if let Some(kind) = kind {
        return Err(ScanError { range, kind });
    }
    let inner = &text[body..end - 1];
    let (name, spec) = match inner.split_once(':') {
        Some((name, spec)) => (name, Some(spec)),
        None => (inner, None),
    };
    Ok(Piece::Placeholder { name, spec, range })
}

/// Writes `text` with each placeholder replaced by `blank` and `{{`, `}}`
/// read as braces: a text shown without a value to fill it in, such as a
/// received code's entry. A text the scanner refuses is written as it is,
/// braces and all.
pub fn write_blanked(text: &str, blank: &str, out: &mut impl Write) -> fmt::Result {
    write_pieces(text, out, |piece, out| match piece {
        Piece::Text(text) => out.write_str(text),
        Piece::Brace(brace) => out.write_char(brace),
        Piece::Placeholder { .. } => out.write_str(blank),
    })
}

/// Writes `text` for people who read the template itself, as a
/// catalog's reference or a tool's explanation of a code shows it: each
/// placeholder as `{name}`, without `r#` and without its format spec (which
/// says how a value is written, not which value), and literal braces kept
/// as `{{` and `}}`, so that a brace written is never taken for a
/// placeholder: what is written is a text that [`pieces`] reads, with the
/// same placeholders. A text the scanner refuses is written as it is.
pub fn write_named(text: &str, out: &mut impl Write) -> fmt::Result {
    write_pieces(text, out, |piece, out| match piece {
        Piece::Text(text) => out.write_str(text),
        Piece::Brace('{') => out.write_str("{{"),
        Piece::Brace(_) => out.write_str("}}"),
        Piece::Placeholder { name, .. } => {
            let name = name.strip_prefix("r#").unwrap_or(name);
            out.write_char('{')?;
            out.write_str(name)?;
            out.write_char('}')
        }
    })
}

/// Writes each piece of `text` with `write`; `text` as it is when the
/// scanner refuses it.
fn write_pieces<W: Write>(
    text: &str,
    out: &mut W,
    mut write: impl FnMut(Piece<'_>, &mut W) -> fmt::Result,
) -> fmt::Result {
    if pieces(text).any(|piece| piece.is_err()) {
        return out.write_str(text);
    }
    pieces(text).flatten().try_for_each(|piece| write(piece, out))
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::string::String;
    use std::vec::Vec;

    use super::*;

    fn placeholder<'a>(name: &'a str, spec: Option<&'a str>, range: Range<usize>) -> Piece<'a> {
        Piece::Placeholder { name, spec, range }
    }

    /// Every piece of `text`, all read well.
    fn read(text: &str) -> Vec<Piece<'_>> {
        pieces(text).collect::<Result<_, _>>().expect(text)
    }

    /// The error of `text`, with the bytes it names.
    fn refused(text: &str) -> (ScanErrorKind, &str) {
        let error = pieces(text).find_map(Result::err).expect(text);
        (error.kind, &text[error.range])
    }

    #[test]
    fn splits_text_and_placeholders() {
        let text = "Quota of {limit} exceeded ({used:?} used), {{x}} {0}";
        assert_eq!(
            read(text),
            [
                Piece::Text("Quota of "),
                placeholder("limit", None, 9..16),
                Piece::Text(" exceeded ("),
                placeholder("used", Some("?"), 27..35),
                Piece::Text(" used), "),
                Piece::Brace('{'),
                Piece::Text("x"),
                Piece::Brace('}'),
                Piece::Text(" "),
                placeholder("0", None, 49..52),
            ]
        );
        assert_eq!(&text[9..16], "{limit}");
    }

    #[test]
    fn texts_without_braces_are_one_piece() {
        assert_eq!(read("Topic é is missing"), [Piece::Text("Topic é is missing")]);
        assert_eq!(read(""), []);
        assert_eq!(read("{{"), [Piece::Brace('{')]);
        assert_eq!(read("}}{{"), [Piece::Brace('}'), Piece::Brace('{')]);
    }

    #[test]
    fn names_are_read_as_written_and_specs_after_the_first_colon() {
        assert_eq!(read("{r#type}"), [placeholder("r#type", None, 0..8)]);
        assert_eq!(read("{a::<}"), [placeholder("a", Some(":<"), 0..6)]);
        assert_eq!(
            read("é{a:}"),
            [Piece::Text("é"), placeholder("a", Some(""), 2..6)]
        );
        // Names and specs are the attribute's to judge.
        assert_eq!(read("{}"), [placeholder("", None, 0..2)]);
        assert_eq!(read("{a b}"), [placeholder("a b", None, 0..5)]);
        assert_eq!(read("{:?}"), [placeholder("", Some("?"), 0..4)]);
        assert_eq!(read("{0x}"), [placeholder("0x", None, 0..4)]);
        assert_eq!(read("{ü:>8}"), [placeholder("ü", Some(">8"), 0..7)]);
    }

    /// Every spec, valid or not, is kept as written: the attribute judges
    /// them.
    #[test]
    fn specs_are_kept_as_written() {
        for spec in [
            "", "?", "#?", "x?", "#X?", ">8", "*^9", "é<3", ":<5", "+", "-#010.3x", "08.3", "0", "00", ".",
            ".0e", "65535", ".65535", "<>", "^^", "w$", ".*", "Z", "<<<", "x ", "70000",
        ] {
            let text = std::format!("{{a:{spec}}}");
            assert_eq!(
                read(&text),
                [placeholder("a", Some(spec), 0..text.len())],
                "{spec}"
            );
        }
    }

    /// The errors and the bytes that `Template::parse` of the macro crate
    /// reports; a placeholder it refuses for its name, at the placeholder's
    /// range.
    #[test]
    fn bad_braces_are_refused_where_they_are() {
        use ScanErrorKind::*;
        for (text, kind, at) in [
            ("a } b", UnmatchedClose, "}"),
            ("}", UnmatchedClose, "}"),
            ("{{}", UnmatchedClose, "}"),
            ("é {b", Unclosed, "{b"),
            ("{", Unclosed, "{"),
            ("a {b", Unclosed, "{b"),
            ("{a{b}}", BraceInPlaceholder, "{a{"),
            ("x {é{", BraceInPlaceholder, "{é{"),
        ] {
            assert_eq!(refused(text), (kind, at), "{text}");
        }
        for (text, at) in [("x {a b} y", "{a b}"), ("{}", "{}")] {
            let ranges: Vec<_> = read(text)
                .into_iter()
                .filter_map(|piece| match piece {
                    Piece::Placeholder { range, .. } => Some(range),
                    _ => None,
                })
                .collect();
            assert_eq!(
                ranges
                    .iter()
                    .map(|range| &text[range.clone()])
                    .collect::<Vec<_>>(),
                [at]
            );
        }
    }

    #[test]
    fn the_scan_ends_after_an_error() {
        let mut scan = pieces("ok } {a}");
        assert_eq!(scan.next(), Some(Ok(Piece::Text("ok "))));
        assert!(matches!(scan.next(), Some(Err(_))));
        assert_eq!((scan.next(), scan.next()), (None, None));
    }

    fn blanked(text: &str) -> String {
        let mut out = String::new();
        write_blanked(text, "…", &mut out).unwrap();
        out
    }

    #[test]
    fn placeholders_are_blank_and_braces_read() {
        assert_eq!(blanked("Topic {0} of {owner:?} {{x}}"), "Topic … of … {x}");
        assert_eq!(blanked("no braces"), "no braces");
        assert_eq!(blanked("{a}{b}"), "……");
        assert_eq!(blanked("{a::<}é{r#type}"), "…é…");
        assert_eq!(blanked("use {{braces}} freely"), "use {braces} freely");
        assert_eq!(blanked(""), "");
    }

    #[test]
    fn malformed_texts_are_written_as_they_are() {
        for text in ["a } b", "{a{b}}", "x {a", "{a} }"] {
            assert_eq!(blanked(text), text);
            assert_eq!(named(text), text);
        }
    }

    fn named(text: &str) -> String {
        let mut out = String::new();
        write_named(text, &mut out).unwrap();
        out
    }

    #[test]
    fn named_placeholders_drop_raw_prefixes_and_specs() {
        assert_eq!(
            named("Quota of {limit:>8} for {r#type} ({0:?}), {{x}}"),
            "Quota of {limit} for {type} ({0}), {{x}}"
        );
        assert_eq!(named("{a::<}é"), "{a}é");
        assert_eq!(named("plain é"), "plain é");
        assert_eq!(named(""), "");
        let shown = named("{r#type:?} {{");
        assert_eq!(
            read(&shown),
            [
                placeholder("type", None, 0..6),
                Piece::Text(" "),
                Piece::Brace('{')
            ]
        );
    }
}

//! A catalog as a Markdown table: one writer and one wording, for the
//! table on the enum's rustdoc and for `error_catalog::render::markdown`.
//!
//! The table is GitHub-flavoured Markdown, which rustdoc reads too:
//!
//! ```text
//! | Error code | Symptom and cause | Solution |
//! | --- | --- | --- |
//! | ONS_SYSTEM_ERROR | MQ backend exception | Contact MQ technical support through an Alibaba Cloud ticket |
//! ```
//!
//! with `Status` and `More` (the entry's page) columns when some entry has
//! them. Cells are escaped so that no text breaks the table or turns into
//! markup, rustdoc's HTML included ([`Escaped`]); plain text is written as
//! it is, so the ONS tables read as Alibaba Cloud publishes them.

use core::fmt::{self, Write};

/// The optional columns of a table; a caller shows one when some row has
/// a value for it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    /// `Status`: the HTTP status of the row's values.
    pub status: bool,
    /// `More`: the address of a page that explains the row's code.
    pub more: bool,
}

/// What a row's first cell names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject<'a> {
    /// An entry's code: `CODE (also A, B) (deprecated: note)`.
    Code {
        /// The code, a family's `PREFIX*` included.
        code: &'a str,
        /// Other spellings that name the same entry.
        aliases: &'a [&'a str],
        /// The note of a deprecated entry: what to use instead.
        deprecated: Option<&'a str>,
    },
    /// An embedded catalog: ``every code of `Name` ``, and ` that no other
    /// entry has` for a fallback.
    Catalog {
        /// The catalog as a person names it, such as its type.
        name: &'a str,
        /// Whether the other entries take the codes they share with it.
        fallback: bool,
    },
    /// The catch-all: `any other code`.
    Other,
}

/// One row of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    /// What the row is for.
    pub subject: Subject<'a>,
    /// The conditions the row is declared under (such as
    /// `cfg(feature = "x")`), written after the subject as code: ``(only
    /// with `cfg(feature = "x")`)``; none for a row always declared.
    pub only_with: &'a [&'a str],
    /// What went wrong and why.
    pub symptom: &'a str,
    /// What to do about it.
    pub solution: &'a str,
    /// The HTTP status, for the `Status` column; an embedded catalog's, of
    /// its entries that give none (written `inner's, else N`).
    pub status: Option<u16>,
    /// The address of a page that explains the code, for the `More` column.
    pub url: Option<&'a str>,
}

/// The texts of a row for an embedded catalog, which has its own.
const EMBEDDED_TEXT: &str = "as that catalog says";

impl<'a> Row<'a> {
    /// The row of an entry of code `code`, without aliases, deprecation,
    /// conditions, status or page; set those fields to add them.
    pub const fn entry(code: &'a str, symptom: &'a str, solution: &'a str) -> Self {
        let subject = Subject::Code {
            code,
            aliases: &[],
            deprecated: None,
        };
        Row::new(subject, symptom, solution)
    }

    /// The row of an embedded catalog named `name`, whose texts are its
    /// entries'.
    pub const fn embedded(name: &'a str, fallback: bool) -> Self {
        Row::new(Subject::Catalog { name, fallback }, EMBEDDED_TEXT, EMBEDDED_TEXT)
    }

    /// The row of the catch-all.
    pub const fn other(symptom: &'a str, solution: &'a str) -> Self {
        Row::new(Subject::Other, symptom, solution)
    }

    const fn new(subject: Subject<'a>, symptom: &'a str, solution: &'a str) -> Self {
        Row {
            subject,
            only_with: &[],
            symptom,
            solution,
            status: None,
            url: None,
        }
    }
}

impl Columns {
    /// Writes the head of a table: the names of the columns and the line
    /// under them.
    pub fn write_head(self, out: &mut impl Write) -> fmt::Result {
        out.write_str("| Error code | Symptom and cause | Solution |")?;
        self.write_optional(out, " Status |", " More |")?;
        out.write_str("\n| --- | --- | --- |")?;
        self.write_optional(out, " --- |", " --- |")?;
        out.write_char('\n')
    }

    /// Writes `status` and `more` where the table has those columns.
    fn write_optional(self, out: &mut impl Write, status: &str, more: &str) -> fmt::Result {
        for (shown, text) in [(self.status, status), (self.more, more)] {
            if shown {
                out.write_str(text)?;
            }
        }
        Ok(())
    }

    /// Writes `row` as a line of the table, each cell escaped.
    pub fn write_row(self, row: &Row<'_>, out: &mut impl Write) -> fmt::Result {
        out.write_str("| ")?;
        write_subject(row, out)?;
        write!(out, " | {} | {} |", Escaped(row.symptom), Escaped(row.solution))?;
        if self.status {
            // An embedded catalog's status is that of its entries that give none.
            match (row.status, row.subject) {
                (Some(status), Subject::Catalog { .. }) => write!(out, " inner's, else {status} |")?,
                (Some(status), _) => write!(out, " {status} |")?,
                (None, _) => out.write_str("  |")?,
            }
        }
        if self.more {
            write!(out, " {} |", Escaped(row.url.unwrap_or("")))?;
        }
        out.write_char('\n')
    }
}

/// Writes the first cell of `row`: its subject and its conditions.
fn write_subject(row: &Row<'_>, out: &mut impl Write) -> fmt::Result {
    match row.subject {
        Subject::Code {
            code,
            aliases,
            deprecated,
        } => {
            Escaped(code).write_to(out)?;
            write_list(out, " (also ", aliases, |alias, out| Escaped(alias).write_to(out))?;
            if let Some(note) = deprecated {
                write!(out, " (deprecated: {})", Escaped(note))?;
            }
        }
        Subject::Catalog { name, fallback } => {
            out.write_str("every code of ")?;
            write_code_span(name, true, out)?;
            if fallback {
                out.write_str(" that no other entry has")?;
            }
        }
        Subject::Other => out.write_str("any other code")?,
    }
    write_list(out, " (only with ", row.only_with, |condition, out| {
        write_code_span(condition, true, out)
    })
}

/// Writes ` (also A, B)`: `open`, each item of a list that is not empty,
/// and `)`.
fn write_list<W: Write>(
    out: &mut W,
    open: &str,
    items: &[&str],
    mut write: impl FnMut(&str, &mut W) -> fmt::Result,
) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        out.write_str(if i == 0 { open } else { ", " })?;
        write(item, out)?;
    }
    if items.is_empty() {
        Ok(())
    } else {
        out.write_char(')')
    }
}

/// Text that reads as itself in Markdown, rustdoc's and GitHub's, in a
/// table's cell or anywhere else. Line breaks, which would end the row,
/// become spaces; `<`, `>` and `&`, which would open HTML, become `&lt;`,
/// `&gt;` and `&amp;`; `|` (the end of a cell), `[` and `]` (links), `*`
/// and `_` (emphasis), `~` (strike-through), `` ` `` (code) and `\`
/// (escapes) get a `\`. An `_` between two ASCII letters or digits can
/// neither open nor close emphasis and stays as it is: codes such as
/// `ONS_SYSTEM_ERROR`, like plain text, are written unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

impl Escaped<'_> {
    /// Writes the text, runs that need nothing in one piece.
    fn write_to(self, out: &mut impl Write) -> fmt::Result {
        let (text, bytes) = (self.0, self.0.as_bytes());
        // Most texts need nothing: a search for each byte that may (a
        // search of core's, fast in a macro built without optimizations
        // too), rather than a look at every byte.
        if !MAY_NEED.iter().any(|byte| bytes.contains(byte)) {
            return out.write_str(text);
        }
        let mut start = 0;
        for i in 0..bytes.len() {
            if let Some(escaped) = escape(bytes, i) {
                out.write_str(&text[start..i])?;
                out.write_str(escaped)?;
                start = i + 1;
            }
        }
        out.write_str(&text[start..])
    }
}

/// The bytes [`escape`] may write otherwise.
const MAY_NEED: &[u8] = b"|[]*~`\\_<>&\r\n";

/// What byte `i` of a text is written as in Markdown, when not as itself.
/// Every byte that needs it is ASCII: the bytes of other characters never
/// do.
fn escape(bytes: &[u8], i: usize) -> Option<&'static str> {
    Some(match bytes[i] {
        b'|' => r"\|",
        b'[' => r"\[",
        b']' => r"\]",
        b'*' => r"\*",
        b'~' => r"\~",
        b'`' => r"\`",
        b'\\' => r"\\",
        b'_' if !between_alphanumerics(bytes, i) => r"\_",
        b'<' => "&lt;",
        b'>' => "&gt;",
        b'&' => "&amp;",
        b'\r' if bytes.get(i + 1) == Some(&b'\n') => "",
        b'\n' | b'\r' => " ",
        _ => return None,
    })
}

/// Whether byte `i` has an ASCII letter or digit on each side.
fn between_alphanumerics(bytes: &[u8], i: usize) -> bool {
    i > 0 && bytes[i - 1].is_ascii_alphanumeric() && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
}

/// A text as Markdown code, outside a table: a code span in more
/// backticks than any run of them in the text, padded with a space each
/// side (which Markdown strips) when the text starts or ends with a
/// backtick, or with a space at both ends. Inside a span nothing else
/// needs escaping; line breaks become spaces, as a span would show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeSpan<'a>(pub &'a str);

impl fmt::Display for CodeSpan<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_code_span(self.0, false, f)
    }
}

/// Writes `text` as a code span; `in_cell`, with `|` escaped, which ends a
/// table's cell even inside a span.
fn write_code_span(text: &str, in_cell: bool, out: &mut impl Write) -> fmt::Result {
    let bytes = text.as_bytes();
    let fence = longest_run(bytes, b'`') + 1;
    let pad = match (bytes.first(), bytes.last()) {
        (Some(b'`'), _) | (_, Some(b'`')) => " ",
        (Some(&first), Some(&last)) if is_space(first) && is_space(last) => " ",
        _ => "",
    };
    (0..fence).try_for_each(|_| out.write_char('`'))?;
    out.write_str(pad)?;
    for c in text.chars() {
        match c {
            '|' if in_cell => out.write_str(r"\|")?,
            '\n' | '\r' => out.write_char(' ')?,
            c => out.write_char(c)?,
        }
    }
    out.write_str(pad)?;
    (0..fence).try_for_each(|_| out.write_char('`'))
}

/// Whether a byte shows as a space in a code span.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\n' | b'\r')
}

/// The longest run of `byte` in `bytes`.
fn longest_run(bytes: &[u8], byte: u8) -> usize {
    bytes.split(|&b| b != byte).map(<[u8]>::len).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::string::{String, ToString};

    use super::*;

    /// A table of `rows` with `columns`.
    fn table(columns: Columns, rows: &[Row<'_>]) -> String {
        let mut out = String::new();
        columns.write_head(&mut out).unwrap();
        for row in rows {
            columns.write_row(row, &mut out).unwrap();
        }
        out
    }

    /// The line of `row` alone, without its line break.
    fn line(columns: Columns, row: Row<'_>) -> String {
        let mut out = String::new();
        columns.write_row(&row, &mut out).unwrap();
        out.pop();
        out
    }

    /// The columns of a line: its `|`s that are not escaped, less one.
    fn columns_of(line: &str) -> usize {
        let mut bytes = line.bytes();
        let mut pipes = 0;
        while let Some(byte) = bytes.next() {
            match byte {
                b'\\' => drop(bytes.next()),
                b'|' => pipes += 1,
                _ => {}
            }
        }
        pipes - 1
    }

    #[test]
    fn plain_rows_are_written_as_published() {
        let rows = [
            Row::entry(
                "ONS_SYSTEM_ERROR",
                "MQ backend exception",
                "Contact MQ technical support through an Alibaba Cloud ticket",
            ),
            Row::entry(
                "BIZ_SUBSCRIPTION_NOT_FOUND",
                "The CID of the target subscription relation is not found",
                "Check if the CID was created, or if the query criterion is incorrect",
            ),
            Row::entry(
                "BIZ_TOPIC_NOT_FOUND",
                "Topic 2 (it's gone) is not found.",
                "Re-create it",
            ),
        ];
        assert_eq!(
            table(Columns::default(), &rows),
            "| Error code | Symptom and cause | Solution |\n\
             | --- | --- | --- |\n\
             | ONS_SYSTEM_ERROR | MQ backend exception | Contact MQ technical support through an Alibaba Cloud ticket |\n\
             | BIZ_SUBSCRIPTION_NOT_FOUND | The CID of the target subscription relation is not found \
             | Check if the CID was created, or if the query criterion is incorrect |\n\
             | BIZ_TOPIC_NOT_FOUND | Topic 2 (it's gone) is not found. | Re-create it |\n"
        );
        assert_eq!(
            table(Columns::default(), &[]),
            "| Error code | Symptom and cause | Solution |\n| --- | --- | --- |\n"
        );
    }

    /// The rows of `tests/evolve.rs`: an alias, a status and a page; a
    /// deprecated entry.
    const QUOTA: [Row<'static>; 2] = [
        Row {
            subject: Subject::Code {
                code: "QUOTA_EXCEEDED",
                aliases: &["QUOTA_OVER"],
                deprecated: None,
            },
            status: Some(429),
            url: Some("https://example.com/errors#quota"),
            ..Row::entry("", "Quota exceeded", "Wait")
        },
        Row {
            subject: Subject::Code {
                code: "QUOTA_REACHED",
                aliases: &[],
                deprecated: Some("use QUOTA_EXCEEDED"),
            },
            ..Row::entry("", "Quota reached", "Wait")
        },
    ];

    #[test]
    fn aliases_and_deprecation_are_named_after_the_code() {
        let columns = Columns {
            status: true,
            more: true,
        };
        assert_eq!(
            table(columns, &QUOTA),
            "| Error code | Symptom and cause | Solution | Status | More |\n\
             | --- | --- | --- | --- | --- |\n\
             | QUOTA_EXCEEDED (also QUOTA_OVER) | Quota exceeded | Wait | 429 | https://example.com/errors#quota |\n\
             | QUOTA_REACHED (deprecated: use QUOTA_EXCEEDED) | Quota reached | Wait |  |  |\n"
        );
    }

    #[test]
    fn each_optional_column_is_shown_alone() {
        let status = Columns {
            status: true,
            more: false,
        };
        assert!(table(status, &[]).starts_with("| Error code | Symptom and cause | Solution | Status |\n"));
        assert!(line(status, QUOTA[0]).ends_with("| Quota exceeded | Wait | 429 |"));
        let more = Columns {
            status: false,
            more: true,
        };
        assert!(table(more, &[]).starts_with("| Error code | Symptom and cause | Solution | More |\n"));
        assert!(line(more, QUOTA[1]).ends_with("| Quota reached | Wait |  |"));
    }

    #[test]
    fn aliases_and_notes_are_escaped_too() {
        let row = Row {
            subject: Subject::Code {
                code: "SHOP_*",
                aliases: &["SHOP_OLD", "SHOP_<X>"],
                deprecated: Some("use *NEW*"),
            },
            ..Row::entry("", "s", "t")
        };
        assert_eq!(
            line(Columns::default(), row),
            r"| SHOP\_\* (also SHOP_OLD, SHOP\_&lt;X&gt;) (deprecated: use \*NEW\*) | s | t |"
        );
    }

    #[test]
    fn embedded_catalogs_and_the_catch_all_are_described() {
        let cfg = ["cfg(feature = \"ons\")", "cfg(test)"];
        let embedded = Row {
            only_with: &cfg,
            status: Some(502),
            ..Row::embedded("error_catalog::ons::OnsError", true)
        };
        let columns = Columns {
            status: true,
            more: false,
        };
        assert_eq!(
            line(columns, embedded),
            "| every code of `error_catalog::ons::OnsError` that no other entry has \
             (only with `cfg(feature = \"ons\")`, `cfg(test)`) | as that catalog says | as that catalog says | \
             inner's, else 502 |"
        );
        assert_eq!(
            line(Columns::default(), Row::embedded("Api", false)),
            "| every code of `Api` | as that catalog says | as that catalog says |"
        );
        assert_eq!(
            line(Columns::default(), Row::other("Code {0} is new", "Update")),
            "| any other code | Code {0} is new | Update |"
        );
    }

    #[test]
    fn codes_with_pipes_and_backticks_keep_the_table_whole() {
        let cfg = ["cfg(feature = \"p|q\")"];
        let rows = [
            Row::entry("a|b", "x | y", "`z`"),
            Row {
                only_with: &cfg,
                ..Row::entry("c`d", "s\nt", "u\\|v")
            },
            Row::embedded("a|b`c", false),
        ];
        let lines = [
            r"| a\|b | x \| y | \`z\` |",
            r#"| c\`d (only with `cfg(feature = "p\|q")`) | s t | u\\\|v |"#,
            r"| every code of ``a\|b`c`` | as that catalog says | as that catalog says |",
        ];
        for (row, expected) in rows.into_iter().zip(lines) {
            let line = line(Columns::default(), row);
            assert_eq!(line, expected);
            assert_eq!(columns_of(&line), 3, "{line}");
        }
    }

    fn escaped(text: &str) -> String {
        Escaped(text).to_string()
    }

    #[test]
    fn every_special_character_is_escaped() {
        assert_eq!(
            escaped("a|b *c* `d` [e](f) \\ <g> & ~h~ i\nj\rk\r\nl"),
            r"a\|b \*c\* \`d\` \[e\](f) \\ &lt;g&gt; &amp; \~h\~ i j k l"
        );
        assert_eq!(
            escaped("Topic é is missing, (it's) 2-3."),
            "Topic é is missing, (it's) 2-3."
        );
        assert_eq!(escaped(""), "");
        assert_eq!(escaped("<!-- x -->"), "&lt;!-- x --&gt;");
        assert_eq!(escaped("&amp;"), "&amp;amp;");
    }

    #[test]
    fn underscores_inside_words_stay() {
        assert_eq!(
            escaped("ONS_SYSTEM_ERROR snake_case_2"),
            "ONS_SYSTEM_ERROR snake_case_2"
        );
        assert_eq!(escaped("_a_ b_ _c"), r"\_a\_ b\_ \_c");
        assert_eq!(escaped("a__b"), r"a\_\_b");
        assert_eq!(escaped("é_a a_é _"), r"é\_a a\_é \_");
    }

    #[test]
    fn code_spans_hold_any_code() {
        let span = |text: &str| CodeSpan(text).to_string();
        assert_eq!(span("BIZ_TOPIC_NOT_FOUND"), "`BIZ_TOPIC_NOT_FOUND`");
        assert_eq!(span("a|b"), "`a|b`");
        assert_eq!(span("a`b"), "``a`b``");
        assert_eq!(span("a``b`"), "``` a``b` ```");
        assert_eq!(span("`a"), "`` `a ``");
        assert_eq!(span(" a "), "`  a  `");
        assert_eq!(span("a\nb"), "`a b`");
        assert_eq!(span("<T & U>"), "`<T & U>`");
        let mut cell = String::new();
        write_code_span("a\\|b", true, &mut cell).unwrap();
        assert_eq!(cell, "`a\\\\|b`");
    }
}

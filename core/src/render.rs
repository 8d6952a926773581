//! Catalogs rendered for people.

use alloc::string::String;
use core::fmt;

use error_catalog_shared::{Columns, Row, Subject};

use crate::{Entry, ErrorCatalog};

/// The catalog `C` as a GitHub-flavoured Markdown table with the columns
/// `Error code | Symptom and cause | Solution`, one row per entry in
/// declaration order, and `Status` and `More` (the entry's `url`) columns
/// when some entry has them, in the wording of the table on the catalog's
/// own rustdoc, written by the same writer. That table reads the
/// declaration (an embedded catalog and the catch-all are rows of their
/// own there); this one lists `ENTRIES`, embedded entries included.
///
/// The code cell names the aliases, `CODE (also A, B)`, and marks a
/// deprecated entry with its note, `(deprecated: note)`. Texts are written
/// as declared, placeholders included, and escaped so that they read as
/// themselves on GitHub and in rustdoc: `|`, `` ` ``, `\`, `*`, `[`, `]`,
/// `~` and an `_` that is not between two letters or digits get a `\`;
/// `<`, `>` and `&` become `&lt;`, `&gt;` and `&amp;`; line breaks become
/// spaces, so every entry stays one row. Plain text and codes such as
/// `ONS_SYSTEM_ERROR` are written unchanged.
///
/// ```
/// # #[cfg(feature = "ons")] {
/// use error_catalog::{ons::OnsError, render};
///
/// let table = render::markdown::<OnsError>();
/// let mut lines = table.lines();
/// assert_eq!(lines.next(), Some("| Error code | Symptom and cause | Solution |"));
/// assert_eq!(lines.next(), Some("| --- | --- | --- |"));
/// assert_eq!(
///     lines.next(),
///     Some("| ONS_SYSTEM_ERROR | MQ backend exception | Contact MQ technical support through an Alibaba Cloud ticket |")
/// );
/// # }
/// ```
pub fn markdown<C: ErrorCatalog>() -> String {
    let entries = C::entries();
    let columns = Columns {
        status: entries.iter().any(|entry| entry.status().is_some()),
        more: entries.iter().any(|entry| entry.url().is_some()),
    };
    let mut out = String::with_capacity(64 + entries.len() * 160);
    // Writing to a `String` never fails.
    let _ = write_table(columns, entries, &mut out);
    out
}

/// Writes the head of the table and a row per entry.
fn write_table(columns: Columns, entries: &[Entry], out: &mut String) -> fmt::Result {
    columns.write_head(out)?;
    entries
        .iter()
        .try_for_each(|entry| columns.write_row(&row(entry), out))
}

/// The row of an entry: its code, aliases and deprecation note, its texts
/// as declared, its status and page.
fn row(entry: &Entry) -> Row<'static> {
    Row {
        subject: Subject::Code {
            code: entry.code(),
            aliases: entry.aliases(),
            deprecated: entry.deprecated(),
        },
        only_with: &[],
        symptom: entry.symptom(),
        solution: entry.solution(),
        status: entry.status(),
        url: entry.url(),
    }
}

//! Catalogs rendered for people.

use alloc::string::{String, ToString};

use crate::{Entry, ErrorCatalog};

/// The catalog `C` as a GitHub-flavoured Markdown table with the columns
/// `Error code | Symptom and cause | Solution`, one row per entry in
/// declaration order, and `Status` and `More` (the entry's `url`) columns
/// when some entry has them. The code cell names its aliases and marks a
/// deprecated entry with its note. A `|` in a text is escaped as `\|`, and
/// line breaks become spaces, so every entry stays one row.
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
    columns.push_head(&mut out);
    for entry in entries {
        columns.push_row(&mut out, entry);
    }
    out
}

/// The optional columns of a table.
struct Columns {
    status: bool,
    more: bool,
}

impl Columns {
    fn push_head(&self, out: &mut String) {
        out.push_str("| Error code | Symptom and cause | Solution |");
        let mut rule = String::from("| --- | --- | --- |");
        for (shown, name) in [(self.status, " Status |"), (self.more, " More |")] {
            if shown {
                out.push_str(name);
                rule.push_str(" --- |");
            }
        }
        out.push('\n');
        out.push_str(&rule);
        out.push('\n');
    }

    fn push_row(&self, out: &mut String, entry: &Entry) {
        push_cell(out, &code_cell(entry));
        push_cell(out, entry.symptom());
        push_cell(out, entry.solution());
        if self.status {
            push_cell(
                out,
                &entry
                    .status()
                    .map(|status| status.to_string())
                    .unwrap_or_default(),
            );
        }
        if self.more {
            push_cell(out, entry.url().unwrap_or(""));
        }
        out.push_str("|\n");
    }
}

/// The code, its aliases, and the note of a deprecated entry.
fn code_cell(entry: &Entry) -> String {
    let mut cell = String::from(entry.code());
    if !entry.aliases().is_empty() {
        cell.push_str(" (also ");
        cell.push_str(&entry.aliases().join(", "));
        cell.push(')');
    }
    if let Some(note) = entry.deprecated() {
        cell.push_str(" (deprecated: ");
        cell.push_str(note);
        cell.push(')');
    }
    cell
}

/// `| text ` with `text` escaped for one table cell.
fn push_cell(out: &mut String, text: &str) {
    out.push_str("| ");
    for c in text.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push(' ');
}

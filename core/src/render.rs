//! Catalogs rendered for people.

use crate::ErrorCatalog;
use alloc::string::String;

/// The catalog `C` as a GitHub-flavoured Markdown table with the columns
/// `Error code | Symptom and cause | Solution`, one row per entry in
/// declaration order. A `|` in a text is escaped as `\|`, and line breaks
/// become spaces, so every entry stays one row.
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
    let mut out = String::with_capacity(64 + entries.len() * 160);
    out.push_str("| Error code | Symptom and cause | Solution |\n| --- | --- | --- |\n");
    for entry in entries {
        for cell in [entry.code(), entry.symptom(), entry.solution()] {
            out.push_str("| ");
            push_cell(&mut out, cell);
            out.push(' ');
        }
        out.push_str("|\n");
    }
    out
}

fn push_cell(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
}

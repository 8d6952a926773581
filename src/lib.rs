//! Support for the examples and tests of `error-catalog`: readers for the
//! source tables of the ONS catalogs, kept in `tests/data/` as published.
//!
//! This package is never published; it depends on `error-catalog` exactly as
//! an outside crate would.

/// One row of a source table: code, symptom and cause, solution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The error code.
    pub code: String,
    /// The "Symptom and cause" column.
    pub symptom: String,
    /// The "Solution" column.
    pub solution: String,
}

/// Reads a tab-separated table with the header `code symptom solution`.
///
/// # Errors
///
/// A line that does not have exactly three columns, or a missing header.
pub fn parse_tsv(text: &str) -> Result<Vec<Row>, String> {
    let mut lines = text.lines();
    match lines.next() {
        Some("code\tsymptom\tsolution") => {}
        other => {
            return Err(format!(
                "expected the header `code<TAB>symptom<TAB>solution`, found {other:?}"
            ));
        }
    }
    lines
        .filter(|line| !line.trim().is_empty())
        .map(|line| match line.split('\t').collect::<Vec<_>>()[..] {
            [code, symptom, solution] => Ok(Row {
                code: code.to_owned(),
                symptom: symptom.to_owned(),
                solution: solution.to_owned(),
            }),
            _ => Err(format!("expected three tab-separated columns in {line:?}")),
        })
        .collect()
}

/// Reads the rows of the first Markdown table in `text` whose header has
/// three columns, removing Markdown's backslash escapes (`\_` is `_`).
///
/// # Errors
///
/// No such table, or a row with another number of columns.
pub fn parse_markdown_table(text: &str) -> Result<Vec<Row>, String> {
    let mut lines = text
        .lines()
        .skip_while(|line| !line.trim_start().starts_with('|'));
    let header = lines.next().ok_or("no Markdown table in the text")?;
    if cells(header).len() != 3 {
        return Err(format!("expected a three-column header, found {header:?}"));
    }
    lines.next().ok_or("the table has no delimiter row")?;
    lines
        .take_while(|line| line.trim_start().starts_with('|'))
        .map(|line| match &cells(line)[..] {
            [code, symptom, solution] => Ok(Row {
                code: unescape_markdown(code),
                symptom: unescape_markdown(symptom),
                solution: unescape_markdown(solution),
            }),
            _ => Err(format!("expected three cells in {line:?}")),
        })
        .collect()
}

fn cells(line: &str) -> Vec<&str> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    line.split('|').map(str::trim).collect()
}

fn unescape_markdown(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_markdown_rows_and_unescapes() {
        let rows = parse_markdown_table("intro\n\n|A|B|C|\n|-|-|-|\n|X\\_Y|a b.|c|\n\nafter").unwrap();
        assert_eq!(
            rows,
            [Row {
                code: "X_Y".into(),
                symptom: "a b.".into(),
                solution: "c".into()
            }]
        );
        assert!(parse_markdown_table("no table").is_err());
        assert!(parse_markdown_table("|A|B|C|\n|-|-|-|\n|only|two|").is_err());
    }

    #[test]
    fn reads_tsv_rows() {
        let rows = parse_tsv("code\tsymptom\tsolution\nA\tb\tc\n").unwrap();
        assert_eq!(rows[0].code, "A");
        assert!(parse_tsv("A\tb\tc\n").is_err());
        assert!(parse_tsv("code\tsymptom\tsolution\nA\tb\n").is_err());
    }
}

/// The README's examples, run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The examples of `#[error_catalog]` on thiserror enums, from the
/// attribute's rustdoc, run as doc tests here, where thiserror is a
/// dev-dependency.
#[doc = include_str!("../core/src/thiserror.md")]
#[cfg(doctest)]
pub struct ThiserrorDoctests;

//! `render::markdown` on a catalog whose texts need escaping.

use error_catalog::{error_catalog, render};

#[error_catalog(name = "pipes")]
#[derive(Debug)]
pub enum Pipes {
    #[entry(symptom = "Input a|b is ambiguous", solution = "Quote it: `a\\|b`")]
    Ambiguous,
    #[entry(symptom = "Value {0} is bad", solution = "Use\nanother value")]
    Bad(u8),
}

/// Texts are escaped as the rustdoc table escapes them, so that they read
/// as themselves: the backticks and the backslash too, not only the `|`.
#[test]
fn cells_escape_pipes_and_stay_on_one_line() {
    let table = render::markdown::<Pipes>();
    let rows: Vec<&str> = table.lines().skip(2).collect();
    assert_eq!(
        rows,
        [
            r"| AMBIGUOUS | Input a\|b is ambiguous | Quote it: \`a\\\|b\` |",
            "| BAD | Value {0} is bad | Use another value |",
        ]
    );
    assert!(table.starts_with("| Error code | Symptom and cause | Solution |\n| --- | --- | --- |\n"));
}

/// An empty catalog renders as the header alone.
#[error_catalog]
#[derive(Debug)]
pub enum Empty {}

#[test]
fn an_empty_catalog_is_a_header() {
    assert_eq!(
        render::markdown::<Empty>(),
        "| Error code | Symptom and cause | Solution |\n| --- | --- | --- |\n"
    );
}

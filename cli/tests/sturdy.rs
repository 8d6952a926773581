//! The binary stays sturdy whatever the file: no panic, and output
//! bounded by its input.

mod common;

use std::path::Path;

use common::{run, temp_file};

/// Runs the binary on the catalog file `path` with `args`.
fn run_on(path: &Path, args: &[&str]) -> (i32, String, String) {
    let path = path.to_str().expect("a UTF-8 path");
    run(&[&["--catalog", path], args].concat())
}

/// Writes `contents` to a temp file named `name`, runs the binary on it
/// with `args`, and removes it.
fn run_on_text(name: &str, contents: &str, args: &[&str]) -> (i32, String, String) {
    let file = temp_file(name);
    std::fs::write(&file, contents).expect("the temp file is written");
    let result = run_on(&file, args);
    let _ = std::fs::remove_file(file);
    result
}

#[test]
fn a_code_of_65536_bytes_lists_and_explains_without_panic() {
    let long_code = "L".repeat(65_536);
    let json = format!(
        r#"[{{"code": "{long_code}", "symptom": "Long", "catalog": "Wide"}}, {{"code": "SHORT", "symptom": "Short"}}]"#
    );
    let (status, out, err) = run_on_text("long-code.json", &json, &["--list"]);
    assert_eq!((status, err.as_str()), (0, ""));
    // The long code is written as it is; the short ones pad to their own width.
    assert_eq!(
        out,
        format!("Wide (2 codes)\n  {long_code}  Long\n  SHORT  Short\n")
    );

    let (status, out, err) = run_on_text("long-code-explained.json", &json, &[&long_code]);
    assert_eq!((status, err.as_str()), (0, ""));
    assert!(out.starts_with(&format!("{long_code}\n")), "{:.100}", out);
}

#[test]
fn list_output_is_bounded_by_its_input() {
    // Before, each of the 10,000 short codes was padded to the width of the
    // longest: 655 MB of output from a file of 700 KB.
    let mut entries = vec![format!(r#"{{"code": "{}", "symptom": "s"}}"#, "L".repeat(65_536))];
    entries.extend((0..10_000).map(|i| format!(r#"{{"code": "C{i}", "symptom": "s"}}"#)));
    let json = format!("[{}]", entries.join(","));
    let (status, out, err) = run_on_text("many-codes.json", &json, &["--list"]);
    assert_eq!((status, err.as_str()), (0, ""));
    assert_eq!(out.lines().count(), 1 + entries.len());
    assert!(
        out.len() <= json.len() + 64 * entries.len(),
        "{} bytes",
        out.len()
    );
    assert!(out.contains("\n  C9999  s\n"), "{:.300}", out);
}

#[test]
fn list_pads_codes_to_40_columns_at_most() {
    let (wide, wider) = ("W".repeat(40), "X".repeat(41));
    let json = format!(
        r#"[{{"code": "A", "symptom": "a"}}, {{"code": "{wide}", "symptom": "w"}}, {{"code": "{wider}", "symptom": "x"}}]"#
    );
    let (status, out, err) = run_on_text("widths.json", &json, &["--list"]);
    assert_eq!((status, err.as_str()), (0, ""));
    let lines: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(
        lines,
        [
            format!("  A{}  a", " ".repeat(39)),
            format!("  {wide}  w"),
            format!("  {wider}  x")
        ]
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let json = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let (status, out, err) = run_on_text("deep.json", &json, &["A"]);
    assert_eq!((status, out.as_str()), (1, ""));
    assert!(err.contains(": not JSON: recursion limit exceeded"), "{err}");
}

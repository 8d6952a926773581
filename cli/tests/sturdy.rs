//! The binary stays sturdy whatever the file: no panic, output bounded by
//! its input, no hang on a FIFO or a device, no file over the limit, no
//! code of two entries, no family of every code, and nothing from a file
//! or the command line written raw to the terminal.

mod common;

use std::fs::File;
use std::path::Path;
use std::process::Command;

use common::{data, run, temp_file};

/// The limit of a catalog file that `--help` states: 16 MiB.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

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

/// The message that refuses `path` for `reason`, as the binary writes it.
fn refusal(path: &Path, reason: &str) -> String {
    format!("error: cannot read the catalog {}: {reason}\n", path.display())
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

#[test]
fn a_fifo_is_refused_without_waiting_for_a_writer() {
    let fifo = temp_file("catalog.fifo");
    let made = match Command::new("mkfifo").arg(&fifo).status() {
        Ok(status) => status,
        Err(error) => {
            eprintln!("skipped: mkfifo cannot run ({error})");
            return;
        }
    };
    assert!(made.success(), "mkfifo {}", fifo.display());
    // Nothing ever writes to the FIFO: opening it would wait forever.
    let result = run_on(&fifo, &["A"]);
    let _ = std::fs::remove_file(&fifo);
    let reason =
        "it is a FIFO (a named pipe), not a regular file; give the path of a catalog exported as JSON";
    assert_eq!(result, (1, String::new(), refusal(&fifo, reason)));
}

#[cfg(unix)]
#[test]
fn a_device_is_refused_before_it_is_read() {
    let zero = Path::new("/dev/zero");
    let reason = "it is a character device, not a regular file; give the path of a catalog exported as JSON";
    assert_eq!(run_on(zero, &["A"]), (1, String::new(), refusal(zero, reason)));
}

#[test]
fn a_directory_is_refused() {
    let directory = temp_file("catalog-directory");
    std::fs::create_dir_all(&directory).unwrap();
    let result = run_on(&directory, &["--list"]);
    let _ = std::fs::remove_dir(&directory);
    let reason = "it is a directory, not a regular file; give the path of a catalog exported as JSON";
    assert_eq!(result, (1, String::new(), refusal(&directory, reason)));
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_followed() {
    let link = temp_file("billing-link.json");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(data("billing.json"), &link).unwrap();
    let (status, out, err) = run_on(&link, &["--list"]);
    let _ = std::fs::remove_file(&link);
    assert_eq!((status, err.as_str()), (0, ""));
    assert!(out.starts_with("Billing (4 codes)\n"), "{out}");
}

#[test]
fn a_file_one_byte_over_the_limit_is_refused_and_one_at_it_is_read() {
    // Sparse files of zero bytes: quick to make whatever their size.
    let sized = |name: &str, len: u64| {
        let path = temp_file(name);
        File::create(&path).and_then(|file| file.set_len(len)).unwrap();
        let result = run_on(&path, &["A"]);
        let _ = std::fs::remove_file(&path);
        (path, result)
    };
    let (over, result) = sized("over-the-limit.json", MAX_FILE_BYTES + 1);
    let reason = "it is larger than 16 MiB (16777216 bytes), the most a catalog file may hold; \
                  split it into several files, each given with its own --catalog";
    assert_eq!(result, (1, String::new(), refusal(&over, reason)));

    // At the limit the file is read: its zero bytes are no JSON.
    let (at, (status, out, err)) = sized("at-the-limit.json", MAX_FILE_BYTES);
    assert_eq!((status, out.as_str()), (1, ""));
    assert!(
        err.starts_with(&format!(
            "error: cannot read the catalog {}: not JSON: ",
            at.display()
        )),
        "{err}"
    );

    let (status, out, _) = run(&["--help"]);
    assert_eq!(status, 0);
    assert!(out.contains("A regular file of at most 16 MiB"), "{out}");
}

#[test]
fn duplicate_codes_name_the_file_the_catalog_the_code_and_both_entries() {
    let to_do = "; a code or alias names one entry: remove or rename one of them";
    for (name, json, duplicate) in [
        (
            "same-code.json",
            r#"[{"code": "BILLING_X", "variant": "Quota", "catalog": "billing"}, {"code": "B"}, {"code": "C"},
                {"code": "D"}, {"code": "E"}, {"code": "F"}, {"code": "BILLING_X", "variant": "Frozen"}]"#,
            "in the catalog `billing`, entry 7 (`Frozen`) has the code `BILLING_X`, which entry 1 (`Quota`) has already",
        ),
        (
            "code-of-an-alias.json",
            r#"[{"code": "A", "aliases": ["BILLING_X"], "catalog": "billing"}, {"code": "BILLING_X", "variant": "Frozen"}]"#,
            "in the catalog `billing`, entry 2 (`Frozen`) has the code `BILLING_X`, which entry 1 has as an alias",
        ),
        (
            "same-alias.json",
            r#"[{"entries": [{"code": "A"}]},
                {"catalog": "Store", "entries": [{"code": "A", "aliases": ["X"]}, {"code": "B", "aliases": ["X"]}]}]"#,
            "catalog 2: in the catalog `Store`, entry 2 has the alias `X`, which entry 1 has already",
        ),
    ] {
        let expected = refusal(&temp_file(name), &format!("{duplicate}{to_do}"));
        assert_eq!(
            run_on_text(name, json, &["A"]),
            (1, String::new(), expected),
            "{name}"
        );
    }
    // Two catalogs of one file may share codes, as the ONS catalogs do.
    let two =
        r#"[{"catalog": "One", "entries": [{"code": "A"}]}, {"catalog": "Two", "entries": [{"code": "A"}]}]"#;
    let (status, _, err) = run_on_text("two-share.json", two, &["A"]);
    assert_eq!((status, err.as_str()), (0, ""));
}

#[test]
fn a_family_of_every_code_is_refused() {
    let json = r#"[{"code": "SHOP_GONE"}, {"code": "*", "family": true}]"#;
    let file = temp_file("star-family.json");
    let reason = "entry 2: `code`: invalid value: string \"*\", expected a family's code (`family` is true): a prefix, then `*`";
    assert_eq!(
        run_on_text("star-family.json", json, &["SHOP_X"]),
        (1, String::new(), refusal(&file, reason))
    );
}

/// Whether `text` holds a character that drives a terminal, apart from
/// the line breaks between lines.
fn holds_controls(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

const EVIL_ENTRY: &str = r"EVIL_\u{1b}[2J

  Evil\u{1b}[31m
    Symptom:  Rings\u{7} and returns\r over the line
    Solution: Read on\nerror: a forged line
    Status:   400
    URL:      https://example.com/\u{1b}]8;;https://evil.example\u{7}
    Aliases:  EVIL_ALIAS\r\n  EVIL_FORGED
    Deprecated: use \u{9b}31m

    A first line\u{1b}[2J
    A second \u{202e}gnp.exe line
    \0
";

#[test]
fn texts_of_a_file_are_escaped_but_doc_lines_stay_lines() {
    let escapes = data("terminal-escapes.json");
    let (status, out, err) = run(&["--catalog", &escapes, "EVIL_\u{1b}[2J", "EVIL_FAMILY_\u{7}"]);
    assert_eq!((status, err.as_str()), (0, ""));
    let family = r"EVIL_FAMILY_\u{7} (family EVIL_FAMILY_*)

  Evil\u{1b}[31m
    Symptom:  A member\u{85}
    Solution: \u{2066}Isolated\u{2069}
";
    assert_eq!(out, format!("{EVIL_ENTRY}\n{family}"));
    assert!(!holds_controls(&out));

    let (status, out, err) = run(&["--catalog", &escapes, "--list"]);
    assert_eq!((status, err.as_str()), (0, ""));
    let list = r"Evil\u{1b}[31m (2 codes)
  EVIL_\u{1b}[2J  Rings\u{7} and returns\r over the line
  EVIL_FAMILY_*   A member\u{85}
";
    assert_eq!(out, list);
}

#[test]
fn an_unknown_code_is_echoed_escaped_and_so_are_file_errors() {
    let escapes = data("terminal-escapes.json");
    let (status, out, err) = run(&["--catalog", &escapes, "\u{1b}]0;pwned\u{7}\nerror: forged"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "error: `\\u{1b}]0;pwned\\u{7}\\nerror: forged` is unknown in every catalog (Evil\\u{1b}[31m)\n  \
         run with --list to see every known code\n"
    );
    // A near code is suggested escaped too.
    let (status, _, err) = run(&["--catalog", &escapes, "EVIL_\u{1b}[2K"]);
    assert_eq!(status, 2);
    assert!(err.ends_with("  did you mean EVIL_\\u{1b}[2J?\n"), "{err}");

    let json = r#"[{"code": "\u001b[2J", "variant": "\u0007A"}, {"code": "\u001b[2J", "variant": "B\r"}]"#;
    let (status, _, err) = run_on_text("escaped-duplicate.json", json, &["A"]);
    assert_eq!(status, 1);
    assert!(
        err.contains(r"entry 2 (`B\r`) has the code `\u{1b}[2J`, which entry 1 (`\u{7}A`) has already"),
        "{err}"
    );
    assert!(!holds_controls(&err));
}

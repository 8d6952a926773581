//! A `code!` typo in a catalog of 50,000 entries, checked with trybuild:
//! the build fails with a "did you mean", with the default lints. The case
//! is written by this test into `tests/large/` (50,000 variants are no
//! file to commit: git ignores it), beside its committed `.stderr`.
//! Ignored by the test command, since checking the catalog takes a minute
//! or two; `.ci/run` runs it. Regenerate the `.stderr` with
//! `TRYBUILD=overwrite cargo test -p error-catalog-ui-tests --test large -- --ignored`.

use std::fmt::Write as _;
use std::path::Path;

/// The entries of the catalog.
const ENTRIES: usize = 50_000;
/// The name of the case.
const CASE: &str = "code_typo_in_a_catalog_of_50_000_entries";

/// The case's source: the catalog, a `Debug` by hand (the derive's `match`
/// of 50,000 arms would cost the compiler gigabytes), and a `code!` of one
/// of its codes with a letter changed.
fn source() -> String {
    let mut source = String::from(
        "// Written by tests/large.rs.\n#[error_catalog::error_catalog(name = \"large\")]\npub enum Large {\n",
    );
    for i in 0..ENTRIES {
        let _ = writeln!(
            source,
            "    #[entry(code = \"LARGE_{}_CODE_{i}\", symptom = \"Step {i} failed\", solution = \"Run it again\")] V{i},",
            i % 13
        );
    }
    source.push_str(
        "}\n\nimpl core::fmt::Debug for Large {\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {\n        \
         f.write_str(error_catalog::CatalogError::code(self))\n    }\n}\n\nfn main() {\n    \
         let _ = error_catalog::code!(Large, \"LARGE_9_CODX_30000\");\n}\n",
    );
    source
}

#[test]
#[ignore = "checks a catalog of 50,000 entries, a minute or two: .ci/run runs it"]
fn a_code_typo_in_a_catalog_of_50_000_entries_says_did_you_mean() {
    let case = format!("tests/large/{CASE}.rs");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(&case);
    std::fs::write(&path, source()).expect("the case is written");
    trybuild::TestCases::new().compile_fail(case);
}

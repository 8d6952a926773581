//! Compile-time diagnostics of `#[error_catalog]`, checked with trybuild.
//!
//! Every file under `tests/ui/<kind>/` holds one mistake and the `.stderr`
//! the compiler must print for it; `tests/ui/pass/` holds edge cases that
//! must compile and run. Regenerate the `.stderr` files with
//! `TRYBUILD=overwrite cargo test -p error-catalog-ui-tests`, then read them.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*/*.rs");
    // trybuild keeps one expectation per file and a later glob wins, so this
    // turns the `pass` folder, matched by the glob above, into pass cases.
    cases.pass("tests/ui/pass/*.rs");
}

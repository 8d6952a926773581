//! What needs a feature of error-catalog that this crate leaves off.
//!
//! Ignored in workspace runs, where other members switch those features on;
//! CI runs it alone: `cargo test -p error-catalog-no-std-check -- --include-ignored`.

#[test]
#[ignore = "needs error-catalog built without `miette` and `axum`: run this package alone"]
fn features_left_off() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}

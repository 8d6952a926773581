//! The UI tests of `#[error_catalog]` live in `tests/`: one mistake per file
//! under `tests/ui/<kind>/`, with the compiler's output beside it. This
//! package exists so that trybuild builds the cases against `error-catalog`
//! alone.

//! Generates the catalogs that some tests need at a size or in a number
//! nobody writes by hand, into `OUT_DIR`:
//!
//! - `long_catalog.rs` (`long_catalog`): one catalog of 10,000 own entries;
//! - `model_catalogs.rs` (`model`): random scenarios of catalogs embedding
//!   one another, with their description, for `tests/model.rs`.

mod long_catalog;
mod model;

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    long_catalog::write(&out_dir);
    model::write(&out_dir);
}

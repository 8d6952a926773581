//! Generates the catalogs the lookup benchmarks compare.
//!
//! For each size N, `OUT_DIR/catalog_N.rs` holds the same N codes, symptoms
//! and solutions (see `generator/catalog.rs`) as
//!
//! - `CatalogN`: an `#[error_catalog]` enum;
//! - `StrumN`: a strum + thiserror enum, what users write today;
//! - `PHF_N`: a `phf::Map<&'static str, usize>` from code to position;
//! - `CODES_N`: the codes, in declaration order;
//! - `MISSES_N`: one absent code per entry, its code with one letter changed.

#[allow(dead_code)] // shared with generator/main.rs, which uses other parts of it
#[path = "generator/catalog.rs"]
mod catalog;

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

/// The catalog sizes; `benches/lookup.rs` names the same.
const SIZES: [usize; 3] = [17, 1_000, 10_000];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=generator/catalog.rs");
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for n in SIZES {
        let entries = catalog::catalog(n);
        let misses = catalog::misses(&entries);
        let mut out = String::new();
        out.push_str(&catalog::error_catalog_enum(&format!("Catalog{n}"), &entries));
        out.push('\n');
        out.push_str(&catalog::strum_enum(&format!("Strum{n}"), &entries));
        out.push('\n');
        let mut map = phf_codegen::Map::new();
        for (i, e) in entries.iter().enumerate() {
            map.entry(e.code.as_str(), i.to_string());
        }
        let _ = writeln!(
            out,
            "/// Code to position, a perfect hash map.\npub static PHF_{n}: ::phf::Map<&'static str, usize> = {};\n",
            map.build()
        );
        out.push_str("/// The codes, in declaration order.\n");
        out.push_str(&catalog::str_array(
            &format!("CODES_{n}"),
            entries.iter().map(|e| &e.code),
        ));
        out.push_str("\n/// Absent codes, each one letter away from a code of the catalog.\n");
        out.push_str(&catalog::str_array(&format!("MISSES_{n}"), misses.iter()));
        fs::write(out_dir.join(format!("catalog_{n}.rs")), out).expect("cannot write to OUT_DIR");
    }
}

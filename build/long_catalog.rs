//! `OUT_DIR/long_catalog.rs`, for `tests/long_catalog.rs`: a
//! catalog of 10,000 own entries that embeds both ONS catalogs (one with a
//! status, one as a `fallback`), and `code!`s of its last own code and of
//! an embedded one, the declaration a large service writes. It must build
//! with the default lints: const evaluation of its `ENTRIES`, of the check
//! of its embedded codes and of each `code!` stays short at that size.

use std::fmt::Write as _;
use std::path::Path;

/// The own entries of the generated catalog.
const OWN_ENTRIES: usize = 10_000;

/// Writes the catalog into `out_dir`.
pub fn write(out_dir: &Path) {
    let mut out = String::new();
    out.push_str("/// A catalog of a large service.\n");
    out.push_str("#[error_catalog::error_catalog(name = \"long\", prefix = \"LONG_\", status = 400)]\n");
    out.push_str("#[derive(Debug, PartialEq, Eq)]\npub enum LongCatalog {\n");
    for i in 0..OWN_ENTRIES {
        let _ = writeln!(
            out,
            "    #[entry(symptom = \"Step {i} of the job failed\", solution = \"Run step {i} again\")]\n    Step{i},"
        );
    }
    out.push_str("    #[entry(transparent, status = 502)]\n    Mq(::error_catalog::ons::OnsError),\n");
    out.push_str("    #[entry(transparent, fallback)]\n    Mqtt(::error_catalog::ons::MqttError),\n}\n\n");
    let last = OWN_ENTRIES - 1;
    let _ = writeln!(
        out,
        "/// The last own code, checked.\npub const LAST: &str = ::error_catalog::code!(LongCatalog, \"LONG_STEP{last}\");"
    );
    out.push_str(
        "/// An embedded code, checked.\npub const EMBEDDED: &str = ::error_catalog::code!(LongCatalog, \"BIZ_TOPIC_NOT_FOUND\");\n",
    );
    std::fs::write(out_dir.join("long_catalog.rs"), out).expect("cannot write to OUT_DIR");
}

//! The attribute's reference (`core/src/attribute.md`, the rustdoc of
//! `error_catalog::error_catalog`) documents every key of the table of
//! keys, in the table of its attribute.

use crate::attr::{KEYS, Level};

/// The reference, read from the runtime crate beside this one.
fn reference() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/src/attribute.md");
    std::fs::read_to_string(path).expect("the attribute's reference is core/src/attribute.md")
}

/// The keys in the first column of the table under `heading`.
fn documented(reference: &str, heading: &str) -> Vec<String> {
    let (_, section) = reference
        .split_once(&format!("\n# {heading}\n"))
        .unwrap_or_else(|| panic!("the reference has a section `# {heading}`"));
    let rows = section.lines().skip_while(|line| !line.starts_with('|'));
    let rows = rows.take_while(|line| line.starts_with('|')).skip(2);
    rows.filter_map(|row| row.split('|').nth(1))
        .map(|cell| cell.trim().trim_matches('`').to_owned())
        .collect()
}

#[test]
fn every_key_of_the_table_is_in_the_reference() {
    let reference = reference();
    for (level, heading) in [(Level::Catalog, "Enum options"), (Level::Entry, "Variant keys")] {
        let documented = documented(&reference, heading);
        let keys: Vec<&str> = KEYS
            .iter()
            .filter(|def| def.level() == level)
            .map(|def| def.name)
            .collect();
        assert_eq!(
            documented, keys,
            "the table under `# {heading}`, in the order of KEYS"
        );
    }
}

//! `OUT_DIR/model_catalogs.rs`, for `tests/model.rs`: scenarios of random
//! catalogs that mix own unit and data variants, aliases, nested families,
//! catalogs embedded with and without `fallback` two levels deep, `#[cfg]`'d
//! variants and catch-alls, each with its description (`CATALOGS`), which
//! the test's plain reference model reads, and a `code!` of every code.
//!
//! Codes are drawn from a small pool, so that codes, aliases and family
//! prefixes meet often; every scenario is a valid declaration (an embedded
//! catalog that would share a code without `fallback` gets it).
//! `ERROR_CATALOG_MODEL_SCENARIOS` sets how many scenarios there are (the
//! test command's default is small; the benchmarks' README shows a larger
//! run).

use std::fmt::Write as _;
use std::path::Path;

/// The scenarios of the test command.
const SCENARIOS: usize = 24;
/// The variable that asks for another number of scenarios.
const ENV: &str = "ERROR_CATALOG_MODEL_SCENARIOS";

/// The segments codes are made of.
const SEGMENTS: [&str; 4] = ["A", "B", "C", "D"];
/// The statuses entries and transparent variants are given.
const STATUSES: [Option<u16>; 5] = [None, None, Some(404), Some(429), Some(503)];

/// A deterministic xorshift generator: the same scenarios on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

enum Kind {
    Unit,
    Data,
    Family,
    Embed { cat: usize, fallback: bool },
    Other,
}

struct Variant {
    name: String,
    kind: Kind,
    /// The code; a family's prefix; empty for the others.
    code: String,
    aliases: Vec<String>,
    status: Option<u16>,
    /// Configured in (`#[cfg(all())]`), or out (`#[cfg(any())]`).
    on: bool,
}

struct Catalog {
    name: String,
    status: Option<u16>,
    variants: Vec<Variant>,
}

/// Writes the scenarios into `out_dir`.
pub fn write(out_dir: &Path) {
    println!("cargo::rerun-if-env-changed={ENV}");
    let count = std::env::var(ENV)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(SCENARIOS);
    let mut out = String::new();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for scenario in 0..count {
        let catalogs = scenario_catalogs(&mut rng);
        write_scenario(&mut out, scenario, &catalogs);
    }
    let checks: Vec<String> = (0..count).map(|s| format!("s{s}::check")).collect();
    let _ = writeln!(
        out,
        "/// Every scenario's check.\npub const SCENARIOS: &[fn(&mut Report)] = &[{}];",
        checks.join(", ")
    );
    std::fs::write(out_dir.join("model_catalogs.rs"), out).expect("cannot write to OUT_DIR");
}

/// The catalogs of one scenario, the embedded ones first: two leaves, two
/// catalogs that embed leaves, and one that embeds any of them.
fn scenario_catalogs(rng: &mut Rng) -> Vec<Catalog> {
    let mut catalogs = Vec::new();
    for (level, count) in [(0, 2), (1, 2), (2, 1)] {
        for _ in 0..count {
            let embeddable = catalogs.len();
            let at = catalogs.len();
            let catalog = catalog(rng, at, level, embeddable, &catalogs);
            catalogs.push(catalog);
        }
    }
    catalogs
}

/// Catalog number `at`, at `level` (0 embeds nothing), which may embed any
/// of the first `embeddable` of `catalogs`.
fn catalog(rng: &mut Rng, at: usize, level: usize, embeddable: usize, catalogs: &[Catalog]) -> Catalog {
    let mut catalog = Catalog {
        name: format!("C{at}"),
        status: if rng.one_in(3) { Some(400) } else { None },
        variants: Vec::new(),
    };
    let own = 2 + rng.below(5);
    for _ in 0..own {
        let variant = own_variant(rng, &catalog);
        catalog.variants.push(variant);
    }
    if level > 0 {
        let mut inner: Vec<usize> = (0..embeddable).collect();
        for _ in 0..1 + rng.below(level + 1) {
            if inner.is_empty() {
                break;
            }
            let cat = inner.remove(rng.below(inner.len()));
            let at = rng.below(catalog.variants.len() + 1);
            let variant = embed_variant(rng, &catalog, cat);
            catalog.variants.insert(at, variant);
        }
    }
    if rng.one_in(2) {
        let variant = Variant {
            name: "Other".into(),
            kind: Kind::Other,
            code: String::new(),
            aliases: Vec::new(),
            status: rng.pick(&STATUSES),
            on: !rng.one_in(5),
        };
        catalog.variants.push(variant);
    }
    make_valid(&mut catalog, catalogs);
    catalog
}

/// A code of the pool: two or three segments.
fn code(rng: &mut Rng) -> String {
    let len = 2 + rng.below(2);
    let segments: Vec<&str> = (0..len).map(|_| rng.pick(&SEGMENTS)).collect();
    segments.join("_")
}

/// A family prefix of the pool: one or two segments and `_`.
fn prefix(rng: &mut Rng) -> String {
    let len = 1 + rng.below(2);
    let segments: Vec<&str> = (0..len).map(|_| rng.pick(&SEGMENTS)).collect();
    format!("{}_", segments.join("_"))
}

/// Every code, alias and family code of the catalog's own entries,
/// configured in or not.
fn own_names(catalog: &Catalog) -> Vec<String> {
    names_of(catalog.variants.iter())
}

/// The codes and aliases of the own entries configured in.
fn on_own_names(catalog: &Catalog) -> Vec<String> {
    names_of(catalog.variants.iter().filter(|variant| variant.on))
}

/// The codes, aliases and family codes of the own entries among `variants`.
fn names_of<'v>(variants: impl Iterator<Item = &'v Variant>) -> Vec<String> {
    let mut names = Vec::new();
    for variant in variants {
        match variant.kind {
            Kind::Unit | Kind::Data => names.push(variant.code.clone()),
            Kind::Family => names.push(format!("{}*", variant.code)),
            Kind::Embed { .. } | Kind::Other => continue,
        }
        names.extend(variant.aliases.iter().cloned());
    }
    names
}

/// A new own variant of `catalog`, its code and aliases unique in it.
fn own_variant(rng: &mut Rng, catalog: &Catalog) -> Variant {
    let taken = own_names(catalog);
    let number = catalog.variants.len();
    let (kind, letter) = match rng.below(6) {
        0..=2 => (Kind::Unit, "V"),
        3 => (Kind::Data, "D"),
        _ => (Kind::Family, "F"),
    };
    let family = matches!(kind, Kind::Family);
    let fresh = |rng: &mut Rng, taken: &[String]| loop {
        let drawn = if family { prefix(rng) } else { code(rng) };
        let name = if family {
            format!("{drawn}*")
        } else {
            drawn.clone()
        };
        if !taken.contains(&name) {
            return drawn;
        }
    };
    let drawn = fresh(rng, &taken);
    let mut aliases = Vec::new();
    if !family && rng.one_in(3) {
        let mut taken = taken.clone();
        taken.push(drawn.clone());
        aliases.push(loop {
            let alias = code(rng);
            if !taken.contains(&alias) {
                break alias;
            }
        });
    }
    Variant {
        name: format!("{letter}{number}"),
        kind,
        code: drawn,
        aliases,
        status: rng.pick(&STATUSES),
        on: !rng.one_in(6),
    }
}

/// A transparent variant of `catalog` embedding catalog `cat`.
fn embed_variant(rng: &mut Rng, catalog: &Catalog, cat: usize) -> Variant {
    Variant {
        name: format!("E{}", catalog.variants.len()),
        kind: Kind::Embed {
            cat,
            fallback: rng.one_in(3),
        },
        code: String::new(),
        aliases: Vec::new(),
        status: rng.pick(&STATUSES),
        on: !rng.one_in(6),
    }
}

/// Variant names unique, and `fallback` for each embedded catalog that
/// would otherwise share a code or alias with the own entries or with an
/// earlier embedded catalog without `fallback` (the build refuses that).
fn make_valid(catalog: &mut Catalog, catalogs: &[Catalog]) {
    for (number, variant) in catalog.variants.iter_mut().enumerate() {
        if !matches!(variant.kind, Kind::Other) {
            let letter = &variant.name[..1];
            variant.name = format!("{letter}{number}");
        }
    }
    let mut seen = on_own_names(catalog);
    for variant in &mut catalog.variants {
        let Kind::Embed { cat, fallback } = &mut variant.kind else {
            continue;
        };
        if *fallback || !variant.on {
            continue;
        }
        let names = entry_names(catalogs, *cat);
        if names.iter().any(|name| seen.contains(name)) {
            *fallback = true;
        } else {
            seen.extend(names);
        }
    }
}

/// The codes and aliases of the entries of catalog `cat`'s `ENTRIES`, as
/// the build makes them: its own entries configured in, and each embedded
/// catalog's, a `fallback` one's without the entries whose codes the
/// others have and without the aliases the others have.
fn entry_names(catalogs: &[Catalog], cat: usize) -> Vec<String> {
    entries(catalogs, cat).into_iter().flatten().collect()
}

/// The entries of catalog `cat`'s `ENTRIES`, each as its code and aliases.
fn entries(catalogs: &[Catalog], cat: usize) -> Vec<Vec<String>> {
    let catalog = &catalogs[cat];
    let own: Vec<Vec<String>> = (catalog.variants.iter().filter(|variant| variant.on))
        .filter_map(|variant| {
            let code = match variant.kind {
                Kind::Unit | Kind::Data => variant.code.clone(),
                Kind::Family => format!("{}*", variant.code),
                Kind::Embed { .. } | Kind::Other => return None,
            };
            Some(
                std::iter::once(code)
                    .chain(variant.aliases.iter().cloned())
                    .collect(),
            )
        })
        .collect();
    let runs: Vec<(usize, bool, Vec<Vec<String>>)> = (catalog.variants.iter().enumerate())
        .filter(|(_, variant)| variant.on)
        .filter_map(|(at, variant)| match variant.kind {
            Kind::Embed { cat, fallback } => Some((at, fallback, entries(catalogs, cat))),
            _ => None,
        })
        .collect();
    let mut out = own.clone();
    for (at, fallback, run) in &runs {
        let others = (runs.iter())
            .filter(|(other, other_fallback, _)| other != at && (!other_fallback || other < at))
            .flat_map(|(_, _, entries)| entries.iter().flatten());
        let shadowing: Vec<&String> = own.iter().flatten().chain(others).collect();
        let kept = run
            .iter()
            .filter(|entry| !fallback || !shadowing.contains(&&entry[0]));
        // A kept entry of a `fallback` catalog loses the aliases the others have.
        let without = |entry: &Vec<String>| -> Vec<String> {
            let (code, aliases) = entry.split_first().expect("a code");
            let aliases = aliases
                .iter()
                .filter(|alias| !fallback || !shadowing.contains(alias));
            std::iter::once(code).chain(aliases).cloned().collect()
        };
        out.extend(kept.map(without));
    }
    out
}

fn write_scenario(out: &mut String, scenario: usize, catalogs: &[Catalog]) {
    let _ = writeln!(out, "/// Scenario {scenario}.\npub mod s{scenario} {{");
    out.push_str("    #![allow(dead_code)]\n    use super::{Cat, Var};\n\n");
    for catalog in catalogs {
        write_enum(out, catalog, catalogs);
    }
    out.push_str("    /// The catalogs as the model reads them.\n    pub const CATALOGS: &[Cat] = &[\n");
    for catalog in catalogs {
        write_description(out, catalog);
    }
    out.push_str("    ];\n\n    pub fn check(report: &mut super::Report) {\n");
    for (at, catalog) in catalogs.iter().enumerate() {
        let _ = writeln!(out, "        report.catalog::<{}>(CATALOGS, {at});", catalog.name);
    }
    out.push_str("    }\n\n");
    for (at, catalog) in catalogs.iter().enumerate() {
        for name in entry_names(catalogs, at) {
            let _ = writeln!(
                out,
                "    const _: &str = ::error_catalog::code!({}, {name:?});",
                catalog.name
            );
        }
    }
    out.push_str("}\n\n");
}

fn write_enum(out: &mut String, catalog: &Catalog, catalogs: &[Catalog]) {
    let status = catalog
        .status
        .map_or(String::new(), |status| format!("status = {status}"));
    let _ = writeln!(
        out,
        "    #[::error_catalog::error_catalog({status})]\n    #[derive(Debug, Clone, PartialEq, Eq)]\n    pub enum {} {{",
        catalog.name
    );
    for variant in &catalog.variants {
        let cfg = if variant.on { "all()" } else { "any()" };
        let _ = writeln!(out, "        #[cfg({cfg})]");
        let status = variant
            .status
            .map_or(String::new(), |status| format!(", status = {status}"));
        let aliases: String = variant
            .aliases
            .iter()
            .map(|alias| format!(", alias = {alias:?}"))
            .collect();
        let name = &variant.name;
        let code = &variant.code;
        let texts = "symptom = \"Something went wrong\", solution = \"Do something\"";
        let line = match &variant.kind {
            Kind::Unit => format!("#[entry(code = {code:?}{aliases}, {texts}{status})] {name},"),
            Kind::Data => format!(
                "#[entry(code = {code:?}{aliases}, symptom = \"Item {{0}} went wrong\", solution = \"Do something\"{status})] {name}(u32),"
            ),
            Kind::Family => format!("#[entry(family = {code:?}{aliases}, {texts}{status})] {name}(String),"),
            Kind::Embed { cat, fallback } => {
                let fallback = if *fallback { ", fallback" } else { "" };
                format!(
                    "#[entry(transparent{fallback}{status})] {name}({}),",
                    catalogs[*cat].name
                )
            }
            Kind::Other => format!(
                "#[entry(other, symptom = \"Code {{0}} is new\", solution = \"Report it\"{status})] {name}(String),"
            ),
        };
        let _ = writeln!(out, "        {line}");
    }
    out.push_str("    }\n\n");
}

fn write_description(out: &mut String, catalog: &Catalog) {
    let _ = writeln!(
        out,
        "        Cat {{ name: {:?}, status: {:?}, variants: &[",
        catalog.name, catalog.status
    );
    for variant in &catalog.variants {
        let (name, on, status) = (&variant.name, variant.on, variant.status);
        let aliases = &variant.aliases;
        let code = &variant.code;
        let line = match &variant.kind {
            Kind::Unit => format!(
                "Var::Unit {{ name: {name:?}, code: {code:?}, aliases: &{aliases:?}, status: {status:?}, on: {on} }}"
            ),
            Kind::Data => format!(
                "Var::Data {{ name: {name:?}, code: {code:?}, aliases: &{aliases:?}, status: {status:?}, on: {on} }}"
            ),
            Kind::Family => format!(
                "Var::Family {{ name: {name:?}, prefix: {code:?}, aliases: &{aliases:?}, status: {status:?}, on: {on} }}"
            ),
            Kind::Embed { cat, fallback } => format!(
                "Var::Embed {{ name: {name:?}, cat: {cat}, fallback: {fallback}, status: {status:?}, on: {on} }}"
            ),
            Kind::Other => format!("Var::Other {{ name: {name:?}, status: {status:?}, on: {on} }}"),
        };
        let _ = writeln!(out, "            {line},");
    }
    out.push_str("        ] },\n");
}

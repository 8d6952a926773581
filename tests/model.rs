//! Every lookup of generated catalogs against a plain reference model of
//! the contract's rule of resolution: "an exact code or alias wins over any
//! family, wherever it is declared; among exact codes, the enum's own
//! entries come first, then embedded catalogs without `fallback`, then
//! `fallback` ones, each in declaration order; among families, the longest
//! prefix wins, the same order breaking ties. An own code whose variant
//! carries data resolves to that entry, never to another catalog's value."
//!
//! The package's build script (`build/model.rs`) writes random scenarios
//! of catalogs embedding one another, two levels deep, with their
//! description (`Cat`, `Var`); the model here reads only the description:
//! a list of names in the order of resolution, an exact match or the
//! longest prefix. Every code, alias, family member, near miss, case
//! variant and random string is probed through `lookup`, `from_code`,
//! `receive`, `FromStr` and `ENTRIES`, and the test fails on the first
//! mismatch, naming the scenario. A larger run:
//! `ERROR_CATALOG_MODEL_SCENARIOS=400 cargo test --test model` (see
//! `benches/README.md`).

use std::fmt::Debug;

use error_catalog::{Entry, ErrorCatalog, ParseCodeError, Received};

/// A catalog as the scenario declares it.
pub struct Cat {
    pub name: &'static str,
    /// The enum's `status`, of its own entries that give none.
    pub status: Option<u16>,
    pub variants: &'static [Var],
}

/// A variant as the scenario declares it; `on` is whether its `#[cfg]`
/// keeps it.
pub enum Var {
    Unit {
        name: &'static str,
        code: &'static str,
        aliases: &'static [&'static str],
        status: Option<u16>,
        on: bool,
    },
    /// One `u32` field.
    Data {
        name: &'static str,
        code: &'static str,
        aliases: &'static [&'static str],
        status: Option<u16>,
        on: bool,
    },
    /// One `String` field, the whole code.
    Family {
        name: &'static str,
        prefix: &'static str,
        aliases: &'static [&'static str],
        status: Option<u16>,
        on: bool,
    },
    Embed {
        name: &'static str,
        cat: usize,
        fallback: bool,
        status: Option<u16>,
        on: bool,
    },
    /// The catch-all.
    Other {
        name: &'static str,
        status: Option<u16>,
        on: bool,
    },
}

include!(concat!(env!("OUT_DIR"), "/model_catalogs.rs"));

/// An entry as the model expects it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Expected {
    code: String,
    catalog: &'static str,
    variant: &'static str,
    status: Option<u16>,
    aliases: Vec<&'static str>,
}

impl Expected {
    fn of(entry: &Entry) -> Self {
        Expected {
            code: entry.code().to_owned(),
            catalog: entry.catalog(),
            variant: entry.variant(),
            status: entry.status(),
            aliases: entry.aliases().to_vec(),
        }
    }
}

/// What a code resolves to in the model: a value (as its `Debug` shows
/// it) or, for a variant with data, its entry.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Value {
    Known(String),
    Entry,
}

/// One way a name of an item matches a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Member(usize),
    Exact,
}

/// An entry of a catalog in the order of resolution: its names, what it
/// resolves to (wrapped in the transparent variants that reach it) and its
/// entry.
#[derive(Clone, Debug)]
struct Item {
    names: Vec<String>,
    /// A family's prefix.
    prefix: Option<String>,
    /// The `Debug` of the value, `{}` standing for a family member's code.
    value: Option<String>,
    entry: Expected,
}

impl Item {
    fn matches(&self, code: &str) -> Option<Match> {
        if code.is_empty() {
            return None;
        }
        if self.names.iter().any(|name| name == code) {
            return Some(Match::Exact);
        }
        let prefix = self.prefix.as_deref()?;
        (code.len() > prefix.len() && code.starts_with(prefix)).then_some(Match::Member(prefix.len()))
    }

    /// What `code` resolves to through this item: a family keeps the
    /// code, its own `PREFIX*` included.
    fn resolved(&self, code: &str) -> Value {
        match &self.value {
            Some(value) => Value::Known(value.replace("{}", &format!("{code:?}"))),
            None => Value::Entry,
        }
    }
}

/// The items of catalog `at`, in the order of resolution: its own entries,
/// then its embedded catalogs without `fallback`, then with it, each in
/// declaration order; a `fallback` catalog's items without those whose
/// codes the others have (they are not in `ENTRIES`).
fn items(cats: &[Cat], at: usize) -> Vec<Item> {
    let cat = &cats[at];
    let mut found: Vec<Item> = cat.variants.iter().filter_map(|var| own_item(cat, var)).collect();
    for fallback in [false, true] {
        for (index, var) in cat.variants.iter().enumerate() {
            if let &Var::Embed {
                name,
                cat: inner,
                fallback: embedded_as,
                status,
                on: true,
            } = var
                && embedded_as == fallback
            {
                let taken = if fallback {
                    shadowing(cats, at, index)
                } else {
                    Vec::new()
                };
                let kept = items(cats, inner)
                    .into_iter()
                    .filter(|item| !taken.contains(&item.entry.code));
                found.extend(kept.map(|item| wrap(without(item, &taken), name, status)));
            }
        }
    }
    found
}

/// The codes and aliases a `fallback` catalog embedded by variant `index`
/// of catalog `at` yields to: the own entries', and the `ENTRIES` of every
/// other embedded catalog without `fallback` and of the `fallback` ones
/// before it.
fn shadowing(cats: &[Cat], at: usize, index: usize) -> Vec<String> {
    let cat = &cats[at];
    let own = cat.variants.iter().filter_map(|var| own_item(cat, var));
    let mut names: Vec<String> = own.flat_map(|item| item.names).collect();
    for (other, var) in cat.variants.iter().enumerate() {
        if let &Var::Embed {
            cat: inner,
            fallback,
            on: true,
            ..
        } = var
            && other != index
            && (!fallback || other < index)
        {
            names.extend(entries(cats, inner).iter().flat_map(names_of));
        }
    }
    names
}

/// `item` without the aliases of `taken`: in `ENTRIES` its copy has none of
/// them, and they resolve to the entries that have them.
fn without(mut item: Item, taken: &[String]) -> Item {
    item.names
        .retain(|name| *name == item.entry.code || !taken.contains(name));
    item.entry
        .aliases
        .retain(|alias| !taken.iter().any(|name| name == alias));
    item
}

/// `item` reached through transparent variant `name` of status `status`.
fn wrap(mut item: Item, name: &str, status: Option<u16>) -> Item {
    item.value = item.value.map(|value| format!("{name}({value})"));
    item.entry.status = item.entry.status.or(status);
    item
}

fn own_item(cat: &Cat, var: &Var) -> Option<Item> {
    let entry = |variant, code: String, status: Option<u16>, aliases: &[&'static str]| Expected {
        code,
        catalog: cat.name,
        variant,
        status: status.or(cat.status),
        aliases: aliases.to_vec(),
    };
    let names = |code: &str, aliases: &[&str]| {
        let mut names = vec![code.to_owned()];
        names.extend(aliases.iter().map(|alias| (*alias).to_owned()));
        names
    };
    match *var {
        Var::Unit {
            name,
            code,
            aliases,
            status,
            on: true,
        } => Some(Item {
            names: names(code, aliases),
            prefix: None,
            value: Some(name.to_owned()),
            entry: entry(name, code.to_owned(), status, aliases),
        }),
        Var::Data {
            name,
            code,
            aliases,
            status,
            on: true,
        } => Some(Item {
            names: names(code, aliases),
            prefix: None,
            value: None,
            entry: entry(name, code.to_owned(), status, aliases),
        }),
        Var::Family {
            name,
            prefix,
            aliases,
            status,
            on: true,
        } => Some(Item {
            names: names(&format!("{prefix}*"), aliases),
            prefix: Some(prefix.to_owned()),
            value: Some(format!("{name}({{}})")),
            entry: entry(name, format!("{prefix}*"), status, aliases),
        }),
        _ => None,
    }
}

/// The item `code` resolves to among `items`: the first exact match, else
/// the member of the longest prefix, the first of equal ones.
fn resolve<'i>(items: &'i [Item], code: &str) -> Option<(&'i Item, Match)> {
    let mut best: Option<(&Item, Match)> = None;
    for item in items {
        if let Some(found) = item.matches(code)
            && best.is_none_or(|(_, best)| found > best)
        {
            best = Some((item, found));
        }
    }
    best
}

/// The catch-all's `Debug` for `code`, if the catalog has one.
fn catch_all(cat: &Cat, code: &str) -> Option<String> {
    cat.variants.iter().find_map(|var| match var {
        Var::Other { name, on: true, .. } => Some(format!("{name}({code:?})")),
        _ => None,
    })
}

/// The entries of `ENTRIES` of catalog `at`: own entries and each embedded
/// catalog's run in declaration order, a `fallback` run without the codes
/// the others have.
fn entries(cats: &[Cat], at: usize) -> Vec<Expected> {
    let cat = &cats[at];
    let mut out = Vec::new();
    for (index, var) in cat.variants.iter().enumerate() {
        match *var {
            Var::Embed {
                cat: inner,
                on: true,
                fallback,
                status,
                ..
            } => {
                let taken = if fallback {
                    shadowing(cats, at, index)
                } else {
                    Vec::new()
                };
                for mut entry in entries(cats, inner) {
                    if !taken.contains(&entry.code) {
                        entry.status = entry.status.or(status);
                        entry
                            .aliases
                            .retain(|alias| !taken.iter().any(|name| name == alias));
                        out.push(entry);
                    }
                }
            }
            ref var => out.extend(own_item(cat, var).map(|item| item.entry)),
        }
    }
    out
}

fn names_of(entry: &Expected) -> Vec<String> {
    let mut names = vec![entry.code.clone()];
    names.extend(entry.aliases.iter().map(|alias| (*alias).to_owned()));
    names
}

/// The probes of a catalog: every name of every item and of `ENTRIES`,
/// family members (also ones that are codes elsewhere), near misses, case
/// variants, prefixes alone and random strings.
fn probes(items: &[Item], entries: &[Expected]) -> Vec<String> {
    let mut probes: Vec<String> = vec![String::new(), "*".into(), "A".into(), "_".into(), "ZZZ".into()];
    let names = items.iter().flat_map(|item| item.names.clone());
    let names: Vec<String> = names.chain(entries.iter().flat_map(names_of)).collect();
    for name in &names {
        probes.push(name.clone());
        probes.push(name.to_lowercase());
        probes.push(format!("{name}_X"));
        probes.push(name[..name.len() - 1].to_owned());
        let mut near = name.clone().into_bytes();
        near[0] = if near[0] == b'A' { b'B' } else { b'A' };
        probes.push(String::from_utf8(near).expect("ASCII"));
    }
    for item in items {
        if let Some(prefix) = &item.prefix {
            probes.push(prefix.clone());
            for tail in ["A", "B_C", "A_B", "D_D_D", "*"] {
                probes.push(format!("{prefix}{tail}"));
            }
        }
    }
    for a in ["A", "B", "C", "D"] {
        for b in ["A", "B", "C", "D"] {
            probes.push(format!("{a}_{b}"));
            probes.push(format!("{a}_{b}_C"));
        }
    }
    probes
}

/// The mismatches found, each naming where.
#[derive(Default)]
pub struct Report {
    probes: usize,
    mismatches: Vec<String>,
}

impl Report {
    /// Checks catalog `at` of `cats`, the description of `C`.
    pub fn catalog<C: ErrorCatalog + Debug + std::str::FromStr<Err = ParseCodeError>>(
        &mut self,
        cats: &[Cat],
        at: usize,
    ) {
        let name = cats[at].name;
        let expected_entries = entries(cats, at);
        let actual: Vec<Expected> = C::entries().iter().map(Expected::of).collect();
        if actual != expected_entries {
            self.mismatch(
                name,
                "ENTRIES",
                &format!("{expected_entries:#?}"),
                &format!("{actual:#?}"),
            );
        }
        let items = items(cats, at);
        for code in probes(&items, &expected_entries) {
            self.probe::<C>(cats, at, &items, &code);
        }
    }

    fn probe<C: ErrorCatalog + Debug + std::str::FromStr<Err = ParseCodeError>>(
        &mut self,
        cats: &[Cat],
        at: usize,
        items: &[Item],
        code: &str,
    ) {
        self.probes += 1;
        let name = cats[at].name;
        let found = resolve(items, code);
        let entry = found.map(|(item, _)| item.entry.clone());
        let value = found.map(|(item, _)| item.resolved(code));
        let lookup = C::lookup(code).map(Expected::of);
        if lookup != entry {
            self.mismatch(
                name,
                &format!("lookup({code:?})"),
                &format!("{entry:?}"),
                &format!("{lookup:?}"),
            );
        }
        let expected = match (&value, catch_all(&cats[at], code)) {
            (Some(Value::Known(value)), _) => format!("Known({value})"),
            (Some(Value::Entry), _) => format!("Entry({:?})", entry.as_ref().map(|entry| &entry.code)),
            (None, Some(other)) => format!("Known({other})"),
            (None, None) => format!("Unknown({code:?})"),
        };
        let received = match C::receive(code) {
            Received::Known(value) => format!("Known({value:?})"),
            Received::Entry(entry) => format!("Entry({:?})", Some(entry.code())),
            Received::Unknown(code) => format!("Unknown({code:?})"),
        };
        if received != expected {
            self.mismatch(name, &format!("receive({code:?})"), &expected, &received);
        }
        let from_code = C::from_code(code).map(|value| format!("{value:?}"));
        let expected_value = match &value {
            Some(Value::Known(value)) => Some(value.clone()),
            _ => None,
        };
        if from_code != expected_value {
            self.mismatch(
                name,
                &format!("from_code({code:?})"),
                &format!("{expected_value:?}"),
                &format!("{from_code:?}"),
            );
        }
        let parsed = match code.parse::<C>() {
            Ok(value) => format!("Known({value:?})"),
            Err(error) => match error.entry() {
                Some(entry) => format!("Entry({:?})", Some(entry.code())),
                None => format!("Unknown({:?})", error.code()),
            },
        };
        if parsed != expected {
            self.mismatch(name, &format!("{code:?}.parse()"), &expected, &parsed);
        }
    }

    fn mismatch(&mut self, catalog: &str, what: &str, expected: &str, actual: &str) {
        self.mismatches.push(format!(
            "{catalog}: {what}: the model says {expected}, the catalog {actual}"
        ));
    }
}

#[test]
fn every_lookup_of_every_scenario_follows_the_model() {
    let mut failures = Vec::new();
    let mut probes = 0;
    for (scenario, check) in SCENARIOS.iter().enumerate() {
        let mut report = Report::default();
        check(&mut report);
        probes += report.probes;
        failures.extend(
            report
                .mismatches
                .into_iter()
                .map(|m| format!("scenario {scenario}: {m}")),
        );
    }
    assert!(probes > 1_000, "only {probes} probes");
    assert!(
        failures.is_empty(),
        "{} mismatches in {probes} probes; the first:\n{}",
        failures.len(),
        failures.iter().take(10).cloned().collect::<Vec<_>>().join("\n")
    );
}

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
//! `receive`, `FromStr`, serde and `nearest`, `ENTRIES` is compared whole,
//! and every code of `ENTRIES` goes through `code!` (in the generated
//! file); the test fails naming the scenario of each mismatch. A larger run:
//! `ERROR_CATALOG_MODEL_SCENARIOS=400 cargo test --test model` (see
//! `benches/README.md`).

use std::fmt::Debug;
use std::str::FromStr;

use error_catalog::{Entry, ErrorCatalog, ParseCodeError, Received};
use serde::Serialize;
use serde::de::DeserializeOwned;

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

/// What the checks need of a generated catalog.
pub trait Checked:
    ErrorCatalog + Debug + FromStr<Err = ParseCodeError> + Serialize + DeserializeOwned
{
}

impl<C: ErrorCatalog + Debug + FromStr<Err = ParseCodeError> + Serialize + DeserializeOwned> Checked for C {}

impl Report {
    /// Checks catalog `at` of `cats`, the description of `C`.
    pub fn catalog<C: Checked>(&mut self, cats: &[Cat], at: usize) {
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
            self.probes += 1;
            let found = resolve(&items, &code);
            let expected = expected_received(&cats[at], found, &code);
            self.check_lookup::<C>(name, found, &code);
            self.check_values::<C>(name, &expected, found, &code);
            self.check_serde::<C>(name, &code);
            self.check_nearest::<C>(name, &expected_entries, &code);
        }
    }

    /// `lookup` gives the entry the code resolves to.
    fn check_lookup<C: Checked>(&mut self, name: &str, found: Option<(&Item, Match)>, code: &str) {
        let entry = found.map(|(item, _)| item.entry.clone());
        let lookup = C::lookup(code).map(Expected::of);
        if lookup != entry {
            self.mismatch(
                name,
                &format!("lookup({code:?})"),
                &format!("{entry:?}"),
                &format!("{lookup:?}"),
            );
        }
    }

    /// `receive`, `FromStr` and `from_code` give its value, or its entry.
    fn check_values<C: Checked>(
        &mut self,
        name: &str,
        expected: &str,
        found: Option<(&Item, Match)>,
        code: &str,
    ) {
        let received = shown(C::receive(code));
        if received != expected {
            self.mismatch(name, &format!("receive({code:?})"), expected, &received);
        }
        let parsed = match code.parse::<C>() {
            Ok(value) => format!("Known({value:?})"),
            Err(error) => match error.entry() {
                Some(entry) => format!("Entry({:?})", Some(entry.code())),
                None => format!("Unknown({:?})", error.code()),
            },
        };
        if parsed != expected {
            self.mismatch(name, &format!("{code:?}.parse()"), expected, &parsed);
        }
        let from_code = C::from_code(code).map(|value| format!("{value:?}"));
        let value = match found.map(|(item, _)| item.resolved(code)) {
            Some(Value::Known(value)) => Some(value),
            _ => None,
        };
        if from_code != value {
            self.mismatch(
                name,
                &format!("from_code({code:?})"),
                &format!("{value:?}"),
                &format!("{from_code:?}"),
            );
        }
    }

    /// A value received serializes and reads back as itself, and so does
    /// what `Received` keeps.
    fn check_serde<C: Checked>(&mut self, name: &str, code: &str) {
        let received = C::receive(code);
        let json = serde_json::to_value(&received).expect("serializes");
        let back: Received<C> = serde_json::from_value(json).expect("reads back");
        if shown(back) != shown(C::receive(code)) {
            self.mismatch(
                name,
                &format!("Received({code:?}) through serde"),
                "itself",
                "another",
            );
        }
        if let Received::Known(value) = received {
            let json = serde_json::to_value(&value).expect("serializes");
            let back = serde_json::from_value::<C>(json.clone()).map(|back| format!("{back:?}"));
            if back.as_ref().ok() != Some(&format!("{value:?}")) {
                self.mismatch(
                    name,
                    &format!("{json} through serde"),
                    &format!("{value:?}"),
                    &format!("{back:?}"),
                );
            }
        }
    }

    /// `nearest` is the nearest entry of `ENTRIES` by the typo rule, the
    /// entry the rule of resolution prefers between equally near ones.
    fn check_nearest<C: Checked>(&mut self, name: &str, entries: &[Expected], code: &str) {
        let expected = nearest(entries, code).map(|entry| entry.code.clone());
        let actual = C::nearest(code).map(|entry| entry.code().to_owned());
        if actual != expected {
            self.mismatch(
                name,
                &format!("nearest({code:?})"),
                &format!("{expected:?}"),
                &format!("{actual:?}"),
            );
        }
    }

    fn mismatch(&mut self, catalog: &str, what: &str, expected: &str, actual: &str) {
        self.mismatches.push(format!(
            "{catalog}: {what}: the model says {expected}, the catalog {actual}"
        ));
    }
}

/// What `receive` gives for `code`, as [`shown`] writes it: the item's
/// value or entry, else the catch-all, else the code unknown.
fn expected_received(cat: &Cat, found: Option<(&Item, Match)>, code: &str) -> String {
    match (found, catch_all(cat, code)) {
        (Some((item, _)), _) => match item.resolved(code) {
            Value::Known(value) => format!("Known({value})"),
            Value::Entry => format!("Entry({:?})", Some(&item.entry.code)),
        },
        (None, Some(other)) => format!("Known({other})"),
        (None, None) => format!("Unknown({code:?})"),
    }
}

/// A `Received`, for comparison.
fn shown<C: Debug>(received: Received<C>) -> String {
    match received {
        Received::Known(value) => format!("Known({value:?})"),
        Received::Entry(entry) => format!("Entry({:?})", Some(entry.code())),
        Received::Unknown(code) => format!("Unknown({code:?})"),
    }
}

/// The entry of `entries` nearest to `code`: fewest edits within the
/// allowance of the typo rule, then a code over a family, a longer family
/// over a shorter one, the earlier of equals.
fn nearest<'e>(entries: &'e [Expected], code: &str) -> Option<&'e Expected> {
    let rank = |entry: &Expected| {
        let family = entry.code.strip_suffix('*').filter(|_| is_family(entry));
        (family.is_some(), std::cmp::Reverse(family.map_or(0, str::len)))
    };
    entries
        .iter()
        .filter_map(|entry| Some((typo_distance(entry, code)?, rank(entry), entry)))
        .min_by_key(|(distance, rank, _)| (*distance, *rank))
        .map(|(_, _, entry)| entry)
}

/// Whether an expected entry is a family's: its code ends in `*` and it
/// is declared with `family` (the model's codes never end in `*` else).
fn is_family(entry: &Expected) -> bool {
    entry.code.ends_with('*')
}

/// How many edits `code` is from the nearest name of `entry`, when a typo
/// of one: case and `-` for `_` free, a family measured by its prefix, at
/// most a third of the shorter word (at least one, and not all of it).
fn typo_distance(entry: &Expected, code: &str) -> Option<usize> {
    let code = fold(code);
    let mut names: Vec<(String, bool)> = vec![(entry.code.clone(), is_family(entry))];
    names.extend(entry.aliases.iter().map(|alias| ((*alias).to_owned(), false)));
    (names.into_iter())
        .filter_map(|(name, family)| {
            let known = fold(if family { &name[..name.len() - 1] } else { &name });
            let head = if family && code.len() > known.len() {
                &code[..known.len()]
            } else {
                &code[..]
            };
            let shorter = head.len().min(known.len());
            let allowed = (shorter / 3).max(1).min(shorter.checked_sub(1)?);
            let distance = levenshtein(head.as_bytes(), known.as_bytes());
            (head.len().abs_diff(known.len()) <= allowed && distance <= allowed).then_some(distance)
        })
        .min()
}

fn fold(code: &str) -> String {
    code.to_ascii_uppercase().replace('-', "_")
}

fn levenshtein(a: &[u8], b: &[u8]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let next = (diagonal + usize::from(x != y))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
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
    println!(
        "{} scenarios, {probes} probes, {} mismatches",
        SCENARIOS.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} mismatches in {probes} probes; the first:\n{}",
        failures.len(),
        failures.iter().take(10).cloned().collect::<Vec<_>>().join("\n")
    );
}

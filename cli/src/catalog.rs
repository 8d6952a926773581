//! The catalogs the tool explains codes of: the ONS catalogs of
//! `error_catalog::ons`, or catalogs read from JSON files, all as
//! [`Record`]s, looked up by one rule.

use error_catalog::ons::{MqttError, OnsError};
use error_catalog::{Entry, ErrorCatalog, render};
use error_catalog_shared::{entry_typo, family_prefix, is_member};

/// One entry as the tool shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub code: String,
    pub symptom: Option<String>,
    pub solution: Option<String>,
    pub status: Option<u16>,
    pub url: Option<String>,
    pub deprecated: Option<String>,
    pub doc: Option<String>,
    pub aliases: Vec<String>,
    pub family: bool,
}

impl From<&Entry> for Record {
    fn from(entry: &Entry) -> Self {
        Record {
            code: entry.code().to_owned(),
            symptom: Some(entry.symptom().to_owned()),
            solution: Some(entry.solution().to_owned()),
            status: entry.status(),
            url: entry.url().map(str::to_owned),
            deprecated: entry.deprecated().map(str::to_owned),
            doc: entry.doc().map(str::to_owned),
            aliases: entry.aliases().iter().map(|&alias| alias.to_owned()).collect(),
            family: entry.is_family(),
        }
    }
}

impl Record {
    /// How many edits `code` is from this entry's code or an alias, when a
    /// typo of one: the rule of `code!`'s "did you mean".
    fn typo(&self, code: &str) -> Option<usize> {
        let aliases: Vec<&str> = self.aliases.iter().map(String::as_str).collect();
        entry_typo(code.as_bytes(), &self.code, &aliases, self.family)
    }

    /// Whether `code` is this entry's: its code, an alias, or a member of
    /// its family (a code that goes on past the prefix).
    fn names(&self, code: &str) -> bool {
        self.code == code
            || self.aliases.iter().any(|alias| alias == code)
            || (self.family && is_member(code.as_bytes(), family_prefix(&self.code)))
    }
}

/// How a catalog finds codes: a built-in one through its `ErrorCatalog`
/// impl, a file's by the same rules over its records.
enum Finder {
    Builtin {
        lookup: fn(&str) -> Option<&'static Entry>,
        nearest: fn(&str) -> Option<&'static Entry>,
        markdown: fn() -> String,
        entries: &'static [Entry],
    },
    File,
}

/// A catalog: its name, its entries in order, and how it finds codes.
pub struct Catalog {
    pub name: String,
    pub records: Vec<Record>,
    finder: Finder,
}

impl Catalog {
    /// A catalog of the library.
    fn builtin<C: ErrorCatalog>() -> Self {
        Catalog {
            name: C::NAME.to_owned(),
            records: C::entries().iter().map(Record::from).collect(),
            finder: Finder::Builtin {
                lookup: C::lookup,
                nearest: C::nearest,
                markdown: render::markdown::<C>,
                entries: C::entries(),
            },
        }
    }

    /// A catalog read from a file.
    pub fn file(name: String, records: Vec<Record>) -> Self {
        Catalog {
            name,
            records,
            finder: Finder::File,
        }
    }

    /// The entry of `code`: the catalog's lookup, else the nearest entry
    /// when `code` differs from it only in case or `-` for `_`.
    pub fn find(&self, code: &str) -> Option<Record> {
        self.lookup(code)
            .or_else(|| self.nearest(code).filter(|record| record.typo(code) == Some(0)))
    }

    /// The entry whose code is `code` (or an alias, or a family member).
    fn lookup(&self, code: &str) -> Option<Record> {
        match self.finder {
            Finder::Builtin { lookup, .. } => lookup(code).map(Record::from),
            Finder::File => self.records.iter().find(|record| record.names(code)).cloned(),
        }
    }

    /// The entry nearest to `code`, if near enough to be a typo:
    /// `ErrorCatalog::nearest`, or its rule over a file's records.
    pub fn nearest(&self, code: &str) -> Option<Record> {
        match self.finder {
            Finder::Builtin { nearest, .. } => nearest(code).map(Record::from),
            Finder::File => self
                .records
                .iter()
                .filter_map(|record| record.typo(code).map(|distance| (distance, record)))
                .min_by_key(|&(distance, _)| distance)
                .map(|(_, record)| record.clone()),
        }
    }

    /// The catalog as a Markdown table (`render::markdown`); `None` for a
    /// file's.
    pub fn markdown(&self) -> Option<String> {
        match self.finder {
            Finder::Builtin { markdown, .. } => Some(markdown()),
            Finder::File => None,
        }
    }

    /// The catalog's entries as they serialize; `None` for a file's.
    pub fn entries(&self) -> Option<&'static [Entry]> {
        match self.finder {
            Finder::Builtin { entries, .. } => Some(entries),
            Finder::File => None,
        }
    }
}

/// The ONS catalogs, in the order they are shown.
pub fn ons() -> Vec<Catalog> {
    vec![Catalog::builtin::<OnsError>(), Catalog::builtin::<MqttError>()]
}

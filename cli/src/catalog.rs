//! The catalogs the tool explains codes of: the ONS catalogs of
//! `error_catalog::ons`, or catalogs read from JSON files, all as
//! [`OwnedEntry`]s, looked up by the library's rules.

use error_catalog::ons::{MqttError, OnsError};
use error_catalog::{Entry, ErrorCatalog, OwnedEntry, render};
use error_catalog_shared::{Match, entry_kind, entry_match, entry_typo, nearer, resolve};

/// How a catalog finds codes: a built-in one through its `ErrorCatalog`
/// impl, a file's by the same rules over its entries.
enum Finder {
    Builtin {
        lookup: fn(&str) -> Option<&'static Entry>,
        nearest: fn(&str) -> Option<&'static Entry>,
        markdown: fn() -> String,
    },
    File,
}

/// A catalog: its name, its entries in order, and how it finds codes.
pub struct Catalog {
    pub name: String,
    pub entries: Vec<OwnedEntry>,
    finder: Finder,
}

impl Catalog {
    /// A catalog of the library.
    fn builtin<C: ErrorCatalog>() -> Self {
        Catalog {
            name: C::NAME.to_owned(),
            entries: C::entries().iter().map(OwnedEntry::from).collect(),
            finder: Finder::Builtin {
                lookup: C::lookup,
                nearest: C::nearest,
                markdown: render::markdown::<C>,
            },
        }
    }

    /// A catalog read from a file.
    pub fn file(name: String, entries: Vec<OwnedEntry>) -> Self {
        Catalog {
            name,
            entries,
            finder: Finder::File,
        }
    }

    /// The entry of `code`: the catalog's lookup, else the nearest entry
    /// when `code` differs from it only in case or `-` for `_` (and, for a
    /// family, goes on past its prefix, as a member does).
    pub fn find(&self, code: &str) -> Option<OwnedEntry> {
        self.lookup(code).or_else(|| {
            let entry = self.nearest(code)?;
            let member = entry
                .family_prefix()
                .is_none_or(|prefix| code.len() > prefix.len());
            (typo(&entry, code) == Some(0) && member).then_some(entry)
        })
    }

    /// The entry `code` resolves to, as the library resolves codes: its
    /// code or an alias, else the family of the longest prefix, the
    /// earlier of equal ones.
    fn lookup(&self, code: &str) -> Option<OwnedEntry> {
        match self.finder {
            Finder::Builtin { lookup, .. } => lookup(code).map(OwnedEntry::from),
            Finder::File => resolve(&self.entries, |entry| matches(entry, code)).cloned(),
        }
    }

    /// The entry nearest to `code`, if near enough to be a typo:
    /// `ErrorCatalog::nearest`, or its rule over a file's entries (between
    /// equally near ones, the one the rule of resolution prefers).
    pub fn nearest(&self, code: &str) -> Option<OwnedEntry> {
        match self.finder {
            Finder::Builtin { nearest, .. } => nearest(code).map(OwnedEntry::from),
            Finder::File => {
                let mut nearest: Option<(&OwnedEntry, (usize, Match))> = None;
                for entry in &self.entries {
                    let Some(distance) = typo(entry, code) else {
                        continue;
                    };
                    let kind = entry_kind(entry.code(), entry.is_family());
                    if nearer(distance, kind, nearest.map(|(_, best)| best)) {
                        nearest = Some((entry, (distance, kind)));
                    }
                }
                nearest.map(|(entry, _)| entry.clone())
            }
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
}

/// How `code` matches `entry`, by the rule of the generated lookups.
fn matches(entry: &OwnedEntry, code: &str) -> Option<Match> {
    entry_match(code.as_bytes(), entry.code(), &aliases(entry), entry.is_family())
}

/// How many edits `code` is from `entry`'s code or an alias, when a typo of
/// one: the rule of `code!`'s "did you mean".
fn typo(entry: &OwnedEntry, code: &str) -> Option<usize> {
    entry_typo(code.as_bytes(), entry.code(), &aliases(entry), entry.is_family())
}

/// The aliases of `entry`, as the shared rules take them.
fn aliases(entry: &OwnedEntry) -> Vec<&str> {
    entry.aliases().iter().map(String::as_str).collect()
}

/// The ONS catalogs, in the order they are shown.
pub fn ons() -> Vec<Catalog> {
    vec![Catalog::builtin::<OnsError>(), Catalog::builtin::<MqttError>()]
}

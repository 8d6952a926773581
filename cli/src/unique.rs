//! Within one catalog every code and alias names one entry, as the macro
//! requires of a declaration: a file whose entries share one would
//! otherwise resolve it silently to the first.

use std::collections::HashMap;
use std::fmt;

use error_catalog::OwnedEntry;

/// A code or an alias of an entry: the name, and whose it is.
#[derive(Clone, Copy)]
struct Spelling<'a> {
    text: &'a str,
    /// The entry's position, from 0.
    at: usize,
    alias: bool,
}

/// `Ok` when no two spellings of `entries` (codes and aliases, a family's
/// `PREFIX*` included) are equal; else the first repeat, naming both
/// entries by their 1-based position and variant, and what to do.
pub fn check(entries: &[OwnedEntry]) -> Result<(), String> {
    let mut owners: HashMap<&str, Spelling<'_>> = HashMap::with_capacity(entries.len());
    for (at, entry) in entries.iter().enumerate() {
        for spelling in spellings(at, entry) {
            if let Some(&first) = owners.get(spelling.text) {
                return Err(Duplicate {
                    first,
                    again: spelling,
                    entries,
                }
                .to_string());
            }
            owners.insert(spelling.text, spelling);
        }
    }
    Ok(())
}

/// The code of `entry`, at `at`, then its aliases.
fn spellings(at: usize, entry: &OwnedEntry) -> impl Iterator<Item = Spelling<'_>> {
    let code = Spelling {
        text: entry.code(),
        at,
        alias: false,
    };
    let aliases = entry.aliases().iter().map(move |alias| Spelling {
        text: alias,
        at,
        alias: true,
    });
    std::iter::once(code).chain(aliases)
}

/// A spelling met `again` after its `first` place, and the entries both
/// are of.
struct Duplicate<'a> {
    first: Spelling<'a>,
    again: Spelling<'a>,
    entries: &'a [OwnedEntry],
}

impl fmt::Display for Duplicate<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (first, again) = (self.first, self.again);
        let text = again.text;
        let entry = Entry(again.at, self.entries);
        if first.at == again.at && first.alias {
            write!(f, "{entry} has the alias `{text}` twice")?;
        } else if first.at == again.at {
            write!(f, "{entry} has `{text}` both as its code and as an alias")?;
        } else {
            let what = if again.alias { "alias" } else { "code" };
            let how = match (first.alias, again.alias) {
                (false, true) => "as its code",
                (true, false) => "as an alias",
                _ => "already",
            };
            write!(
                f,
                "{entry} has the {what} `{text}`, which {} has {how}",
                Entry(first.at, self.entries)
            )?;
        }
        f.write_str("; a code or alias names one entry: remove or rename one of them")
    }
}

/// An entry as messages name it: its 1-based position, and its variant
/// when the file gives one.
struct Entry<'a>(usize, &'a [OwnedEntry]);

impl fmt::Display for Entry<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Entry(at, entries) = *self;
        write!(f, "entry {}", at + 1)?;
        match entries.get(at).map(OwnedEntry::variant) {
            Some(variant) if !variant.is_empty() => write!(f, " (`{variant}`)"),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The entries of a JSON array.
    fn entries(json: &str) -> Vec<OwnedEntry> {
        serde_json::from_str(json).unwrap()
    }

    fn refusal(json: &str) -> String {
        check(&entries(json)).unwrap_err()
    }

    const TO_DO: &str = "; a code or alias names one entry: remove or rename one of them";

    #[test]
    fn distinct_codes_and_aliases_pass() {
        let json = r#"[{"code": "A", "aliases": ["A2"]}, {"code": "B"}, {"code": "A_*", "family": true},
            {"code": "a"}]"#;
        assert_eq!(check(&entries(json)), Ok(()));
        assert_eq!(check(&[]), Ok(()));
    }

    #[test]
    fn a_code_twice_names_both_entries_and_their_variants() {
        let json =
            r#"[{"code": "X", "variant": "Quota"}, {"code": "Y"}, {"code": "X", "variant": "Frozen"}]"#;
        assert_eq!(
            refusal(json),
            format!("entry 3 (`Frozen`) has the code `X`, which entry 1 (`Quota`) has already{TO_DO}")
        );
        // Without variants, the positions alone.
        assert_eq!(
            refusal(r#"[{"code": "X"}, {"code": "X"}]"#),
            format!("entry 2 has the code `X`, which entry 1 has already{TO_DO}")
        );
    }

    #[test]
    fn a_code_equal_to_an_alias_is_a_duplicate_either_way() {
        assert_eq!(
            refusal(r#"[{"code": "A", "aliases": ["X"]}, {"code": "X"}]"#),
            format!("entry 2 has the code `X`, which entry 1 has as an alias{TO_DO}")
        );
        assert_eq!(
            refusal(r#"[{"code": "X"}, {"code": "A", "aliases": ["X"]}]"#),
            format!("entry 2 has the alias `X`, which entry 1 has as its code{TO_DO}")
        );
        assert_eq!(
            refusal(r#"[{"code": "A", "aliases": ["X"]}, {"code": "B", "aliases": ["X"]}]"#),
            format!("entry 2 has the alias `X`, which entry 1 has already{TO_DO}")
        );
    }

    #[test]
    fn a_family_s_code_counts_as_written() {
        assert_eq!(
            refusal(r#"[{"code": "A_*", "family": true}, {"code": "A_*", "family": true}]"#),
            format!("entry 2 has the code `A_*`, which entry 1 has already{TO_DO}")
        );
    }

    #[test]
    fn one_entry_may_not_repeat_itself() {
        assert_eq!(
            refusal(r#"[{"code": "X", "aliases": ["X"], "variant": "V"}]"#),
            format!("entry 1 (`V`) has `X` both as its code and as an alias{TO_DO}")
        );
        assert_eq!(
            refusal(r#"[{"code": "A", "aliases": ["X", "X"]}]"#),
            format!("entry 1 has the alias `X` twice{TO_DO}")
        );
    }
}

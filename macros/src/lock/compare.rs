//! What a catalog publishes, and how it stands against its lock: the rules
//! of the lock, one function each.

use std::collections::{BTreeMap, HashMap};

use error_catalog_shared::entry_match;
use proc_macro2::Span;
use quote::ToTokens;

use super::Mode;
use super::error::LockError;
use super::file::{Embed, Facts, Lock};
use crate::lower::{Lowered, RowKind};
use crate::suggest::nearest;

/// A code the catalog publishes: an own entry's (explicit or derived; the
/// catch-all and the transparent variants have none of their own), with its
/// facts and where they are written.
pub struct Published {
    pub code: String,
    /// Whether the code is a family's, `PREFIX*`.
    pub family: bool,
    pub facts: Facts,
    pub code_span: Span,
    /// The entry's `status`, else the enum's, else the code.
    pub status_span: Span,
}

/// A transparent variant of the catalog, with what the lock keeps of it and
/// where that is written.
pub struct Embedding {
    /// The variant's name.
    pub variant: String,
    pub embed: Embed,
    pub variant_span: Span,
    pub type_span: Span,
    /// The variant's `status`, else its name.
    pub status_span: Span,
}

/// A problem, at a token of the declaration or, when `at` is `None`, at the
/// `lock` value.
pub struct Problem {
    pub at: Option<Span>,
    pub error: LockError,
}

/// Every code the catalog publishes, whatever its `#[cfg]`: the lock is
/// the same in every configuration.
pub fn published(lowered: &Lowered<'_>) -> Vec<Published> {
    (lowered.own())
        .map(|(_, entry)| Published {
            code: entry.code.clone(),
            family: entry.family.is_some(),
            facts: Facts {
                status: entry.status,
                placeholders: entry.placeholders(),
                aliases: sorted(entry.aliases.iter().cloned()),
            },
            code_span: entry.code_span,
            status_span: entry.status_span,
        })
        .collect()
}

/// Every transparent variant of the catalog, whatever its `#[cfg]`.
pub fn embedded(lowered: &Lowered<'_>) -> Vec<Embedding> {
    (lowered.transparent())
        .filter_map(|(row, field)| {
            let RowKind::Transparent {
                status, status_span, ..
            } = row.kind
            else {
                return None;
            };
            let ty = &field.original.ty;
            let variant_span = row.variant.ident.span();
            Some(Embedding {
                variant: row.name.clone(),
                embed: Embed {
                    ty: ty.to_token_stream().to_string().split_whitespace().collect(),
                    status,
                },
                variant_span,
                type_span: syn::spanned::Spanned::span(ty),
                status_span: status_span.unwrap_or(variant_span),
            })
        })
        .collect()
}

/// Every problem of `published` against `lock` (the file `path`) in `mode`.
pub fn problems(lock: &Lock, published: &[Published], mode: Mode, path: &str) -> Vec<Problem> {
    let by_code: HashMap<&str, &Published> = published.iter().map(|p| (p.code.as_str(), p)).collect();
    let mut problems = Vec::new();
    for (code, locked) in &lock.codes {
        match by_code.get(code.as_str()) {
            None => problems.push(removed(lock, published, code, path)),
            // The rewrite takes the changes: it is asked for.
            Some(_) if mode == Mode::Overwrite => {}
            Some(now) => problems.extend(changes(code, locked, now, path)),
        }
    }
    for now in published {
        if let Some(problem) = revived(lock, now, path).or_else(|| unlocked(lock, now, mode, path)) {
            problems.push(problem);
        }
    }
    problems
}

/// Every problem of the transparent variants `embedded` against `lock` (the
/// file `path`) in `mode`.
pub fn embed_problems(lock: &Lock, embedded: &[Embedding], mode: Mode, path: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (variant, locked) in &lock.embeds {
        match locked_now(lock, variant, locked, embedded) {
            None => problems.push(embed_removed(variant, locked, path)),
            Some(_) if mode == Mode::Overwrite => {}
            Some(now) => problems.extend(embed_changes(variant, locked, now, path)),
        }
    }
    problems.extend(
        embedded
            .iter()
            .filter_map(|now| embed_unlocked(lock, now, mode, path)),
    );
    problems
}

/// The lock the rewrite writes: every published code and transparent
/// variant, the retired codes kept. Only without problems: then nothing
/// locked is lost.
pub fn updated(lock: &Lock, published: &[Published], embedded: &[Embedding]) -> Lock {
    Lock {
        catalog: lock.catalog.clone(),
        codes: published
            .iter()
            .map(|p| (p.code.clone(), p.facts.clone()))
            .collect::<BTreeMap<_, _>>(),
        embeds: (embedded.iter())
            .map(|now| (now.variant.clone(), now.embed.clone()))
            .collect(),
        retired: lock.retired.clone(),
    }
}

/// The transparent variant that is now the locked `variant`: the one of
/// that name, else, when it was renamed, the one embedding the same type
/// under a name the lock does not have (a variant's name is no client's
/// business; two variants cannot embed one type, since both would convert
/// from it).
fn locked_now<'e>(
    lock: &Lock,
    variant: &str,
    locked: &Embed,
    embedded: &'e [Embedding],
) -> Option<&'e Embedding> {
    let by_name = embedded.iter().find(|now| now.variant == variant);
    by_name.or_else(|| {
        (embedded.iter()).find(|now| now.embed.ty == locked.ty && !lock.embeds.contains_key(&now.variant))
    })
}

/// A locked transparent variant stays: clients may still receive the
/// codes of the catalog it embeds.
fn embed_removed(variant: &str, locked: &Embed, path: &str) -> Problem {
    Problem {
        at: None,
        error: LockError::EmbedRemoved {
            path: path.to_owned(),
            variant: variant.to_owned(),
            ty: locked.ty.clone(),
        },
    }
}

/// A locked transparent variant keeps the type it embeds (as written) and
/// the status it gives that catalog's entries.
fn embed_changes(variant: &str, locked: &Embed, now: &Embedding, path: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    if locked.ty != now.embed.ty {
        problems.push(Problem {
            at: Some(now.type_span),
            error: LockError::EmbedTypeChanged {
                path: path.to_owned(),
                variant: variant.to_owned(),
                locked: locked.ty.clone(),
                now: now.embed.ty.clone(),
            },
        });
    }
    if locked.status != now.embed.status {
        problems.push(Problem {
            at: Some(now.status_span),
            error: LockError::EmbedStatusChanged {
                path: path.to_owned(),
                variant: variant.to_owned(),
                ty: now.embed.ty.clone(),
                locked: locked.status,
                now: now.embed.status,
            },
        });
    }
    problems
}

/// In the CI mode, every transparent variant is locked, under its name.
fn embed_unlocked(lock: &Lock, now: &Embedding, mode: Mode, path: &str) -> Option<Problem> {
    if mode != Mode::Check || lock.embeds.contains_key(&now.variant) {
        return None;
    }
    Some(Problem {
        at: Some(now.variant_span),
        error: LockError::EmbedNotLocked {
            path: path.to_owned(),
            variant: now.variant.clone(),
        },
    })
}

/// A locked code stays until the lock retires it.
fn removed(lock: &Lock, published: &[Published], code: &str, path: &str) -> Problem {
    let new: Vec<&str> = published
        .iter()
        .map(|p| p.code.as_str())
        .filter(|new| !lock.codes.contains_key(*new))
        .collect();
    Problem {
        at: None,
        error: LockError::Removed {
            path: path.to_owned(),
            code: code.to_owned(),
            renamed: nearest(code, &new).map(str::to_owned),
        },
    }
}

/// `values`, sorted.
fn sorted(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut values: Vec<String> = values.collect();
    values.sort();
    values
}

/// A locked code keeps its status, its placeholders and its aliases (it
/// may gain aliases).
fn changes(code: &str, locked: &Facts, now: &Published, path: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    for alias in locked
        .aliases
        .iter()
        .filter(|alias| !now.facts.aliases.contains(alias))
    {
        problems.push(Problem {
            at: Some(now.code_span),
            error: LockError::AliasRemoved {
                path: path.to_owned(),
                code: code.to_owned(),
                alias: alias.clone(),
            },
        });
    }
    if locked.status != now.facts.status {
        problems.push(Problem {
            at: Some(now.status_span),
            error: LockError::StatusChanged {
                path: path.to_owned(),
                code: code.to_owned(),
                locked: locked.status,
                now: now.facts.status,
            },
        });
    }
    if locked.placeholders != now.facts.placeholders {
        problems.push(Problem {
            at: Some(now.code_span),
            error: LockError::PlaceholdersChanged {
                path: path.to_owned(),
                code: code.to_owned(),
                locked: locked.placeholders.clone(),
                now: now.facts.placeholders.clone(),
            },
        });
    }
    problems
}

/// A retired code comes back neither as a code, nor as an alias, nor as a
/// member of a family: no entry matches it by the shared rule.
fn revived(lock: &Lock, now: &Published, path: &str) -> Option<Problem> {
    let aliases: Vec<&str> = now.facts.aliases.iter().map(String::as_str).collect();
    let (code, note) = lock
        .retired
        .iter()
        .find(|(retired, _)| entry_match(retired.as_bytes(), &now.code, &aliases, now.family).is_some())?;
    Some(Problem {
        at: Some(now.code_span),
        error: LockError::Revived {
            path: path.to_owned(),
            code: code.clone(),
            note: note.clone(),
        },
    })
}

/// In the CI mode, every published code and alias is locked.
fn unlocked(lock: &Lock, now: &Published, mode: Mode, path: &str) -> Option<Problem> {
    if mode != Mode::Check {
        return None;
    }
    let missing = match lock.codes.get(&now.code) {
        None => now.code.clone(),
        Some(locked) => {
            let alias = now
                .facts
                .aliases
                .iter()
                .find(|alias| !locked.aliases.contains(alias))?;
            format!("{alias}` (an alias of `{}`", now.code)
        }
    };
    Some(Problem {
        at: Some(now.code_span),
        error: LockError::NotLocked {
            path: path.to_owned(),
            code: missing,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published(code: &str, status: Option<u16>, placeholders: &[&str]) -> Published {
        Published {
            code: code.to_owned(),
            family: false,
            facts: Facts {
                status,
                placeholders: placeholders.iter().map(|p| (*p).to_owned()).collect(),
                aliases: Vec::new(),
            },
            code_span: Span::call_site(),
            status_span: Span::call_site(),
        }
    }

    fn lock() -> Lock {
        Lock::read("catalog E\ncode A status=404 placeholders=name\ncode B\nretired OLD \"use A\"\n").unwrap()
    }

    fn messages(published: &[Published], mode: Mode) -> Vec<String> {
        let problems = problems(&lock(), published, mode, "errors.lock");
        problems.iter().map(|p| p.error.to_string()).collect()
    }

    #[test]
    fn the_locked_codes_as_they_were_pass_in_every_mode() {
        let now = [published("A", Some(404), &["name"]), published("B", None, &[])];
        for mode in [Mode::Verify, Mode::Overwrite, Mode::Check] {
            assert!(messages(&now, mode).is_empty());
        }
        assert_eq!(updated(&lock(), &now, &[]), lock());
    }

    #[test]
    fn a_locked_alias_stays_and_new_ones_may_come() {
        let lock = Lock::read("catalog E\ncode A aliases=A1,A2\n").unwrap();
        let mut now = published("A", None, &[]);
        now.facts.aliases = vec!["A1".to_owned(), "A2".to_owned(), "A3".to_owned()];
        assert!(problems(&lock, std::slice::from_ref(&now), Mode::Verify, "errors.lock").is_empty());
        now.facts.aliases = vec!["A2".to_owned()];
        let found = problems(&lock, &[now], Mode::Verify, "errors.lock");
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .error
                .to_string()
                .starts_with("alias `A1` of code `A` is locked in `errors.lock`"),
            "{}",
            found[0].error
        );
    }

    #[test]
    fn a_retired_code_comes_back_neither_as_an_alias_nor_in_a_family() {
        let mut alias = published("A", Some(404), &["name"]);
        alias.facts.aliases = vec!["OLD".to_owned()];
        let mut family = published("OL*", None, &[]);
        family.family = true;
        for now in [alias, family] {
            let found = messages(&[published("B", None, &[]), now], Mode::Verify);
            assert!(
                found.iter().any(|m| m.starts_with("code `OLD` was retired")),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_new_code_fails_the_ci_mode_only() {
        let now = [
            published("A", Some(404), &["name"]),
            published("B", None, &[]),
            published("C", None, &[]),
        ];
        assert!(messages(&now, Mode::Verify).is_empty());
        assert!(messages(&now, Mode::Overwrite).is_empty());
        assert_eq!(
            messages(&now, Mode::Check),
            [
                "code `C` is not in the lock file `errors.lock` yet (`ERROR_CATALOG_LOCK=check`); add it with \
              `ERROR_CATALOG_LOCK=overwrite cargo check`, and commit the lock"
            ]
        );
        assert!(updated(&lock(), &now, &[]).codes.contains_key("C"));
    }

    #[test]
    fn a_removed_code_fails_even_the_rewrite_and_says_how_to_retire_it() {
        let lock = Lock::read("catalog E\ncode SHOP_GONE\n").unwrap();
        let messages = |now: &[Published], mode| {
            let problems = problems(&lock, now, mode, "errors.lock");
            problems.iter().map(|p| p.error.to_string()).collect::<Vec<_>>()
        };
        let now = [published("SHOP_GONER", None, &[])];
        for mode in [Mode::Verify, Mode::Overwrite] {
            assert_eq!(
                messages(&now, mode),
                [
                    "code `SHOP_GONE` is locked in `errors.lock`, but no entry has it any more; clients may \
                     still receive it, so put the entry back, or retire the code: replace its line in the lock \
                     with `retired SHOP_GONE \"use SHOP_GONER instead\"`"
                ]
            );
        }
        let now = [published("A", Some(404), &["name"])];
        assert!(messages(&now, Mode::Verify)[0].ends_with("`retired SHOP_GONE \"what to use instead\"`"));
    }

    #[test]
    fn a_changed_status_or_placeholder_names_old_and_new() {
        let now = [
            published("A", Some(429), &["id", "name"]),
            published("B", Some(500), &[]),
        ];
        assert_eq!(
            messages(&now, Mode::Verify),
            [
                "the status of code `A` changed from 404 to 429 (locked in `errors.lock`); clients rely on \
                 it: give the status back, or, if the change is meant, update the lock with \
                 `ERROR_CATALOG_LOCK=overwrite cargo check`",
                "the placeholders of code `A` changed from {name} to {id}, {name} (locked in `errors.lock`); \
                 clients may read them: use the locked fields again, or, if the change is meant, update the \
                 lock with `ERROR_CATALOG_LOCK=overwrite cargo check`",
                "the status of code `B` changed from none to 500 (locked in `errors.lock`); clients rely on \
                 it: give the status back, or, if the change is meant, update the lock with \
                 `ERROR_CATALOG_LOCK=overwrite cargo check`",
            ]
        );
        assert!(messages(&now, Mode::Overwrite).is_empty());
        assert_eq!(updated(&lock(), &now, &[]).codes["B"].status, Some(500));
    }

    #[test]
    fn a_retired_code_cannot_come_back_even_by_the_rewrite() {
        let now = [
            published("A", Some(404), &["name"]),
            published("B", None, &[]),
            published("OLD", None, &[]),
        ];
        for mode in [Mode::Verify, Mode::Overwrite, Mode::Check] {
            assert_eq!(
                messages(&now, mode),
                [
                    "code `OLD` was retired in `errors.lock` (\"use A\"); clients may still know it by its old \
                  meaning, so it cannot come back: choose another code"
                ]
            );
        }
    }

    fn embedding(variant: &str, ty: &str, status: Option<u16>) -> Embedding {
        Embedding {
            variant: variant.to_owned(),
            embed: Embed {
                ty: ty.to_owned(),
                status,
            },
            variant_span: Span::call_site(),
            type_span: Span::call_site(),
            status_span: Span::call_site(),
        }
    }

    fn embed_messages(embedded: &[Embedding], mode: Mode) -> Vec<String> {
        let lock =
            Lock::read("catalog E\nembeds Mq ons::OnsError status=502\nembeds Vendor v::VError\n").unwrap();
        let problems = embed_problems(&lock, embedded, mode, "errors.lock");
        problems.iter().map(|p| p.error.to_string()).collect()
    }

    #[test]
    fn the_locked_transparent_variants_as_they_were_pass_in_every_mode() {
        let now = [
            embedding("Mq", "ons::OnsError", Some(502)),
            embedding("Vendor", "v::VError", None),
        ];
        for mode in [Mode::Verify, Mode::Overwrite, Mode::Check] {
            assert!(embed_messages(&now, mode).is_empty(), "{mode:?}");
        }
    }

    #[test]
    fn a_removed_transparent_variant_fails_even_the_rewrite() {
        let now = [embedding("Vendor", "v::VError", None)];
        for mode in [Mode::Verify, Mode::Overwrite, Mode::Check] {
            assert_eq!(
                embed_messages(&now, mode),
                [
                    "transparent variant `Mq` is locked in `errors.lock`, embedding `ons::OnsError`, but the \
                     enum has it no more; clients may still receive the codes of `ons::OnsError`, so put the \
                     variant back, or, if the removal is meant, delete the line `embeds Mq` from the lock and \
                     retire there, with `retired CODE \"what to use instead\"`, each of its codes that \
                     clients may still send"
                ]
            );
        }
    }

    #[test]
    fn a_locked_transparent_variant_keeps_its_type_and_status() {
        let now = [
            embedding("Mq", "ons::MqttError", None),
            embedding("Vendor", "v::VError", Some(503)),
        ];
        assert_eq!(
            embed_messages(&now, Mode::Verify),
            [
                "transparent variant `Mq` embeds `ons::MqttError` now, not `ons::OnsError` as locked in \
                 `errors.lock`; clients rely on the codes it gives: embed `ons::OnsError` again, or, if the \
                 change is meant, update the lock with `ERROR_CATALOG_LOCK=overwrite cargo check`",
                "the status that transparent variant `Mq` gives the entries of `ons::MqttError` changed \
                 from 502 to none (locked in `errors.lock`); clients rely on it: give the status back, or, if \
                 the change is meant, update the lock with `ERROR_CATALOG_LOCK=overwrite cargo check`",
                "the status that transparent variant `Vendor` gives the entries of `v::VError` changed \
                 from none to 503 (locked in `errors.lock`); clients rely on it: give the status back, or, \
                 if the change is meant, update the lock with `ERROR_CATALOG_LOCK=overwrite cargo check`",
            ]
        );
        assert!(embed_messages(&now, Mode::Overwrite).is_empty());
        let lock = updated(&lock(), &[], &now);
        assert_eq!(lock.embeds["Mq"].ty, "ons::MqttError");
        assert_eq!(lock.embeds["Vendor"].status, Some(503));
    }

    #[test]
    fn a_renamed_transparent_variant_is_the_locked_one() {
        let now = [
            embedding("Ons", "ons::OnsError", Some(502)),
            embedding("Vendor", "v::VError", None),
        ];
        assert!(embed_messages(&now, Mode::Verify).is_empty());
        assert!(embed_messages(&now, Mode::Overwrite).is_empty());
        assert_eq!(
            embed_messages(&now, Mode::Check),
            [
                "transparent variant `Ons` is not in the lock file `errors.lock` yet \
                 (`ERROR_CATALOG_LOCK=check`); add it with `ERROR_CATALOG_LOCK=overwrite cargo check`, and \
                 commit the lock"
            ]
        );
        // Renamed, its status is still held.
        let now = [
            embedding("Ons", "ons::OnsError", None),
            embedding("Vendor", "v::VError", None),
        ];
        assert_eq!(embed_messages(&now, Mode::Verify).len(), 1);
    }

    #[test]
    fn a_new_transparent_variant_fails_the_ci_mode_only() {
        let now = [
            embedding("Mq", "ons::OnsError", Some(502)),
            embedding("Vendor", "v::VError", None),
            embedding("Mqtt", "ons::MqttError", None),
        ];
        assert!(embed_messages(&now, Mode::Verify).is_empty());
        assert!(embed_messages(&now, Mode::Overwrite).is_empty());
        assert_eq!(embed_messages(&now, Mode::Check).len(), 1);
    }
}

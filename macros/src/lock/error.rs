//! Every error of the lock file, in one enum, each message in one place.

use std::fmt;

use super::file::quoted;
use super::{COMMAND, ENV};

/// What is wrong with a catalog against its lock file, or with the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockError {
    /// Not expanded by cargo: there is no folder to find the file in.
    NoManifestDir,
    /// The environment variable has a value it does not take.
    BadMode(String),
    /// The lock file does not exist.
    Missing { path: String },
    /// The lock file could not be read, or not as UTF-8.
    Unreadable { path: String, reason: String },
    /// `ERROR_CATALOG_LOCK=overwrite` could not write the file.
    Unwritable { path: String, reason: String },
    /// A line of the file is not of the format.
    Malformed {
        path: String,
        line: usize,
        message: String,
    },
    /// The file is the lock of another enum.
    OtherCatalog {
        path: String,
        locked: String,
        this: String,
    },
    /// A locked code that no entry has, and the lock does not retire.
    Removed {
        path: String,
        code: String,
        /// A new code close to it, which it may have been renamed to.
        renamed: Option<String>,
    },
    /// A locked code whose status changed.
    StatusChanged {
        path: String,
        code: String,
        locked: Option<u16>,
        now: Option<u16>,
    },
    /// A locked code whose texts use other fields.
    PlaceholdersChanged {
        path: String,
        code: String,
        locked: Vec<String>,
        now: Vec<String>,
    },
    /// A locked alias that the code no longer has.
    AliasRemoved {
        path: String,
        code: String,
        alias: String,
    },
    /// A code the lock retired, declared again.
    Revived {
        path: String,
        code: String,
        note: String,
    },
    /// A locked transparent variant that the enum has no more.
    EmbedRemoved {
        path: String,
        variant: String,
        ty: String,
    },
    /// A locked transparent variant that embeds another type.
    EmbedTypeChanged {
        path: String,
        variant: String,
        locked: String,
        now: String,
    },
    /// A locked transparent variant that gives another status.
    EmbedStatusChanged {
        path: String,
        variant: String,
        ty: String,
        locked: Option<u16>,
        now: Option<u16>,
    },
    /// `ERROR_CATALOG_LOCK=check`: a transparent variant the lock does not list yet.
    EmbedNotLocked { path: String, variant: String },
    /// Another enum of the crate has the lock file already.
    Claimed {
        path: String,
        /// The enum that has it, and where.
        by: String,
        at: String,
    },
    /// Another build has been rewriting the lock file for too long.
    Busy {
        path: String,
        marker: String,
        seconds: u64,
    },
    /// `ERROR_CATALOG_LOCK=check`: a code the lock does not list yet.
    NotLocked { path: String, code: String },
    /// `ERROR_CATALOG_LOCK=check`: the file is not as the rewrite writes it.
    NotCurrent { path: String },
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockError::NoManifestDir => write!(
                f,
                "`lock` needs `CARGO_MANIFEST_DIR`, which cargo sets: the path is from the crate's `Cargo.toml`"
            ),
            LockError::BadMode(value) => write!(
                f,
                "`{ENV}={value}` is no mode of the lock: set it to `overwrite` (rewrite the lock) or \
                 `check` (also fail when the lock is not current), or leave it unset"
            ),
            LockError::Missing { path } => write!(
                f,
                "the lock file `{path}` does not exist (the path is from the crate's `Cargo.toml`); \
                 create it with `{COMMAND}`, and commit it"
            ),
            LockError::Unreadable { path, reason } => {
                write!(f, "cannot read the lock file `{path}`: {reason}")
            }
            LockError::Unwritable { path, reason } => {
                write!(f, "cannot write the lock file `{path}`: {reason}")
            }
            LockError::Malformed { path, line, message } => write!(
                f,
                "malformed lock file `{path}`, line {line}: {message}; fix the line, or restore the file \
                 from version control: it holds the retired codes, which the catalog cannot write again"
            ),
            LockError::OtherCatalog { path, locked, this } => write!(
                f,
                "`{path}` is the lock of `{locked}`, not of `{this}`: each enum has a lock file of its own; \
                 if the enum was renamed, change its line to `catalog {this}`"
            ),
            LockError::Claimed { path, by, at } => write!(
                f,
                "`{path}` is the lock file of enum `{by}` ({at}) already: a lock file is of one enum, or \
                 each would see the other's codes as removed; give this enum a `lock` of its own"
            ),
            LockError::Busy {
                path,
                marker,
                seconds,
            } => write!(
                f,
                "cannot rewrite the lock file `{path}`: another build has been rewriting it for {seconds} s \
                 (`{marker}` is there); if no build is running, one was stopped while writing: delete \
                 `{marker}`, and build again"
            ),
            LockError::NotCurrent { path } => write!(
                f,
                "the lock file `{path}` is not as the catalog writes it (`{ENV}=check`): its order, spacing \
                 or comments differ (as after retiring a code by hand, which rewriting puts in order); \
                 rewrite it with `{COMMAND}`, and commit it"
            ),
            LockError::Removed { .. }
            | LockError::StatusChanged { .. }
            | LockError::PlaceholdersChanged { .. }
            | LockError::AliasRemoved { .. }
            | LockError::Revived { .. }
            | LockError::NotLocked { .. } => self.fmt_code(f),
            LockError::EmbedRemoved { .. }
            | LockError::EmbedTypeChanged { .. }
            | LockError::EmbedStatusChanged { .. }
            | LockError::EmbedNotLocked { .. } => self.fmt_embed(f),
        }
    }
}

impl LockError {
    /// The message of an error about a code of the catalog.
    fn fmt_code(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockError::Removed { path, code, renamed } => {
                write!(
                    f,
                    "code `{code}` is locked in `{path}`, but no entry has it any more; "
                )?;
                write!(
                    f,
                    "clients may still receive it, so put the entry back, or retire the code: "
                )?;
                let note = match renamed {
                    Some(new) => format!("use {new} instead"),
                    None => "what to use instead".to_owned(),
                };
                write!(
                    f,
                    "replace its line in the lock with `retired {code} {}`",
                    quoted(&note)
                )
            }
            LockError::StatusChanged {
                path,
                code,
                locked,
                now,
            } => write!(
                f,
                "the status of code `{code}` changed from {} to {} (locked in `{path}`); clients rely on it: \
                 give the status back, or, if the change is meant, update the lock with `{COMMAND}`",
                status(*locked),
                status(*now)
            ),
            LockError::PlaceholdersChanged {
                path,
                code,
                locked,
                now,
            } => write!(
                f,
                "the placeholders of code `{code}` changed from {} to {} (locked in `{path}`); clients may \
                 read them: use the locked fields again, or, if the change is meant, update the lock with \
                 `{COMMAND}`",
                fields(locked),
                fields(now)
            ),
            LockError::AliasRemoved { path, code, alias } => write!(
                f,
                "alias `{alias}` of code `{code}` is locked in `{path}`; clients may still send it: keep it \
                 with `alias = \"{alias}\"`, or, if the removal is meant, update the lock with `{COMMAND}`"
            ),
            LockError::Revived { path, code, note } => write!(
                f,
                "code `{code}` was retired in `{path}` ({}); clients may still know it by its old \
                 meaning, so it cannot come back: choose another code",
                quoted(note)
            ),
            LockError::NotLocked { path, code } => write!(
                f,
                "code `{code}` is not in the lock file `{path}` yet (`{ENV}=check`); add it with `{COMMAND}`, \
                 and commit the lock"
            ),
            // The other kinds are written by `fmt`.
            _ => Ok(()),
        }
    }

    /// The message of an error about a transparent variant.
    fn fmt_embed(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockError::EmbedRemoved { path, variant, ty } => write!(
                f,
                "transparent variant `{variant}` is locked in `{path}`, embedding `{ty}`, but the enum has it \
                 no more; clients may still receive the codes of `{ty}`, so put the variant back, or, if the \
                 removal is meant, delete the line `embeds {variant}` from the lock and retire there, with \
                 `retired CODE \"what to use instead\"`, each of its codes that clients may still send"
            ),
            LockError::EmbedTypeChanged {
                path,
                variant,
                locked,
                now,
            } => write!(
                f,
                "transparent variant `{variant}` embeds `{now}` now, not `{locked}` as locked in `{path}`; \
                 clients rely on the codes it gives: embed `{locked}` again, or, if the change is meant, \
                 update the lock with `{COMMAND}`"
            ),
            LockError::EmbedStatusChanged {
                path,
                variant,
                ty,
                locked,
                now,
            } => write!(
                f,
                "the status that transparent variant `{variant}` gives the entries of `{ty}` changed from {} \
                 to {} (locked in `{path}`); clients rely on it: give the status back, or, if the change is \
                 meant, update the lock with `{COMMAND}`",
                status(*locked),
                status(*now)
            ),
            LockError::EmbedNotLocked { path, variant } => write!(
                f,
                "transparent variant `{variant}` is not in the lock file `{path}` yet (`{ENV}=check`); add it \
                 with `{COMMAND}`, and commit the lock"
            ),
            // The other kinds are written by `fmt`.
            _ => Ok(()),
        }
    }
}

/// A status for messages.
fn status(status: Option<u16>) -> String {
    status.map_or_else(|| "none".to_owned(), |status| status.to_string())
}

/// A set of placeholders for messages.
fn fields(names: &[String]) -> String {
    if names.is_empty() {
        return "none".to_owned();
    }
    let names: Vec<String> = names.iter().map(|name| format!("{{{name}}}")).collect();
    names.join(", ")
}

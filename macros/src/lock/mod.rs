//! The lock file of `#[error_catalog(lock = "PATH")]`: read it (`file`),
//! hold the catalog against it (`compare`, and, for the codes of embedded
//! catalogs, the const checks of `retired`), and, when asked by [`ENV`],
//! rewrite it, one rewrite at a time (`writing`). A lock file is of one
//! enum (`claim`). Runs after `valid`; its errors are at the `lock` value,
//! or at the entry's code or status, or the variant, that breaks the lock.

mod claim;
mod compare;
mod error;
mod file;
mod retired;
mod writing;

use std::path::{Path, PathBuf};

use crate::attr::{Str, error_at};
use crate::lower::Lowered;
use compare::Problem;
use darling::Error;
use error::LockError;
use file::{Lock, without_byte_order_mark};
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use writing::Writing;

/// The environment variable that chooses the [`Mode`].
pub const ENV: &str = "ERROR_CATALOG_LOCK";
/// The command that rewrites the lock, for messages.
pub const COMMAND: &str = "ERROR_CATALOG_LOCK=overwrite cargo check";

/// What the expansion does with the lock, as [`ENV`] says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Unset: the catalog must keep every locked code as it is.
    Verify,
    /// `overwrite`: also write the lock anew from the catalog.
    Overwrite,
    /// `check`: also fail when the lock is not what `overwrite` writes.
    Check,
}

impl Mode {
    /// The mode of a crate that cargo builds as one of those asked for
    /// (`CARGO_PRIMARY_PACKAGE`): a dependency's locks are verified only,
    /// never rewritten nor held to the CI mode, whatever the variable says.
    fn from_env() -> Result<Mode, LockError> {
        if std::env::var_os("CARGO_PRIMARY_PACKAGE").is_none() {
            return Ok(Mode::Verify);
        }
        let value = std::env::var(ENV).unwrap_or_default();
        match value.as_str() {
            "" => Ok(Mode::Verify),
            "overwrite" => Ok(Mode::Overwrite),
            "check" => Ok(Mode::Check),
            _ => Err(LockError::BadMode(value)),
        }
    }
}

/// Holds the catalog `lowered` against its lock `lock`, if it has one,
/// pushing every problem into `errors`; the comparison is only made when
/// `errors` is empty, since entries that could not be read would seem
/// removed. Gives the tokens that make the lock file and [`ENV`] inputs of
/// the build, and, when nothing is wrong, the const checks of the retired
/// codes against the embedded catalogs.
pub fn check(lock: Option<&Str>, lowered: &Lowered<'_>, errors: &mut Vec<Error>) -> TokenStream {
    let Some(lock) = lock else {
        return TokenStream::new();
    };
    let compare = errors.is_empty();
    let outcome = match apply(lowered, &lock.value, compare) {
        Ok(outcome) => outcome,
        Err(error) => {
            errors.push(error_at(lock.span, error));
            return TokenStream::new();
        }
    };
    errors.extend(
        (outcome.problems.into_iter())
            .map(|problem| error_at(problem.at.unwrap_or(lock.span), problem.error)),
    );
    let mut tokens = inputs(&outcome.path);
    if errors.is_empty() {
        tokens.extend(retired::checks(lowered, &outcome.lock, &lock.value));
    }
    tokens
}

/// What holding a catalog against its lock found.
struct Outcome {
    path: PathBuf,
    /// The lock as read, before any rewrite.
    lock: Lock,
    problems: Vec<Problem>,
}

/// The lock's path, the lock and the problems of `catalog` against it,
/// after writing it when the mode asks and nothing is wrong; or why the
/// lock is unusable. A rewrite reads, compares and writes in its turn.
fn apply(lowered: &Lowered<'_>, shown: &str, compare: bool) -> Result<Outcome, LockError> {
    let mode = Mode::from_env()?;
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").ok_or(LockError::NoManifestDir)?;
    let path = Path::new(&dir).join(shown);
    claim::claim(&path, shown, &lowered.enum_name, lowered.ident.span())?;
    let _turn = match mode {
        Mode::Overwrite if compare => Some(Writing::start(&path, shown)?),
        _ => None,
    };
    let text = read(&path, shown, mode)?;
    let lock = parse(text.as_deref(), shown, &lowered.enum_name)?;
    let problems = if compare {
        settle(lowered, &lock, text.as_deref(), (&path, shown), mode)?
    } else {
        Vec::new()
    };
    Ok(Outcome { path, lock, problems })
}

/// The lock that `text` writes, of the enum `name`; a new one without text.
fn parse(text: Option<&str>, shown: &str, name: &str) -> Result<Lock, LockError> {
    let Some(text) = text else {
        return Ok(Lock {
            catalog: name.to_owned(),
            ..Lock::default()
        });
    };
    let lock = Lock::read(text).map_err(|malformed| LockError::Malformed {
        path: shown.to_owned(),
        line: malformed.line,
        message: malformed.message,
    })?;
    if lock.catalog != name {
        return Err(LockError::OtherCatalog {
            path: shown.to_owned(),
            locked: lock.catalog,
            this: name.to_owned(),
        });
    }
    Ok(lock)
}

/// The problems of `lowered` against `lock`, read from `text` at `path`
/// (shown as `shown`); when there are none, the lock rewritten or checked
/// as `mode` asks.
fn settle(
    lowered: &Lowered<'_>,
    lock: &Lock,
    text: Option<&str>,
    (path, shown): (&Path, &str),
    mode: Mode,
) -> Result<Vec<Problem>, LockError> {
    let published = compare::published(lowered);
    let embedded = compare::embedded(lowered);
    let mut problems = compare::problems(lock, &published, mode, shown);
    problems.extend(compare::embed_problems(lock, &embedded, mode, shown));
    if !problems.is_empty() || mode == Mode::Verify {
        return Ok(problems);
    }
    let written = compare::updated(lock, &published, &embedded).write(&header(&lowered.enum_name, shown));
    // A byte-order mark and CRLF line ends, as editors may leave them, are no change.
    let current = text.is_some_and(|text| without_byte_order_mark(text).replace("\r\n", "\n") == written);
    match mode {
        Mode::Overwrite if !current => write(path, shown, &written)?,
        Mode::Check if !current => problems.push(Problem {
            at: None,
            error: LockError::NotCurrent {
                path: shown.to_owned(),
            },
        }),
        _ => {}
    }
    Ok(problems)
}

/// The lock file's text; `None` when it is missing and the mode writes it.
fn read(path: &Path, shown: &str, mode: Mode) -> Result<Option<String>, LockError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => match mode {
            Mode::Overwrite => Ok(None),
            _ => Err(LockError::Missing {
                path: shown.to_owned(),
            }),
        },
        Err(error) => Err(LockError::Unreadable {
            path: shown.to_owned(),
            reason: error.to_string(),
        }),
    }
}

/// Writes `text` to `path` whole: to a file of this process beside it,
/// then renamed over it, so that a build reading it at the same time sees
/// the old lock or the new one, never a part.
fn write(path: &Path, shown: &str, text: &str) -> Result<(), LockError> {
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{file_name}.{}.tmp", std::process::id()));
    let written = std::fs::write(&temporary, text).and_then(|()| std::fs::rename(&temporary, path));
    written.map_err(|error| {
        // Nothing to clean up when it was never written.
        let _ = std::fs::remove_file(&temporary);
        LockError::Unwritable {
            path: shown.to_owned(),
            reason: error.to_string(),
        }
    })
}

/// The comment at the top of a lock file written for the enum `name`; the
/// path as a Rust string, so that no character of it ends the comment.
fn header(name: &str, shown: &str) -> String {
    format!(
        "# The published error codes of `{name}`, checked at every build by its\n\
         # #[error_catalog(lock = {shown:?})]: each code keeps its\n\
         # status and its placeholders. To retire a code, replace its line with\n\
         #     retired CODE \"what to use instead\"\n\
         # Add new codes with: {COMMAND}\n\
         # CI checks the file is current with: {ENV}=check cargo check\n"
    )
}

/// A constant that reads the lock file and [`ENV`], so that the compiler
/// lists both as inputs and cargo rebuilds the crate when either changes.
/// Without the file (reported), or at a path that is not UTF-8, only [`ENV`].
fn inputs(path: &Path) -> TokenStream {
    let file = path.to_str().filter(|_| path.is_file()).map(|path| {
        let path = Literal::string(path);
        quote!(let _ = ::core::include_bytes!(#path);)
    });
    quote! {
        const _: () = {
            #file
            let _ = ::core::option_env!(#ENV);
        };
    }
}

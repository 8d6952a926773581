//! One lock file, one enum: which enum of the crate being compiled has
//! each lock file, so that a second enum naming a file another one has is
//! refused at its `lock`. Two enums of one lock would each see the other's
//! codes as removed; two of one name would share it unnoticed, until one's
//! rewrite dropped the other's new codes.
//!
//! A compiler process compiles one crate and expands each enum once, so a
//! second claim of a path there is a second enum. rust-analyzer's expander,
//! which lives on and expands an enum anew at each edit (wherever it has
//! moved), keeps no claims; nor do the unit tests, outside any expansion.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use proc_macro2::Span;

use super::error::LockError;

/// The variable rust-analyzer's expander sets in its process.
const RUST_ANALYZER: &str = "RUST_ANALYZER_INTERNALS_DO_NOT_USE";

/// The enum that has each lock file, by its canonical path.
static CLAIMS: Mutex<BTreeMap<PathBuf, Claimant>> = Mutex::new(BTreeMap::new());

/// An enum with a lock, as a message names it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Claimant {
    /// `CARGO_CRATE_NAME`.
    krate: String,
    /// The enum's name.
    name: String,
    /// The file, line and column of its name.
    place: String,
}

/// Claims the lock file `path` (shown as `shown`) for the enum `name`,
/// whose name is at `span`; refused when another enum of the crate has it.
pub fn claim(path: &Path, shown: &str, name: &str, span: Span) -> Result<(), LockError> {
    if !proc_macro::is_available() || std::env::var_os(RUST_ANALYZER).is_some() {
        return Ok(());
    }
    let span = span.unwrap();
    let claimant = Claimant {
        krate: std::env::var("CARGO_CRATE_NAME").unwrap_or_default(),
        name: name.to_owned(),
        place: format!("{}:{}:{}", span.file(), span.line(), span.column()),
    };
    let mut claims = CLAIMS.lock().unwrap_or_else(PoisonError::into_inner);
    hold(&mut claims, canonical(path), claimant).map_err(|first| LockError::Claimed {
        path: shown.to_owned(),
        by: first.name,
        at: first.place,
    })
}

/// A path that names the file whichever way it was written: its folder
/// canonical (the file itself may not exist yet).
fn canonical(path: &Path) -> PathBuf {
    let folder = path.parent().and_then(|folder| folder.canonicalize().ok());
    match (folder, path.file_name()) {
        (Some(folder), Some(name)) => folder.join(name),
        _ => path.to_owned(),
    }
}

/// A lock file is of one enum of one crate: records `claimant` as the
/// enum of `path`, or gives the one that has it already. The same enum
/// again is no second one, and a claim of another crate is of another
/// compilation of the process.
fn hold(claims: &mut BTreeMap<PathBuf, Claimant>, path: PathBuf, claimant: Claimant) -> Result<(), Claimant> {
    match claims.entry(path) {
        Entry::Vacant(vacant) => {
            vacant.insert(claimant);
            Ok(())
        }
        Entry::Occupied(mut held) if *held.get() == claimant || held.get().krate != claimant.krate => {
            held.insert(claimant);
            Ok(())
        }
        Entry::Occupied(held) => Err(held.get().clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claimant(krate: &str, name: &str, place: &str) -> Claimant {
        Claimant {
            krate: krate.to_owned(),
            name: name.to_owned(),
            place: place.to_owned(),
        }
    }

    #[test]
    fn a_lock_file_is_of_one_enum_of_one_crate() {
        let mut claims = BTreeMap::new();
        let path = PathBuf::from("/crate/errors.lock");
        let first = claimant("shop", "ShopError", "src/a.rs:4:10");
        assert_eq!(hold(&mut claims, path.clone(), first.clone()), Ok(()));
        // The same enum, expanded again.
        assert_eq!(hold(&mut claims, path.clone(), first.clone()), Ok(()));
        // Another enum of the crate, of the same name or not.
        for second in [
            claimant("shop", "ShopError", "src/b.rs:4:10"),
            claimant("shop", "CartError", "src/a.rs:20:10"),
        ] {
            assert_eq!(hold(&mut claims, path.clone(), second), Err(first.clone()));
        }
        // Another lock file.
        let other = claimant("shop", "CartError", "src/a.rs:20:10");
        assert_eq!(
            hold(&mut claims, PathBuf::from("/crate/cart.lock"), other),
            Ok(())
        );
    }

    #[test]
    fn a_claim_of_another_crate_is_of_another_compilation() {
        let mut claims = BTreeMap::new();
        let path = PathBuf::from("/shared/errors.lock");
        assert_eq!(
            hold(&mut claims, path.clone(), claimant("a", "E", "src/lib.rs:1:1")),
            Ok(())
        );
        let second = claimant("b", "E", "src/lib.rs:1:1");
        assert_eq!(hold(&mut claims, path.clone(), second.clone()), Ok(()));
        assert_eq!(claims[&path], second);
    }

    #[test]
    fn paths_are_compared_by_their_canonical_folder() {
        let dir = std::env::temp_dir();
        let direct = canonical(&dir.join("x.lock"));
        assert_eq!(canonical(&dir.join(".").join("x.lock")), direct);
        assert_eq!(
            canonical(Path::new("/no/such/folder/x.lock")),
            Path::new("/no/such/folder/x.lock")
        );
    }
}

//! Rewrites of one lock file take turns, across processes: a rewrite
//! starts by creating a marker beside the file, `.NAME.writing`, which
//! only one process can create, reads the file, compares and writes, and
//! removes the marker. A second rewrite waits for the marker to go, then
//! reads the file the first one wrote, so that a code the first one added
//! is a locked code to the second: kept, or reported as removed, never
//! lost.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::error::LockError;

/// How long a rewrite waits for another one; a rewrite takes milliseconds,
/// so a marker older than this is one that a stopped build left.
const WAIT: Duration = Duration::from_secs(10);
/// How often it looks.
const POLL: Duration = Duration::from_millis(10);

/// The turn of this process to rewrite a lock file; over when dropped.
#[derive(Debug)]
pub struct Writing {
    marker: PathBuf,
}

impl Writing {
    /// Waits for the turn to rewrite the lock file `path` (shown as
    /// `shown`), at most [`WAIT`].
    pub fn start(path: &Path, shown: &str) -> Result<Writing, LockError> {
        Writing::start_within(path, shown, WAIT)
    }

    fn start_within(path: &Path, shown: &str, wait: Duration) -> Result<Writing, LockError> {
        let marker = marker(path);
        let started = Instant::now();
        loop {
            match OpenOptions::new().write(true).create_new(true).open(&marker) {
                Ok(mut file) => {
                    // Who holds it, for a person who finds it left behind.
                    let _ = writeln!(file, "{}", std::process::id());
                    return Ok(Writing { marker });
                }
                Err(error) if error.kind() == ErrorKind::AlreadyExists && started.elapsed() < wait => {
                    std::thread::sleep(POLL);
                }
                Err(error) if error.kind() == ErrorKind::AlreadyExists => {
                    return Err(LockError::Busy {
                        path: shown.to_owned(),
                        marker: beside(shown, &marker),
                        seconds: wait.as_secs(),
                    });
                }
                Err(error) => {
                    return Err(LockError::Unwritable {
                        path: shown.to_owned(),
                        reason: format!("cannot create `{}`: {error}", beside(shown, &marker)),
                    });
                }
            }
        }
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        // Nothing to do when it is gone already.
        let _ = std::fs::remove_file(&self.marker);
    }
}

/// The marker of the lock file `path`: `.NAME.writing` beside it.
fn marker(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.writing"))
}

/// The file `file` beside the lock file shown as `shown`, as messages show it.
fn beside(shown: &str, file: &Path) -> String {
    let name = file
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    match Path::new(shown)
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        Some(parent) => parent.join(name.as_ref()).display().to_string(),
        None => name.into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("error-catalog-writing-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn rewrites_take_turns() {
        let dir = folder("turns");
        let path = dir.join("errors.lock");
        let first = Writing::start(&path, "errors.lock").unwrap();
        assert!(dir.join(".errors.lock.writing").is_file());
        let waiting = std::thread::spawn({
            let path = path.clone();
            move || {
                let started = Instant::now();
                let second = Writing::start(&path, "errors.lock").unwrap();
                (started.elapsed(), second)
            }
        });
        std::thread::sleep(Duration::from_millis(200));
        drop(first);
        let (waited, second) = waiting.join().unwrap();
        assert!(waited >= Duration::from_millis(150), "{waited:?}");
        drop(second);
        assert!(!dir.join(".errors.lock.writing").exists());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_marker_left_behind_is_named_after_the_wait() {
        let dir = folder("stale");
        std::fs::create_dir_all(dir.join("locks")).unwrap();
        std::fs::write(dir.join("locks/.errors.lock.writing"), "1\n").unwrap();
        let path = dir.join("locks/errors.lock");
        let error = Writing::start_within(&path, "locks/errors.lock", Duration::from_secs(1)).unwrap_err();
        assert_eq!(
            error,
            LockError::Busy {
                path: "locks/errors.lock".to_owned(),
                marker: "locks/.errors.lock.writing".to_owned(),
                seconds: 1,
            }
        );
        assert!(
            error
                .to_string()
                .contains("delete `locks/.errors.lock.writing`, and build again")
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}

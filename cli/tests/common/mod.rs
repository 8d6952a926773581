//! What every test of the binary needs: a bounded run of it, and files.

#![allow(dead_code, reason = "each test file uses its own share of the helpers")]

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How long a run may take before the test fails: far longer than any
/// run takes, so that a run that would hang (on a FIFO, say) fails instead.
const TIMEOUT: Duration = Duration::from_secs(60);

/// Runs the binary with `args`, stdin closed; returns its exit status,
/// stdout and stderr. A run over [`TIMEOUT`] is killed and fails the test.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_error-catalog"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let stdout = read_all(child.stdout.take().expect("stdout is piped"));
    let stderr = read_all(child.stderr.take().expect("stderr is piped"));
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait().expect("the run can be waited for") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("error-catalog {args:.200?} ran for more than {TIMEOUT:?}, and was killed");
        }
        thread::sleep(Duration::from_millis(5));
    };
    (
        status.code().expect("an exit status, not a signal"),
        utf8(stdout, "stdout"),
        utf8(stderr, "stderr"),
    )
}

/// Reads `pipe` to its end on a thread of its own, so that a full pipe
/// never blocks the run.
fn read_all(mut pipe: impl Read + Send + 'static) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        pipe.read_to_end(&mut bytes).expect("the output can be read");
        bytes
    })
}

/// What a reader thread read, as UTF-8.
fn utf8(reader: JoinHandle<Vec<u8>>, name: &str) -> String {
    let bytes = reader.join().expect("the reader thread ends");
    String::from_utf8(bytes).unwrap_or_else(|_| panic!("{name} is UTF-8"))
}

/// A fixture of `tests/data/`.
pub fn data(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    path.to_str().expect("a UTF-8 path").to_owned()
}

/// A file of the temp dir, named after the test and the process.
pub fn temp_file(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("error-catalog-cli-{}-{name}", std::process::id()))
}

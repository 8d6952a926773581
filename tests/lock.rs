//! `#[error_catalog(lock = "...")]` end to end: a small crate, built with
//! `cargo check` from the catalogs and lock files of `tests/lock/fixtures/`,
//! with `ERROR_CATALOG_LOCK` unset, `overwrite` or `check`.
//!
//! The crate is written under the target folder of this test, with a target
//! folder of its own there (the one of this build is locked while it runs),
//! and depends on `error-catalog` by the path of this checkout. It is one
//! crate, so its dependencies are built once; the tests take turns. Two
//! crates that share a lock file, built at once, have a target folder each,
//! or cargo would build them one after the other.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/lock/fixtures");

/// The tests take turns on the one crate.
static CRATE: Mutex<()> = Mutex::new(());

/// The folder of the fixture crate and the target folder it builds in.
fn folders() -> (PathBuf, PathBuf) {
    let root = root();
    (root.join("crate"), root.join("target"))
}

/// The folder of the fixture crates, under the target folder of this test.
fn root() -> PathBuf {
    let exe = std::env::current_exe().expect("the test knows its executable");
    // `<target>/debug/deps/lock-<hash>`.
    let target = exe
        .ancestors()
        .nth(3)
        .expect("the test runs from a target folder");
    target.join("lock-fixtures")
}

/// What one build of the fixture crate gave.
struct Build {
    success: bool,
    stderr: String,
    /// The lock file after the build, if there is one.
    lock: Option<String>,
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(FIXTURES).join(name)).unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// Writes the crate with the catalog `source` and, if given, the lock file
/// `lock` (fixture names).
fn write_crate(source: &str, lock: Option<&str>) {
    let (dir, _) = folders();
    write_package(&dir, "lock-fixture", source);
    let lock_path = dir.join("errors.lock");
    match lock {
        Some(lock) => std::fs::write(&lock_path, fixture(lock)).unwrap(),
        None => {
            let _ = std::fs::remove_file(&lock_path);
        }
    }
}

/// Writes the package `name` in `dir`, with the catalog `source` (a fixture name).
fn write_package(dir: &Path, name: &str, source: &str) {
    std::fs::create_dir_all(dir).unwrap();
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("core");
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [lib]\npath = \"lib.rs\"\n\n\
         [dependencies]\nerror-catalog = {{ path = {:?}, default-features = false }}\n\n\
         # Not a member of the workspace the target folder may be in.\n[workspace]\n",
        core.to_str().expect("a UTF-8 path")
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    // The versions this workspace resolved, so that no index is asked.
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock"),
        dir.join("Cargo.lock"),
    )
    .unwrap();
    std::fs::write(dir.join("lib.rs"), fixture(source)).unwrap();
}

/// `cargo check` of the crate as it is, with `ERROR_CATALOG_LOCK=mode`.
fn check(mode: Option<&str>) -> Build {
    let (dir, target) = folders();
    let output = cargo_check(&dir, &target, mode).output().expect("cargo runs");
    Build {
        success: output.status.success(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        lock: std::fs::read_to_string(dir.join("errors.lock")).ok(),
    }
}

/// The command `cargo check` of the crate in `dir`, with `ERROR_CATALOG_LOCK=mode`.
fn cargo_check(dir: &Path, target: &Path, mode: Option<&str>) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["check", "--offline", "--quiet"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("ERROR_CATALOG_LOCK");
    if let Some(mode) = mode {
        command.env("ERROR_CATALOG_LOCK", mode);
    }
    command
}

/// Builds `source` with `lock` in `mode`, expecting it to fail with each of
/// `messages`; gives the build.
fn fails(source: &str, lock: Option<&str>, mode: Option<&str>, messages: &[&str]) -> Build {
    write_crate(source, lock);
    let build = check(mode);
    assert!(!build.success, "{source} with {lock:?} in {mode:?} builds");
    for message in messages {
        assert!(
            build.stderr.contains(message),
            "{source}: no `{message}` in\n{}",
            build.stderr
        );
    }
    build
}

fn passes(mode: Option<&str>) -> Build {
    let build = check(mode);
    assert!(build.success, "{mode:?}:\n{}", build.stderr);
    build
}

fn turn() -> std::sync::MutexGuard<'static, ()> {
    CRATE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[test]
fn a_catalog_as_locked_builds_and_editing_the_lock_rebuilds_it() {
    let _turn = turn();
    write_crate("locked.rs", Some("locked.lock"));
    passes(None);
    // Only the lock changes: the build must see it.
    std::fs::write(folders().0.join("errors.lock"), fixture("malformed.lock")).unwrap();
    let build = check(None);
    assert!(!build.success);
    assert!(
        build.stderr.contains(
            "malformed lock file `errors.lock`, line 4: expected `code CODE [status=N] [placeholders=a,b] \
             [aliases=A,B]`, `embeds VARIANT TYPE [status=N]`, `retired CODE \"note\"` or a `#` comment, \
             found `retire`"
        ),
        "{}",
        build.stderr
    );
    assert!(
        build.stderr.contains("lock = \"errors.lock\""),
        "at the lock value:\n{}",
        build.stderr
    );
}

#[test]
fn a_removed_code_fails_and_says_how_to_retire_it_even_when_rewriting() {
    let _turn = turn();
    let message = "code `SHOP_CART_EMPTY` is locked in `errors.lock`, but no entry has it any more; clients \
                   may still receive it, so put the entry back, or retire the code: replace its line in the \
                   lock with `retired SHOP_CART_EMPTY \"what to use instead\"`";
    fails("removed.rs", Some("locked.lock"), None, &[message]);
    let build = fails("removed.rs", Some("locked.lock"), Some("overwrite"), &[message]);
    assert_eq!(
        build.lock.as_deref(),
        Some(fixture("locked.lock").as_str()),
        "the lock is kept"
    );
}

#[test]
fn a_changed_status_fails_until_the_lock_is_rewritten() {
    let _turn = turn();
    fails(
        "status.rs",
        Some("locked.lock"),
        None,
        &["the status of code `SHOP_OUT_OF_STOCK` changed from 409 to 410 (locked in `errors.lock`)"],
    );
    let lock = passes(Some("overwrite")).lock.unwrap();
    assert!(
        lock.contains("\ncode SHOP_OUT_OF_STOCK status=410 placeholders=id\n"),
        "{lock}"
    );
    assert!(lock.contains("\nretired SHOP_PAYMENT_DECLINED \"use SHOP_CARD_DECLINED instead\"\n"));
    passes(None);
}

#[test]
fn a_changed_placeholder_fails() {
    let _turn = turn();
    fails(
        "placeholder.rs",
        Some("locked.lock"),
        None,
        &["the placeholders of code `SHOP_OUT_OF_STOCK` changed from {id} to {id}, {shelf}"],
    );
}

#[test]
fn a_retired_code_cannot_come_back() {
    let _turn = turn();
    let message = "code `SHOP_PAYMENT_DECLINED` was retired in `errors.lock` (\"use SHOP_CARD_DECLINED \
                   instead\"); clients may still know it by its old meaning, so it cannot come back";
    let build = fails("retired.rs", Some("locked.lock"), None, &[message]);
    assert!(
        build.stderr.contains("PaymentDeclined,\n"),
        "at the variant:\n{}",
        build.stderr
    );
    fails("retired.rs", Some("locked.lock"), Some("overwrite"), &[message]);
}

#[test]
fn a_missing_lock_fails_and_the_rewrite_creates_it() {
    let _turn = turn();
    fails(
        "locked.rs",
        None,
        None,
        &[
            "the lock file `errors.lock` does not exist (the path is from the crate's `Cargo.toml`); create \
           it with `ERROR_CATALOG_LOCK=overwrite cargo check`",
        ],
    );
    let lock = passes(Some("overwrite")).lock.unwrap();
    assert!(
        lock.contains("\ncatalog ShopError\n\ncode SHOP_CART_EMPTY status=400\n"),
        "{lock}"
    );
}

#[test]
fn a_new_code_builds_fails_the_ci_check_and_is_added_by_the_rewrite() {
    let _turn = turn();
    write_crate("added.rs", Some("locked.lock"));
    passes(None);
    fails(
        "added.rs",
        Some("locked.lock"),
        Some("check"),
        &["code `SHOP_CARD_DECLINED` is not in the lock file `errors.lock` yet (`ERROR_CATALOG_LOCK=check`)"],
    );
    let lock = passes(Some("overwrite")).lock.unwrap();
    assert_eq!(lock, fixture("added.lock"));
    passes(Some("check"));
}

#[test]
fn the_ci_check_fails_on_a_lock_not_as_the_rewrite_writes_it() {
    let _turn = turn();
    // `locked.lock` has every code, but no header.
    fails(
        "locked.rs",
        Some("locked.lock"),
        Some("check"),
        &["the lock file `errors.lock` is not as the catalog writes it (`ERROR_CATALOG_LOCK=check`)"],
    );
    fails(
        "locked.rs",
        Some("locked.lock"),
        Some("always"),
        &["`ERROR_CATALOG_LOCK=always` is no mode of the lock"],
    );
}

#[test]
fn a_transparent_variant_is_written_in_the_lock_and_required_by_the_ci_check() {
    let _turn = turn();
    // A lock written before transparent variants were locked.
    write_crate("embedded.rs", Some("embedded_before.lock"));
    passes(None);
    fails(
        "embedded.rs",
        Some("embedded_before.lock"),
        Some("check"),
        &[
            "transparent variant `Vendor` is not in the lock file `errors.lock` yet (`ERROR_CATALOG_LOCK=check`)",
        ],
    );
    let lock = passes(Some("overwrite")).lock.unwrap();
    assert!(
        lock.ends_with(
            "\ncode SHOP_CART_EMPTY status=400\n\nembeds Vendor VendorError status=502\n\n\
             retired SHOP_OLD \"use SHOP_CART_EMPTY instead\"\n"
        ),
        "{lock}"
    );
    passes(Some("check"));
}

#[test]
fn a_removed_transparent_variant_fails_even_when_rewriting() {
    let _turn = turn();
    let message = "transparent variant `Vendor` is locked in `errors.lock`, embedding `VendorError`, but the \
                   enum has it no more; clients may still receive the codes of `VendorError`, so put the \
                   variant back, or, if the removal is meant, delete the line `embeds Vendor` from the lock";
    fails("embedded_removed.rs", Some("embedded.lock"), None, &[message]);
    let build = fails(
        "embedded_removed.rs",
        Some("embedded.lock"),
        Some("overwrite"),
        &[message],
    );
    assert_eq!(build.lock.as_deref(), Some(fixture("embedded.lock").as_str()));
    assert!(
        build.stderr.contains("lock = \"errors.lock\""),
        "at the lock value:\n{}",
        build.stderr
    );
}

#[test]
fn a_changed_status_of_a_transparent_variant_fails_until_the_lock_is_rewritten() {
    let _turn = turn();
    let build = fails(
        "embedded_status.rs",
        Some("embedded.lock"),
        None,
        &[
            "the status that transparent variant `Vendor` gives the entries of `VendorError` changed from 502 \
           to 503 (locked in `errors.lock`)",
        ],
    );
    assert!(
        build.stderr.contains("#[entry(transparent, status = 503)]"),
        "at the status:\n{}",
        build.stderr
    );
    let lock = passes(Some("overwrite")).lock.unwrap();
    assert!(
        lock.contains("\nembeds Vendor VendorError status=503\n"),
        "{lock}"
    );
    passes(None);
}

#[test]
fn a_retired_code_cannot_come_back_through_an_embedded_catalog() {
    let _turn = turn();
    let message = "code `VENDOR_GONE` was retired in `errors.lock` (\"use VENDOR_DOWN instead\"), but \
                   transparent variant `Vendor` brings it back: VendorError has it as a code";
    let build = fails("embedded.rs", Some("embedded_retired.lock"), None, &[message]);
    assert!(
        build.stderr.contains("Vendor(VendorError),"),
        "at the variant:\n{}",
        build.stderr
    );
    let build = fails(
        "embedded.rs",
        Some("embedded_retired.lock"),
        Some("overwrite"),
        &[message],
    );
    assert!(
        build
            .lock
            .unwrap()
            .contains("\nretired VENDOR_GONE \"use VENDOR_DOWN instead\"\n")
    );
}

#[test]
fn codes_and_aliases_with_commas_and_backslashes_read_back() {
    let _turn = turn();
    write_crate("comma.rs", None);
    let lock = passes(Some("overwrite")).lock.unwrap();
    assert!(
        lock.contains("\ncode shop,empty aliases=shop\\,cart\\,empty,shop\\\\empty\ncode a=b aliases=#a\n")
            || lock.contains(
                "\ncode a=b aliases=#a\ncode shop,empty aliases=shop\\,cart\\,empty,shop\\\\empty\n"
            ),
        "{lock}"
    );
    passes(None);
    passes(Some("check"));
}

#[test]
fn a_byte_order_mark_at_the_start_of_the_lock_is_read() {
    let _turn = turn();
    write_crate("added.rs", None);
    std::fs::write(
        folders().0.join("errors.lock"),
        format!("\u{feff}{}", fixture("added.lock")),
    )
    .unwrap();
    passes(None);
    // Nor is it a change the CI check asks to write away.
    passes(Some("check"));
}

#[test]
fn two_enums_of_a_crate_cannot_share_a_lock_file() {
    let _turn = turn();
    fails(
        "two_enums.rs",
        Some("two_enums.lock"),
        None,
        &[
            "`errors.lock` is the lock file of enum `ShopError` (lib.rs:8:14) already: a lock file is of one \
           enum",
        ],
    );
}

#[test]
fn two_builds_rewriting_one_lock_at_once_lose_no_code() {
    let _turn = turn();
    let pair = root().join("pair");
    let lock = pair.join("shared.lock");
    std::fs::create_dir_all(&pair).unwrap();
    std::fs::write(&lock, fixture("pair.lock")).unwrap();
    // Held by the test at first, so that both builds, once their
    // expansions reach the lock, wait for it and then run at once.
    let marker = pair.join(".shared.lock.writing");
    std::fs::write(&marker, "the test\n").unwrap();
    let mut builds = Vec::new();
    for crate_name in ["x", "y"] {
        let dir = pair.join(crate_name);
        write_package(
            &dir,
            &format!("lock-pair-{crate_name}"),
            &format!("pair_{crate_name}.rs"),
        );
        let mut command = cargo_check(
            &dir,
            &pair.join(format!("target-{crate_name}")),
            Some("overwrite"),
        );
        builds.push((
            crate_name,
            command.stderr(Stdio::piped()).spawn().expect("cargo runs"),
        ));
    }
    std::thread::sleep(std::time::Duration::from_secs(3));
    std::fs::remove_file(&marker).unwrap();
    let builds: Vec<(&str, Output)> = (builds.into_iter())
        .map(|(crate_name, child)| (crate_name, child.wait_with_output().expect("cargo runs")))
        .collect();
    let lock = std::fs::read_to_string(&lock).unwrap();
    // Whichever rewrote the lock first, the other finds the first's new code locked.
    let (passed, failed): (Vec<_>, Vec<_>) = builds.iter().partition(|(_, output)| output.status.success());
    let ([(winner, _)], [(_, loser)]) = (&passed[..], &failed[..]) else {
        panic!("not one build failed:\n{builds:?}\n{lock}");
    };
    let winner = winner.to_uppercase();
    let stderr = String::from_utf8_lossy(&loser.stderr);
    assert!(
        stderr.contains(&format!(
            "code `SHOP_FROM_{winner}` is locked in `../shared.lock`, but no entry has it any more"
        )),
        "{stderr}"
    );
    assert!(
        lock.contains(&format!("\ncode SHOP_FROM_{winner} status=400\n")),
        "{lock}"
    );
    assert!(lock.contains("\ncode SHOP_CART_EMPTY status=400\n"), "{lock}");
    assert!(lock.contains("\nretired SHOP_PAYMENT_DECLINED"), "{lock}");
    assert!(!marker.exists());
}

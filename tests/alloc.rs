//! `code()`, `symptom()` and `solution()` without placeholders, `entry()`,
//! the lookups and `Display` do not touch the heap: counted by a global
//! allocator, per thread, so other tests running at the same time do not count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::cell::Cell;
use std::fmt::{self, Write as _};

use error_catalog::ons::OnsError;
use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        // SAFETY: the caller upholds `alloc`'s contract, passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        // SAFETY: the caller upholds `realloc`'s contract, passed on as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many allocations `run` makes on this thread.
fn allocations(run: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    run();
    ALLOCATIONS.with(Cell::get) - before
}

/// A writer that keeps nothing, so that formatting itself is what is counted.
struct Discard(usize);

impl fmt::Write for Discard {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.0 += text.len();
        Ok(())
    }
}

/// Errors with and without placeholders, and an embedded catalog.
#[error_catalog(prefix = "DISK_")]
#[derive(Debug)]
pub enum DiskError {
    #[entry(
        symptom = "Volume {volume} is {percent}% full",
        solution = "Free space on {volume:?}"
    )]
    Full { volume: &'static str, percent: u8 },
    #[entry(symptom = "The disk is read-only", solution = "Remount it read-write")]
    ReadOnly,
    #[entry(transparent)]
    Mq(OnsError),
}

#[test]
fn reading_a_value_does_not_allocate() {
    let values = [
        DiskError::Full {
            volume: "/var",
            percent: 97,
        },
        DiskError::ReadOnly,
        DiskError::Mq(OnsError::BizTopicNotFound),
    ];
    let mut out = Discard(0);
    let count = allocations(|| {
        for value in &values {
            assert!(!value.code().is_empty());
            assert!(value.entry().is_some());
            let _ = value.status();
            write!(out, "{value}").unwrap();
            write!(out, "{value:#}").unwrap();
        }
        for value in &values[1..] {
            assert!(matches!(value.symptom(), Cow::Borrowed(_)));
            assert!(matches!(value.solution(), Cow::Borrowed(_)));
        }
    });
    assert_eq!(count, 0);
    assert!(out.0 > 200);
}

#[test]
fn lookups_do_not_allocate() {
    let count = allocations(|| {
        for code in ["DISK_READ_ONLY", "BIZ_NO_MESSAGE", "DISK_FULL", "NOT_A_CODE", ""] {
            let _ = DiskError::lookup(code);
            let _ = DiskError::from_code(code);
        }
        assert!(OnsError::from_code("EMPOWER_EXIST_ERROR").is_some());
    });
    assert_eq!(count, 0);
}

#[test]
fn the_counter_counts() {
    // A text with placeholders is rendered into a new String: one allocation at least.
    let value = DiskError::Full {
        volume: "/",
        percent: 1,
    };
    assert!(allocations(|| drop(value.symptom())) >= 1);
}

//! The `#![no_std]` user crate in `tests/no-std`, called from a std test.

use error_catalog_no_std_check::{BUSY, address_error, describe, entry_count};

#[test]
fn a_no_std_crate_declares_embeds_and_parses() {
    assert_eq!(BUSY, "BUS_BUSY");
    assert_eq!(entry_count(), 3);
    assert_eq!(
        describe("BUS_BUSY"),
        "BUS_BUSY: The bus is busy (solution: Retry later) [status Some(503)]"
    );
    assert_eq!(
        describe("NEW_CODE"),
        "NEW_CODE: Unknown code NEW_CODE (solution: Update the firmware) [status None]"
    );
}

#[test]
fn a_no_std_crate_converts_with_from() {
    assert_eq!(address_error("42"), "");
    assert_eq!(
        address_error("x"),
        "SETTINGS_ADDRESS: The address is no number: invalid digit found in string [source: true]"
    );
}

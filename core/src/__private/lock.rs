//! The lock file's check of what embedded catalogs bring: a code the lock
//! retired cannot come back through a catalog that a transparent variant
//! embeds. The macro holds the enum's own codes against the lock; the codes
//! of an embedded catalog are known in const evaluation alone.
//!
//! An entry is matched against each retired code by the shared rule
//! ([`entry_match`]: its code, an alias, or a member of its family), but
//! const evaluation is an interpreter, where a call costs microseconds: a
//! filter of the retired codes' lengths and last bytes passes most entries
//! of a large catalog in a few operations, and only families, entries with
//! aliases and the few codes the filter lets through are matched. Ten
//! thousand entries and five retired codes add about 0.2 s to a `cargo
//! check` (matching every entry against every code, 1.3 s).

use error_catalog_shared::entry_match;

use super::const_str::{Message, str_eq};
use crate::Entry;

/// The message that fails the build when a code of `retired` (each with
/// its note, as the lock file `lock` retires it) is the code, an alias or a
/// family member of an entry of `inner`, the entries that transparent
/// variant `variant` embeds: it names the code, its note, the entry and
/// the lock. The generated const panics with it, at the variant.
pub const fn revived_code(
    inner: &[Entry],
    retired: &[(&str, &str)],
    lock: &str,
    variant: &str,
) -> Option<Message> {
    let filter = filter(retired);
    let mut i = 0;
    while i < inner.len() {
        let entry = &inner[i];
        let maybe = entry.family || !entry.aliases.is_empty() || filter & bit(entry.code.as_bytes()) != 0;
        if maybe && let Some(message) = revived_by(entry, retired, lock, variant) {
            return Some(message);
        }
        i += 1;
    }
    None
}

/// [`revived_code`] for one entry.
const fn revived_by(entry: &Entry, retired: &[(&str, &str)], lock: &str, variant: &str) -> Option<Message> {
    let mut r = 0;
    while r < retired.len() {
        let (code, note) = retired[r];
        if entry_match(code.as_bytes(), entry.code, entry.aliases, entry.family).is_some() {
            return Some(revived(entry, code, note, lock, variant));
        }
        r += 1;
    }
    None
}

/// The bits of the retired codes: an entry whose code has none of them is
/// none of them.
const fn filter(retired: &[(&str, &str)]) -> u128 {
    let (mut filter, mut r) = (0, 0);
    while r < retired.len() {
        filter |= bit(retired[r].0.as_bytes());
        r += 1;
    }
    filter
}

/// The bit of `code`, of its length and its last byte.
const fn bit(code: &[u8]) -> u128 {
    let last = match code {
        [.., last] => *last as usize,
        [] => 0,
    };
    1 << ((code.len() * 31 + last) % 128)
}

/// The message of [`revived_code`]: `entry` has the retired `code`.
const fn revived(entry: &Entry, code: &str, note: &str, lock: &str, variant: &str) -> Message {
    let mut message = Message::new();
    message.push("code `");
    message.push(code);
    message.push("` was retired in `");
    message.push(lock);
    message.push("` (\"");
    message.push(note);
    message.push("\"), but transparent variant `");
    message.push(variant);
    message.push("` brings it back: ");
    message.push(entry.catalog);
    message.push(if str_eq(entry.code, code) {
        " has it as a code"
    } else if entry.family {
        " takes it into its family `"
    } else {
        " has it as an alias of `"
    });
    if !str_eq(entry.code, code) {
        message.push(entry.code);
        message.push("`");
    }
    message.push("; clients may still know the code by its old meaning: embed a catalog without it, or, if ");
    message.push("the entry means what the code meant, delete its `retired` line from the lock");
    message
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use crate::__private::{described, entry};

    const RUN: &[Entry] = &[
        entry("A", "", "", None, None, "A", "Vendor"),
        described(
            entry("B", "", "", None, None, "B", "Vendor"),
            None,
            None,
            &["B_OLD"],
            false,
        ),
        described(
            entry("FAM_*", "", "", None, None, "Fam", "Vendor"),
            None,
            None,
            &[],
            true,
        ),
    ];

    /// The message of `revived_code(RUN, retired, ..)`, if any.
    fn refusal(retired: &[(&str, &str)]) -> Option<std::string::String> {
        let message = revived_code(RUN, retired, "errors.lock", "Mq")?;
        Some(message.as_str().into())
    }

    #[test]
    fn a_retired_code_comes_back_neither_as_a_code_nor_an_alias_nor_a_member() {
        assert_eq!(
            refusal(&[("C", "use A"), ("FAM_", "use A"), ("BB", "use B")]),
            None
        );
        assert_eq!(
            refusal(&[("C", "x"), ("A", "use C")]).as_deref(),
            Some(
                "code `A` was retired in `errors.lock` (\"use C\"), but transparent variant `Mq` brings it \
                 back: Vendor has it as a code; clients may still know the code by its old meaning: embed a \
                 catalog without it, or, if the entry means what the code meant, delete its `retired` line \
                 from the lock"
            )
        );
        let alias = refusal(&[("B_OLD", "use B")]).unwrap();
        assert!(alias.contains("Vendor has it as an alias of `B`;"), "{alias}");
        let member = refusal(&[("FAM_X", "use A")]).unwrap();
        assert!(
            member.contains("Vendor takes it into its family `FAM_*`;"),
            "{member}"
        );
    }

    #[test]
    fn the_check_is_a_const_evaluation() {
        const { assert!(revived_code(RUN, &[("C", "use A")], "errors.lock", "Mq").is_none()) };
    }
}

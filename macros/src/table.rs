//! The lookup table of a catalog's own codes, computed at expansion time.
//!
//! The hash, the placement of codes in buckets and slots, and the layout of
//! the records are `error_catalog_shared`'s, the crate the generated lookup
//! calls as well (through `error_catalog::__private`); here is only what the
//! attribute does once: choose the seed, the number of slots and buckets
//! and the pilots, and write the records and the lookup's tokens.
//!
//! A perfect hash in the manner of PTHash: the codes' hashes are split into
//! a power-of-two number of buckets, and each bucket, the largest first,
//! gets the first pilot byte (0 to 255) that sends each of its codes to a
//! free slot of its own. A small catalog is a single bucket without a
//! pilot, placed by the first seed under which its hashes alone give every
//! code a slot of its own. The table has a power-of-two number of slots, at
//! most three quarters full (a single bucket may take more slots). The hash
//! reads the fewest words of a code that tell the catalog's codes apart; a
//! lookup compares the probe with its slot's code in any case.
//!
//! Each code is in its slot's record, after its index and length, so that a
//! lookup reads one record after the pilot: not a slot and then, at the
//! address it holds, the code's bytes.

use std::collections::HashSet;

use error_catalog_shared::{HEAD_LEN, Shape, bucket, hash, hashed_word, head, slot, words_for};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The generated `CodeIndex::TABLE`: the table of `codes`, the catalog's
/// own codes in declaration order and then its aliases (distinct, not
/// empty), the first `own` being codes and each alias after them owned by
/// the code number `owners` gives; `None` for a catalog without own codes.
///
/// When no seed separates the codes (two codes of the same 64-bit hash
/// under every seed), a `compile_error!` beside `None`: the impl is still
/// there, so nothing else fails.
pub fn table_const(codes: &[&str], own: usize, owners: &[usize]) -> TokenStream {
    if codes.is_empty() {
        return quote!(::core::option::Option::None);
    }
    let Some(table) = Table::new(codes) else {
        return quote! {{
            ::core::compile_error!("error_catalog: no seed of the lookup table tells these codes apart (two of them hash alike under every seed); please report it");
            ::core::option::Option::None
        }};
    };
    let Shape {
        seed,
        slots,
        buckets,
        hashed,
        min_len,
        max_len,
    } = table.shape;
    let len = table.shape.table_len();
    let pilots = Literal::byte_string(&table.pilots);
    let records = Literal::byte_string(&table.records(codes));
    let count = owners.len();
    // The shape a constant and the records and pilots `static`s, so that
    // the lookup, always inlined, has every size and bound as a constant.
    quote! {{
        const SHAPE: ::error_catalog::__private::Shape = ::error_catalog::__private::Shape {
            seed: #seed, slots: #slots, buckets: #buckets, hashed: #hashed, min_len: #min_len, max_len: #max_len,
        };
        static RECORDS: ::error_catalog::__private::Records<#len> = ::error_catalog::__private::Records::new(SHAPE, #records);
        static PILOTS: [::core::primitive::u8; #buckets] = *#pilots;
        static OWNERS: [::core::primitive::usize; #count] = [#(#owners),*];
        ::core::option::Option::Some(::error_catalog::__private::Table {
            shape: SHAPE, records: RECORDS.bytes(), pilots: &PILOTS, codes: #own, owners: &OWNERS,
        })
    }}
}

/// The fewest words, at most `words`, whose reads by the hash and the
/// length tell every one of `codes` from the others: the hash reads no
/// more. Reading `words` words, every byte of the longest code, always
/// does.
fn hashed_words(codes: &[&str], words: usize) -> usize {
    (1..words)
        .find(|&hashed| {
            let mut seen = HashSet::with_capacity(codes.len());
            codes.iter().all(|code| {
                let bytes = code.as_bytes();
                let reads = (0..hashed).map(|i| hashed_word(bytes, i, hashed));
                seen.insert(reads.chain([code.len() as u64]).collect::<Vec<u64>>())
            })
        })
        .unwrap_or(words)
}

/// A catalog's table, as the macro builds it.
pub struct Table {
    /// What the lookup knows of the table besides its records and pilots.
    pub shape: Shape,
    /// Each slot's code, by its index in declaration order; `None` when
    /// the slot is empty.
    pub slots: Vec<Option<u32>>,
    /// One pilot a bucket; a power of two of them.
    pub pilots: Vec<u8>,
}

/// The slots and pilots of a table, as [`place`] gives them.
type Placement = (Vec<Option<u32>>, Vec<u8>);

/// Seeds tried, in order, for a table of one bucket: the first that gives
/// every code a slot of its own wins.
const ONE_BUCKET_SEEDS: u64 = 1024;

/// Seeds tried, in order, for each shape of table of many buckets.
const SEEDS: [u64; 8] = [
    0,
    0x2545_f491_4f6c_dd1d,
    0x9e37_79b9_7f4a_7c15,
    0xd6e8_feb8_6659_fd93,
    0xa076_1d64_78bd_642f,
    0xe703_7ed1_a0b4_28db,
    0x8ebc_6af0_9c88_c6e3,
    0x5899_65cc_7537_4cc3,
];

impl Table {
    /// The table of `codes`, which are distinct and not empty; `None` only
    /// if no seed separates them, which takes two codes of the same 64-bit
    /// hash under every seed.
    ///
    /// The first shape that works wins: a single bucket, whose codes the
    /// seed alone places, for small catalogs (in up to four times the
    /// fewest slots); else the fewest slots (at most three quarters full),
    /// then the fewest buckets, each with a pilot.
    pub fn new(codes: &[&str]) -> Option<Table> {
        let lens = codes.iter().map(|code| code.len());
        let max_len = lens.clone().max().unwrap_or(0);
        let min_len = lens.min().unwrap_or(1).max(1);
        // A lookup compares the probe with its slot's code in any case, in
        // the record it reads: hashing more words would not tell a miss
        // sooner.
        let hashed = hashed_words(codes, words_for(max_len));
        let hashes_of = |seed: u64| -> Vec<u64> {
            codes
                .iter()
                .map(|code| hash(seed, code.as_bytes(), hashed))
                .collect()
        };
        let fewest = (codes.len() * 4).div_ceil(3).next_power_of_two().max(2);
        let sizes = [fewest, 2 * fewest, 4 * fewest];
        let (seed, (slots, pilots)) =
            one_bucket(codes.len(), sizes, &hashes_of).or_else(|| many_buckets(sizes, &hashes_of))?;
        let shape = Shape {
            seed,
            slots: slots.len(),
            buckets: pilots.len(),
            hashed,
            min_len,
            max_len,
        };
        Some(Table { shape, slots, pilots })
    }

    /// The table as the generated code holds it (see
    /// `error_catalog_shared::Records`): each slot a record of
    /// `Shape::record_size` bytes, the head of its code (all zeros when
    /// empty), then the code's bytes, then zeros.
    pub fn records(&self, codes: &[&str]) -> Vec<u8> {
        let mut bytes = vec![0u8; self.shape.table_len()];
        let records = bytes.chunks_exact_mut(self.shape.record_size());
        for (record, &slot) in records.zip(&self.slots) {
            let Some(k) = slot.map(|k| k as usize) else {
                continue;
            };
            let Some(code) = codes.get(k).map(|code| code.as_bytes()) else {
                continue;
            };
            let (head_bytes, rest) = record.split_at_mut(HEAD_LEN);
            head_bytes.copy_from_slice(&head(k, code.len()).to_le_bytes());
            rest[..code.len()].copy_from_slice(code);
        }
        bytes
    }
}

/// A single bucket, whose slots are the top bits of the hash (no pilot),
/// where a seed in a few dozen gives every code a slot of its own: some
/// n^2 / 2 pairs, each colliding in 1 of `size` slots, leave every code
/// alone under one seed in e^4 or better. Worth more slots than many
/// buckets need.
fn one_bucket(n: usize, sizes: [usize; 3], hashes_of: &impl Fn(u64) -> Vec<u64>) -> Option<(u64, Placement)> {
    let sizes = sizes
        .into_iter()
        .filter(|&size| n.saturating_mul(n) <= size.saturating_mul(8));
    for size in sizes {
        for i in 0..ONE_BUCKET_SEEDS {
            let seed = i.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            if let Some(placed) = place(&hashes_of(seed), size, 1) {
                return Some((seed, placed));
            }
        }
    }
    None
}

/// Many buckets, each with a pilot: for each of `sizes`, an eighth of the
/// slots as buckets, a quarter and on, under each of [`SEEDS`].
fn many_buckets(sizes: [usize; 3], hashes_of: &impl Fn(u64) -> Vec<u64>) -> Option<(u64, Placement)> {
    // The hashes under each seed, computed when the seed is first tried
    // (most catalogs need only the first).
    let mut hashes: Vec<Vec<u64>> = Vec::with_capacity(SEEDS.len());
    for size in sizes {
        let many =
            std::iter::successors(Some((size / 8).max(2)), |&b| Some(b * 2)).take_while(|&b| b <= size);
        for buckets in many {
            for (i, &seed) in SEEDS.iter().enumerate() {
                if hashes.len() == i {
                    hashes.push(hashes_of(seed));
                }
                if let Some(placed) = place(&hashes[i], size, buckets) {
                    return Some((seed, placed));
                }
            }
        }
    }
    None
}

/// The slots and pilots that give each of `hashes` a slot of its own among
/// `size`, with `buckets` buckets, if there are pilots that do.
fn place(hashes: &[u64], size: usize, buckets: usize) -> Option<Placement> {
    let mut members = vec![Vec::new(); buckets];
    for (k, &h) in hashes.iter().enumerate() {
        members[bucket(h, buckets)].push(k);
    }
    // The largest buckets first, while most slots are free.
    let mut order: Vec<usize> = (0..buckets).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(members[b].len()));
    let mut slots = vec![None; size];
    let mut pilots = vec![0u8; buckets];
    let mut taken = Vec::new();
    for b in order {
        let keys = &members[b];
        if keys.is_empty() {
            break;
        }
        // One bucket has no pilot to choose: its seed places it or not.
        let last = if buckets <= 1 { 0 } else { u8::MAX };
        let pilot = (0..=last).find(|&pilot| {
            taken.clear();
            keys.iter().all(|&k| {
                let i = slot(hashes[k], pilot, size, buckets);
                let free = slots[i].is_none() && !taken.contains(&i);
                taken.push(i);
                free
            })
        })?;
        pilots[b] = pilot;
        // `taken` holds the slots the winning pilot gave, in key order.
        for (&k, &i) in keys.iter().zip(&taken) {
            slots[i] = Some(k as u32);
        }
    }
    Some((slots, pilots))
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use error_catalog_shared::find;
    use proptest::prelude::*;
    use proptest::test_runner::Config;

    use super::*;

    #[test]
    fn the_longest_code_sets_the_words_compared() {
        let codes = ["A_B", "A_MUCH_LONGER_CODE_OF_33_BYTES_XY"];
        let table = Table::new(&codes).unwrap();
        assert_eq!((table.shape.max_len, table.shape.compared_words()), (33, 5));
        assert_eq!((table.shape.min_len, table.shape.record_size()), (3, 64));
    }

    #[test]
    fn records_hold_their_codes() {
        let codes = ["A_B", "LONGER_CODE", "C"];
        let table = Table::new(&codes).unwrap();
        assert_eq!(table.shape.record_size(), 32);
        let bytes = table.records(&codes);
        assert_eq!(bytes.len(), 32 * table.slots.len());
        let mut found = 0;
        for (record, &slot) in bytes.chunks_exact(32).zip(&table.slots) {
            let Some(k) = slot.map(|k| k as usize) else {
                assert!(record.iter().all(|&b| b == 0));
                continue;
            };
            let code = codes[k];
            assert_eq!(record[..8], head(k, code.len()).to_le_bytes());
            assert_eq!(&record[8..8 + code.len()], code.as_bytes());
            assert!(record[8 + code.len()..].iter().all(|&b| b == 0));
            found += 1;
        }
        assert_eq!(found, codes.len());
    }

    /// Every code is in the slot its hash and its bucket's pilot give, and
    /// no slot holds anything else.
    fn assert_perfect(codes: &[&str]) -> Table {
        let table = Table::new(codes).unwrap_or_else(|| panic!("no table for {} codes", codes.len()));
        let Shape { slots, buckets, .. } = table.shape;
        assert_eq!((table.slots.len(), table.pilots.len()), (slots, buckets));
        assert!(slots.is_power_of_two() && buckets.is_power_of_two());
        assert!(
            4 * codes.len() <= 3 * slots || slots <= 2,
            "{} codes in {slots} slots",
            codes.len()
        );
        for (k, code) in codes.iter().enumerate() {
            let h = hash(table.shape.seed, code.as_bytes(), table.shape.hashed);
            let pilot = table.pilots[bucket(h, buckets)];
            assert_eq!(
                table.slots[slot(h, pilot, slots, buckets)],
                Some(k as u32),
                "{code}"
            );
        }
        assert_eq!(table.slots.iter().flatten().count(), codes.len());
        table
    }

    #[test]
    fn every_code_has_a_slot_of_its_own() {
        let codes: Vec<String> = (0..10_000).map(|i| format!("CODE_{i}")).collect();
        for n in (0..=64).chain([100, 1_000, 10_000]) {
            let codes: Vec<&str> = codes[..n].iter().map(String::as_str).collect();
            assert_perfect(&codes);
        }
        // A small catalog has a single bucket, placed by its seed.
        let codes: Vec<&str> = codes[..17].iter().map(String::as_str).collect();
        assert_eq!(assert_perfect(&codes).pilots.len(), 1);
    }

    #[test]
    fn the_hash_reads_the_fewest_words_that_tell_codes_apart() {
        // Lengths alone, then the last word, then the first as well.
        assert_eq!(hashed_words(&["A", "AB", "ABCDEFGHIJKLMNOPQ"], 3), 1);
        assert_eq!(hashed_words(&["ABCDEFGHIJ", "ABCDEFGHIK"], 2), 1);
        assert_eq!(hashed_words(&["ABCDEFGHIJ", "XBCDEFGHIJ"], 2), 2);
        // Differing only in the middle word: all three.
        let codes = ["ABCDEFGH_1_QRSTUVWX", "ABCDEFGH_2_QRSTUVWX"];
        assert_eq!(hashed_words(&codes, 3), 3);
        let table = assert_perfect(&codes);
        assert_eq!((table.shape.hashed, table.shape.compared_words()), (3, 3));
    }

    #[test]
    fn long_codes_differing_in_the_middle_have_slots_of_their_own() {
        let codes: Vec<String> = (0..200)
            .map(|i| format!("{}_{i:03}_{}", "A".repeat(60), "Z".repeat(60)))
            .collect();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        assert_eq!(assert_perfect(&codes).shape.compared_words(), 16);
    }

    #[test]
    fn a_catalog_without_codes_has_no_table() {
        let none = quote!(::core::option::Option::None);
        assert_eq!(table_const(&[], 0, &[]).to_string(), none.to_string());
    }

    /// The bytes of the generated codes: those of SCREAMING_SNAKE_CASE and
    /// of dotted codes, few enough that codes of a set collide often.
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.";

    fn text(len: impl Into<prop::collection::SizeRange>) -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(ALPHABET), len)
            .prop_map(|bytes| String::from_utf8(bytes).expect("ASCII"))
    }

    /// Sets of distinct codes, 1 to 80 bytes long: unrelated ones, short
    /// ones (under 8 bytes), ones sharing a long prefix and suffix, and ones
    /// differing in one middle byte only.
    fn code_set() -> impl Strategy<Value = Vec<String>> {
        let count = 1..160usize;
        prop_oneof![
            prop::collection::vec(text(1..=80), count.clone()),
            prop::collection::vec(text(1..8), count.clone()),
            (
                text(0..=40),
                text(0..=40),
                prop::collection::vec(text(1..=4), count.clone())
            )
                .prop_map(|(prefix, suffix, middles)| {
                    middles
                        .iter()
                        .map(|middle| format!("{prefix}{middle}{suffix}"))
                        .collect()
                }),
            (
                text(1..=80),
                prop::collection::vec(prop::sample::select(ALPHABET), count)
            )
                .prop_map(|(base, bytes)| {
                    let at = base.len() / 2;
                    let with = |byte| {
                        String::from_utf8(
                            [&base.as_bytes()[..at], &[byte], &base.as_bytes()[at + 1..]].concat(),
                        )
                    };
                    bytes.into_iter().map(|byte| with(byte).expect("ASCII")).collect()
                }),
        ]
        .prop_map(|codes: Vec<String>| {
            let mut seen = HashSet::new();
            codes
                .into_iter()
                .filter(|code| seen.insert(code.clone()))
                .collect()
        })
    }

    /// Codes near `code`: each byte changed to the next of [`ALPHABET`],
    /// a byte added or removed at the start, the middle or the end, cut to
    /// half its length (empty, for one byte), and twice as long.
    fn near_misses(code: &str) -> Vec<String> {
        let bytes = code.as_bytes();
        let len = bytes.len();
        let mut misses: Vec<Vec<u8>> = Vec::new();
        for at in 0..len {
            let next = ALPHABET
                .iter()
                .position(|&b| b == bytes[at])
                .map_or(0, |i| (i + 1) % ALPHABET.len());
            let mut changed = bytes.to_vec();
            changed[at] = ALPHABET[next];
            misses.push(changed);
        }
        for at in [0, len / 2, len] {
            let mut added = bytes.to_vec();
            added.insert(at, b'A');
            misses.push(added);
        }
        for at in [0, len / 2, len - 1] {
            let mut removed = bytes.to_vec();
            removed.remove(at);
            misses.push(removed);
        }
        misses.push(bytes[..len / 2].to_vec());
        misses.push(bytes.repeat(2));
        misses
            .into_iter()
            .map(|miss| String::from_utf8(miss).expect("ASCII"))
            .collect()
    }

    fn config() -> Config {
        Config {
            // `PROPTEST_CASES=10000` makes a longer search.
            cases: std::env::var("PROPTEST_CASES")
                .ok()
                .and_then(|cases| cases.parse().ok())
                .unwrap_or(256),
            failure_persistence: None,
            ..Config::default()
        }
    }

    proptest! {
        #![proptest_config(config())]

        /// A table built as the attribute builds it finds, through the very
        /// lookup the generated code calls, every code at its index, and
        /// near misses only when they are codes of the set too.
        #[test]
        fn lookups_find_every_code_and_nothing_else(codes in code_set()) {
            let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
            let table = Table::new(&codes).expect("some seed separates the codes");
            let records = table.records(&codes);
            let lookup = |code: &str| find(table.shape, &records, &table.pilots, code);
            let index: HashMap<&str, usize> = codes.iter().enumerate().map(|(k, &code)| (code, k)).collect();
            for (k, code) in codes.iter().enumerate() {
                prop_assert_eq!(lookup(code), Some(k), "{}", code);
                for miss in near_misses(code) {
                    let expected = index.get(miss.as_str()).copied();
                    prop_assert_eq!(lookup(&miss), expected, "{} near {}", miss, code);
                }
            }
            prop_assert_eq!(lookup(""), None);
            prop_assert_eq!(lookup(&"A".repeat(table.shape.max_len + 1)), None);
        }
    }
}

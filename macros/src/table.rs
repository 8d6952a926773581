//! The lookup table of a catalog's own codes, computed at expansion time.
//!
//! A perfect hash in the manner of PTHash: the codes' hashes are split into
//! a power-of-two number of buckets by their top bits, and each bucket, the
//! largest first, gets the first pilot byte (0 to 255) that, xored into the
//! hashes of its codes, sends each of them to a free slot of its own. A
//! lookup then reads one pilot and one slot: no probe sequence, no loop.
//! The table has a power-of-two number of slots, at most three quarters
//! full. A slot is 0 when empty, else `k + 1`, where `k` is the code's index
//! in declaration order. The hash reads the fewest words of a code that tell
//! the catalog's codes apart, and a lookup always compares the probe with
//! its slot's code.
//!
//! The generated table holds each code in its slot's record, after its
//! index and length, so that a lookup reads one record (one cache line
//! for codes of up to 56 bytes): not a slot and then, at the address it
//! holds, the code's bytes.
//!
//! `hash`, `bucket` and `slot` must equal their namesakes in
//! `error_catalog::__private` bit for bit; both crates test the same vectors.

/// Constants of the hash, two a pair of words; pairs past these are derived
/// by [`pair_keys`].
const PAIR_KEYS: [[u64; 2]; 5] = [
    [0x9e37_79b9_7f4a_7c15, 0xf135_7aea_2e62_a9c5],
    [0xd6e8_feb8_6659_fd93, 0xa076_1d64_78bd_642f],
    [0xe703_7ed1_a0b4_28db, 0x8ebc_6af0_9c88_c6e3],
    [0x5899_65cc_7537_4cc3, 0x1d8e_4e27_c47d_124f],
    [0xc2b2_ae3d_27d4_eb4f, 0x1656_67b1_9e37_79f9],
];

/// The constants of pair `pair` of the hash.
fn pair_keys(pair: usize) -> [u64; 2] {
    let [a, b] = PAIR_KEYS[pair % PAIR_KEYS.len()];
    if pair < PAIR_KEYS.len() {
        [a, b]
    } else {
        let spread = (pair as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        [(a ^ spread) | 1, (b ^ spread.rotate_left(32)) | 1]
    }
}

/// How many words the hash of a catalog whose longest code is `max_len`
/// bytes reads: every byte of every code.
pub fn words_for(max_len: usize) -> usize {
    max_len.div_ceil(8).max(1)
}

/// The hash of the code tables, reading `words` words: must equal
/// `error_catalog::__private::hash::<words>` bit for bit (both test the same
/// vectors); see there for how it reads a code.
pub fn hash(seed: u64, bytes: &[u8], words: usize) -> u64 {
    let mut values = reads(bytes, words);
    values.extend([bytes.len() as u64, 0]);
    values
        .chunks_exact(2)
        .take(words / 2 + 1)
        .enumerate()
        .fold(0, |h, (pair, values)| {
            let [a, b] = pair_keys(pair);
            // The seed in both halves, as in `error_catalog::__private::hash`.
            h ^ fold(values[0] ^ seed ^ a, values[1] ^ seed.rotate_left(32) ^ b)
        })
}

/// The `words` words the hash reads of a code: at `8 * i`, moved back to
/// `len - 8` when they would pass the end, the last at `len - 8`; a code of
/// under 8 bytes is one word, the others 0.
fn reads(bytes: &[u8], words: usize) -> Vec<u64> {
    let len = bytes.len();
    let mut values = vec![0u64; words];
    if len >= 8 {
        for (i, value) in values.iter_mut().enumerate() {
            let at = if i + 1 == words {
                len - 8
            } else {
                (8 * i).min(len - 8)
            };
            *value = word(bytes, at);
        }
    } else if let Some(value) = values.first_mut() {
        *value = short_word(bytes);
    }
    values
}

/// The fewest words, at most `words`, whose reads and the length tell
/// every one of `codes` from the others: the hash reads no more. Reading
/// `words` words, every byte of the longest code, always does.
fn hashed_words(codes: &[&str], words: usize) -> usize {
    (1..words)
        .find(|&hashed| {
            let mut seen = std::collections::HashSet::with_capacity(codes.len());
            codes.iter().all(|code| {
                let mut key = reads(code.as_bytes(), hashed);
                key.push(code.len() as u64);
                seen.insert(key)
            })
        })
        .unwrap_or(words)
}

/// A code of under 8 bytes as one word (see `error_catalog::__private`).
fn short_word(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    if len >= 4 {
        half_word(bytes, 0) | half_word(bytes, len - 4) << 32
    } else if let (Some(&a), Some(&b)) = (bytes.first(), bytes.last()) {
        let middle = bytes.get(len / 2).copied().unwrap_or(0);
        u64::from(a) | u64::from(middle) << 8 | u64::from(b) << 16
    } else {
        0
    }
}

/// The 128-bit product of `a` and `b`, its halves xored.
fn fold(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The 8 bytes at `at`, little-endian (0 past the end, which callers avoid).
fn word(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => 0,
    }
}

/// The 4 bytes at `at`, little-endian (0 past the end, which callers avoid).
fn half_word(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<4>) {
        Some(chunk) => u64::from(u32::from_le_bytes(*chunk)),
        None => 0,
    }
}

/// The odd constant that spreads a hash over the slots
/// (`error_catalog::__private::SLOT_KEY`).
const SLOT_KEY: u64 = 0xbf58_476d_1ce4_e5b9;

/// The bucket of hash `h` among `buckets` (a power of two): its top bits.
pub fn bucket(h: u64, buckets: usize) -> usize {
    if buckets <= 1 {
        0
    } else {
        (h >> (64 - buckets.trailing_zeros())) as usize
    }
}

/// The slot of hash `h` among `slots` (a power of two): with one bucket,
/// the top bits of the hash itself (the seed places the codes); else its
/// bucket's `pilot` xored in and spread by a multiplication.
pub fn slot(h: u64, pilot: u8, slots: usize, buckets: usize) -> usize {
    if slots <= 1 {
        0
    } else if buckets <= 1 {
        (h >> (64 - slots.trailing_zeros())) as usize
    } else {
        ((h ^ u64::from(pilot)).wrapping_mul(SLOT_KEY) >> (64 - slots.trailing_zeros())) as usize
    }
}

pub struct Table {
    pub seed: u64,
    /// The shortest code, in bytes (at least 1).
    pub min_len: usize,
    /// The longest code, in bytes.
    pub max_len: usize,
    /// The words the hash reads (see `hashed_words`).
    pub hashed: usize,
    /// Each slot's `k + 1`, where `k` is its code's index in declaration
    /// order; 0 when empty.
    pub slots: Vec<u32>,
    /// One pilot a bucket; a power of two of them.
    pub pilots: Vec<u8>,
}

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
        let max_len = codes.iter().map(|code| code.len()).max().unwrap_or(0);
        let min_len = codes.iter().map(|code| code.len()).min().unwrap_or(1).max(1);
        let words = words_for(max_len);
        // A lookup compares the probe with its slot's code in any case, in
        // the record it reads: hashing more words would not tell a miss
        // sooner.
        let hashed = hashed_words(codes, words);
        let fewest = (codes.len() * 4).div_ceil(3).next_power_of_two().max(2);
        let table = |seed: u64, (slots, pilots): (Vec<u32>, Vec<u8>)| Table {
            seed,
            min_len,
            max_len,
            hashed,
            slots,
            pilots,
        };
        let hashes_of = |seed: u64| -> Vec<u64> {
            codes
                .iter()
                .map(|code| hash(seed, code.as_bytes(), hashed))
                .collect()
        };
        // The hashes under each seed of the many-bucket tables, computed
        // when the seed is first tried (most catalogs need only the first).
        let mut hashes: Vec<Vec<u64>> = Vec::with_capacity(SEEDS.len());
        let sizes = [fewest, 2 * fewest, 4 * fewest];
        // A single bucket, whose slots are the top bits of the hash (one
        // multiplication a lookup, no pilot), where a seed in a few dozen
        // gives every code a slot of its own: some n^2 / 2 pairs, each
        // colliding in 1 of `size` slots, leave every code alone under one
        // seed in e^4 or better. Worth more slots than many buckets need.
        for size in sizes {
            if codes.len().saturating_mul(codes.len()) <= size.saturating_mul(8) {
                for i in 0..ONE_BUCKET_SEEDS {
                    let seed = i.wrapping_mul(0x9e37_79b9_7f4a_7c15);
                    if let Some(placed) = place(&hashes_of(seed), size, 1) {
                        return Some(table(seed, placed));
                    }
                }
            }
        }
        for size in sizes {
            // An eighth of the slots as buckets, a quarter and on.
            let many =
                std::iter::successors(Some((size / 8).max(2)), |&b| Some(b * 2)).take_while(|&b| b <= size);
            for buckets in many {
                for (i, &seed) in SEEDS.iter().enumerate() {
                    if hashes.len() == i {
                        hashes.push(hashes_of(seed));
                    }
                    if let Some(placed) = place(&hashes[i], size, buckets) {
                        return Some(table(seed, placed));
                    }
                }
            }
        }
        None
    }

    /// The words a lookup compares: every byte of the longest code.
    pub fn words(&self) -> usize {
        words_for(self.max_len)
    }

    /// The bytes of a record: a power of two with room for the 8-byte head
    /// and the longest code (see [`Table::records`]).
    pub fn record_size(&self) -> usize {
        (8 + self.max_len).next_power_of_two().max(16)
    }

    /// The table as `error_catalog::__private::Records` holds it: each slot
    /// a record of [`Table::record_size`] bytes, the little-endian `u64`
    /// `len << 32 | (k + 1)` of its code (0 when empty), then the code's
    /// bytes, then zeros.
    pub fn records(&self, codes: &[&str]) -> Vec<u8> {
        let size = self.record_size();
        let mut bytes = vec![0u8; size * self.slots.len()];
        for (record, &slot) in bytes.chunks_exact_mut(size).zip(&self.slots) {
            let k = (slot as usize).wrapping_sub(1);
            if let Some(code) = codes.get(k) {
                let head = (code.len() as u64) << 32 | u64::from(slot);
                record[..8].copy_from_slice(&head.to_le_bytes());
                record[8..8 + code.len()].copy_from_slice(code.as_bytes());
            }
        }
        bytes
    }
}

/// The slots and pilots that give each of `hashes` a slot of its own among
/// `size`, with `buckets` buckets, if there are pilots that do.
fn place(hashes: &[u64], size: usize, buckets: usize) -> Option<(Vec<u32>, Vec<u8>)> {
    let mut members = vec![Vec::new(); buckets];
    for (k, &h) in hashes.iter().enumerate() {
        members[bucket(h, buckets)].push(k);
    }
    // The largest buckets first, while most slots are free.
    let mut order: Vec<usize> = (0..buckets).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(members[b].len()));
    let mut slots = vec![0u32; size];
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
                let free = slots[i] == 0 && !taken.contains(&i);
                taken.push(i);
                free
            })
        })?;
        pilots[b] = pilot;
        // `taken` holds the slots the winning pilot gave, in key order.
        for (&k, &i) in keys.iter().zip(&taken) {
            slots[i] = k as u32 + 1;
        }
    }
    Some((slots, pilots))
}

/// The body of `CodeIndex::index_of` for a catalog whose own codes are
/// `codes`, in declaration order.
pub fn index_of_body(codes: &[&str]) -> proc_macro2::TokenStream {
    use proc_macro2::Literal;
    use quote::quote;

    if codes.is_empty() {
        return quote!(::core::option::Option::None);
    }
    let Some(table) = Table::new(codes) else {
        // In the body, so that the impl is there and nothing else fails.
        return quote! {
            ::core::compile_error!("error_catalog: no seed of the lookup table tells these codes apart (two of them hash alike under every seed); please report it");
            let _ = code;
            ::core::option::Option::None
        };
    };
    let seed = table.seed;
    let size = table.slots.len();
    let buckets = table.pilots.len();
    let pilots = Literal::byte_string(&table.pilots);
    let words = table.words();
    let hashed = table.hashed;
    let (min_len, max_len) = (table.min_len, table.max_len);
    let record = table.record_size();
    let bytes = Literal::byte_string(&table.records(codes));
    quote! {
        static TABLE: ::error_catalog::__private::Records<#size, #record> = ::error_catalog::__private::records(#bytes);
        static PILOTS: [::core::primitive::u8; #buckets] = *#pilots;
        ::error_catalog::__private::find::<#size, #record, #buckets, #hashed, #words>(&TABLE, &PILOTS, #seed, #min_len..=#max_len, code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same vectors as the tests of `error_catalog::__private::hash`.
    #[test]
    fn hash_vectors() {
        let vectors: [(u64, u64); 11] = [
            (hash(0, b"", 1), VECTORS[0]),
            (hash(7, b"A", 1), VECTORS[1]),
            (hash(7, b"AB", 1), VECTORS[2]),
            (hash(7, b"ABCDE", 1), VECTORS[3]),
            (hash(7, b"ABCDEFGH", 1), VECTORS[4]),
            (hash(0, b"BIZ_TOPIC_NOT_FOUND", 3), VECTORS[5]),
            (hash(11, b"BIZ_TOPIC_NOT_FOUND", 5), VECTORS[6]),
            (
                hash(0x2545_f491_4f6c_dd1d, b"EMPOWER_OWNER_CHECK_ERROR", 4),
                VECTORS[7],
            ),
            (hash(3, LONG_CODE, 8), VECTORS[8]),
            (hash(3, LONG_CODE, 9), VECTORS[9]),
            (hash(3, LONG_CODE, 12), VECTORS[10]),
        ];
        for (i, (hash, expected)) in vectors.into_iter().enumerate() {
            assert_eq!(hash, expected, "vector {i}");
        }
    }

    const LONG_CODE: &[u8] = b"THIS_IS_A_VERY_LONG_CODE_OF_MORE_THAN_SIXTY_FOUR_BYTES_WHICH_IS_RARE";

    const VECTORS: [u64; 11] = [
        0x096d_edc2_99da_4c52,
        0xe868_e501_c9d5_55d0,
        0x89c6_3633_2c54_252a,
        0xb450_cb38_d2fa_00c7,
        0x76b0_3bf9_f841_9e99,
        0x4aae_2550_3ce9_e41a,
        0x038d_f3c7_0c45_0955,
        0xe0b8_da4b_17cf_94c4,
        0x7c38_3ef8_e2dd_4293,
        0xae1d_b05b_5cf7_d635,
        0x66d0_6873_c065_ba07,
    ];

    /// The same vectors as the tests of `error_catalog::__private::slot`.
    #[test]
    fn bucket_and_slot_vectors() {
        let h = 0x4aae_2550_3ce9_e41a;
        assert_eq!(bucket(h, 1), 0);
        assert_eq!(bucket(h, 2), 0);
        assert_eq!(bucket(h, 256), 0x4a);
        assert_eq!(slot(h, 0, 1, 2), 0);
        let slots: Vec<usize> = [(0, 2), (0, 64), (7, 64), (255, 4096)]
            .into_iter()
            .map(|(pilot, size)| slot(h, pilot, size, 2))
            .collect();
        assert_eq!(slots, SLOT_VECTORS);
        // One bucket: the top bits, whatever the pilot.
        assert_eq!([slot(h, 9, 64, 1), slot(h, 0, 4096, 1)], [0x12, 0x4aa]);
    }

    const SLOT_VECTORS: [usize; 4] = [0, 23, 39, 402];

    #[test]
    fn words_cover_the_longest_code() {
        assert_eq!(words_for(0), 1);
        assert_eq!(words_for(8), 1);
        assert_eq!(words_for(9), 2);
        assert_eq!(words_for(40), 5);
        assert_eq!(words_for(64), 8);
        assert_eq!(words_for(1000), 125);
        let codes = ["A_B", "A_MUCH_LONGER_CODE_OF_33_BYTES_XY"];
        let table = Table::new(&codes).unwrap();
        assert_eq!((table.max_len, table.words()), (33, 5));
    }

    #[test]
    fn records_hold_their_codes() {
        let codes = ["A_B", "LONGER_CODE", "C"];
        let table = Table::new(&codes).unwrap();
        assert_eq!(table.record_size(), 32);
        let bytes = table.records(&codes);
        assert_eq!(bytes.len(), 32 * table.slots.len());
        let mut found = 0;
        for (record, &slot) in bytes.chunks_exact(32).zip(&table.slots) {
            let head = u64::from_le_bytes(record[..8].try_into().unwrap());
            if slot == 0 {
                assert!(record.iter().all(|&b| b == 0));
                continue;
            }
            let code = codes[slot as usize - 1];
            assert_eq!(head, (code.len() as u64) << 32 | u64::from(slot));
            assert_eq!(&record[8..8 + code.len()], code.as_bytes());
            assert!(record[8 + code.len()..].iter().all(|&b| b == 0));
            found += 1;
        }
        assert_eq!(found, codes.len());
        // Room for the head and the longest code, a power of two.
        assert_eq!(Table::new(&["A"]).unwrap().record_size(), 16);
        let long = "L".repeat(57);
        assert_eq!(Table::new(&["A", &long]).unwrap().record_size(), 128);
        let long = "L".repeat(56);
        assert_eq!(Table::new(&["A", &long]).unwrap().record_size(), 64);
    }

    /// Every code is in the slot its hash and its bucket's pilot give, and
    /// no slot holds anything else.
    fn assert_perfect(codes: &[&str]) -> Table {
        let table = Table::new(codes).unwrap_or_else(|| panic!("no table for {} codes", codes.len()));
        let size = table.slots.len();
        assert!(size.is_power_of_two() && table.pilots.len().is_power_of_two());
        assert!(
            4 * codes.len() <= 3 * size || size <= 2,
            "{} codes in {size} slots",
            codes.len()
        );
        for (k, code) in codes.iter().enumerate() {
            let h = hash(table.seed, code.as_bytes(), table.hashed);
            let pilot = table.pilots[bucket(h, table.pilots.len())];
            let slot = table.slots[slot(h, pilot, size, table.pilots.len())];
            assert_eq!(slot, k as u32 + 1, "{code}");
        }
        assert_eq!(table.slots.iter().filter(|&&s| s != 0).count(), codes.len());
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
        assert_eq!((table.hashed, table.words()), (3, 3));
    }

    /// Word 389 of these codes is the second key of pair 194: were the
    /// seed in the first half of each pair only, that half would be 0 under
    /// every seed, word 388 would count for nothing, and the two codes,
    /// which differ there only, would hash alike under every seed.
    #[test]
    fn a_word_equal_to_a_key_does_not_blind_the_hash() {
        let key = pair_keys(194)[1].to_le_bytes();
        let key = std::str::from_utf8(&key).unwrap();
        let a = "A".repeat(3112) + key;
        let b = "A".repeat(3104) + "B" + &"A".repeat(7) + key;
        assert_eq!(hash(0, a.as_bytes(), 390), hash(0, b.as_bytes(), 390));
        assert_perfect(&[&a, &b]);
    }

    #[test]
    fn long_codes_differing_in_the_middle_have_slots_of_their_own() {
        let codes: Vec<String> = (0..200)
            .map(|i| format!("{}_{i:03}_{}", "A".repeat(60), "Z".repeat(60)))
            .collect();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        assert_eq!(assert_perfect(&codes).words(), 16);
    }
}

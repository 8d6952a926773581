//! The lookup table of a catalog's own codes, computed at expansion time.
//!
//! Open addressing with linear probing over a power-of-two number of slots,
//! at most half full. A slot is 0 when empty, else `tag << 32 | (k + 1)`,
//! where `k` is the code's index in declaration order and `tag` the upper
//! half of its hash: a probe compares tags, and strings only when the tags
//! agree, so a lookup makes one string comparison in practice.
//!
//! `hash` must equal `error_catalog::__private::hash` bit for bit; both
//! crates test it against the same vectors.

/// A word-at-a-time multiplicative hash with a final avalanche.
pub fn hash(seed: u64, bytes: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

pub struct Table {
    pub seed: u64,
    pub slots: Vec<u64>,
}

/// Seeds tried; the one with the shortest probes wins.
const SEEDS: [u64; 4] = [
    0,
    0x2545_f491_4f6c_dd1d,
    0x9e37_79b9_7f4a_7c15,
    0xd6e8_feb8_6659_fd93,
];

impl Table {
    /// The table of `codes`, which are distinct.
    pub fn new(codes: &[&str]) -> Table {
        let size = (codes.len() * 2).next_power_of_two().max(2);
        SEEDS
            .iter()
            .map(|&seed| Table::with_seed(codes, size, seed))
            .min_by_key(|(_, probes)| *probes)
            .map(|(table, _)| table)
            .unwrap_or(Table {
                seed: 0,
                slots: vec![0; size],
            })
    }

    /// The table with `seed`, and the total length of its probes.
    fn with_seed(codes: &[&str], size: usize, seed: u64) -> (Table, usize) {
        let mask = size - 1;
        let mut slots = vec![0u64; size];
        let mut probes = 0;
        for (k, code) in codes.iter().enumerate() {
            let h = hash(seed, code.as_bytes());
            let mut i = (h as usize) & mask;
            while slots[i] != 0 {
                i = (i + 1) & mask;
                probes += 1;
            }
            slots[i] = ((h >> 32) << 32) | (k as u64 + 1);
        }
        (Table { seed, slots }, probes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same vectors as the tests of `error_catalog::__private::hash`.
    #[test]
    fn hash_vectors() {
        assert_eq!(hash(0, b""), 0);
        assert_eq!(hash(0, b"BIZ_TOPIC_NOT_FOUND"), 0x2685_fe57_2d99_1fe8);
        assert_eq!(hash(7, b"A"), 0x51a7_8481_b3ff_6035);
        assert_eq!(
            hash(0x2545_f491_4f6c_dd1d, b"EMPOWER_OWNER_CHECK_ERROR"),
            0x91f0_5eba_45c9_b968
        );
    }

    #[test]
    fn every_code_is_in_its_slot_chain() {
        let codes: Vec<String> = (0..1000).map(|i| format!("CODE_{i}")).collect();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        let table = Table::new(&codes);
        assert_eq!(table.slots.len(), 2048);
        assert_eq!(table.slots.iter().filter(|&&s| s != 0).count(), 1000);
        for (k, code) in codes.iter().enumerate() {
            let h = hash(table.seed, code.as_bytes());
            let mask = table.slots.len() - 1;
            let mut i = (h as usize) & mask;
            loop {
                let slot = table.slots[i];
                assert_ne!(slot, 0, "{code} not found");
                if slot as u32 as usize == k + 1 {
                    assert_eq!(slot >> 32, h >> 32);
                    break;
                }
                i = (i + 1) & mask;
            }
        }
    }
}

#[cfg(test)]
mod measure {
    use std::fmt::Write as _;
    use std::time::Instant;

    /// Not a test but a measurement (no time limit is asserted): how long the
    /// whole attribute takes on catalogs of 1,000 and 10,000 entries.
    /// `cargo test -p error-catalog-macros --release --lib -- --ignored --nocapture expansion_time`
    #[test]
    #[ignore = "a measurement; run it in release with --ignored --nocapture"]
    fn expansion_time() {
        let sizes = match std::env::var("EXPANSION_SIZES") {
            Ok(sizes) => sizes.split(',').filter_map(|n| n.trim().parse().ok()).collect(),
            Err(_) => vec![17usize, 1_000, 10_000],
        };
        for n in sizes {
            let mut source = String::from("enum Big {");
            for i in 0..n {
                let _ = write!(
                    source,
                    "#[entry(code = \"SOME_SERVICE_ERROR_CODE_{i}\", symptom = \"Something {i} went wrong in the service\", \
                     solution = \"Do the thing number {i} and retry the request\")] V{i},"
                );
            }
            source.push('}');
            let input: proc_macro2::TokenStream = source.parse().expect("lexes");
            let start = Instant::now();
            let output = crate::expand::error_catalog(proc_macro2::TokenStream::new(), input);
            let elapsed = start.elapsed();
            println!(
                "{n:>6} entries: expanded in {elapsed:?} to {} bytes",
                output.to_string().len()
            );
        }
    }
}

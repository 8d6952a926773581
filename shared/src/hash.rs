//! The hash of a code: a few words and the length, through folded
//! multiplications.

/// Constants of the hash, two a pair of values (odd 64-bit numbers with
/// well-spread bits); pairs past these are derived by [`pair_keys`].
const PAIR_KEYS: [[u64; 2]; 5] = [
    [0x9e37_79b9_7f4a_7c15, 0xf135_7aea_2e62_a9c5],
    [0xd6e8_feb8_6659_fd93, 0xa076_1d64_78bd_642f],
    [0xe703_7ed1_a0b4_28db, 0x8ebc_6af0_9c88_c6e3],
    [0x5899_65cc_7537_4cc3, 0x1d8e_4e27_c47d_124f],
    [0xc2b2_ae3d_27d4_eb4f, 0x1656_67b1_9e37_79f9],
];

/// The constants of pair `pair` of the hash.
#[inline(always)]
pub(crate) const fn pair_keys(pair: usize) -> [u64; 2] {
    let [a, b] = PAIR_KEYS[pair % PAIR_KEYS.len()];
    if pair < PAIR_KEYS.len() {
        [a, b]
    } else {
        let spread = (pair as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        [(a ^ spread) | 1, (b ^ spread.rotate_left(32)) | 1]
    }
}

/// The hash of `bytes` under `seed`, reading `words` words of it (see
/// [`hashed_word`]) and its length.
///
/// The values (the words, then the length, then 0) go in pairs through
/// folded multiplications (the 128-bit product's halves xored), and the
/// pairs' results are xored. The seed goes into both halves of each pair:
/// a value that zeroes one half, making the other count for nothing, does
/// so under one seed at most, and the macro tries others.
///
/// One function for both sides: the macro calls it with each catalog's
/// `words`, the generated lookup (through [`find`](crate::find)) with
/// constants. It allocates nothing and is `const`.
#[inline(always)]
pub const fn hash(seed: u64, bytes: &[u8], words: usize) -> u64 {
    let mut h = 0;
    let mut pair = 0;
    while 2 * pair <= words {
        let [a, b] = pair_keys(pair);
        h ^= fold(
            value(bytes, 2 * pair, words) ^ seed ^ a,
            value(bytes, 2 * pair + 1, words) ^ seed.rotate_left(32) ^ b,
        );
        pair += 1;
    }
    h
}

/// Value `i` of the hash of `bytes`: the `words` words it reads, then the
/// length, then 0.
#[inline(always)]
const fn value(bytes: &[u8], i: usize, words: usize) -> u64 {
    if i < words {
        hashed_word(bytes, i, words)
    } else if i == words {
        bytes.len() as u64
    } else {
        0
    }
}

/// Word `i` (`i < words`) of the `words` words that [`hash`] reads of
/// `bytes`, little-endian.
///
/// A code of 8 bytes or more is read at offsets `8 * i`, each moved back to
/// `len - 8` when it would pass the end, and the last word always at
/// `len - 8`: every byte of a code of up to `8 * words` bytes counts, and a
/// longer code counts by its first words and its last 8 bytes. The reads
/// are the same whatever the length, from 8 bytes on. A code of under 8
/// bytes is read as one word (its first and last 4 bytes, overlapping, or
/// for 1 to 3 bytes its first, middle and last byte), then zeros.
#[inline(always)]
pub const fn hashed_word(bytes: &[u8], i: usize, words: usize) -> u64 {
    let len = bytes.len();
    if len < 8 {
        if i == 0 { short_word(bytes) } else { 0 }
    } else {
        let last = len - 8;
        let at = if i + 1 == words { last } else { min(8 * i, last) };
        word(bytes, at)
    }
}

/// The bytes of a code of under 8 bytes, as one word: the first and last 4
/// bytes (overlapping), or for 1 to 3 bytes the first, middle and last.
#[inline(always)]
const fn short_word(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    if len >= 4 {
        return half_word(bytes, 0) | half_word(bytes, len - 4) << 32;
    }
    let middle = match bytes.split_at_checked(len / 2) {
        Some((_, [middle, ..])) => *middle as u64,
        _ => 0,
    };
    match (bytes.first(), bytes.last()) {
        (Some(&first), Some(&last)) => first as u64 | middle << 8 | (last as u64) << 16,
        _ => 0,
    }
}

/// The 128-bit product of `a` and `b`, its halves xored.
#[inline(always)]
const fn fold(a: u64, b: u64) -> u64 {
    let product = (a as u128) * (b as u128);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The 8 bytes at `at`, little-endian; 0 past the end, which callers avoid.
#[inline(always)]
pub(crate) const fn word(bytes: &[u8], at: usize) -> u64 {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk::<8>() {
            Some(chunk) => u64::from_le_bytes(*chunk),
            None => 0,
        },
        None => 0,
    }
}

/// The 4 bytes at `at`, little-endian; 0 past the end, which callers avoid.
#[inline(always)]
const fn half_word(bytes: &[u8], at: usize) -> u64 {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk::<4>() {
            Some(chunk) => u32::from_le_bytes(*chunk) as u64,
            None => 0,
        },
        None => 0,
    }
}

#[inline(always)]
pub(crate) const fn min(a: usize, b: usize) -> usize {
    if a < b { a } else { b }
}

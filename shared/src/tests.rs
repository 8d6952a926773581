//! The vectors that pin the hash and the placement (a change to either
//! changes every table), and lookups in tables built by hand.

use crate::find::difference;
use crate::hash::pair_keys;
use crate::*;

const LONG_CODE: &[u8] = b"THIS_IS_A_VERY_LONG_CODE_OF_MORE_THAN_SIXTY_FOUR_BYTES_WHICH_IS_RARE";

/// One vector for each way a code is read: empty, 1 to 3 bytes, 4 to 7,
/// whole words, words moved back from the end, past the constant pairs.
#[test]
fn hash_vectors() {
    let vectors: [(u64, u64); 11] = [
        (hash(0, b"", 1), 0x096d_edc2_99da_4c52),
        (hash(7, b"A", 1), 0xe868_e501_c9d5_55d0),
        (hash(7, b"AB", 1), 0x89c6_3633_2c54_252a),
        (hash(7, b"ABCDE", 1), 0xb450_cb38_d2fa_00c7),
        (hash(7, b"ABCDEFGH", 1), 0x76b0_3bf9_f841_9e99),
        (hash(0, b"BIZ_TOPIC_NOT_FOUND", 3), 0x4aae_2550_3ce9_e41a),
        (hash(11, b"BIZ_TOPIC_NOT_FOUND", 5), 0x038d_f3c7_0c45_0955),
        (
            hash(0x2545_f491_4f6c_dd1d, b"EMPOWER_OWNER_CHECK_ERROR", 4),
            0xe0b8_da4b_17cf_94c4,
        ),
        (hash(3, LONG_CODE, 8), 0x7c38_3ef8_e2dd_4293),
        (hash(3, LONG_CODE, 9), 0xae1d_b05b_5cf7_d635),
        (hash(3, LONG_CODE, 12), 0x66d0_6873_c065_ba07),
    ];
    for (i, (hash, expected)) in vectors.into_iter().enumerate() {
        assert_eq!(hash, expected, "vector {i}");
    }
}

/// The hash is `const`: a table's shape could be checked at compile time.
#[test]
fn hash_runs_in_const_context() {
    const H: u64 = hash(0, b"BIZ_TOPIC_NOT_FOUND", 3);
    assert_eq!(H, 0x4aae_2550_3ce9_e41a);
}

#[test]
fn hashed_words_read_every_byte_up_to_their_count() {
    let code = b"ABCDEFGH_1_QRSTUVWX";
    let le = |at: usize| u64::from_le_bytes(code[at..at + 8].try_into().unwrap());
    assert_eq!([0, 1, 2].map(|i| hashed_word(code, i, 3)), [le(0), le(8), le(11)]);
    // Fewer words: the last at the end, the middle left out.
    assert_eq!([0, 1].map(|i| hashed_word(code, i, 2)), [le(0), le(11)]);
    assert_eq!(hashed_word(code, 0, 1), le(11));
    // Under 8 bytes: one word.
    assert_eq!(hashed_word(b"ABCDE", 0, 2), 0x4544_4342_4443_4241);
    assert_eq!(hashed_word(b"ABC", 0, 1), 0x43_42_41);
    assert_eq!(hashed_word(b"ABC", 1, 2), 0);
    assert_eq!(hashed_word(b"", 0, 1), 0);
}

/// Word 389 of these codes is the second key of pair 194: were the seed in
/// the first half of each pair only, that half would be 0 under every
/// seed, word 388 would count for nothing, and the two codes, which differ
/// there only, would hash alike under every seed.
#[test]
fn a_word_equal_to_a_key_does_not_blind_the_hash() {
    let key = pair_keys(194)[1].to_le_bytes();
    let mut a = [b'A'; 3120];
    a[3112..].copy_from_slice(&key);
    let mut b = a;
    b[3104] = b'B';
    assert_eq!(hash(0, &a, 390), hash(0, &b, 390));
    assert!((1..64).any(|seed| hash(seed, &a, 390) != hash(seed, &b, 390)));
}

#[test]
fn bucket_and_slot_vectors() {
    let h = 0x4aae_2550_3ce9_e41a;
    assert_eq!([bucket(h, 1), bucket(h, 2), bucket(h, 256)], [0, 0, 0x4a]);
    assert_eq!(slot(h, 0, 1, 2), 0);
    let slots = [(0, 2), (0, 64), (7, 64), (255, 4096)].map(|(pilot, size)| slot(h, pilot, size, 2));
    assert_eq!(slots, [0, 23, 39, 402]);
    // One bucket: the top bits, whatever the pilot.
    assert_eq!([slot(h, 9, 64, 1), slot(h, 0, 4096, 1)], [0x12, 0x4aa]);
}

#[test]
fn words_cover_the_longest_code() {
    let words = [0, 1, 8, 9, 40, 64, 1000].map(words_for);
    assert_eq!(words, [1, 1, 1, 2, 5, 8, 125]);
}

#[test]
fn records_have_room_for_the_head_and_the_longest_code() {
    let sizes = [1, 8, 9, 24, 25, 56, 57, 120, 121].map(record_size);
    assert_eq!(sizes, [16, 16, 32, 32, 64, 64, 128, 128, 256]);
}

#[test]
fn heads_keep_the_length_and_the_index() {
    for (index, len) in [(0, 1), (16, 19), (9_999, 40), (70_000, 3_000)] {
        let head = head(index, len);
        assert_eq!((head_index(head), head_len(head)), (index, len));
    }
    assert_eq!(head(0, 2), 0x2_0000_0001);
    assert_eq!((head_index(0), head_len(0)), (usize::MAX, 0));
}

#[test]
fn difference_compares_every_byte() {
    let code = b"ONS_TOPIC_QUOTA_NOT_FOUND_IN_REGION_AND_THEN_SOME_MORE_BYTES_TO_PASS_64";
    let mut copy = *code;
    for len in 0..=code.len() {
        let a = &code[..len];
        for words in [5, 8, 9] {
            assert_eq!(difference(a, &copy[..len], words), 0, "{len} bytes");
            for at in 0..len {
                copy[at] ^= 1;
                assert_ne!(difference(a, &copy[..len], words), 0, "{len} bytes, at {at}");
                copy[at] ^= 1;
            }
            if len > 0 {
                assert_ne!(difference(a, &code[..len - 1], words), 0, "{len} bytes");
            }
        }
    }
}

/// A table of `codes` in one bucket, built by hand as the macro builds one
/// (the seed found by trying), its hash reading `hashed` words: its shape
/// and its records, of up to 24 bytes of code.
fn one_bucket(codes: &[&str], hashed: usize) -> (Shape, Records<128>) {
    let lens = codes.iter().map(|code| code.len());
    let (min_len, max_len) = (lens.clone().min().unwrap(), lens.max().unwrap());
    assert!(max_len <= 24);
    let shapes = (0..1024).map(|seed| Shape {
        seed,
        slots: 4,
        buckets: 1,
        hashed,
        min_len,
        max_len: 24,
    });
    for shape in shapes {
        let slot_of = |code: &str| slot(hash(shape.seed, code.as_bytes(), hashed), 0, 4, 1);
        let mut bytes = [0u8; 128];
        let mut taken = [false; 4];
        for (k, code) in codes.iter().enumerate() {
            let slot = slot_of(code);
            if taken[slot] {
                break;
            }
            taken[slot] = true;
            let record = &mut bytes[32 * slot..32 * slot + 32];
            record[..8].copy_from_slice(&head(k, code.len()).to_le_bytes());
            record[8..8 + code.len()].copy_from_slice(code.as_bytes());
        }
        if taken.iter().filter(|&&t| t).count() == codes.len() {
            let shape = Shape { max_len, ..shape };
            return (shape, Records::new(Shape { max_len: 24, ..shape }, &bytes));
        }
    }
    unreachable!("some seed separates a few codes");
}

const MISSES: [&str; 8] = [
    "",
    "A",
    "AC",
    "BA",
    "XBCDEFGHIJ",
    "ABCDEFGHIK",
    "ABCDEFGHIJK",
    "ABCDEFGHI",
];

#[test]
fn find_reads_one_record() {
    let codes = ["AB", "ABCDEFGHIJ"];
    // Hashing one word (the lengths differ), then every byte.
    for hashed in [1, 2] {
        let (shape, table) = one_bucket(&codes, hashed);
        // Records of 32 bytes: a longest code of 17 to 24 bytes has them too.
        for max_len in [10, 24] {
            let shape = Shape { max_len, ..shape };
            let lookup = |code| find(shape, table.bytes(), &[0], code);
            assert_eq!((lookup("AB"), lookup("ABCDEFGHIJ")), (Some(0), Some(1)));
            for miss in MISSES {
                assert_eq!(lookup(miss), None, "{miss:?}");
            }
        }
    }
    // "XBCDEFGHIJ" hashes as "ABCDEFGHIJ" does when one word is read (the
    // same length and last 8 bytes): the comparison tells them apart.
    assert_eq!(hash(0, b"XBCDEFGHIJ", 1), hash(0, b"ABCDEFGHIJ", 1));
    // Lengths outside the bounds are misses before anything is read.
    let (shape, table) = one_bucket(&codes, 2);
    let shape = Shape { min_len: 3, ..shape };
    let lookup = |code| find(shape, table.bytes(), &[0], code);
    assert_eq!((lookup("AB"), lookup("ABCDEFGHIJ")), (None, Some(1)));
}

/// The shape of a table of two slots in one bucket, for codes of 1 to
/// `max_len` bytes.
fn two_slots(max_len: usize) -> Shape {
    Shape {
        seed: 0,
        slots: 2,
        buckets: 1,
        hashed: 1,
        min_len: 1,
        max_len,
    }
}

#[test]
fn find_misses_on_an_empty_table() {
    let shape = two_slots(8);
    let empty = Records::<32>::new(shape, &[0; 32]);
    assert_eq!(find(shape, empty.bytes(), &[0], "A"), None);
    assert_eq!(find(shape, empty.bytes(), &[0], ""), None);
    let none = Shape {
        slots: 0,
        buckets: 0,
        ..shape
    };
    assert_eq!(find(none, Records::<0>::new(none, &[]).bytes(), &[], "A"), None);
}

#[test]
#[should_panic(expected = "does not have the length of its shape")]
fn records_of_the_wrong_length_are_refused() {
    let shape = two_slots(24);
    let _ = Records::<64>::new(shape, &[0; 65]);
}

#[test]
#[should_panic(expected = "does not have the length of its shape")]
fn records_of_another_shape_are_refused() {
    let shape = two_slots(8);
    let _ = Records::<64>::new(shape, &[0; 64]);
}

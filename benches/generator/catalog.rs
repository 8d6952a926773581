//! Deterministic catalogs for the benchmarks.
//!
//! One source of truth for the catalogs that `build.rs` generates for the
//! lookup benchmarks and for the throwaway crates that `build-times.sh`
//! compiles (through `generator/main.rs`, built with plain `rustc`), so both
//! measure the same codes and texts. It uses nothing but `std`.
//!
//! A catalog of `n` entries is a pure function of `n`: codes of 15 to 40
//! characters in SCREAMING_SNAKE_CASE, made of a service prefix and words
//! drawn by a xorshift generator from a fixed seed, each with a symptom and a
//! solution of 40 to 80 characters.

use std::collections::HashSet;
use std::fmt::Write as _;

/// One entry of a generated catalog.
pub struct Entry {
    /// The code, 15 to 40 characters of SCREAMING_SNAKE_CASE.
    pub code: String,
    /// The variant's name: the code in PascalCase.
    pub variant: String,
    /// What went wrong, 40 to 80 characters.
    pub symptom: String,
    /// What to do about it, 40 to 80 characters.
    pub solution: String,
}

/// The fixed seed every catalog derives from.
const SEED: u64 = 0x5EED_CA7A_1060_2026;

/// xorshift64*: small, fast and good enough to pick words.
pub struct XorShift(u64);

impl XorShift {
    /// A generator for `stream`; the same stream always yields the same values.
    pub fn new(stream: u64) -> Self {
        let mut state = SEED ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        if state == 0 {
            state = SEED;
        }
        Self(state)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.below(words.len())]
    }

    /// Shuffles `items` in place (Fisher-Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

const PREFIXES: &[&str] = &[
    "BIZ", "ONS", "MQ", "AUTH", "SYS", "API", "IAM", "VPC", "OSS", "RDS", "ECS", "SLB", "MQTT", "KMS",
];

const NOUNS: &[&str] = &[
    "TOPIC",
    "GROUP",
    "INSTANCE",
    "MESSAGE",
    "CONSUMER",
    "PRODUCER",
    "QUEUE",
    "TOKEN",
    "ACCOUNT",
    "REGION",
    "NAMESPACE",
    "PARTITION",
    "OFFSET",
    "TAG",
    "KEY",
    "CLIENT",
    "SERVER",
    "BROKER",
    "ROUTE",
    "POLICY",
    "QUOTA",
    "REQUEST",
    "SIGNATURE",
    "CERTIFICATE",
    "ENDPOINT",
    "NETWORK",
    "BUCKET",
    "OBJECT",
    "USER",
    "ROLE",
    "PERMISSION",
    "OWNER",
    "RESOURCE",
    "SUBSCRIPTION",
    "FILTER",
    "SCHEMA",
    "VERSION",
    "CONFIG",
    "PARAM",
    "HEADER",
    "BODY",
    "ORDER",
    "TRANSACTION",
    "BATCH",
    "CHANNEL",
    "SESSION",
    "CONNECTION",
    "DOMAIN",
    "ALIAS",
    "SNAPSHOT",
    "VOLUME",
    "DISK",
    "IMAGE",
    "ZONE",
    "TENANT",
    "PROJECT",
    "SECRET",
    "LISTENER",
    "BACKEND",
    "RULE",
];

const STATES: &[&str] = &[
    "NOT_FOUND",
    "INVALID",
    "EXPIRED",
    "DENIED",
    "EXCEEDED",
    "MISSING",
    "DUPLICATE",
    "EMPTY",
    "LOCKED",
    "DISABLED",
    "UNAVAILABLE",
    "CONFLICT",
    "MISMATCH",
    "OVERFLOW",
    "MALFORMED",
    "UNSUPPORTED",
    "FORBIDDEN",
    "CLOSED",
    "FULL",
    "BUSY",
    "STALE",
    "UNKNOWN",
    "ILLEGAL",
    "TOO_LONG",
    "TOO_LARGE",
    "ALREADY_EXISTS",
    "CHECK_ERROR",
    "FAILED",
    "REJECTED",
    "SUSPENDED",
    "IN_USE",
    "NOT_READY",
];

const SUBJECTS: &[&str] = &[
    "topic",
    "group",
    "instance",
    "message",
    "consumer",
    "producer",
    "queue",
    "token",
    "account",
    "region",
    "namespace",
    "partition",
    "tag",
    "client",
    "broker",
    "route",
    "policy",
    "quota",
    "request",
    "signature",
    "certificate",
    "endpoint",
    "bucket",
    "user",
    "role",
    "owner",
    "resource",
    "subscription",
    "filter",
    "schema",
    "parameter",
    "header",
    "order",
    "transaction",
    "batch",
    "session",
    "connection",
    "domain",
    "secret",
    "listener",
    "rule",
];

const PROBLEMS: &[&str] = &[
    "is not found in the current region",
    "was deleted or has never been created",
    "has expired and can no longer be used",
    "exceeds the limit set for the account",
    "is already used by another",
    "does not match the one on record",
    "was rejected by the server",
    "is malformed or empty",
    "is locked by a running operation",
    "is disabled by the administrator",
    "is temporarily unavailable",
    "is not supported by this version",
    "lacks the permission it needs",
    "timed out before the reply",
];

const VERBS: &[&str] = &[
    "Check", "Verify", "Recreate", "Update", "Renew", "Remove", "Correct", "Release", "Inspect", "Unlock",
    "Enable", "Resize",
];

const TAILS: &[&str] = &[
    "and retry the request",
    "in the console",
    "before sending again",
    "or ask the administrator",
    "then call the API again",
    "or contact support",
    "and wait a few minutes",
];

fn pascal_case(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for word in code.split('_') {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first);
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    out
}

fn code(rng: &mut XorShift) -> String {
    loop {
        let target = rng.between(15, 40);
        let mut code = String::from(rng.pick(PREFIXES));
        while code.len() < target {
            code.push('_');
            // Mostly nouns, with a state now and then, as real codes read.
            let words = if rng.below(3) == 0 { STATES } else { NOUNS };
            code.push_str(rng.pick(words));
        }
        if code.len() <= 40 {
            return code;
        }
    }
}

fn sentence(rng: &mut XorShift, make: impl Fn(&mut XorShift) -> String) -> String {
    loop {
        let text = make(rng);
        if (40..=80).contains(&text.len()) {
            return text;
        }
    }
}

fn symptom(rng: &mut XorShift) -> String {
    sentence(rng, |rng| {
        let mut text = format!(
            "The {} {} {}",
            rng.pick(SUBJECTS),
            rng.pick(SUBJECTS),
            rng.pick(PROBLEMS)
        );
        if text.len() < 40 {
            let _ = write!(text, " for this {}", rng.pick(SUBJECTS));
        }
        text
    })
}

fn solution(rng: &mut XorShift) -> String {
    sentence(rng, |rng| {
        let mut text = format!(
            "{} the {} of the {} {}",
            rng.pick(VERBS),
            rng.pick(SUBJECTS),
            rng.pick(SUBJECTS),
            rng.pick(TAILS)
        );
        if text.len() < 40 {
            let _ = write!(text, " for the {}", rng.pick(SUBJECTS));
        }
        text
    })
}

/// The catalog of `n` entries: unique codes and variant names.
pub fn catalog(n: usize) -> Vec<Entry> {
    let mut rng = XorShift::new(n as u64);
    let mut codes = HashSet::with_capacity(n);
    let mut variants = HashSet::with_capacity(n);
    let mut entries = Vec::with_capacity(n);
    while entries.len() < n {
        let code = code(&mut rng);
        let variant = pascal_case(&code);
        if codes.contains(&code) || variants.contains(&variant) {
            continue;
        }
        codes.insert(code.clone());
        variants.insert(variant.clone());
        let symptom = symptom(&mut rng);
        let solution = solution(&mut rng);
        entries.push(Entry {
            code,
            variant,
            symptom,
            solution,
        });
    }
    entries
}

/// One miss per entry: its code with one letter changed, so of the same
/// length and sharing all but one byte, and in no entry of the catalog.
pub fn misses(entries: &[Entry]) -> Vec<String> {
    let codes: HashSet<&str> = entries.iter().map(|e| e.code.as_str()).collect();
    let mut rng = XorShift::new(!(entries.len() as u64));
    entries
        .iter()
        .map(|entry| {
            loop {
                let mut bytes = entry.code.clone().into_bytes();
                let at = rng.below(bytes.len());
                if bytes[at] == b'_' {
                    continue;
                }
                let letter = b'A' + rng.below(26) as u8;
                if letter == bytes[at] {
                    continue;
                }
                bytes[at] = letter;
                let miss = String::from_utf8(bytes).expect("ASCII");
                if !codes.contains(miss.as_str()) {
                    return miss;
                }
            }
        })
        .collect()
}

/// `#[error_catalog]` on an enum of unit variants with explicit codes.
pub fn error_catalog_enum(name: &str, entries: &[Entry]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "/// A generated catalog of {} entries.", entries.len());
    out.push_str("#[::error_catalog::error_catalog]\n#[derive(Debug)]\n");
    let _ = writeln!(out, "pub enum {name} {{");
    for e in entries {
        let _ = writeln!(
            out,
            "    #[entry(code = {:?}, symptom = {:?}, solution = {:?})]\n    {},",
            e.code, e.symptom, e.solution, e.variant
        );
    }
    out.push_str("}\n");
    out
}

/// What a user writes today: strum for the codes and texts, thiserror for
/// `Display` and `Error`.
pub fn strum_enum(name: &str, entries: &[Entry]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "/// A generated catalog of {} entries.", entries.len());
    out.push_str(
        "#[derive(Debug, ::strum::EnumString, ::strum::IntoStaticStr, ::strum::EnumMessage, \
         ::thiserror::Error)]\n",
    );
    let _ = writeln!(out, "pub enum {name} {{");
    for e in entries {
        let _ = writeln!(
            out,
            "    #[strum(serialize = {:?}, message = {:?}, detailed_message = {:?})]\n    \
             #[error({:?})]\n    {},",
            e.code, e.symptom, e.solution, e.symptom, e.variant
        );
    }
    out.push_str("}\n");
    out
}

/// No macro at all: the same features written out as `match`es on string
/// literals and on variants.
pub fn match_enum(name: &str, entries: &[Entry]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "/// A generated catalog of {} entries.", entries.len());
    let _ = writeln!(out, "#[derive(Debug)]\npub enum {name} {{");
    for e in entries {
        let _ = writeln!(out, "    {},", e.variant);
    }
    out.push_str("}\n\n");
    let _ = writeln!(out, "/// A code that `{name}` does not have.");
    out.push_str("#[derive(Debug)]\npub struct UnknownCode;\n\n");
    let _ = writeln!(out, "impl ::core::str::FromStr for {name} {{");
    out.push_str("    type Err = UnknownCode;\n");
    out.push_str("    fn from_str(code: &str) -> Result<Self, UnknownCode> {\n        match code {\n");
    for e in entries {
        let _ = writeln!(out, "            {:?} => Ok(Self::{}),", e.code, e.variant);
    }
    out.push_str("            _ => Err(UnknownCode),\n        }\n    }\n}\n\n");
    let _ = writeln!(out, "impl {name} {{");
    for (method, text) in [
        ("code", (|e: &Entry| &e.code) as fn(&Entry) -> &String),
        ("message", |e: &Entry| &e.symptom),
        ("detailed_message", |e: &Entry| &e.solution),
    ] {
        let _ = writeln!(out, "    /// The entry's {method}.");
        let _ = writeln!(
            out,
            "    pub fn {method}(&self) -> &'static str {{\n        match self {{"
        );
        for e in entries {
            let _ = writeln!(out, "            Self::{} => {:?},", e.variant, text(e));
        }
        out.push_str("        }\n    }\n");
    }
    out.push_str("}\n\n");
    let _ = writeln!(out, "impl ::core::fmt::Display for {name} {{");
    out.push_str(
        "    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {\n        \
         f.write_str(self.message())\n    }\n}\n\n",
    );
    let _ = writeln!(out, "impl ::std::error::Error for {name} {{}}");
    out
}

/// A `[&str; N]` static of `strings`.
pub fn str_array(name: &str, strings: impl ExactSizeIterator<Item = impl AsRef<str>>) -> String {
    let mut out = format!("pub static {name}: [&str; {}] = [\n", strings.len());
    for s in strings {
        let _ = writeln!(out, "    {:?},", s.as_ref());
    }
    out.push_str("];\n");
    out
}

//! What both bench targets use: the generated catalogs and the probes.

/// The generated catalogs; see build.rs.
pub mod catalogs {
    include!(concat!(env!("OUT_DIR"), "/catalog_17.rs"));
    include!(concat!(env!("OUT_DIR"), "/catalog_1000.rs"));
    include!(concat!(env!("OUT_DIR"), "/catalog_10000.rs"));
}

#[allow(dead_code)] // shared with build.rs; only the shuffle is used here
#[path = "../generator/catalog.rs"]
mod generator;

/// At least this many probes per cycle, so that the branch predictor cannot
/// learn the order of a small catalog's codes.
const MIN_PROBES: usize = 4_096;

/// Owned copies of `codes`, each shuffled round after the other until there
/// are `MIN_PROBES` (every code as often as every other).
pub fn probes(codes: &[&str], stream: u64) -> Vec<String> {
    let mut rng = generator::XorShift::new(stream);
    let mut probes = Vec::with_capacity(codes.len().max(MIN_PROBES) + codes.len());
    while probes.len() < MIN_PROBES.max(codes.len()) {
        let mut round: Vec<String> = codes.iter().map(|code| (*code).to_owned()).collect();
        rng.shuffle(&mut round);
        probes.append(&mut round);
    }
    probes
}

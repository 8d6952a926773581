//! Lookups to count rather than time: run under cachegrind, which counts the
//! instructions and (simulated) branch mispredictions of one library's
//! lookups, the same figures whatever else the machine is doing.
//!
//! `counts <library> <n> <hit|miss> <rounds>` looks up every probe of the
//! cycle `lookup.rs` times (`nN/hit` or `nN/miss`), `rounds` times over, with
//! `library` one of `from_code`, `lookup`, `from_str`, `strum`, `phf`,
//! `hashmap` or `floor` (the probe read only). `benches/counts.sh` runs it
//! twice per case, with 1 and with 11 rounds, and reports the difference
//! over 10 rounds of probes: per lookup, without the set-up.

use std::collections::HashMap;
use std::hint::black_box;
use std::process::ExitCode;
use std::str::FromStr;

use error_catalog::ErrorCatalog;

mod common;

use common::catalogs::*;
use common::probes;

/// Looks up every probe `rounds` times; returns how many were found, so that
/// no lookup can be left out.
fn run<R>(probes: &[String], rounds: usize, lookup: impl Fn(&str) -> Option<R>) -> usize {
    let mut found = 0;
    for _ in 0..rounds {
        for probe in probes {
            found += usize::from(black_box(lookup(black_box(probe.as_str()))).is_some());
        }
    }
    found
}

fn count<C: ErrorCatalog + FromStr, S: FromStr>(
    library: &str,
    codes: &[&str],
    probes: &[String],
    phf: &phf::Map<&str, usize>,
    rounds: usize,
) -> Option<usize> {
    let found = match library {
        "from_code" => run(probes, rounds, C::from_code),
        "lookup" => run(probes, rounds, C::lookup),
        "from_str" => run(probes, rounds, |code| code.parse::<C>().ok()),
        "strum" => run(probes, rounds, |code| code.parse::<S>().ok()),
        "phf" => run(probes, rounds, |code| phf.get(code).copied()),
        "hashmap" => {
            let map: HashMap<&str, usize> = codes.iter().enumerate().map(|(i, code)| (*code, i)).collect();
            run(probes, rounds, |code| map.get(code).copied())
        }
        "floor" => run(probes, rounds, |code| {
            let bytes = code.as_bytes();
            Some((bytes.len(), bytes.first().copied(), bytes.last().copied()))
        }),
        _ => return None,
    };
    Some(found)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [library, n, kind, rounds] = args.as_slice() else {
        eprintln!("usage: counts <library> <17|1000|10000> <hit|miss> <rounds>");
        return ExitCode::FAILURE;
    };
    let Ok(rounds) = rounds.parse::<usize>() else {
        eprintln!("counts: rounds must be a number, not {rounds:?}");
        return ExitCode::FAILURE;
    };
    let (codes, misses, phf): (&[&str], &[&str], _) = match n.as_str() {
        "17" => (&CODES_17, &MISSES_17, &PHF_17),
        "1000" => (&CODES_1000, &MISSES_1000, &PHF_1000),
        "10000" => (&CODES_10000, &MISSES_10000, &PHF_10000),
        _ => {
            eprintln!("counts: n must be 17, 1000 or 10000, not {n:?}");
            return ExitCode::FAILURE;
        }
    };
    let probes = match kind.as_str() {
        "hit" => probes(codes, codes.len() as u64),
        "miss" => probes(misses, codes.len() as u64),
        _ => {
            eprintln!("counts: kind must be hit or miss, not {kind:?}");
            return ExitCode::FAILURE;
        }
    };
    let found = match n.as_str() {
        "17" => count::<Catalog17, Strum17>(library, codes, &probes, phf, rounds),
        "1000" => count::<Catalog1000, Strum1000>(library, codes, &probes, phf, rounds),
        _ => count::<Catalog10000, Strum10000>(library, codes, &probes, phf, rounds),
    };
    let Some(found) = found else {
        eprintln!("counts: unknown library {library:?}");
        return ExitCode::FAILURE;
    };
    let expected = if kind == "hit" || library == "floor" {
        probes.len() * rounds
    } else {
        0
    };
    if found != expected {
        eprintln!(
            "counts: {library} found {found} of {} probes, expected {expected}",
            probes.len() * rounds
        );
        return ExitCode::FAILURE;
    }
    println!("{}", probes.len());
    ExitCode::SUCCESS
}

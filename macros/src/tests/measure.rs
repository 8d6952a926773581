//! How long the whole attribute takes on large catalogs: a measurement,
//! not a test.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use proc_macro2::{TokenStream, TokenTree};

/// Not a test but a measurement (no time limit is asserted): how long the
/// whole attribute takes on catalogs of 17, 1,000 and 10,000 entries
/// (`EXPANSION_SIZES=...` for others), and where the time goes.
/// `cargo test -p error-catalog-macros --release --lib -- --ignored --nocapture expansion_time`
#[test]
#[ignore = "a measurement; run it in release with --ignored --nocapture"]
fn expansion_time() {
    let sizes = match std::env::var("EXPANSION_SIZES") {
        Ok(sizes) => sizes.split(',').filter_map(|n| n.trim().parse().ok()).collect(),
        Err(_) => vec![17usize, 1_000, 10_000],
    };
    for n in sizes {
        let input = catalog(n);
        let start = Instant::now();
        let output = crate::expand_attribute(TokenStream::new(), input.clone());
        let elapsed = start.elapsed();
        println!(
            "{n:>6} entries: expanded in {elapsed:?} to {} tokens",
            count(output)
        );

        let (item, parse) = timed(|| syn::parse2::<syn::ItemEnum>(input).expect("parses"));
        let mut errors = darling::Error::accumulator();
        let (catalog, model) = timed(|| {
            let catalog = crate::ast::Catalog::from_syn(&item, TokenStream::new(), &mut errors);
            crate::valid::check(&catalog, &mut errors);
            catalog
        });
        errors.finish().expect("the generated catalog is valid");
        let (lowered, lower) = timed(|| crate::lower::Lowered::new(&catalog));
        let (_, generate) = timed(|| crate::expand::generate(&catalog, &lowered));
        println!(
            "        parse {parse:?}, model and checks {model:?}, lowering {lower:?}, generation {generate:?}"
        );
    }
}

/// A catalog of `n` entries with explicit codes, as tokens.
fn catalog(n: usize) -> TokenStream {
    let mut source = String::from("enum Big {");
    for i in 0..n {
        let _ = write!(
            source,
            "#[entry(code = \"SOME_SERVICE_ERROR_CODE_{i}\", symptom = \"Something {i} went wrong in the service\", \
             solution = \"Do the thing number {i} and retry the request\")] V{i},"
        );
    }
    source.push('}');
    source.parse().expect("lexes")
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

/// Tokens in `stream`, groups and their contents included.
fn count(stream: TokenStream) -> usize {
    stream
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => 1 + count(group.stream()),
            _ => 1,
        })
        .sum()
}

//! `explain`: what an error code of Alibaba Cloud Message Queue (ONS) means.
//!
//! The tool looks codes up in the two ONS catalogs of `error_catalog::ons`,
//! the MQ Open API ([`OnsError`]) and the MQ for MQTT API ([`MqttError`]),
//! and shows, depending on its arguments:
//!
//! - `CODE...`: for each code, every catalog that knows it, with the
//!   catalog's symptom and solution (and status and URL when the entry gives
//!   them). Codes are matched case-insensitively and `-` stands for `_`, so
//!   `biz-topic-not-found` finds `BIZ_TOPIC_NOT_FOUND`. A code that no catalog
//!   knows is reported on stderr with the nearest known codes, and the exit
//!   status is 2; the codes that are known are still explained.
//! - `--list`: every code of every catalog with its symptom, by catalog.
//! - `--markdown`: each catalog as a Markdown table under a `## <name>` heading.
//! - `--json`: every catalog with its entries as JSON.
//!
//! Run it with:
//!
//! ```text
//! cargo run --example explain -- BIZ_TOPIC_NOT_FOUND
//! cargo run --example explain -- biz-no-message ons-system-error
//! cargo run --example explain -- --list
//! cargo run --example explain -- --markdown > ons-errors.md
//! cargo run --example explain -- --json
//! ```

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use clap::{ArgGroup, Parser};
use error_catalog::ons::{MqttError, OnsError};
use error_catalog::{Entry, ErrorCatalog, render};

/// The exit status when a code is unknown in every catalog.
const EXIT_UNKNOWN: u8 = 2;
/// The exit status when the output cannot be written (a closed pipe, say).
const EXIT_IO: u8 = 1;
/// The most "did you mean" suggestions shown for an unknown code.
const MAX_SUGGESTIONS: usize = 3;

/// Explain the error codes of Alibaba Cloud Message Queue (ONS).
#[derive(Debug, Parser)]
#[command(
    name = "explain",
    about = "Explain the error codes of Alibaba Cloud Message Queue (ONS)",
    long_about = "Explain the error codes of Alibaba Cloud Message Queue (ONS).\n\n\
        Looks each CODE up in the MQ Open API and the MQ for MQTT API catalogs \
        and prints the symptom and the solution that each catalog gives. Codes \
        are matched case-insensitively and '-' may stand for '_'. An unknown \
        code is reported with the nearest known codes and makes the exit \
        status 2.\n\n\
        Give either codes, or --list, or --markdown, or --json.",
    after_help = "Examples:\n  explain BIZ_TOPIC_NOT_FOUND\n  explain biz-no-message\n  explain --list",
    group(
        ArgGroup::new("mode")
            .required(true)
            .multiple(false)
            .args(["codes", "list", "markdown", "json"])
    )
)]
struct Cli {
    /// Error codes to explain, such as BIZ_TOPIC_NOT_FOUND
    #[arg(value_name = "CODE")]
    codes: Vec<String>,

    /// List every code of every catalog with its symptom
    #[arg(long)]
    list: bool,

    /// Print every catalog as a Markdown table
    #[arg(long)]
    markdown: bool,

    /// Print every catalog as JSON: its name and its entries
    #[arg(long)]
    json: bool,
}

/// One catalog, reduced to what the tool needs.
struct Catalog {
    name: &'static str,
    entries: &'static [Entry],
    lookup: fn(&str) -> Option<&'static Entry>,
    markdown: fn() -> String,
}

impl Catalog {
    fn of<C: ErrorCatalog>() -> Self {
        Catalog {
            name: C::NAME,
            entries: C::entries(),
            lookup: C::lookup,
            markdown: render::markdown::<C>,
        }
    }
}

/// The ONS catalogs, in the order they are shown.
fn catalogs() -> [Catalog; 2] {
    [Catalog::of::<OnsError>(), Catalog::of::<MqttError>()]
}

/// Runs the tool on `args` (the program name first, as in `std::env::args_os`),
/// writing results to `out` and diagnostics to `err`; returns the exit status.
pub fn run(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to `out` with status 0, usage errors to `err`.
            let stream: &mut dyn Write = if error.use_stderr() { err } else { out };
            let written = write!(stream, "{}", error.render()).and_then(|()| stream.flush());
            let code = u8::try_from(error.exit_code()).unwrap_or(EXIT_UNKNOWN);
            return if written.is_ok() { code } else { EXIT_IO };
        }
    };
    let catalogs = catalogs();
    let result = if cli.list {
        list(&catalogs, out).map(|()| 0)
    } else if cli.markdown {
        markdown(&catalogs, out).map(|()| 0)
    } else if cli.json {
        json(&catalogs, out).map(|()| 0)
    } else {
        explain(&catalogs, &cli.codes, out, err)
    };
    match result.and_then(|code| out.flush().and(err.flush()).map(|()| code)) {
        Ok(code) => code,
        Err(_) => EXIT_IO,
    }
}

/// The form codes are compared in: upper case, `_` for `-`.
fn normalize(code: &str) -> String {
    code.trim().to_uppercase().replace('-', "_")
}

/// Explains each code; returns the exit status.
fn explain(
    catalogs: &[Catalog],
    codes: &[String],
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<u8> {
    let mut status = 0;
    let mut first = true;
    for given in codes {
        let code = normalize(given);
        let hits: Vec<(&Catalog, Option<&Entry>)> = catalogs
            .iter()
            .map(|catalog| (catalog, (catalog.lookup)(&code)))
            .collect();
        let Some(canonical) = hits.iter().find_map(|&(_, entry)| entry.map(Entry::code)) else {
            unknown(catalogs, given, &code, err)?;
            status = EXIT_UNKNOWN;
            continue;
        };
        if !first {
            writeln!(out)?;
        }
        first = false;
        writeln!(out, "{canonical}")?;
        for (catalog, entry) in hits {
            writeln!(out)?;
            let Some(entry) = entry else {
                writeln!(out, "  (not in {})", catalog.name)?;
                continue;
            };
            writeln!(out, "  {}", catalog.name)?;
            writeln!(out, "    Symptom:  {}", entry.symptom())?;
            writeln!(out, "    Solution: {}", entry.solution())?;
            if let Some(status) = entry.status() {
                writeln!(out, "    Status:   {status}")?;
            }
            if let Some(url) = entry.url() {
                writeln!(out, "    URL:      {url}")?;
            }
            if let Some(note) = entry.deprecated() {
                writeln!(out, "    Deprecated: {note}")?;
            }
            if let Some(doc) = entry.doc() {
                writeln!(out)?;
                for line in doc.lines() {
                    writeln!(out, "    {line}")?;
                }
            }
        }
    }
    Ok(status)
}

/// Reports a code that no catalog knows, with the nearest known codes.
fn unknown(catalogs: &[Catalog], given: &str, code: &str, err: &mut impl Write) -> io::Result<()> {
    let names: Vec<&str> = catalogs.iter().map(|catalog| catalog.name).collect();
    writeln!(
        err,
        "error: `{given}` is unknown in every ONS catalog ({})",
        names.join(", ")
    )?;
    match suggestions(catalogs, code).as_slice() {
        [] => writeln!(err, "  run with --list to see every known code"),
        [only] => writeln!(err, "  did you mean {only}?"),
        several => {
            writeln!(err, "  did you mean one of these?")?;
            several
                .iter()
                .try_for_each(|suggestion| writeln!(err, "    {suggestion}"))
        }
    }
}

/// Up to [`MAX_SUGGESTIONS`] known codes near `code`, nearest first. A code
/// is near when at most max(3, len / 3) edits (transpositions included) away,
/// and not more than 2 edits further than the nearest one: after a typo, the
/// code that was meant is shown without the merely similar ones.
fn suggestions(catalogs: &[Catalog], code: &str) -> Vec<&'static str> {
    let limit = 3.max(code.chars().count() / 3);
    let mut near: Vec<(usize, &'static str)> = Vec::new();
    for entry in catalogs.iter().flat_map(|catalog| catalog.entries) {
        if near.iter().any(|&(_, known)| known == entry.code()) {
            continue;
        }
        let distance = strsim::damerau_levenshtein(code, entry.code());
        if distance <= limit {
            near.push((distance, entry.code()));
        }
    }
    // Stable: equally near codes keep the catalogs' order.
    near.sort_by_key(|&(distance, _)| distance);
    let nearest = near.first().map_or(0, |&(distance, _)| distance);
    near.into_iter()
        .take_while(|&(distance, _)| distance <= nearest + 2)
        .take(MAX_SUGGESTIONS)
        .map(|(_, known)| known)
        .collect()
}

/// Every code of every catalog with its symptom, grouped by catalog.
fn list(catalogs: &[Catalog], out: &mut impl Write) -> io::Result<()> {
    let width = catalogs
        .iter()
        .flat_map(|catalog| catalog.entries)
        .map(|entry| entry.code().len())
        .max()
        .unwrap_or(0);
    for (index, catalog) in catalogs.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{} ({} codes)", catalog.name, catalog.entries.len())?;
        for entry in catalog.entries {
            writeln!(out, "  {:<width$}  {}", entry.code(), entry.symptom())?;
        }
    }
    Ok(())
}

/// Every catalog as a Markdown table under a `## <name>` heading.
fn markdown(catalogs: &[Catalog], out: &mut impl Write) -> io::Result<()> {
    for (index, catalog) in catalogs.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        writeln!(out, "## {}", catalog.name)?;
        writeln!(out)?;
        write!(out, "{}", (catalog.markdown)())?;
    }
    Ok(())
}

/// Every catalog as JSON: `[{"catalog": name, "entries": [...]}, ...]`,
/// each entry as `error_catalog::Entry` serializes (feature `serde`).
fn json(catalogs: &[Catalog], out: &mut impl Write) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct Json {
        catalog: &'static str,
        entries: &'static [Entry],
    }

    let catalogs: Vec<Json> = catalogs
        .iter()
        .map(|catalog| Json {
            catalog: catalog.name,
            entries: catalog.entries,
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &catalogs)?;
    writeln!(out)
}

fn main() -> ExitCode {
    let code = run(
        std::env::args_os(),
        &mut io::stdout().lock(),
        &mut io::stderr().lock(),
    );
    ExitCode::from(code)
}

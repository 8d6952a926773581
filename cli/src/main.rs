//! `error-catalog`: explains error codes, the way `rustc --explain` does.
//!
//! - `CODE...`: each code with its symptom and solution (and status, URL,
//!   aliases, deprecation note and long explanation where the entry has
//!   them), from each catalog that has it. Codes match whatever their case,
//!   with `-` for `_`. A code that no catalog has is reported on stderr with
//!   the nearest codes, and the exit status is 2; known codes still print.
//! - `--list`: every code of every catalog with its symptom.
//! - `--markdown`, `--json`: every ONS catalog as Markdown tables, or JSON.
//! - `--catalog FILE`: the catalogs of a JSON file instead of the ONS ones:
//!   `serde_json` of `C::entries()`, or the output of `--json`; a regular
//!   file of at most [`file::MAX_FILE_BYTES`] (16 MiB), whose codes and
//!   aliases name one entry each.
//!
//! Every text from a file or the command line is printed escaped
//! ([`escape::Escaped`]), so none drives the terminal.

mod catalog;
mod escape;
mod file;
mod show;
mod unique;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command, value_parser};

use crate::catalog::Catalog;

/// The exit status when a code is unknown in every catalog, as for usage
/// errors.
const EXIT_UNKNOWN: u8 = 2;
/// The exit status when a catalog cannot be read or the output written.
const EXIT_FAILURE: u8 = 1;

/// The command line.
fn command() -> Command {
    Command::new("error-catalog")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Explain error codes: of Alibaba Cloud Message Queue (ONS), or of a catalog exported as JSON")
        .long_about(
            "Explain error codes: of Alibaba Cloud Message Queue (ONS), or of a catalog exported as JSON.\n\n\
             Looks each CODE up in the MQ Open API and the MQ for MQTT API catalogs (or in the \
             catalogs of --catalog files) and prints what each catalog says of it. Codes match \
             whatever their case, with '-' for '_'. An unknown code is reported with the nearest \
             known codes and makes the exit status 2.",
        )
        .after_help(
            "Examples:\n  error-catalog BIZ_TOPIC_NOT_FOUND\n  error-catalog biz-no-message --catalog billing.json\n  error-catalog --list",
        )
        .arg(Arg::new("codes").value_name("CODE").num_args(1..).help("Error codes to explain, such as BIZ_TOPIC_NOT_FOUND"))
        .arg(flag("list", "List every code of every catalog with its symptom"))
        .arg(flag("markdown", "Print every ONS catalog as a Markdown table").conflicts_with("catalog"))
        .arg(flag("json", "Print every ONS catalog as JSON: an array of {catalog, entries}").conflicts_with("catalog"))
        .arg(
            Arg::new("catalog")
                .long("catalog")
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .action(ArgAction::Append)
                .help(format!(
                    "Explain the codes of a catalog exported as JSON (serde_json of C::entries()) instead of \
                     the ONS ones; repeatable. A regular file of at most {}",
                    file::MAX_FILE_SIZE
                )),
        )
        .group(
            ArgGroup::new("mode")
                .required(true)
                .multiple(false)
                .args(["codes", "list", "markdown", "json"]),
        )
}

/// A flag named `name`.
fn flag(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name).long(name).action(ArgAction::SetTrue).help(help)
}

/// The catalogs to explain codes of: the `--catalog` files', else the ONS ones.
fn catalogs(matches: &ArgMatches) -> Result<Vec<Catalog>, file::FileError> {
    match matches.get_many::<PathBuf>("catalog") {
        Some(files) => files
            .map(|path| file::read(path))
            .try_fold(Vec::new(), |mut all, catalogs| {
                all.extend(catalogs?);
                Ok(all)
            }),
        None => Ok(catalog::ons()),
    }
}

/// Does what `matches` ask; returns the exit status.
fn run(matches: &ArgMatches, out: &mut impl Write, err: &mut impl Write) -> io::Result<u8> {
    let catalogs = match catalogs(matches) {
        Ok(catalogs) => catalogs,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(EXIT_FAILURE);
        }
    };
    if matches.get_flag("list") {
        show::list(&catalogs, out)?;
    } else if matches.get_flag("markdown") {
        show::markdown(&catalogs, out)?;
    } else if matches.get_flag("json") {
        show::json(&catalogs, out)?;
    } else {
        let codes: Vec<String> = matches
            .get_many::<String>("codes")
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        if !show::explain(&catalogs, &codes, out, err)? {
            return Ok(EXIT_UNKNOWN);
        }
    }
    Ok(0)
}

fn main() -> ExitCode {
    let matches = match command().try_get_matches() {
        Ok(matches) => matches,
        // Help and version go to stdout with status 0, usage errors to stderr with 2.
        Err(error) => {
            let status = u8::try_from(error.exit_code()).unwrap_or(EXIT_UNKNOWN);
            return ExitCode::from(if error.print().is_ok() {
                status
            } else {
                EXIT_FAILURE
            });
        }
    };
    let (mut out, mut err) = (io::stdout().lock(), io::stderr().lock());
    let status = run(&matches, &mut out, &mut err).and_then(|status| out.flush().map(|()| status));
    // Output that cannot be written (a closed pipe, say) ends the run quietly.
    ExitCode::from(status.unwrap_or(EXIT_FAILURE))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_well_formed() {
        super::command().debug_assert();
    }
}

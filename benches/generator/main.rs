//! Writes the sources of one throwaway crate for `build-times.sh`.
//!
//! `build-times.sh` compiles this file with plain `rustc` (it is no target of
//! the package) and runs it as
//!
//! ```text
//! generator KIND N CRATE_NAME DIR
//! ```
//!
//! where KIND is `error-catalog`, `strum` or `match`. It writes `DIR/src/lib.rs`
//! (one catalog of N entries, the type `Catalog`) and `DIR/src/main.rs` (a
//! small user that parses codes and prints their messages); the script writes
//! `Cargo.toml`.

#[allow(dead_code)] // shared with build.rs, which uses other parts of it
mod catalog;

use std::fs;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kind, n, krate, dir] = args.as_slice() else {
        eprintln!("usage: generator error-catalog|strum|match N CRATE_NAME DIR");
        return ExitCode::from(2);
    };
    let Ok(n) = n.parse::<usize>() else {
        eprintln!("generator: N must be a number, not {n:?}");
        return ExitCode::from(2);
    };
    let entries = catalog::catalog(n);
    let (lib, user) = match kind.as_str() {
        "error-catalog" => (
            catalog::error_catalog_enum("Catalog", &entries),
            format!(
                "use {krate}::Catalog;\n\n\
                 fn explain(code: &str) -> String {{\n    \
                 match code.parse::<Catalog>() {{\n        \
                 // CODE: symptom (solution: ...)\n        \
                 Ok(error) => format!(\"{{error:#}}\"),\n        \
                 Err(unknown) => unknown.to_string(),\n    }}\n}}\n"
            ),
        ),
        "strum" => (
            catalog::strum_enum("Catalog", &entries),
            format!(
                "use strum::EnumMessage;\nuse {krate}::Catalog;\n\n\
                 fn explain(code: &str) -> String {{\n    \
                 match code.parse::<Catalog>() {{\n        \
                 Ok(error) => {{\n            \
                 let code: &'static str = (&error).into();\n            \
                 format!(\"{{}}: {{}} (solution: {{}})\", code, error, error.get_detailed_message().unwrap_or_default())\n        \
                 }}\n        \
                 Err(unknown) => format!(\"{{code}}: {{unknown}}\"),\n    }}\n}}\n"
            ),
        ),
        "match" => (
            catalog::match_enum("Catalog", &entries),
            format!(
                "use {krate}::Catalog;\n\n\
                 fn explain(code: &str) -> String {{\n    \
                 match code.parse::<Catalog>() {{\n        \
                 Ok(error) => format!(\"{{}}: {{}} (solution: {{}})\", error.code(), error, error.detailed_message()),\n        \
                 Err(_) => format!(\"{{code}}: unknown code\"),\n    }}\n}}\n"
            ),
        ),
        other => {
            eprintln!("generator: unknown kind {other:?} (error-catalog, strum or match)");
            return ExitCode::from(2);
        }
    };
    let user = format!(
        "{user}\nfn main() {{\n    for code in std::env::args().skip(1) {{\n        \
         println!(\"{{}}\", explain(&code));\n    }}\n}}\n"
    );
    let src = Path::new(dir).join("src");
    if let Err(error) = fs::create_dir_all(&src)
        .and_then(|()| fs::write(src.join("lib.rs"), lib))
        .and_then(|()| fs::write(src.join("main.rs"), user))
    {
        eprintln!("generator: cannot write {}: {error}", src.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

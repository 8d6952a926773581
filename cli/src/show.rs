//! What the tool prints: codes explained, unknown codes with suggestions,
//! and every catalog as a list, Markdown or JSON.

use std::io::{self, Write};

use error_catalog::OwnedEntry;

use crate::catalog::Catalog;
use crate::escape::{Escaped, escaped_width};

/// The widest column of codes `--list` pads to; a longer code is written
/// as it is, so that the output grows with the file, not with its longest
/// code times its number of entries.
const LIST_CODE_WIDTH: usize = 40;

/// Explains each of `codes` from each of `catalogs` that has it; reports
/// those that none has on `err`, with suggestions. Returns whether every
/// code was known. Every text from a file or the command line is
/// [`Escaped`].
pub fn explain(
    catalogs: &[Catalog],
    codes: &[String],
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<bool> {
    let mut all_known = true;
    let mut first = true;
    for given in codes {
        let code = given.trim();
        let hits: Vec<(&Catalog, Option<OwnedEntry>)> = catalogs
            .iter()
            .map(|catalog| (catalog, catalog.find(code)))
            .collect();
        let Some(canonical) = hits
            .iter()
            .find_map(|(_, hit)| hit.as_ref())
            .map(|hit| heading(hit, code))
        else {
            unknown(catalogs, given, err)?;
            all_known = false;
            continue;
        };
        if !first {
            writeln!(out)?;
        }
        first = false;
        writeln!(out, "{canonical}")?;
        for (catalog, hit) in &hits {
            writeln!(out)?;
            match hit {
                Some(found) => entry(&catalog.name, found, out)?,
                None => writeln!(out, "  (not in {})", Escaped(&catalog.name))?,
            }
        }
    }
    Ok(all_known)
}

/// The heading of a found code: its entry's code; for a family's member,
/// the code as given and the family.
fn heading(found: &OwnedEntry, code: &str) -> String {
    if found.is_family() {
        format!("{} (family {})", Escaped(code), Escaped(found.code()))
    } else {
        Escaped(found.code()).to_string()
    }
}

/// One catalog's entry, indented under the code; a text the entry does
/// not give is left out. Each line of the long explanation is escaped on
/// its own, so its line breaks stay.
fn entry(catalog: &str, found: &OwnedEntry, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "  {}", Escaped(catalog))?;
    let status = found.status().map(|status| status.to_string());
    let aliases = found.aliases().join(", ");
    let lines = [
        ("Symptom:  ", Some(found.symptom())),
        ("Solution: ", Some(found.solution())),
        ("Status:   ", status.as_deref()),
        ("URL:      ", found.url()),
        ("Aliases:  ", Some(aliases.as_str())),
        ("Deprecated: ", found.deprecated()),
    ];
    for (label, value) in lines {
        if let Some(value) = value.filter(|value| !value.is_empty()) {
            writeln!(out, "    {label}{}", Escaped(value))?;
        }
    }
    if let Some(doc) = found.doc() {
        writeln!(out)?;
        for line in doc.lines() {
            writeln!(out, "    {}", Escaped(line))?;
        }
    }
    Ok(())
}

/// Reports a code that no catalog has, with each catalog's nearest entry.
fn unknown(catalogs: &[Catalog], given: &str, err: &mut impl Write) -> io::Result<()> {
    let names: Vec<&str> = catalogs.iter().map(|catalog| catalog.name.as_str()).collect();
    writeln!(
        err,
        "error: `{}` is unknown in every catalog ({})",
        Escaped(given),
        Escaped(&names.join(", "))
    )?;
    if let Some((_, c)) = error_catalog_shared::non_ascii(given) {
        writeln!(
            err,
            "  its `{}` (U+{:04X}) is not an ASCII letter, whatever it looks like",
            Escaped(c.encode_utf8(&mut [0; 4])),
            u32::from(c)
        )?;
    }
    let mut suggestions: Vec<String> = Vec::new();
    for nearest in catalogs
        .iter()
        .filter_map(|catalog| catalog.nearest(given.trim()))
    {
        let suggestion = suggestion(&nearest);
        if !suggestions.contains(&suggestion) {
            suggestions.push(suggestion);
        }
    }
    match suggestions.as_slice() {
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

/// How a suggested entry is named: its code, or a family's prefix (its `*`
/// code is no code anyone sends).
fn suggestion(nearest: &OwnedEntry) -> String {
    match nearest.family_prefix() {
        Some(prefix) => format!(
            "a code starting with {} (family {})",
            Escaped(prefix),
            Escaped(nearest.code())
        ),
        None => Escaped(nearest.code()).to_string(),
    }
}

/// Every code of every catalog with its symptom, grouped by catalog; the
/// symptoms start in one column, after the longest code up to
/// [`LIST_CODE_WIDTH`] characters.
pub fn list(catalogs: &[Catalog], out: &mut impl Write) -> io::Result<()> {
    let width = catalogs
        .iter()
        .flat_map(|catalog| &catalog.entries)
        .map(|entry| escaped_width(entry.code()))
        .filter(|&width| width <= LIST_CODE_WIDTH)
        .max()
        .unwrap_or(0);
    for (index, catalog) in catalogs.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        let name = Escaped(&catalog.name);
        writeln!(out, "{name} ({} codes)", catalog.entries.len())?;
        for entry in &catalog.entries {
            let padding = width.saturating_sub(escaped_width(entry.code()));
            let (code, symptom) = (Escaped(entry.code()), Escaped(entry.symptom()));
            writeln!(out, "  {code}{:padding$}  {symptom}", "")?;
        }
    }
    Ok(())
}

/// Every catalog of the library as a Markdown table under a `## <name>`
/// heading.
pub fn markdown(catalogs: &[Catalog], out: &mut impl Write) -> io::Result<()> {
    let tables = catalogs
        .iter()
        .filter_map(|catalog| Some((&catalog.name, catalog.markdown()?)));
    for (index, (name, table)) in tables.enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        write!(out, "## {name}\n\n{table}")?;
    }
    Ok(())
}

/// Every catalog as JSON: `[{"catalog": name, "entries": [...]}, ...]`,
/// each entry as `error_catalog::Entry` serializes.
pub fn json(catalogs: &[Catalog], out: &mut impl Write) -> io::Result<()> {
    let catalogs = catalogs
        .iter()
        .map(|catalog| {
            let mut object = serde_json::Map::new();
            object.insert("catalog".to_owned(), catalog.name.as_str().into());
            object.insert("entries".to_owned(), serde_json::to_value(&catalog.entries)?);
            Ok(serde_json::Value::Object(object))
        })
        .collect::<serde_json::Result<Vec<_>>>()?;
    serde_json::to_writer_pretty(&mut *out, &catalogs)?;
    writeln!(out)
}

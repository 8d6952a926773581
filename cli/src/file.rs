//! Catalogs read from JSON files: an array of entries as `error_catalog::Entry`
//! serializes them (`serde_json::to_string(C::entries())`), or the output of
//! `--json`, an array of `{"catalog": name, "entries": [...]}`.

use std::fmt;
use std::path::Path;

use serde_json::{Map, Value};

use crate::catalog::{Catalog, Record};

/// Why a file gives no catalog, with the file's name.
#[derive(Debug)]
pub struct FileError {
    file: String,
    reason: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot read the catalog {}: {}", self.file, self.reason)
    }
}

/// The catalogs of the JSON file at `path`.
pub fn read(path: &Path) -> Result<Vec<Catalog>, FileError> {
    let error = |reason: String| FileError {
        file: path.display().to_string(),
        reason,
    };
    let text = std::fs::read_to_string(path).map_err(|io| error(io.to_string()))?;
    let json: Value = serde_json::from_str(&text).map_err(|json| error(format!("not JSON: {json}")))?;
    let default_name = path
        .file_stem()
        .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned());
    catalogs(&json, &default_name).map_err(error)
}

/// The catalogs of a file's JSON: one of its entries, or one per object
/// with `entries` (as `--json` prints them).
fn catalogs(json: &Value, default_name: &str) -> Result<Vec<Catalog>, String> {
    let items = json
        .as_array()
        .ok_or("expected an array of entries, such as serde_json writes for `C::entries()`")?;
    let exported = !items.is_empty() && items.iter().all(|item| item.get("entries").is_some());
    if !exported {
        return catalog(items, None, default_name).map(|catalog| vec![catalog]);
    }
    items
        .iter()
        .enumerate()
        .map(|(at, item)| {
            let entries = item["entries"]
                .as_array()
                .ok_or(format!("`entries` of catalog {} is not an array", at + 1))?;
            let name =
                optional_text(item, "catalog").map_err(|reason| format!("catalog {}: {reason}", at + 1))?;
            catalog(entries, name, default_name)
        })
        .collect()
}

/// A catalog of `entries`, named `name`, else by its first entry's `catalog`,
/// else `default_name`.
fn catalog(entries: &[Value], name: Option<String>, default_name: &str) -> Result<Catalog, String> {
    let records = entries
        .iter()
        .enumerate()
        .map(|(at, entry)| record(entry).map_err(|reason| format!("entry {}: {reason}", at + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    let first_named = entries.iter().find_map(|entry| entry.get("catalog")?.as_str());
    let name = name
        .or(first_named.map(str::to_owned))
        .unwrap_or_else(|| default_name.to_owned());
    Ok(Catalog::file(name, records))
}

/// One entry; only its code is required.
fn record(entry: &Value) -> Result<Record, String> {
    let object = entry.as_object().ok_or("not an object")?;
    let code = optional_text(entry, "code")?.ok_or("no `code`")?;
    if code.trim().is_empty() {
        return Err("an empty `code`".to_owned());
    }
    let family = flag(object, "family")?;
    if family && !code.ends_with('*') {
        return Err(format!("`{code}` is a family, but its code does not end in `*`"));
    }
    Ok(Record {
        symptom: optional_text(entry, "symptom")?,
        solution: optional_text(entry, "solution")?,
        status: status(object)?,
        url: optional_text(entry, "url")?,
        deprecated: optional_text(entry, "deprecated")?,
        doc: optional_text(entry, "doc")?,
        aliases: aliases(object)?,
        family,
        code,
    })
}

/// The string at `key`; `None` when absent or null.
fn optional_text(object: &Value, key: &str) -> Result<Option<String>, String> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(other) => Err(format!("`{key}` is {}, not a string", kind(other))),
    }
}

/// The HTTP status, a number from 100 to 999; `None` when absent or null.
fn status(object: &Map<String, Value>) -> Result<Option<u16>, String> {
    match object.get("status") {
        None | Some(Value::Null) => Ok(None),
        Some(value) => value
            .as_u64()
            .and_then(|status| u16::try_from(status).ok())
            .filter(|status| (100..=999).contains(status))
            .map(Some)
            .ok_or(format!("`status` is {value}, not an HTTP status")),
    }
}

/// The aliases, strings; none when absent or null.
fn aliases(object: &Map<String, Value>) -> Result<Vec<String>, String> {
    let not_strings = || "`aliases` is not an array of strings".to_owned();
    match object.get("aliases") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(aliases)) => aliases
            .iter()
            .map(|alias| alias.as_str().map(str::to_owned).ok_or_else(not_strings))
            .collect(),
        Some(_) => Err(not_strings()),
    }
}

/// The boolean at `key`; false when absent or null.
fn flag(object: &Map<String, Value>, key: &str) -> Result<bool, String> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(flag)) => Ok(*flag),
        Some(other) => Err(format!("`{key}` is {}, not true or false", kind(other))),
    }
}

/// What a JSON value is, for messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_json(json: &str) -> Result<Vec<Catalog>, String> {
        catalogs(&serde_json::from_str(json).unwrap(), "file")
    }

    #[test]
    fn only_the_code_is_required() {
        let catalogs = read_json(r#"[{"code": "SHOP_CLOSED"}]"#).unwrap();
        assert_eq!(catalogs[0].name, "file");
        assert_eq!(catalogs[0].records[0].code, "SHOP_CLOSED");
        assert_eq!(catalogs[0].records[0].symptom, None);
    }

    #[test]
    fn wrong_fields_are_named_with_their_entry() {
        for (json, reason) in [
            (r#"{"code": "A"}"#, "expected an array of entries"),
            (r#"[{"code": "A"}, 3]"#, "entry 2: not an object"),
            (r#"[{"symptom": "s"}]"#, "entry 1: no `code`"),
            (r#"[{"code": " "}]"#, "entry 1: an empty `code`"),
            (r#"[{"code": 7}]"#, "entry 1: `code` is a number, not a string"),
            (
                r#"[{"code": "A", "status": 70000}]"#,
                "entry 1: `status` is 70000",
            ),
            (
                r#"[{"code": "A", "aliases": "B"}]"#,
                "entry 1: `aliases` is not an array",
            ),
            (r#"[{"code": "A_", "family": true}]"#, "entry 1: `A_` is a family"),
            (r#"[{"entries": {}}]"#, "`entries` of catalog 1 is not an array"),
        ] {
            let error = read_json(json).err().unwrap_or_default();
            assert!(error.starts_with(reason), "{json}: {error}");
        }
    }
}

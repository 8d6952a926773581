//! Catalogs read from JSON files: an array of entries as `error_catalog::Entry`
//! serializes them (`serde_json::to_string(C::entries())`), or the output of
//! `--json`, an array of `{"catalog": name, "entries": [...]}`. Each entry
//! is read as an `error_catalog::OwnedEntry`, by the rules of the library.
//! Only a regular file of at most [`MAX_FILE_BYTES`] is read, and within
//! one catalog every code and alias names one entry.

use std::fmt;
use std::fs::{File, Metadata};
use std::io::Read as _;
use std::path::Path;

use error_catalog::OwnedEntry;
use serde_json::Value;

use crate::catalog::Catalog;
use crate::escape::Escaped;
use crate::unique;

/// The largest catalog file read, 16 MiB: over a thousand times both ONS
/// catalogs as `--json` prints them, room for ten thousand entries of a
/// kilobyte and more, while the JSON tree the file is parsed into (from
/// about 16 times its size for an array of numbers to about 90 times for
/// one of tiny objects) stays within what a laptop holds.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// [`MAX_FILE_BYTES`] as people read it.
pub const MAX_FILE_SIZE: &str = "16 MiB";

/// Why a file gives no catalog, with the file's name.
#[derive(Debug)]
pub struct FileError {
    file: String,
    reason: String,
}

impl fmt::Display for FileError {
    /// Escaped, as the file's name and the reason may quote what the file
    /// holds.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (file, reason) = (Escaped(&self.file), Escaped(&self.reason));
        write!(f, "cannot read the catalog {file}: {reason}")
    }
}

/// The catalogs of the JSON file at `path`.
pub fn read(path: &Path) -> Result<Vec<Catalog>, FileError> {
    let error = |reason: String| FileError {
        file: path.display().to_string(),
        reason,
    };
    let text = read_text(path).map_err(error)?;
    let json: Value = serde_json::from_str(&text).map_err(|json| error(format!("not JSON: {json}")))?;
    let default_name = path
        .file_stem()
        .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned());
    catalogs(json, &default_name).map_err(error)
}

/// The text of the file at `path`, if a regular file (after symbolic
/// links) of at most [`MAX_FILE_BYTES`]. A FIFO or a device is refused
/// before it is opened, so nothing waits on a writer or reads forever; a
/// file that grows while read is still read no further than the limit.
fn read_text(path: &Path) -> Result<String, String> {
    let metadata = std::fs::metadata(path).map_err(|io| io.to_string())?;
    if !metadata.is_file() {
        return Err(format!(
            "it is {}, not a regular file; give the path of a catalog exported as JSON",
            kind(&metadata)
        ));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let mut text = String::new();
    File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_string(&mut text))
        .map_err(|io| io.to_string())?;
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    Ok(text)
}

/// Why a file over the limit is not read, and what to do.
fn too_large() -> String {
    format!(
        "it is larger than {MAX_FILE_SIZE} ({MAX_FILE_BYTES} bytes), the most a catalog file may hold; \
         split it into several files, each given with its own --catalog"
    )
}

/// What a file that is not a regular file is, as its message names it.
fn kind(metadata: &Metadata) -> &'static str {
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return "a FIFO (a named pipe)";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// The catalogs of a file's JSON: one of its entries, or one per object
/// with `entries` (as `--json` prints them).
fn catalogs(json: Value, default_name: &str) -> Result<Vec<Catalog>, String> {
    let Value::Array(items) = json else {
        return Err("expected an array of entries, such as serde_json writes for `C::entries()`".to_owned());
    };
    let exported = !items.is_empty() && items.iter().all(|item| item.get("entries").is_some());
    if !exported {
        return catalog(items, None, default_name).map(|catalog| vec![catalog]);
    }
    items
        .into_iter()
        .enumerate()
        .map(|(at, item)| {
            exported_catalog(item, default_name).map_err(|reason| format!("catalog {}: {reason}", at + 1))
        })
        .collect()
}

/// A catalog as `--json` prints it: its `entries`, named by its `catalog`.
fn exported_catalog(mut item: Value, default_name: &str) -> Result<Catalog, String> {
    let Some(Value::Array(entries)) = item.get_mut("entries").map(Value::take) else {
        return Err("`entries` is not an array".to_owned());
    };
    let name = match item.get("catalog") {
        None | Some(Value::Null) => None,
        Some(Value::String(name)) => Some(name.clone()),
        Some(_) => return Err("`catalog` is not a string".to_owned()),
    };
    catalog(entries, name, default_name)
}

/// A catalog of `entries`, named `name`, else by its first entry's `catalog`,
/// else `default_name`; refused when two of its entries share a code or an
/// alias.
fn catalog(entries: Vec<Value>, name: Option<String>, default_name: &str) -> Result<Catalog, String> {
    let entries = entries
        .into_iter()
        .enumerate()
        .map(|(at, entry)| {
            serde_json::from_value(entry).map_err(|error| format!("entry {}: {error}", at + 1))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let first_named = entries
        .iter()
        .map(OwnedEntry::catalog)
        .find(|name| !name.is_empty());
    let name = name
        .or(first_named.map(str::to_owned))
        .unwrap_or_else(|| default_name.to_owned());
    unique::check(&entries).map_err(|duplicate| format!("in the catalog `{name}`, {duplicate}"))?;
    Ok(Catalog::file(name, entries))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_json(json: &str) -> Result<Vec<Catalog>, String> {
        catalogs(serde_json::from_str(json).unwrap(), "file")
    }

    #[test]
    fn only_the_code_is_required() {
        let catalogs = read_json(r#"[{"code": "SHOP_CLOSED"}]"#).unwrap();
        assert_eq!(catalogs[0].name, "file");
        assert_eq!(catalogs[0].entries[0].code(), "SHOP_CLOSED");
        assert_eq!(catalogs[0].entries[0].symptom(), "");
    }

    #[test]
    fn wrong_fields_are_named_with_their_entry() {
        for (json, reason) in [
            (r#"{"code": "A"}"#, "expected an array of entries"),
            (
                r#"[{"code": "A"}, 3]"#,
                "entry 2: invalid type: integer `3`, expected an entry",
            ),
            (r#"[{"symptom": "s"}]"#, "entry 1: missing field `code`"),
            (
                r#"[{"code": " "}]"#,
                "entry 1: `code`: invalid value: string \" \"",
            ),
            (
                r#"[{"code": 7}]"#,
                "entry 1: `code`: invalid type: integer `7`, expected a string",
            ),
            (
                r#"[{"code": "A", "status": 70000}]"#,
                "entry 1: `status`: invalid value: integer `70000`",
            ),
            (
                r#"[{"code": "A", "aliases": "B"}]"#,
                "entry 1: `aliases`: invalid type: string \"B\"",
            ),
            (
                r#"[{"code": "A_", "family": true}]"#,
                "entry 1: `code`: invalid value: string \"A_\"",
            ),
            (r#"[{"entries": {}}]"#, "catalog 1: `entries` is not an array"),
            (
                r#"[{"entries": [], "catalog": 3}]"#,
                "catalog 1: `catalog` is not a string",
            ),
        ] {
            let error = read_json(json).err().unwrap_or_default();
            assert!(error.starts_with(reason), "{json}: {error}");
        }
    }
}

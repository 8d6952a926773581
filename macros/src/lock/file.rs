//! The lock file's format: reading it into a [`Lock`], and writing one.
//!
//! One fact a line, so that a change is a one-line diff:
//!
//! ```text
//! # comments and blank lines anywhere
//! catalog Billing
//! code BILLING_ACCOUNT_FROZEN placeholders=0
//! code BILLING_QUOTA_EXCEEDED status=429 placeholders=limit,used
//! retired BILLING_OLD "use BILLING_NEW instead"
//! ```
//!
//! `catalog` names the enum and comes first. A `code` line lists what the
//! lock promises about a published code as `fact=value` words after it (see
//! [`Facts`]); a fact that is empty (no status, no placeholders) is left
//! out. A `retired` line has a note in double quotes, `\"` and `\\` escaped.
//! Written, the codes are sorted, then the retired codes, sorted.

use std::collections::BTreeMap;

use error_catalog_shared::{STATUS_RANGE, is_status};

/// What the lock promises about one published code. A new fact is a field
/// here, a word in [`FACTS`], a line of [`Facts::read`] and of
/// [`Facts::words`], and a comparison in `compare`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// `status=N`: the HTTP status, also when it is the enum's default.
    pub status: Option<u16>,
    /// `placeholders=a,b`: the fields the symptom and the solution name, sorted.
    pub placeholders: Vec<String>,
    /// `aliases=A,B`: the other spellings of the code, sorted.
    pub aliases: Vec<String>,
}

/// The facts a `code` line may give, as written before `=`.
const FACTS: &str = "`status=N`, `placeholders=a,b` or `aliases=A,B`";

/// A lock file, read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lock {
    /// The enum whose lock it is.
    pub catalog: String,
    /// Every published code with its facts.
    pub codes: BTreeMap<String, Facts>,
    /// Every retired code with its note.
    pub retired: BTreeMap<String, String>,
}

/// What is wrong with a line: its number (from 1) and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    pub line: usize,
    pub message: String,
}

/// What each line after `catalog` may be.
const LINES: &str =
    "`code CODE [status=N] [placeholders=a,b] [aliases=A,B]`, `retired CODE \"note\"` or a `#` comment";

impl Lock {
    /// The lock that `text` writes.
    pub fn read(text: &str) -> Result<Lock, Malformed> {
        let mut lock = Lock::default();
        // Where each code was listed, for the message about a second line.
        let mut listed: BTreeMap<String, usize> = BTreeMap::new();
        let mut number = 0;
        for (index, line) in text.lines().enumerate() {
            number = index + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let malformed = |message: String| Malformed {
                line: number,
                message,
            };
            let (word, rest) = split_word(line);
            if lock.catalog.is_empty() {
                lock.catalog = read_catalog(word, rest).map_err(malformed)?;
                continue;
            }
            let code = match word {
                "code" => lock.read_code(rest),
                "retired" => lock.read_retired(rest),
                "catalog" => Err("a second `catalog` line; a lock file is of one enum".to_owned()),
                _ => Err(format!("expected {LINES}, found `{word}`")),
            }
            .map_err(malformed)?;
            if let Some(first) = listed.insert(code.clone(), number) {
                return Err(malformed(format!(
                    "code `{code}` is listed twice (first on line {first})"
                )));
            }
        }
        if lock.catalog.is_empty() {
            return Err(Malformed {
                line: number + 1,
                message: "expected `catalog NAME` first, found the end of the file".to_owned(),
            });
        }
        Ok(lock)
    }

    /// `CODE fact=value ...` after `code`; gives the code.
    fn read_code(&mut self, rest: &str) -> Result<String, String> {
        let mut words = rest.split_whitespace();
        let code = words.next().ok_or("expected a code after `code`")?;
        let facts = Facts::read(code, words)?;
        self.codes.insert(code.to_owned(), facts);
        Ok(code.to_owned())
    }

    /// `CODE "note"` after `retired`; gives the code.
    fn read_retired(&mut self, rest: &str) -> Result<String, String> {
        let (code, note) = split_word(rest);
        if code.is_empty() {
            return Err("expected a code after `retired`".to_owned());
        }
        let note = unquote(note).ok_or_else(|| {
            format!(
                "expected a note in double quotes after `retired {code}`, such as `\"use NEW_CODE instead\"`"
            )
        })?;
        if note.trim().is_empty() {
            return Err(format!(
                "the note of `retired {code}` is empty; say what to use instead"
            ));
        }
        self.retired.insert(code.to_owned(), note);
        Ok(code.to_owned())
    }

    /// The file's text: `header`, the catalog, the codes, the retired codes.
    pub fn write(&self, header: &str) -> String {
        let mut text = String::from(header);
        text.push_str(&format!("catalog {}\n", self.catalog));
        if !self.codes.is_empty() {
            text.push('\n');
        }
        for (code, facts) in &self.codes {
            let line: Vec<String> = std::iter::once(format!("code {code}"))
                .chain(facts.words())
                .collect();
            text.push_str(&line.join(" "));
            text.push('\n');
        }
        if !self.retired.is_empty() {
            text.push('\n');
        }
        for (code, note) in &self.retired {
            text.push_str(&format!("retired {code} {}\n", quoted(note)));
        }
        text
    }
}

impl Facts {
    /// The facts written `words` after `code CODE`.
    fn read<'t>(code: &str, words: impl Iterator<Item = &'t str>) -> Result<Facts, String> {
        let mut facts = Facts::default();
        let mut seen: Vec<&str> = Vec::new();
        for word in words {
            let (name, value) = word
                .split_once('=')
                .ok_or_else(|| format!("expected {FACTS} after `code {code}`, found `{word}`"))?;
            if seen.contains(&name) {
                return Err(format!("`{name}` is given twice for `code {code}`"));
            }
            seen.push(name);
            match name {
                "status" => facts.status = Some(read_status(value)?),
                "placeholders" => facts.placeholders = read_names(value, "field names", name)?,
                "aliases" => facts.aliases = read_names(value, "codes", name)?,
                _ => {
                    return Err(format!(
                        "unknown fact `{name}` of `code {code}`; expected {FACTS}"
                    ));
                }
            }
        }
        Ok(facts)
    }

    /// The words the facts are written as, the empty ones left out.
    fn words(&self) -> impl Iterator<Item = String> {
        let status = self.status.map(|status| format!("status={status}"));
        let list = |name: &str, values: &[String]| {
            (!values.is_empty()).then(|| format!("{name}={}", values.join(",")))
        };
        let placeholders = list("placeholders", &self.placeholders);
        let aliases = list("aliases", &self.aliases);
        status.into_iter().chain(placeholders).chain(aliases)
    }
}

/// The first word of `line` and the rest, trimmed.
fn split_word(line: &str) -> (&str, &str) {
    match line.split_once(char::is_whitespace) {
        Some((word, rest)) => (word, rest.trim()),
        None => (line, ""),
    }
}

fn read_catalog(word: &str, rest: &str) -> Result<String, String> {
    match (word, rest) {
        ("catalog", name) if !name.is_empty() && !name.contains(char::is_whitespace) => Ok(name.to_owned()),
        ("catalog", _) => Err("expected the enum's name after `catalog`, one word".to_owned()),
        (word, _) => Err(format!("expected `catalog NAME` first, found `{word}`")),
    }
}

fn read_status(value: &str) -> Result<u16, String> {
    value
        .parse()
        .ok()
        .filter(|&status: &u16| is_status(status.into()))
        .ok_or_else(|| format!("expected an HTTP status in {STATUS_RANGE} after `status=`, found `{value}`"))
}

/// The `what` (field names, codes) of the fact `fact`, sorted.
fn read_names(value: &str, what: &str, fact: &str) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = value.split(',').map(str::to_owned).collect();
    if names.iter().any(String::is_empty) {
        return Err(format!(
            "expected {what} separated by commas after `{fact}=`, found `{value}`"
        ));
    }
    names.sort();
    names.dedup();
    Ok(names)
}

/// A note as the lock file writes it: in double quotes, with `\` and `"`
/// escaped.
pub fn quoted(note: &str) -> String {
    format!("\"{}\"", note.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The note that `written` quotes, or `None` when it is not one quoted note.
fn unquote(written: &str) -> Option<String> {
    let inner = written.strip_prefix('"')?.strip_suffix('"')?;
    let mut note = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => note.push(chars.next().filter(|next| matches!(next, '\\' | '"'))?),
            '"' => return None,
            c => note.push(c),
        }
    }
    Some(note)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# a comment\n\
                        catalog Billing\n\
                        \n\
                        code B placeholders=used,limit status=429\n\
                        code A\r\n\
                        retired OLD \"use \\\"A\\\" instead\"\n";

    #[test]
    fn reads_every_kind_of_line() {
        let lock = Lock::read(TEXT).unwrap();
        assert_eq!(lock.catalog, "Billing");
        assert_eq!(lock.codes["A"], Facts::default());
        assert_eq!(lock.codes["B"].status, Some(429));
        assert_eq!(lock.codes["B"].placeholders, ["limit", "used"]);
        assert_eq!(lock.retired["OLD"], "use \"A\" instead");
    }

    #[test]
    fn writes_sorted_and_reads_back() {
        let lock = Lock::read(TEXT).unwrap();
        let written = lock.write("# header\n");
        assert_eq!(
            written,
            "# header\ncatalog Billing\n\ncode A\ncode B status=429 placeholders=limit,used\n\n\
             retired OLD \"use \\\"A\\\" instead\"\n"
        );
        assert_eq!(Lock::read(&written).unwrap(), lock);
        assert_eq!(Lock::read("catalog E\n").unwrap().write(""), "catalog E\n");
    }

    #[test]
    fn malformed_lines_say_where_and_what() {
        for (text, line, expected) in [
            ("", 1, "expected `catalog NAME` first, found the end"),
            ("# only\n", 2, "expected `catalog NAME` first, found the end"),
            ("code A\n", 1, "expected `catalog NAME` first, found `code`"),
            ("catalog\n", 1, "expected the enum's name after `catalog`"),
            (
                "catalog A B\n",
                1,
                "expected the enum's name after `catalog`, one word",
            ),
            ("catalog E\ncatalog F\n", 2, "a second `catalog` line"),
            (
                "catalog E\nkode A\n",
                2,
                "expected `code CODE [status=N] [placeholders=a,b] [aliases=A,B]`, `retired CODE",
            ),
            ("catalog E\n\nkode A\n", 3, "found `kode`"),
            ("catalog E\ncode\n", 2, "expected a code after `code`"),
            (
                "catalog E\ncode A 404\n",
                2,
                "expected `status=N`, `placeholders=a,b` or `aliases=A,B` after `code A`, found `404`",
            ),
            (
                "catalog E\ncode A status=99\n",
                2,
                "HTTP status in 100..=599 after `status=`, found `99`",
            ),
            ("catalog E\ncode A status=x\n", 2, "found `x`"),
            (
                "catalog E\ncode A status=404 status=404\n",
                2,
                "`status` is given twice",
            ),
            (
                "catalog E\ncode A colour=red\n",
                2,
                "unknown fact `colour` of `code A`",
            ),
            (
                "catalog E\ncode A placeholders=a,,b\n",
                2,
                "field names separated by commas",
            ),
            (
                "catalog E\ncode A placeholders=\n",
                2,
                "field names separated by commas",
            ),
            (
                "catalog E\ncode A\ncode A\n",
                3,
                "code `A` is listed twice (first on line 2)",
            ),
            (
                "catalog E\ncode A\nretired A \"x\"\n",
                3,
                "code `A` is listed twice",
            ),
            ("catalog E\nretired\n", 2, "expected a code after `retired`"),
            (
                "catalog E\nretired A\n",
                2,
                "expected a note in double quotes after `retired A`",
            ),
            (
                "catalog E\nretired A use B\n",
                2,
                "expected a note in double quotes",
            ),
            (
                "catalog E\nretired A \"a\"b\"\n",
                2,
                "expected a note in double quotes",
            ),
            (
                "catalog E\nretired A \"a\\n\"\n",
                2,
                "expected a note in double quotes",
            ),
            (
                "catalog E\nretired A \" \"\n",
                2,
                "the note of `retired A` is empty",
            ),
        ] {
            let error = Lock::read(text).unwrap_err();
            assert_eq!(error.line, line, "{text:?}: {error:?}");
            assert!(error.message.contains(expected), "{text:?}: {error:?}");
        }
    }

    #[test]
    fn notes_round_trip_through_quotes() {
        for note in ["plain", "a \"quoted\" word", "back\\slash", "\\\"", "é"] {
            assert_eq!(unquote(&quoted(note)).as_deref(), Some(note));
        }
    }
}

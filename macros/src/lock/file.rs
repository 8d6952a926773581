//! The lock file's format: reading it into a [`Lock`], and writing one.
//!
//! One fact a line, so that a change is a one-line diff:
//!
//! ```text
//! # comments and blank lines anywhere
//! catalog Billing
//! code BILLING_ACCOUNT_FROZEN placeholders=0
//! code BILLING_QUOTA_EXCEEDED status=429 placeholders=limit,used
//! embeds Mq error_catalog::ons::OnsError status=502
//! retired BILLING_OLD "use BILLING_NEW instead"
//! ```
//!
//! `catalog` names the enum and comes first; a byte-order mark before it
//! is skipped. A `code` line lists what the lock promises about a published
//! code as `fact=value` words after it (see [`Facts`]); a fact that is
//! empty (no status, no placeholders) is left out. In a list (`a,b`), a `,`
//! or `\` of a name is escaped with `\`, so that any code reads back. An
//! `embeds` line is a transparent variant, the type of its field as
//! written (tokens without spaces), and the status it gives the inner
//! entries that give none (see [`Embed`]). A `retired` line has a note in
//! double quotes, `\"` and `\\` escaped. Written, the codes are sorted, then
//! the transparent variants, then the retired codes, each sorted.

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

/// What the lock promises about one transparent variant: the catalog it
/// embeds and the status it gives that catalog's entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Embed {
    /// The type of the variant's field as written, tokens without spaces.
    pub ty: String,
    /// `status=N`: the status of inner entries that give none.
    pub status: Option<u16>,
}

/// A lock file, read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lock {
    /// The enum whose lock it is.
    pub catalog: String,
    /// Every published code with its facts.
    pub codes: BTreeMap<String, Facts>,
    /// Every transparent variant, by its name.
    pub embeds: BTreeMap<String, Embed>,
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
const LINES: &str = "`code CODE [status=N] [placeholders=a,b] [aliases=A,B]`, \
                     `embeds VARIANT TYPE [status=N]`, `retired CODE \"note\"` or a `#` comment";

/// The byte-order mark some editors put at the start of a file.
const BYTE_ORDER_MARK: char = '\u{feff}';

/// What a line after `catalog` lists, to refuse a second line of it.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Listed {
    /// A code, published or retired.
    Code(String),
    /// A transparent variant.
    Embed(String),
}

impl Lock {
    /// The lock that `text` writes.
    pub fn read(text: &str) -> Result<Lock, Malformed> {
        let text = without_byte_order_mark(text);
        let mut lock = Lock::default();
        // Where each code or variant was listed, for the message about a second line.
        let mut listed: BTreeMap<Listed, usize> = BTreeMap::new();
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
            let what = lock.read_line(word, rest).map_err(malformed)?;
            if let Some(first) = listed.insert(what.clone(), number) {
                return Err(malformed(what.listed_twice(first)));
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

    /// The line `word rest` after `catalog`; gives what it lists.
    fn read_line(&mut self, word: &str, rest: &str) -> Result<Listed, String> {
        match word {
            "code" => self.read_code(rest).map(Listed::Code),
            "embeds" => self.read_embed(rest).map(Listed::Embed),
            "retired" => self.read_retired(rest).map(Listed::Code),
            "catalog" => Err("a second `catalog` line; a lock file is of one enum".to_owned()),
            _ => Err(format!("expected {LINES}, found `{word}`")),
        }
    }

    /// `CODE fact=value ...` after `code`; gives the code.
    fn read_code(&mut self, rest: &str) -> Result<String, String> {
        let mut words = rest.split_whitespace();
        let code = words.next().ok_or("expected a code after `code`")?;
        let facts = Facts::read(code, words)?;
        self.codes.insert(code.to_owned(), facts);
        Ok(code.to_owned())
    }

    /// `VARIANT TYPE [status=N]` after `embeds`; gives the variant.
    fn read_embed(&mut self, rest: &str) -> Result<String, String> {
        let mut words = rest.split_whitespace();
        let (Some(variant), Some(ty)) = (words.next(), words.next()) else {
            return Err("expected a variant and its field's type after `embeds`".to_owned());
        };
        let mut embed = Embed {
            ty: ty.to_owned(),
            status: None,
        };
        for word in words {
            match word.split_once('=') {
                Some(("status", value)) if embed.status.is_none() => embed.status = Some(read_status(value)?),
                _ => {
                    return Err(format!(
                        "expected `status=N` after `embeds {variant} {ty}`, found `{word}`"
                    ));
                }
            }
        }
        self.embeds.insert(variant.to_owned(), embed);
        Ok(variant.to_owned())
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

    /// The file's text: `header`, the catalog, the codes, the transparent
    /// variants, the retired codes, each kind after a blank line.
    pub fn write(&self, header: &str) -> String {
        let codes = self.codes.iter().map(|(code, facts)| {
            let words: Vec<String> = std::iter::once(format!("code {code}"))
                .chain(facts.words())
                .collect();
            words.join(" ")
        });
        let embeds = (self.embeds.iter()).map(|(variant, embed)| {
            let status = embed.status.map(|status| format!(" status={status}"));
            format!("embeds {variant} {}{}", embed.ty, status.unwrap_or_default())
        });
        let retired = (self.retired.iter()).map(|(code, note)| format!("retired {code} {}", quoted(note)));
        let mut text = format!("{header}catalog {}\n", self.catalog);
        for lines in [codes.collect::<Vec<_>>(), embeds.collect(), retired.collect()] {
            if !lines.is_empty() {
                text.push('\n');
            }
            for line in lines {
                text.push_str(&line);
                text.push('\n');
            }
        }
        text
    }
}

impl Listed {
    /// The message about a second line listing this, the first on line `first`.
    fn listed_twice(&self, first: usize) -> String {
        match self {
            Listed::Code(code) => format!("code `{code}` is listed twice (first on line {first})"),
            Listed::Embed(variant) => {
                format!("transparent variant `{variant}` is listed twice (first on line {first})")
            }
        }
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
        let list =
            |name: &str, values: &[String]| (!values.is_empty()).then(|| format!("{name}={}", list(values)));
        let placeholders = list("placeholders", &self.placeholders);
        let aliases = list("aliases", &self.aliases);
        status.into_iter().chain(placeholders).chain(aliases)
    }
}

/// `text` without the byte-order mark that may start it.
pub fn without_byte_order_mark(text: &str) -> &str {
    text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text)
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
    let mut names = unlist(value);
    if names.iter().any(String::is_empty) {
        return Err(format!(
            "expected {what} separated by commas after `{fact}=`, found `{value}`"
        ));
    }
    names.sort();
    names.dedup();
    Ok(names)
}

/// `names` as a fact lists them: separated by `,`, with each `,` and `\`
/// of a name escaped by a `\`.
fn list(names: &[String]) -> String {
    let escaped: Vec<String> = (names.iter())
        .map(|name| name.replace('\\', "\\\\").replace(',', "\\,"))
        .collect();
    escaped.join(",")
}

/// The names that `value` lists (see [`list`]). A `\` before anything but
/// `,` or `\` is itself, as a lock written before the escaping has it.
fn unlist(value: &str) -> Vec<String> {
    let (mut names, mut name) = (Vec::new(), String::new());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&next @ ('\\' | ','))) => {
                name.push(next);
                chars.next();
            }
            (',', _) => names.push(std::mem::take(&mut name)),
            (c, _) => name.push(c),
        }
    }
    names.push(name);
    names
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
                "expected `code CODE [status=N] [placeholders=a,b] [aliases=A,B]`, \
                 `embeds VARIANT TYPE [status=N]`, `retired CODE",
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
                "catalog E\nembeds Mq\n",
                2,
                "expected a variant and its field's type after `embeds`",
            ),
            (
                "catalog E\nembeds Mq T 502\n",
                2,
                "expected `status=N` after `embeds Mq T`, found `502`",
            ),
            (
                "catalog E\nembeds Mq T status=502 status=502\n",
                2,
                "found `status=502`",
            ),
            (
                "catalog E\nembeds Mq T status=1000\n",
                2,
                "HTTP status in 100..=599",
            ),
            (
                "catalog E\nembeds Mq T\nembeds Mq U\n",
                3,
                "transparent variant `Mq` is listed twice (first on line 2)",
            ),
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

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let lock = Lock::read(&format!("{BYTE_ORDER_MARK}{TEXT}")).unwrap();
        assert_eq!(lock, Lock::read(TEXT).unwrap());
        let lock = Lock::read("\u{feff}catalog E\n").unwrap();
        assert_eq!(lock.catalog, "E");
        // Only at the start: elsewhere it is a character like any other.
        assert!(Lock::read("catalog E\n\u{feff}code A\n").is_err());
    }

    #[test]
    fn embeds_lines_are_read_and_written_sorted_between_codes_and_retired() {
        let text = "catalog E\nretired OLD \"use A\"\nembeds Z crate::Z status=502\n\
                    code A\nembeds Mq error_catalog::ons::OnsError\n";
        let lock = Lock::read(text).unwrap();
        let mq = Embed {
            ty: "error_catalog::ons::OnsError".to_owned(),
            status: None,
        };
        assert_eq!(lock.embeds["Mq"], mq);
        assert_eq!(lock.embeds["Z"].status, Some(502));
        let written = lock.write("");
        assert_eq!(
            written,
            "catalog E\n\ncode A\n\nembeds Mq error_catalog::ons::OnsError\nembeds Z crate::Z status=502\n\n\
             retired OLD \"use A\"\n"
        );
        assert_eq!(Lock::read(&written).unwrap(), lock);
        // A variant and a code of one spelling are two things.
        assert!(Lock::read("catalog E\ncode Mq\nembeds Mq T\n").is_ok());
    }

    #[test]
    fn a_lock_without_embeds_lines_is_written_as_before() {
        let lock = Lock::read(TEXT).unwrap();
        assert!(lock.embeds.is_empty());
        assert!(!lock.write("").contains("embeds"));
    }

    #[test]
    fn lists_escape_commas_and_backslashes() {
        let names: Vec<String> = ["A,B", "C\\", "\\,", ","].map(str::to_owned).to_vec();
        assert_eq!(list(&names), "A\\,B,C\\\\,\\\\\\,,\\,");
        assert_eq!(unlist(&list(&names)), names);
        // A lock written before the escaping: a lone `\` is itself.
        assert_eq!(unlist("A\\B,C"), ["A\\B", "C"]);
    }

    #[test]
    fn tricky_codes_and_aliases_read_back() {
        // What `code_style = "any"` allows: anything but whitespace and
        // control characters.
        let tricky = [
            "A,B",
            "A\\B",
            "A\\,B",
            "\\",
            ",",
            "=",
            "a=b",
            "status=400",
            "\"q\"",
            "#x",
            "*",
            "A*",
            "é,",
            "code",
            "retired",
            "embeds",
            "catalog",
            "\u{feff}X",
            "\\\\,,",
        ];
        let mut lock = Lock {
            catalog: "E".to_owned(),
            ..Lock::default()
        };
        for (i, code) in tricky.iter().enumerate() {
            let mut aliases: Vec<String> = tricky.iter().map(|alias| format!("{alias}{i}")).collect();
            aliases.sort();
            let facts = Facts {
                status: None,
                placeholders: vec!["0".to_owned(), "name".to_owned()],
                aliases,
            };
            lock.codes.insert((*code).to_owned(), facts);
            lock.retired
                .insert(format!("R{code}"), format!("use {code} \\ \"{code}\""));
        }
        let written = lock.write("# header\n");
        assert_eq!(Lock::read(&written), Ok(lock), "{written}");
    }
}

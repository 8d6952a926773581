//! Property tests of the whole expansion: whatever tokens it gets,
//! `expand::error_catalog` returns tokens and never panics.
//!
//! Three sources of input:
//!
//! * enums written as source text from the documented syntax, either fully
//!   valid (the expansion then reports no error and its output is Rust
//!   syntax) or mixing valid and invalid pieces everywhere;
//! * valid seeds mutated at the token-tree level, at any depth;
//! * token soup.
//!
//! A panic fails the property and proptest shrinks it to a small input.

use std::ffi::CString;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;
use quote::quote;

use crate::expand_attribute as error_catalog;

/// Few cases per property keep the module fast in a debug build; failures
/// are not persisted, so a run writes no file.
fn config(cases: u32) -> Config {
    Config {
        // `PROPTEST_CASES=100000` makes a longer search.
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|cases| cases.parse().ok())
            .unwrap_or(cases),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Lexes `args` and `input`; `None` when either does not lex.
fn lex(args: &str, input: &str) -> Option<(TokenStream, TokenStream)> {
    Some((args.parse().ok()?, input.parse().ok()?))
}

/// Calls the expansion and checks that it returned something: the enum,
/// the input as it came, or at least an error.
fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    let output = error_catalog(args, input);
    assert!(!output.is_empty(), "the expansion returned no tokens");
    output
}

/// Whether `tokens` invoke `compile_error!` anywhere.
fn has_compile_error(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => ident == "compile_error",
        TokenTree::Group(group) => has_compile_error(group.stream()),
        TokenTree::Punct(_) | TokenTree::Literal(_) => false,
    })
}

/// A string literal as source text: escaped, or raw when that is possible.
fn string_literal(value: &str, raw: bool) -> String {
    if raw && !value.contains("\"#") {
        format!("r#\"{value}\"#")
    } else {
        format!("{value:?}")
    }
}

/// Pieces joined by `separator`, with an optional trailing one.
fn join(items: &[String], separator: &str, trailing: bool) -> String {
    let mut out = items.join(separator);
    if trailing && !items.is_empty() {
        out.push_str(separator.trim_end());
    }
    out
}

/// Reorders `items` by the random indices in `order` (Fisher-Yates).
fn permute<T>(items: &mut [T], order: &[Index]) {
    for k in (1..items.len()).rev() {
        if let Some(pick) = order.get(k) {
            items.swap(k, pick.index(k + 1));
        }
    }
}

fn pick(pool: &'static [&'static str]) -> impl Strategy<Value = String> + Clone {
    prop::sample::select(pool).prop_map(str::to_owned)
}

/// Strings of 10,000 characters or so.
fn long_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("a".repeat(10_000)),
        Just("é".repeat(10_000)),
        Just("😀".repeat(10_000)),
        Just("{{".repeat(5_000)),
        Just("word ".repeat(2_000).trim_end().to_owned()),
    ]
}

// ---------------------------------------------------------------------------
// Valid catalogs
// ---------------------------------------------------------------------------

/// Words of a text: no braces, no whitespace at either end.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        60 => pick(&[
            "Quota", "exceeded", "the", "topic", "is", "not", "found", "retry", "later",
            "Überlauf", "错误", "😀", "naïve", "«quoted»", "\"quotes\"", "back\\slash",
            "tab\there", "new\nline", "carriage\r\nreturn", "%s", "$1", "|pipe|", "[link](x)",
            "<b>", "&amp;", "*star*", "_under_", "`tick`", "#hash", "'single'", "\u{0}nul",
            "\u{301}combining", "\u{200b}zero-width", "r#type",
        ]),
        1 => long_text().prop_map(|text| text.replace(['{', ' '], "x")),
    ]
}

/// A piece of a text: a word, a placeholder, or an escaped brace.
#[derive(Debug, Clone)]
enum Part {
    Word(String),
    /// A field of the variant, by index, with a format spec; `raw` writes
    /// a raw field's placeholder with its `r#`.
    Field {
        at: Index,
        spec: &'static str,
        raw: bool,
    },
    Open,
    Close,
}

fn part() -> impl Strategy<Value = Part> {
    prop_oneof![
        3 => word().prop_map(Part::Word),
        3 => (
            any::<Index>(),
            prop::sample::select(&["", ":?", ":#?", ":>8", ":<3", ":^5", ":08.3", ":x", ":+"][..]),
            any::<bool>(),
        )
            .prop_map(|(at, spec, raw)| Part::Field { at, spec, raw }),
        1 => Just(Part::Open),
        1 => Just(Part::Close),
    ]
}

/// A non-empty, trimmed text: a first word, then more parts.
#[derive(Debug, Clone)]
struct TextSpec {
    first: String,
    rest: Vec<Part>,
    raw: bool,
}

fn text_spec() -> impl Strategy<Value = TextSpec> {
    (word(), prop::collection::vec(part(), 0..6), any::<bool>()).prop_map(|(first, rest, raw)| TextSpec {
        first,
        rest,
        raw,
    })
}

/// The text as a string literal; placeholders name `fields` (identifiers as
/// written, `r#` included), and are left out when there are none.
fn render_text(text: &TextSpec, fields: &[String]) -> String {
    let mut pieces = vec![text.first.clone()];
    for part in &text.rest {
        match part {
            Part::Word(word) => pieces.push(word.clone()),
            Part::Open => pieces.push("{{".to_owned()),
            Part::Close => pieces.push("}}".to_owned()),
            Part::Field { at, spec, raw } => {
                if fields.is_empty() {
                    continue;
                }
                let field = &fields[at.index(fields.len())];
                let name = if *raw {
                    field.as_str()
                } else {
                    field.strip_prefix("r#").unwrap_or(field)
                };
                pieces.push(format!("{{{name}{spec}}}"));
            }
        }
    }
    string_literal(&pieces.join(" "), text.raw)
}

const FIELD_NAMES: &[&str] = &[
    "limit", "used", "path", "code", "r#type", "r#match", "source", "größe", "inner", "id", "_x",
];
const FIELD_TYPES: &[&str] = &[
    "String",
    "u32",
    "std::io::Error",
    "OnsError",
    "error_catalog::ons::OnsError",
    "Option<String>",
    "Vec<u8>",
    "Box<dyn std::error::Error + Send + Sync>",
    "&'static str",
    "(u8, u16)",
    "[u8; 4]",
    "fn() -> u32",
];
const DOCS: &[&str] = &[
    "/// Documented.",
    "/// Ünïcödé docs 错误.",
    "/** Block doc. */",
    "#[doc = \"Attribute doc.\"]",
    "#[doc(hidden)]",
];
const OTHER_ATTRS: &[&str] = &[
    "#[cfg(all())]",
    "#[cfg(feature = \"x\")]",
    "#[cfg_attr(test, allow(dead_code))]",
    "#[allow(clippy::all)]",
];

/// The fields of a variant.
#[derive(Debug, Clone)]
enum Shape {
    Unit,
    Tuple(Vec<String>),
    Named(Vec<(String, String)>),
}

impl Shape {
    /// How placeholders name the fields: tuple indices or identifiers.
    fn placeholders(&self) -> Vec<String> {
        match self {
            Shape::Unit => Vec::new(),
            Shape::Tuple(types) => (0..types.len()).map(|i| i.to_string()).collect(),
            Shape::Named(fields) => fields.iter().map(|(name, _)| name.clone()).collect(),
        }
    }

    /// The fields, with `attr` before the field at `attr_at`.
    fn render(&self, attr: &str, attr_at: Option<usize>) -> String {
        let attr = |i: usize| if attr_at == Some(i) { attr } else { "" };
        match self {
            Shape::Unit => String::new(),
            Shape::Tuple(types) => {
                let fields: Vec<String> = types
                    .iter()
                    .enumerate()
                    .map(|(i, ty)| format!("{} {ty}", attr(i)))
                    .collect();
                format!("({})", fields.join(", "))
            }
            Shape::Named(fields) => {
                let fields: Vec<String> = fields
                    .iter()
                    .enumerate()
                    .map(|(i, (name, ty))| format!("{} {name}: {ty}", attr(i)))
                    .collect();
                format!(" {{ {} }}", fields.join(", "))
            }
        }
    }

    /// The type of the one field, when there is exactly one.
    fn only_type(&self) -> Option<&str> {
        match self {
            Shape::Tuple(types) if types.len() == 1 => Some(&types[0]),
            Shape::Named(fields) if fields.len() == 1 => Some(&fields[0].1),
            _ => None,
        }
    }

    fn len(&self) -> usize {
        match self {
            Shape::Unit => 0,
            Shape::Tuple(types) => types.len(),
            Shape::Named(fields) => fields.len(),
        }
    }
}

fn valid_shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        Just(Shape::Unit),
        prop::collection::vec(pick(FIELD_TYPES), 1..4).prop_map(Shape::Tuple),
        (
            prop::sample::subsequence(FIELD_NAMES, 1..4).prop_shuffle(),
            prop::collection::vec(pick(FIELD_TYPES), 4),
        )
            .prop_map(|(names, types)| {
                Shape::Named(
                    names
                        .into_iter()
                        .zip(types)
                        .map(|(name, ty)| (name.to_owned(), ty))
                        .collect(),
                )
            }),
    ]
}

/// What a valid variant declares.
#[derive(Debug, Clone)]
enum ValidKind {
    Entry {
        shape: Shape,
        /// An explicit code, before the suffix that keeps it unique.
        code: Option<String>,
        symptom: TextSpec,
        solution: TextSpec,
        status: Option<(u16, bool)>,
        url: Option<String>,
        /// `#[source]` on this field, when there are fields.
        source: Option<Index>,
        /// `#[from]` on the field, when there is one.
        from: bool,
    },
    Transparent {
        shape: Shape,
        trailing_comma: bool,
    },
    Other {
        shape: Shape,
        symptom: TextSpec,
        solution: TextSpec,
        status: Option<u16>,
    },
}

#[derive(Debug, Clone)]
struct ValidVariant {
    base: String,
    raw: bool,
    kind: ValidKind,
    attrs: Vec<String>,
    key_order: Vec<Index>,
    trailing_comma: bool,
}

fn valid_kind() -> impl Strategy<Value = ValidKind> {
    let entry = (
        valid_shape(),
        prop::option::of("[A-Z][A-Z0-9]{0,6}(_[A-Z0-9]{1,6}){0,2}"),
        text_spec(),
        text_spec(),
        prop::option::of((100u16..=599, any::<bool>())),
        prop::option::of(pick(&[
            "https://example.com/errors#quota",
            "http://localhost:8080/e?x=1",
            "https://例え.jp/エラー",
        ])),
        prop::option::of(any::<Index>()),
        any::<bool>(),
    )
        .prop_map(
            |(shape, code, symptom, solution, status, url, source, from)| ValidKind::Entry {
                shape,
                code,
                symptom,
                solution,
                status,
                url,
                source,
                from,
            },
        );
    let inner = pick(&[
        "OnsError",
        "error_catalog::ons::OnsError",
        "crate::Inner",
        "Inner",
    ]);
    let transparent = (
        prop_oneof![
            inner.clone().prop_map(|ty| Shape::Tuple(vec![ty])),
            inner.prop_map(|ty| Shape::Named(vec![("inner".to_owned(), ty)])),
        ],
        any::<bool>(),
    )
        .prop_map(|(shape, trailing_comma)| ValidKind::Transparent {
            shape,
            trailing_comma,
        });
    let string = pick(&["String", "std::string::String", "alloc::string::String"]);
    let other = (
        prop_oneof![
            string.clone().prop_map(|ty| Shape::Tuple(vec![ty])),
            (pick(&["code", "r#type", "unknown"]), string)
                .prop_map(|(name, ty)| Shape::Named(vec![(name, ty)])),
        ],
        text_spec(),
        text_spec(),
        prop::option::of(100u16..=599),
    )
        .prop_map(|(shape, symptom, solution, status)| ValidKind::Other {
            shape,
            symptom,
            solution,
            status,
        });
    prop_oneof![8 => entry, 1 => transparent, 1 => other]
}

fn valid_variant() -> impl Strategy<Value = ValidVariant> {
    (
        pick(&[
            "QuotaExceeded",
            "HTTPTimeout",
            "Http2Error",
            "A",
            "InMaintenance",
            "Type",
            "Error404NotFound",
            "BizTopicNotFound",
            "IO",
        ]),
        any::<bool>(),
        valid_kind(),
        prop::collection::vec(prop_oneof![pick(DOCS), pick(OTHER_ATTRS)], 0..3),
        prop::collection::vec(any::<Index>(), 8),
        any::<bool>(),
    )
        .prop_map(
            |(base, raw, kind, attrs, key_order, trailing_comma)| ValidVariant {
                base,
                raw,
                kind,
                attrs,
                key_order,
                trailing_comma,
            },
        )
}

impl ValidVariant {
    /// The type the variant converts from: a transparent variant's field,
    /// or the `#[from]` field (`T` of one of `Option<T>`).
    fn converts_from(&self) -> Option<&str> {
        match &self.kind {
            ValidKind::Transparent { shape, .. } => shape.only_type(),
            ValidKind::Entry {
                shape, from: true, ..
            } => shape.only_type().map(|ty| {
                ty.strip_prefix("Option<")
                    .and_then(|ty| ty.strip_suffix('>'))
                    .unwrap_or(ty)
            }),
            _ => None,
        }
    }

    /// The variant as the `index`-th of its enum. The name ends in `V<index>`,
    /// hence so does its derived code, and an explicit code ends in
    /// `E<index>`: no two codes of a catalog are equal.
    fn render(&self, index: usize, style: Style) -> String {
        let raw = if self.raw { "r#" } else { "" };
        let name = format!("{raw}{}V{index}", self.base);
        let (entry, fields) = match &self.kind {
            ValidKind::Entry {
                shape,
                code,
                symptom,
                solution,
                status,
                url,
                source,
                from,
            } => {
                let names = shape.placeholders();
                let mut keys = vec![
                    format!("symptom = {}", render_text(symptom, &names)),
                    format!("solution = {}", render_text(solution, &names)),
                ];
                if let Some(code) = code {
                    keys.push(format!("code = \"{}\"", style.code(code, index)));
                }
                if let Some((status, suffixed)) = status {
                    keys.push(format!("status = {status}{}", if *suffixed { "u16" } else { "" }));
                }
                if let Some(url) = url {
                    keys.push(format!("url = {url:?}"));
                }
                permute(&mut keys, &self.key_order);
                let source = source
                    .as_ref()
                    .filter(|_| shape.len() > 0)
                    .map(|at| at.index(shape.len()));
                let entry = format!("#[entry({})]", join(&keys, ", ", self.trailing_comma));
                let fields = match (from, source) {
                    (true, Some(_)) if shape.len() == 1 => shape.render("#[from] #[source]", Some(0)),
                    (true, None) if shape.len() == 1 => shape.render("#[from]", Some(0)),
                    _ => shape.render("#[source]", source),
                };
                (entry, fields)
            }
            ValidKind::Transparent {
                shape,
                trailing_comma,
            } => {
                let comma = if *trailing_comma { "," } else { "" };
                (format!("#[entry(transparent{comma})]"), shape.render("", None))
            }
            ValidKind::Other {
                shape,
                symptom,
                solution,
                status,
            } => {
                let names = shape.placeholders();
                let mut keys = vec![
                    "other".to_owned(),
                    format!("symptom = {}", render_text(symptom, &names)),
                    format!("solution = {}", render_text(solution, &names)),
                ];
                if let Some(status) = status {
                    keys.push(format!("status = {status}"));
                }
                permute(&mut keys, &self.key_order);
                let entry = format!("#[entry({})]", join(&keys, ", ", self.trailing_comma));
                (entry, shape.render("", None))
            }
        };
        let mut attrs = self.attrs.clone();
        let at = self.key_order[0].index(attrs.len() + 1);
        attrs.insert(at, entry);
        format!("{}\n{name}{fields}", attrs.join("\n"))
    }
}

/// The `code_style` of a valid catalog.
#[derive(Debug, Clone, Copy)]
enum Style {
    Unset,
    ScreamingSnake,
    DottedPascal,
    Any,
}

impl Style {
    fn spelling(self) -> Option<&'static str> {
        match self {
            Style::Unset => None,
            Style::ScreamingSnake => Some("SCREAMING_SNAKE_CASE"),
            Style::DottedPascal => Some("Dotted.PascalCase"),
            Style::Any => Some("any"),
        }
    }

    /// Prefixes that start codes of this style.
    fn prefix(self) -> BoxedStrategy<String> {
        match self {
            Style::Unset | Style::ScreamingSnake => "[A-Z][A-Z0-9]{0,5}(_[A-Z0-9]{1,4}){0,2}_?".boxed(),
            Style::DottedPascal => "([A-Z][A-Za-z0-9]{0,6}\\.){0,2}".boxed(),
            Style::Any => "[a-zA-Z0-9_.:/-]{1,6}".boxed(),
        }
    }

    /// An explicit code of this style from `words`, a SCREAMING_SNAKE_CASE
    /// code, ending in `E<index>`.
    fn code(self, words: &str, index: usize) -> String {
        match self {
            Style::Unset | Style::ScreamingSnake => format!("{words}_E{index}"),
            Style::DottedPascal => {
                let words: Vec<String> = words
                    .split('_')
                    .map(|word| {
                        let word = word.to_lowercase();
                        match word.chars().next() {
                            Some(first) if first.is_ascii_alphabetic() => {
                                first.to_ascii_uppercase().to_string() + &word[1..]
                            }
                            _ => format!("N{word}"),
                        }
                    })
                    .collect();
                format!("{}.E{index}", words.join("."))
            }
            Style::Any => format!("{}-E{index}", words.to_lowercase()),
        }
    }
}

/// A valid catalog: `(args, input)` as source text.
fn valid_catalog() -> impl Strategy<Value = (String, String)> {
    let style = prop::sample::select(
        &[
            Style::Unset,
            Style::ScreamingSnake,
            Style::DottedPascal,
            Style::Any,
        ][..],
    );
    style
        .prop_flat_map(|style| (Just(style), valid_args(style), valid_input(style)))
        .prop_map(|(_, args, input)| (args, input))
}

fn valid_args(style: Style) -> impl Strategy<Value = String> {
    (
        prop::option::of(word()),
        prop::option::of(style.prefix()),
        prop::option::of(100u16..=599),
        any::<bool>(),
        prop::collection::vec(any::<Index>(), 5),
        any::<bool>(),
    )
        .prop_map(move |(name, prefix, status, diagnostic, order, trailing)| {
            let mut args = Vec::new();
            if let Some(name) = name {
                args.push(format!("name = {}", string_literal(&name, false)));
            }
            if let Some(prefix) = prefix {
                args.push(format!("prefix = \"{prefix}\""));
            }
            if let Some(status) = status {
                args.push(format!("status = {status}"));
            }
            if let Some(spelling) = style.spelling() {
                args.push(format!("code_style = \"{spelling}\""));
            }
            if diagnostic {
                args.push("diagnostic".to_owned());
            }
            permute(&mut args, &order);
            join(&args, ", ", trailing)
        })
}

fn valid_input(style: Style) -> impl Strategy<Value = String> {
    (
        prop::collection::vec(
            prop_oneof![pick(DOCS), pick(OTHER_ATTRS), Just("#[derive(Debug)]".to_owned())],
            0..3,
        ),
        pick(&["", "pub", "pub(crate)", "pub(super)", "pub(in crate::a)"]),
        pick(&["BillingError", "E", "r#Type", "Überfehler", "Catalog"]),
        prop::collection::vec(valid_variant(), 0..8),
        any::<bool>(),
    )
        .prop_map(move |(attrs, vis, name, variants, trailing)| {
            // At most one catch-all, and one variant converting from a type.
            let mut seen_other = false;
            let mut converted = Vec::new();
            let variants: Vec<String> = variants
                .iter()
                .filter(|v| {
                    let other = matches!(v.kind, ValidKind::Other { .. });
                    let keep = !(other && seen_other);
                    seen_other |= other;
                    keep
                })
                .filter(|v| match v.converts_from() {
                    Some(ty) if converted.contains(&ty) => false,
                    Some(ty) => {
                        converted.push(ty);
                        true
                    }
                    None => true,
                })
                .enumerate()
                .map(|(index, variant)| variant.render(index, style))
                .collect();
            format!(
                "{}\n{vis} enum {name} {{\n{}\n}}",
                attrs.join("\n"),
                join(&variants, ",\n", trailing)
            )
        })
}

// ---------------------------------------------------------------------------
// Plausible catalogs: every piece drawn from valid and invalid forms
// ---------------------------------------------------------------------------

const TRICKY_TEXTS: &[&str] = &[
    "",
    " ",
    "  padded  ",
    "\t",
    "{",
    "}",
    "{}",
    "{{",
    "}}",
    "{0}",
    "{1}",
    "{x:?}",
    "{limit}",
    "{limit:>8}",
    "{r#type}",
    "{type}",
    "{a b}",
    "{0x}",
    "{:?}",
    "{a{b}}",
    "{{{",
    "}}}",
    "{limit",
    "limit}",
    "ünïcödé ✓",
    "错误",
    "😀 {0}",
    "\u{0}",
    "\\",
    "\"",
    "a\nb",
    "{source}",
    "{größe}",
    "{é}",
    "{_}",
    "{__ec_x}",
    "{0:}",
    "{0:{1}}",
    "{00}",
    "{-1}",
    "{ limit }",
    "{r#}",
    "{r#0}",
    "BIZ_TOPIC_NOT_FOUND",
    "lower_case",
    "A__B",
    "_A",
    "A_",
    "Ä",
    "https://example.com",
    "ftp://x",
    "https://",
    "https:// x",
    "Quota of {limit} exceeded ({used:?} used)",
];

/// The value of a key that wants a string: strings good and bad, and
/// literals of every other kind.
fn string_value() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => (text_spec(), prop::sample::subsequence(FIELD_NAMES, 0..3))
            .prop_map(|(text, fields)| {
                let fields: Vec<String> = fields.into_iter().map(str::to_owned).collect();
                render_text(&text, &fields)
            }),
        12 => (pick(TRICKY_TEXTS), any::<bool>()).prop_map(|(text, raw)| string_literal(&text, raw)),
        1 => long_text().prop_map(|text| string_literal(&text, false)),
        6 => pick(&[
            "5", "-1", "1.5", "true", "'x'", "b'x'", "b\"bytes\"", "c\"cstr\"", "br\"raw\"",
            "\"suffixed\"sfx", "foo", "a::b", "concat!(\"a\")", "(\"x\")", "[\"x\"]", "", "\"a\" \"b\"",
            "r###\"hashes\"###", "\"\\u{1F600}\"", "\"\\x41\"",
        ]),
    ]
}

/// The value of a key that wants an integer.
fn int_value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (100u16..=599).prop_map(|status| status.to_string()),
        2 => any::<u64>().prop_map(|n| n.to_string()),
        3 => pick(&[
            "0", "-1", "- 400", "99999999999999999999", "65535", "65536", "4_04", "0x190", "0o620",
            "0b110010000", "400u16", "400i8", "400u128", "1.5", "4e2", "\"400\"", "true", "'4'",
            "400.", "1e999", "400_", "", "foo", "status",
        ]),
    ]
}

/// A key of `#[entry(...)]`, with its value when it takes one.
fn entry_item() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => string_value().prop_map(|v| format!("code = {v}")),
        2 => "[A-Z][A-Z0-9_]{0,8}".prop_map(|code| format!("code = \"{code}\"")),
        4 => string_value().prop_map(|v| format!("symptom = {v}")),
        4 => string_value().prop_map(|v| format!("solution = {v}")),
        2 => int_value().prop_map(|v| format!("status = {v}")),
        1 => string_value().prop_map(|v| format!("url = {v}")),
        1 => Just("transparent".to_owned()),
        1 => Just("other".to_owned()),
        2 => pick(&[
            "symtom = \"x\"", "soluton = \"x\"", "Code = \"A\"", "entry = \"x\"", "name = \"x\"",
            "prefix = \"A_\"", "code_style = \"kebab-case\"", "source", "r#code = \"A\"",
            "transparent = true", "other = false", "other(x)", "transparent()", "symptom(\"x\")",
            "a::b = 1", "= \"x\"", "\"x\"", "5", "code =", "= =", ",", "symptom = symptom",
            "::symptom = \"x\"", "status(400)", "url", "symptom", "solution = \"x\" solution",
        ]),
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop_oneof![12 => Just(", "), 2 => Just(","), 1 => prop::sample::select(&[" ", ",, ", "; "][..])]
}

/// `#[entry(...)]` in every form.
fn entry_attr() -> impl Strategy<Value = String> {
    fn items() -> impl Strategy<Value = String> {
        (
            prop::collection::vec(entry_item(), 0..7),
            separator(),
            any::<bool>(),
        )
            .prop_map(|(items, sep, trailing)| join(&items, sep, trailing))
    }
    prop_oneof![
        12 => items().prop_map(|items| format!("#[entry({items})]")),
        1 => items().prop_map(|items| format!("#[entry[{items}]]")),
        1 => items().prop_map(|items| format!("#[entry{{{items}}}]")),
        1 => items().prop_map(|items| format!("#[entry::x({items})]")),
        1 => items().prop_map(|items| format!("#[cfg_attr(all(), entry({items}))]")),
        2 => pick(&[
            "#[entry]",
            "#[entry = \"x\"]",
            "#[entry()]",
            "#[entry = 1]",
            "#[r#entry(transparent)]",
            "#[entry(transparent)] #[entry(other)]",
        ]),
    ]
}

/// Fields good and bad. Choices that break the enum's syntax, and so stop
/// the expansion at parsing, are rare.
fn plausible_shape() -> impl Strategy<Value = String> {
    let field_attr = prop_oneof![
        60 => pick(&[
            "", "", "", "", "#[source]", "#[source] #[source]", "#[source(x)]", "#[source = 1]",
            "#[from]", "#[from] #[from]", "#[from(x)]", "#[from = 1]", "#[from] #[source]",
            "#[entry(transparent)]", "/// doc\n", "#[cfg(all())]", "pub", "pub(crate)",
        ]),
        // Comments out the rest of the line, or is an inner attribute.
        1 => pick(&["#![source]", "/// doc"]),
    ];
    let ty = prop_oneof![
        60 => pick(FIELD_TYPES),
        6 => pick(&["r#String", "Self", "dyn Error"]),
        1 => pick(&["_", "impl Trait", "!", ""]),
    ];
    let name = prop_oneof![
        60 => pick(FIELD_NAMES),
        6 => pick(&["ünïcode", "__ec_limit", "r#__ec_x", "r#source", "_0"]),
        1 => pick(&["r#self", "type", "0", "self", "_"]),
    ];
    prop_oneof![
        2 => Just(String::new()),
        2 => prop::collection::vec((field_attr.clone(), ty.clone()), 0..4).prop_map(|fields| {
            let fields: Vec<String> = fields.iter().map(|(attr, ty)| format!("{attr} {ty}")).collect();
            format!("({})", fields.join(", "))
        }),
        2 => prop::collection::vec((field_attr, name, ty), 0..4).prop_map(|fields| {
            let fields: Vec<String> = fields
                .iter()
                .map(|(attr, name, ty)| format!("{attr} {name}: {ty}"))
                .collect();
            format!(" {{ {} }}", fields.join(", "))
        }),
    ]
}

fn plausible_variant() -> impl Strategy<Value = String> {
    let attr = prop_oneof![
        60 => entry_attr(),
        10 => pick(DOCS),
        10 => pick(OTHER_ATTRS),
        1 => Just("#![entry(transparent)]".to_owned()),
    ];
    (
        prop::collection::vec(attr, 0..3),
        prop_oneof![
            40 => pick(&[
                "A", "B", "QuotaExceeded", "HTTPTimeout", "Http2Error", "r#Type", "r#type",
                "lowercase", "snake_case", "Already_Snake", "_Leading", "Trailing_", "Ünknown", "错误",
                "X9", "Error404NotFound", "A__B", "ß", "V", "r#match", "ǅungla", "Dotted", "ABC",
            ]),
            10 => "[A-Za-z_][A-Za-z0-9_]{0,12}".prop_filter("an identifier", |s| s != "_"),
            1 => pick(&["Self", "self", "_", "r#self", "0"]),
        ],
        plausible_shape(),
        prop_oneof![
            40 => Just(String::new()),
            4 => pick(&[" = 1", " = -1", " = \"x\"", " = 1 + 1"]),
            1 => Just(" =".to_owned()),
        ],
    )
        .prop_map(|(attrs, name, shape, discriminant)| {
            format!("{}\n{name}{shape}{discriminant}", attrs.join("\n"))
        })
}

/// A key of `#[error_catalog(...)]`, with its value when it takes one.
fn arg_item() -> impl Strategy<Value = String> {
    let style = prop_oneof![
        3 => pick(&[
            "\"SCREAMING_SNAKE_CASE\"", "\"screaming_snake\"", "\"kebab-case\"", "\"camelCase\"",
            "\"PascalCase\"", "\"none\"", "\"verbatim\"", "\"\"", "\" \"", "\"upper\"", "1", "true",
            "kebab", "\"SCREAMING-KEBAB-CASE\"",
        ]),
        1 => "[a-zA-Z_ -]{0,12}".prop_map(|s| string_literal(&s, false)),
    ];
    let prefix = prop_oneof![
        2 => "[A-Z][A-Z0-9]{0,5}(_[A-Z0-9]{1,4}){0,2}_?".prop_map(|p| format!("\"{p}\"")),
        2 => pick(&[
            "\"bad prefix\"", "\"\"", "\"A__B\"", "\"lower_\"", "\"_A\"", "\"9A\"", "\"Ä_\"", "1",
            "\"A-B\"", "\"A_\"", "\"__\"",
        ]),
        1 => string_value(),
    ];
    prop_oneof![
        3 => string_value().prop_map(|v| format!("name = {v}")),
        3 => prefix.prop_map(|v| format!("prefix = {v}")),
        3 => int_value().prop_map(|v| format!("status = {v}")),
        2 => style.prop_map(|v| format!("code_style = {v}")),
        2 => pick(&[
            "name = 1", "prefix = \"bad prefix\"", "status = 99999999999999999999", "nmae = \"x\"",
            "foo = \"bar\"", "name", "name(\"x\")", "status", "= =", "code_style", "r#name = \"x\"",
            "prefix = prefix", "crate::name = \"x\"", "transparent", "\"name\"", "diagnostic",
            "diagnostic", "diagnostic = true", "diagnostic()", "diagnostic(miette)", "r#diagnostic",
        ]),
    ]
}

fn plausible_args() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(arg_item(), 0..5),
        separator(),
        any::<bool>(),
    )
        .prop_map(|(items, sep, trailing)| join(&items, sep, trailing))
}

/// An enum, or something close to one, with arguments: `(args, input)`.
fn plausible_catalog() -> impl Strategy<Value = (String, String)> {
    let head = (
        prop::collection::vec(
            prop_oneof![
                pick(DOCS),
                pick(OTHER_ATTRS),
                pick(&[
                    "#[derive(Debug)]",
                    "#[repr(u8)]",
                    "#[entry(transparent)]",
                    "#[error_catalog(name = \"x\")]"
                ]),
            ],
            0..3,
        ),
        prop_oneof![
            20 => pick(&["", "", "pub", "pub(crate)", "pub(super)", "pub(in crate::a)", "pub(self)"]),
            1 => Just("crate".to_owned()),
        ],
        prop_oneof![12 => Just("enum".to_owned()), 1 => pick(&["struct", "union", "trait", "mod", "type"])],
        prop_oneof![
            20 => pick(&["E", "BillingError", "r#type", "r#Type", "Überfehler", "错误", "a", "Ab_c", "r#enum"]),
            1 => pick(&["_", "self", "Self"]),
        ],
        prop_oneof![
            12 => Just(String::new()),
            1 => pick(&["<T>", "<'a>", "<T: Clone>", "<const N: usize>", "<'a, T: 'a + ?Sized>", "<T = u8>", "<>"]),
        ],
        prop_oneof![
            12 => Just(String::new()),
            1 => pick(&["where T: Clone", "where", "where u8: Copy", "where for<'a> &'a u8: Sized"]),
        ],
    );
    let body = (
        prop::collection::vec(plausible_variant(), 0..8),
        prop_oneof![40 => Just(",\n"), 1 => prop::sample::select(&["\n", ",,\n", ";\n"][..])],
        any::<bool>(),
    );
    (plausible_args(), head, body).prop_map(
        |(args, (attrs, vis, keyword, name, generics, where_clause), (variants, sep, trailing))| {
            let input = format!(
                "{}\n{vis} {keyword} {name}{generics} {where_clause} {{\n{}\n}}",
                attrs.join("\n"),
                join(&variants, sep, trailing),
            );
            (args, input)
        },
    )
}

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

const IDENTS: &[&str] = &[
    "entry",
    "transparent",
    "other",
    "code",
    "symptom",
    "solution",
    "status",
    "url",
    "source",
    "name",
    "prefix",
    "code_style",
    "enum",
    "struct",
    "pub",
    "crate",
    "self",
    "Self",
    "super",
    "where",
    "fn",
    "String",
    "u32",
    "Option",
    "_",
    "doc",
    "cfg",
    "derive",
    "V",
    "Foo",
    "größe",
    "错误",
    "error_catalog",
    "compile_error",
    "async",
    "dyn",
    "impl",
    "union",
    "macro_rules",
    "true",
];
const RAW_IDENTS: &[&str] = &["type", "match", "entry", "String", "enum"];
const PUNCTS: &[char] = &[
    '!', '#', '$', '%', '&', '\'', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '?', '@', '^', '|',
    '~',
];
const LITERALS: &[&str] = &[
    "1e3",
    "0x190",
    "r#\"raw\"#",
    "b'x'",
    "'a'",
    "\"x\"suffix",
    "400u8",
    "1_000",
    "99999999999999999999",
    "\"\"",
    "\"{0}\"",
    "\"{\"",
    "1.0f32",
    "br\"raw\"",
    "c\"c\"",
    "'\\u{10FFFF}'",
    "\"BIZ_TOPIC_NOT_FOUND\"",
    "\"https://example.com\"",
    "-1",
    "-1.5",
];

fn ident() -> impl Strategy<Value = TokenTree> {
    prop_oneof![
        6 => prop::sample::select(IDENTS).prop_map(|name| Ident::new(name, Span::call_site())),
        1 => prop::sample::select(RAW_IDENTS).prop_map(|name| Ident::new_raw(name, Span::call_site())),
        1 => "[A-Za-z][A-Za-z0-9_]{0,10}".prop_map(|name| Ident::new(&name, Span::call_site())),
    ]
    .prop_map(TokenTree::Ident)
}

fn punct() -> impl Strategy<Value = TokenTree> {
    (prop::sample::select(PUNCTS), any::<bool>()).prop_map(|(ch, joint)| {
        let spacing = if joint { Spacing::Joint } else { Spacing::Alone };
        TokenTree::Punct(Punct::new(ch, spacing))
    })
}

fn literal() -> impl Strategy<Value = TokenTree> {
    prop_oneof![
        3 => (pick(TRICKY_TEXTS)).prop_map(|text| Literal::string(&text)),
        1 => long_text().prop_map(|text| Literal::string(&text)),
        2 => any::<u64>().prop_map(Literal::u64_unsuffixed),
        2 => (100u16..=599).prop_map(Literal::u16_unsuffixed),
        1 => any::<u16>().prop_map(Literal::u16_suffixed),
        1 => any::<i64>().prop_map(Literal::i64_unsuffixed),
        1 => (-1e6f64..1e6).prop_map(Literal::f64_unsuffixed),
        1 => any::<char>().prop_map(Literal::character),
        1 => any::<u8>().prop_map(Literal::byte_character),
        1 => "[a-z{}]{0,6}".prop_map(|text| Literal::byte_string(text.as_bytes())),
        1 => "[a-z{}]{0,6}".prop_map(|text| {
            Literal::c_string(&CString::new(text).unwrap_or_default())
        }),
        2 => prop::sample::select(LITERALS)
            .prop_map(|text| text.parse().unwrap_or_else(|_| Literal::u8_unsuffixed(0))),
    ]
    .prop_map(TokenTree::Literal)
}

fn delimiter() -> impl Strategy<Value = Delimiter> {
    prop::sample::select(
        &[
            Delimiter::Parenthesis,
            Delimiter::Brace,
            Delimiter::Bracket,
            Delimiter::None,
        ][..],
    )
}

fn soup_tree() -> impl Strategy<Value = TokenTree> {
    let leaf = prop_oneof![3 => ident(), 3 => punct(), 2 => literal()];
    leaf.prop_recursive(4, 64, 8, |inner| {
        (delimiter(), prop::collection::vec(inner, 0..8)).prop_map(|(delimiter, trees)| {
            TokenTree::Group(Group::new(delimiter, trees.into_iter().collect()))
        })
    })
}

fn soup() -> impl Strategy<Value = TokenStream> {
    prop::collection::vec(soup_tree(), 0..12).prop_map(|trees| trees.into_iter().collect())
}

/// Soup, alone or in the places of an enum where the macro looks.
fn soup_input() -> impl Strategy<Value = TokenStream> {
    prop_oneof![
        soup(),
        soup().prop_map(|soup| quote!(enum E { #soup })),
        soup().prop_map(|soup| quote!(
            enum E {
                #[entry(#soup)]
                V,
            }
        )),
        (soup(), soup()).prop_map(|(entry, fields)| quote!(enum E { #[entry(#entry)] V #fields })),
        soup().prop_map(|soup| quote!(enum E { #[entry(symptom = "s", solution = "t")] V(#soup) })),
        soup().prop_map(|soup| quote!(#[derive(Debug)] pub enum E #soup)),
    ]
}

// ---------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------

const SEEDS: &[&str] = &[
    r#"
    /// Errors of the billing service.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum BillingError {
        #[entry(symptom = "Quota of {limit} requests exceeded ({used:?} used)",
                solution = "Wait for the next billing period or raise the quota",
                status = 429)]
        QuotaExceeded { used: u64, limit: u64 },
        #[entry(code = "BILLING_ACCOUNT_FROZEN", symptom = "Account {0} is frozen",
                solution = "Contact the account owner", url = "https://example.com/frozen")]
        Frozen(String),
        #[entry(symptom = "The service is in maintenance", solution = "Retry later")]
        InMaintenance,
    }
    "#,
    r#"
    enum Io {
        #[entry(code = "IO_READ", symptom = "Cannot read {path}: {source}", solution = "Check {{permissions}}")]
        Read { path: String, #[source] source: std::io::Error },
        #[entry(symptom = "Bad number: {0}", solution = "Write digits")]
        Parse(#[from] std::num::ParseIntError),
        #[entry(transparent)]
        Ons(OnsError),
        #[entry(other, symptom = "Unknown code {0}", solution = "Upgrade the client", status = 500)]
        Unknown(String),
    }
    "#,
    r#"
    pub(crate) enum r#Type {
        #[entry(symptom = "Bad {r#type}", solution = "Use another")]
        r#Match { r#type: u32 },
        #[entry(transparent)]
        Inner { inner: error_catalog::ons::OnsError },
        #[entry(other, symptom = "Ünïcödé 错误 😀", solution = "Nothing")]
        Other { code: String },
    }
    "#,
    "#[derive(Debug)] enum Empty {}",
];

const OTHER_SEEDS: &[&str] = &[
    "struct NotAnEnum { a: u32 }",
    "fn not_an_enum() {}",
    "impl E { }",
    "union U { a: u32 }",
];

const SEED_ARGS: &[&str] = &[
    "",
    r#"name = "billing", prefix = "BILLING_", status = 400"#,
    r#"prefix = "IO_", code_style = "SCREAMING_SNAKE_CASE""#,
    "= = ,",
    "name = 1",
    r#"prefix = "bad prefix""#,
    "status = 99999999999999999999",
    r#"code_style = "kebab-case""#,
    "name",
    "name(x)",
    ",",
    r#"name = "a",, prefix = "B_""#,
    r#"name = "a" prefix = "B""#,
    "status = -1",
    "diagnostic",
    "diagnostic, diagnostic",
    "#",
    "[] {} ()",
];

/// A change at one place of a token stream.
#[derive(Debug, Clone)]
enum Op {
    Delete,
    Duplicate,
    SwapNext,
    /// Replaces the token, literal or not, with this one.
    Replace(TokenTree),
    Insert(TokenTree),
    /// Changes a group's delimiter, or wraps a single token in a group.
    Rewrap(Delimiter),
    Truncate,
}

/// Where to apply an [`Op`]: one index per level, descending into a group
/// while `descend` says so, from the root or, when `in_brackets` is set,
/// from the contents of one `[...]` group (the attributes, where the macro
/// reads its keys).
#[derive(Debug, Clone)]
struct Mutation {
    in_brackets: Option<Index>,
    path: Vec<(Index, bool)>,
    op: Op,
}

impl Mutation {
    fn apply(&self, tokens: TokenStream) -> TokenStream {
        match &self.in_brackets {
            None => mutate(tokens, &self.path, &self.op),
            Some(at) => {
                let count = brackets(&tokens);
                if count == 0 {
                    return mutate(tokens, &self.path, &self.op);
                }
                let mut skip = at.index(count);
                self.apply_in_bracket(tokens, &mut skip)
            }
        }
    }

    /// Applies the mutation inside the `skip`-th bracket group, depth first.
    fn apply_in_bracket(&self, tokens: TokenStream, skip: &mut usize) -> TokenStream {
        tokens
            .into_iter()
            .map(|tree| match tree {
                TokenTree::Group(group) if *skip != usize::MAX => {
                    let stream = if group.delimiter() == Delimiter::Bracket && *skip == 0 {
                        *skip = usize::MAX;
                        mutate(group.stream(), &self.path, &self.op)
                    } else {
                        if group.delimiter() == Delimiter::Bracket {
                            *skip -= 1;
                        }
                        self.apply_in_bracket(group.stream(), skip)
                    };
                    let mut new = Group::new(group.delimiter(), stream);
                    new.set_span(group.span());
                    TokenTree::Group(new)
                }
                tree => tree,
            })
            .collect()
    }
}

/// How many `[...]` groups `tokens` hold, at any depth.
fn brackets(tokens: &TokenStream) -> usize {
    tokens
        .clone()
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                usize::from(group.delimiter() == Delimiter::Bracket) + brackets(&group.stream())
            }
            _ => 0,
        })
        .sum()
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => Just(Op::Delete),
        2 => Just(Op::Duplicate),
        2 => Just(Op::SwapNext),
        3 => literal().prop_map(Op::Replace),
        2 => ident().prop_map(Op::Replace),
        2 => prop_oneof![punct(), ident(), literal()].prop_map(Op::Insert),
        2 => delimiter().prop_map(Op::Rewrap),
        1 => Just(Op::Truncate),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    (
        prop::option::weighted(0.85, any::<Index>()),
        prop::collection::vec((any::<Index>(), prop::bool::weighted(0.8)), 1..6),
        op(),
    )
        .prop_map(|(in_brackets, path, op)| Mutation {
            in_brackets,
            path,
            op,
        })
}

fn mutate(tokens: TokenStream, path: &[(Index, bool)], op: &Op) -> TokenStream {
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    if trees.is_empty() {
        if let Op::Insert(tree) | Op::Replace(tree) = op {
            trees.push(tree.clone());
        }
        return trees.into_iter().collect();
    }
    let Some(((at, descend), rest)) = path.split_first() else {
        return trees.into_iter().collect();
    };
    // Descending picks among the groups; otherwise among all the trees.
    let groups: Vec<usize> = (0..trees.len())
        .filter(|&i| matches!(trees[i], TokenTree::Group(_)))
        .collect();
    if *descend && !rest.is_empty() && !groups.is_empty() {
        let i = groups[at.index(groups.len())];
        if let TokenTree::Group(group) = &trees[i] {
            let mut inner = Group::new(group.delimiter(), mutate(group.stream(), rest, op));
            inner.set_span(group.span());
            trees[i] = TokenTree::Group(inner);
        }
        return trees.into_iter().collect();
    }
    let i = at.index(trees.len());
    match op {
        Op::Delete => {
            trees.remove(i);
        }
        Op::Duplicate => trees.insert(i, trees[i].clone()),
        Op::SwapNext => {
            if i + 1 < trees.len() {
                trees.swap(i, i + 1);
            }
        }
        Op::Replace(tree) => trees[i] = tree.clone(),
        Op::Insert(tree) => trees.insert(i, tree.clone()),
        Op::Rewrap(delimiter) => {
            let stream = match &trees[i] {
                TokenTree::Group(group) => group.stream(),
                tree => tree.clone().into(),
            };
            trees[i] = TokenTree::Group(Group::new(*delimiter, stream));
        }
        Op::Truncate => trees.truncate(i),
    }
    trees.into_iter().collect()
}

fn mutated(seeds: &'static [&'static str], max: usize) -> impl Strategy<Value = TokenStream> {
    (
        prop::sample::select(seeds),
        prop::collection::vec(mutation(), 1..=max),
    )
        .prop_map(|(seed, mutations)| {
            let seed: TokenStream = seed.parse().unwrap_or_default();
            mutations
                .iter()
                .fold(seed, |tokens, mutation| mutation.apply(tokens))
        })
}

fn mutated_input() -> impl Strategy<Value = TokenStream> {
    prop_oneof![6 => mutated(SEEDS, 3), 1 => mutated(OTHER_SEEDS, 3)]
}

fn mutation_args() -> impl Strategy<Value = TokenStream> {
    prop_oneof![
        2 => prop::sample::select(SEED_ARGS).prop_map(|args| args.parse().unwrap_or_default()),
        2 => mutated(SEED_ARGS, 4),
        1 => soup(),
    ]
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(256))]

    /// A valid catalog expands without error, into Rust syntax.
    #[test]
    fn valid_catalogs_expand_cleanly((args, input) in valid_catalog()) {
        let (args, input) = lex(&args, &input).expect("valid catalogs lex");
        let output = expand(args, input);
        prop_assert!(!has_compile_error(output.clone()), "{output}");
        prop_assert!(syn::parse2::<syn::File>(output.clone()).is_ok(), "{output}");
    }

    /// Plausible catalogs, valid or not, expand without panicking.
    #[test]
    fn plausible_catalogs_never_panic((args, input) in plausible_catalog()) {
        if let Some((args, input)) = lex(&args, &input) {
            expand(args, input);
        }
    }

    /// Valid seeds damaged at any depth expand without panicking.
    #[test]
    fn mutated_catalogs_never_panic(args in mutation_args(), input in mutated_input()) {
        expand(args, input);
    }

    /// Token soup expands without panicking.
    #[test]
    fn token_soup_never_panics(args in soup(), input in soup_input()) {
        expand(args, input);
    }
}

/// Found by `plausible_catalogs_never_panic` before flags given a value or
/// a list were rejected up front: darling's `Flag::from_meta` calls
/// `<()>::from_meta(..).unwrap_err()`, and `()` accepts an empty list, so
/// `other()` panicked.
#[test]
fn flag_with_an_empty_list_is_an_error() {
    for input in [
        "enum E { #[entry(other())] V(String) }",
        "enum E { #[entry(transparent())] V(OnsError) }",
        "enum E { #[entry(transparent[])] V(OnsError) }",
        "enum E { #[entry(other{}, symptom = \"s\", solution = \"t\")] V(String) }",
    ] {
        let (args, input) = lex("", input).expect("lexes");
        assert!(has_compile_error(expand(args, input)));
    }
    let (args, input) = lex("diagnostic()", "enum E {}").expect("lexes");
    assert!(has_compile_error(expand(args, input)));
}

/// The seeds lex, and the valid ones expand without error: the mutations
/// start from catalogs that work.
#[test]
fn seeds_are_sound() {
    for seed in SEEDS {
        let (args, input) = lex("", seed).expect("seeds lex");
        assert!(!has_compile_error(expand(args, input)), "{seed}");
    }
    for seed in SEEDS.iter().chain(OTHER_SEEDS).chain(SEED_ARGS).chain(LITERALS) {
        assert!(seed.parse::<TokenStream>().is_ok(), "{seed}");
    }
}

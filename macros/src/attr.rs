//! The arguments of `#[error_catalog(...)]` and `#[entry(...)]`.
//!
//! Keys are first sorted by level, so that a key given at the wrong level,
//! or an unknown one, gets a message that says where it belongs or which keys
//! are valid; darling then reads the values and reports repeated keys and
//! values of the wrong kind.

use darling::ast::NestedMeta;
use darling::util::{Flag, SpannedValue};
use darling::{Error, FromMeta, error::Accumulator};
use proc_macro2::{Ident, Literal, Span, TokenStream, TokenTree};
use syn::{Expr, ExprLit, Lit, LitStr, Meta, MetaNameValue};

/// `#[error_catalog(name = "...", prefix = "...", status = N, code_style = "...")]`.
///
/// Values are read as expressions, so that a value of the wrong kind gets a
/// message that shows the right one (see `ast`).
#[derive(Default, FromMeta)]
pub struct CatalogArgs {
    pub name: Option<Value>,
    pub prefix: Option<Value>,
    pub status: Option<Value>,
    pub code_style: Option<SpannedValue<CodeStyle>>,
    pub diagnostic: Flag,
}

/// `#[entry(code = "...", symptom = "...", solution = "...", status = N, url = "...")]`,
/// `#[entry(transparent)]` or `#[entry(other, symptom = "...", solution = "...")]`.
#[derive(FromMeta)]
pub struct EntryArgs {
    pub code: Option<Value>,
    pub symptom: Option<Value>,
    pub solution: Option<Value>,
    pub status: Option<Value>,
    pub url: Option<Value>,
    pub transparent: Flag,
    pub other: Flag,
    /// Set when the attribute had an unknown key: that key was most likely a
    /// misspelled required one, so its absence is not reported again.
    #[darling(skip)]
    pub had_unknown_key: bool,
}

/// The value of `key = value`, whatever expression it is; `ast` checks its
/// kind and says what the key takes.
pub struct Value(pub Expr);

impl FromMeta for Value {
    fn from_expr(expr: &Expr) -> darling::Result<Self> {
        Ok(Value(expr.clone()))
    }

    fn from_word() -> darling::Result<Self> {
        Err(Error::custom("this key takes a value: write it as `key = value`"))
    }
}

/// How the codes of a catalog are spelled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodeStyle {
    /// `BIZ_TOPIC_NOT_FOUND`; derived codes are the variant in SCREAMING_SNAKE_CASE.
    #[default]
    ScreamingSnake,
    /// `InvalidParameter.TopicName`; derived codes are the variant as written.
    DottedPascal,
    /// Anything without whitespace; derived codes are SCREAMING_SNAKE_CASE.
    Any,
}

impl CodeStyle {
    pub const SPELLINGS: [(&'static str, CodeStyle); 3] = [
        ("SCREAMING_SNAKE_CASE", CodeStyle::ScreamingSnake),
        ("Dotted.PascalCase", CodeStyle::DottedPascal),
        ("any", CodeStyle::Any),
    ];

    /// How the style is written in `code_style = "..."`.
    pub fn spelling(self) -> &'static str {
        Self::SPELLINGS
            .iter()
            .find(|(_, style)| *style == self)
            .map_or("", |(spelling, _)| spelling)
    }

    /// A code of this style, for messages.
    pub fn example(self) -> &'static str {
        match self {
            CodeStyle::ScreamingSnake | CodeStyle::Any => "BIZ_TOPIC_NOT_FOUND",
            CodeStyle::DottedPascal => "InvalidParameter.TopicName",
        }
    }
}

impl FromMeta for CodeStyle {
    fn from_string(value: &str) -> darling::Result<Self> {
        Self::SPELLINGS
            .iter()
            .find(|(spelling, _)| *spelling == value)
            .map(|(_, style)| *style)
            .ok_or_else(|| {
                Error::custom(format_args!(
                    "unknown code style `{value}`; expected one of {}",
                    list(Self::SPELLINGS.iter().map(|(spelling, _)| spelling), "or")
                ))
            })
    }
}

/// The helper attribute on variants.
pub const ENTRY: &str = "entry";
/// The helper attribute on fields.
pub const SOURCE: &str = "source";

/// The keys of `#[error_catalog(...)]`.
pub const CATALOG_KEYS: &[&str] = &["name", "prefix", "status", "code_style", "diagnostic"];
/// The keys of `#[entry(...)]`.
pub const ENTRY_KEYS: &[&str] = &[
    "code",
    "symptom",
    "solution",
    "status",
    "url",
    "transparent",
    "other",
];

/// Where an attribute stands.
#[derive(Clone, Copy)]
pub enum Level {
    Catalog,
    Entry,
}

impl Level {
    fn keys(self) -> &'static [&'static str] {
        match self {
            Level::Catalog => CATALOG_KEYS,
            Level::Entry => ENTRY_KEYS,
        }
    }

    fn attribute(self) -> &'static str {
        match self {
            Level::Catalog => "`#[error_catalog(...)]` on the enum",
            Level::Entry => "`#[entry(...)]` on a variant",
        }
    }

    fn other(self) -> Level {
        match self {
            Level::Catalog => Level::Entry,
            Level::Entry => Level::Catalog,
        }
    }
}

/// The items of an attribute whose keys belong at `level`; every other item
/// is reported and dropped. Says whether any was dropped.
pub fn known_keys(items: Vec<NestedMeta>, level: Level, errors: &mut Accumulator) -> (Vec<NestedMeta>, bool) {
    let mut seen: Vec<String> = Vec::new();
    let count = items.len();
    let known: Vec<NestedMeta> = items
        .into_iter()
        .filter(|item| {
            let path = match item {
                NestedMeta::Meta(meta) => {
                    if let Some(problem) = misused_form(meta) {
                        errors.push(Error::custom(problem).with_span(meta));
                        return false;
                    }
                    meta.path()
                }
                NestedMeta::NameValueInvalidExpr(invalid) => &invalid.path,
                NestedMeta::Lit(lit) => {
                    errors.push(
                        Error::custom(format_args!(
                            "expected `key = value` in {}, found a bare literal; the keys are {}",
                            level.attribute(),
                            list(level.keys().iter(), "or")
                        ))
                        .with_span(lit),
                    );
                    return false;
                }
            };
            let key = path.get_ident().map(ToString::to_string).unwrap_or_default();
            if level.keys().contains(&key.as_str()) {
                if seen.contains(&key) {
                    errors.push(
                        Error::custom(format_args!(
                            "`{key}` is given twice in {}; keep one",
                            level.attribute()
                        ))
                        .with_span(path),
                    );
                    return false;
                }
                seen.push(key);
                return true;
            }
            let message = if level.other().keys().contains(&key.as_str()) {
                format!(
                    "`{key}` belongs in {}, not in {}",
                    level.other().attribute(),
                    level.attribute()
                )
            } else {
                let shown = if key.is_empty() {
                    quote::quote!(#path).to_string()
                } else {
                    key.clone()
                };
                let suggestion = nearest(&key, level.keys())
                    .map(|near| format!("did you mean `{near}`? "))
                    .unwrap_or_default();
                format!(
                    "unknown key `{shown}` in {}; {suggestion}expected one of {}",
                    level.attribute(),
                    list(level.keys().iter(), "or")
                )
            };
            errors.push(Error::custom(message).with_span(path));
            false
        })
        .collect();
    let dropped = known.len() < count;
    (known, dropped)
}

/// The keys that stand alone, as flags.
const FLAGS: &[&str] = &["transparent", "other", "diagnostic"];

/// What is wrong with the form of a known key: a flag given a value, or a
/// key given none.
fn misused_form(meta: &Meta) -> Option<String> {
    let key = meta.path().get_ident()?.to_string();
    let is_flag = FLAGS.contains(&key.as_str());
    match meta {
        Meta::Path(_)
            if !is_flag && (CATALOG_KEYS.contains(&key.as_str()) || ENTRY_KEYS.contains(&key.as_str())) =>
        {
            Some(format!("`{key}` takes a value: write it as `{key} = ...`"))
        }
        Meta::NameValue(_) | Meta::List(_) if is_flag => {
            let attribute = if key == "diagnostic" {
                "error_catalog"
            } else {
                "entry"
            };
            Some(format!(
                "`{key}` is a flag and takes no value: write it as `#[{attribute}({key}, ...)]`"
            ))
        }
        _ => None,
    }
}

/// `meta` of `#[entry(...)]` as a list of items, or an error that shows the form.
pub fn entry_items(meta: &Meta) -> darling::Result<Vec<NestedMeta>> {
    match meta {
        Meta::List(list) => match literal_items(&list.tokens) {
            Some(items) => Ok(items),
            None => Ok(NestedMeta::parse_meta_list(list.tokens.clone())?),
        },
        _ => Err(Error::custom(
            "expected `#[entry(symptom = \"...\", solution = \"...\")]`, `#[entry(transparent)]` \
             or `#[entry(other, symptom = \"...\", solution = \"...\")]`",
        )
        .with_span(meta)),
    }
}

/// One item of an attribute as read off its tokens: a bare `key`, or
/// `key = literal` with the span of its `=`.
struct SimpleItem {
    key: Ident,
    value: Option<(Span, Literal)>,
}

/// The items of `tokens` when each is `key = literal` or a bare `key`, else
/// `None`. Read straight off the tokens: an entry is almost always of this
/// form, and parsing its values as expressions is most of the cost of
/// reading ten thousand of them. Anything else (and every mistake) goes
/// through darling's parser and its messages.
fn simple_items(tokens: &TokenStream) -> Option<Vec<SimpleItem>> {
    let mut items = Vec::new();
    let mut tokens = tokens.clone().into_iter();
    while let Some(token) = tokens.next() {
        // `true` and `false` are literals to darling, not keys.
        let TokenTree::Ident(key) = token else {
            return None;
        };
        if key == "true" || key == "false" {
            return None;
        }
        let mut next = tokens.next();
        let value = match &next {
            Some(TokenTree::Punct(eq)) if eq.as_char() == '=' => {
                let Some(TokenTree::Literal(literal)) = tokens.next() else {
                    return None;
                };
                let eq = eq.span();
                next = tokens.next();
                Some((eq, literal))
            }
            _ => None,
        };
        items.push(SimpleItem { key, value });
        match next {
            None => break,
            Some(TokenTree::Punct(comma)) if comma.as_char() == ',' => {}
            Some(_) => return None,
        }
    }
    Some(items)
}

/// The items of `tokens` as darling would parse them, when they are simple
/// (see [`simple_items`]), else `None`.
fn literal_items(tokens: &TokenStream) -> Option<Vec<NestedMeta>> {
    let items = simple_items(tokens)?
        .into_iter()
        .map(|SimpleItem { key, value }| {
            NestedMeta::Meta(match value {
                Some((eq, literal)) => Meta::NameValue(MetaNameValue {
                    path: key.into(),
                    eq_token: syn::Token![=](eq),
                    value: literal_expr(literal),
                }),
                None => Meta::Path(key.into()),
            })
        });
    Some(items.collect())
}

/// `#[entry(...)]` read straight into its arguments when every item is
/// `key = literal` with a key of an entry's value (`code`, `symptom`,
/// `solution`, `status`, `url`), each once: the form of almost every entry,
/// read without building the items darling reads and checking them. Anything
/// else, and every mistake, is left to `entry_items`, `known_keys` and
/// darling, and their messages.
pub fn plain_entry_args(meta: &Meta) -> Option<EntryArgs> {
    let Meta::List(list) = meta else {
        return None;
    };
    let items = simple_items(&list.tokens)?;
    if items.is_empty() {
        return None;
    }
    let mut args = EntryArgs {
        code: None,
        symptom: None,
        solution: None,
        status: None,
        url: None,
        transparent: Flag::default(),
        other: Flag::default(),
        had_unknown_key: false,
    };
    for SimpleItem { key, value } in items {
        let slot = match key.to_string().as_str() {
            "code" => &mut args.code,
            "symptom" => &mut args.symptom,
            "solution" => &mut args.solution,
            "status" => &mut args.status,
            "url" => &mut args.url,
            _ => return None,
        };
        let (Some((_, literal)), None) = (value, &slot) else {
            return None;
        };
        *slot = Some(Value(literal_expr(literal)));
    }
    Some(args)
}

/// A literal as the expression syn reads. A plain string (see
/// [`plain_string`]) is made anew from its text, without the char-by-char
/// reading `Lit::new` does to find its kind and suffix (slow in a macro
/// built without optimizations, at ten thousand entries); the new token is
/// the same.
fn literal_expr(literal: Literal) -> Expr {
    let repr = literal.to_string();
    let lit = match plain_string(&repr) {
        Some(plain) => Lit::Str(LitStr::new(plain, literal.span())),
        None => Lit::new(literal),
    };
    Expr::Lit(ExprLit {
        attrs: Vec::new(),
        lit,
    })
}

/// The text of the string literal written `repr` when it is plain (`"..."`,
/// nothing escaped, no suffix, no carriage return, which the compiler
/// normalizes), else `None`.
pub fn plain_string(repr: &str) -> Option<&str> {
    repr.strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .filter(|plain| !crate::template::contains_any(plain, b"\\\"\r"))
}

/// The candidate closest to `word`, if it is close enough to be a typo.
pub fn nearest<'k>(word: &str, candidates: &[&'k str]) -> Option<&'k str> {
    candidates
        .iter()
        .map(|candidate| (edit_distance(word, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= 1 + candidate.len().max(word.len()) / 3)
        .min()
        .map(|(_, candidate)| candidate)
}

/// `` `a`, `b` or `c` ``, with `conjunction` before the last item.
pub fn list<T: std::fmt::Display>(items: impl Iterator<Item = T>, conjunction: &str) -> String {
    let items: Vec<String> = items.map(|item| format!("`{item}`")).collect();
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {conjunction} {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        assert_eq!(nearest("symtom", ENTRY_KEYS), Some("symptom"));
        assert_eq!(nearest("soluton", ENTRY_KEYS), Some("solution"));
        assert_eq!(nearest("prefx", CATALOG_KEYS), Some("prefix"));
        assert_eq!(nearest("colour", ENTRY_KEYS), None);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    /// The items as darling's parser reads them, for comparison.
    fn parsed(tokens: &TokenStream) -> Vec<String> {
        NestedMeta::parse_meta_list(tokens.clone())
            .expect("parses")
            .iter()
            .map(|item| quote::ToTokens::to_token_stream(item).to_string())
            .collect()
    }

    /// The values of `EntryArgs`, as tokens, for comparisons.
    fn values(args: &EntryArgs) -> Vec<Option<String>> {
        [&args.code, &args.symptom, &args.solution, &args.status, &args.url]
            .iter()
            .map(|value| {
                value
                    .as_ref()
                    .map(|Value(expr)| quote::ToTokens::to_token_stream(expr).to_string())
            })
            .collect()
    }

    #[test]
    fn plain_entries_read_as_darling_reads_them() {
        for source in [
            r#"symptom = "The topic {0} is missing", solution = r"Create it""#,
            r#"code = "A_B", status = 404, url = "https://a.example/b","#,
            r#"solution = "z", symptom = "x\"y", code = "C""#,
        ] {
            let meta: Meta = syn::parse_str(&format!("entry({source})")).expect("a meta");
            let fast = plain_entry_args(&meta).unwrap_or_else(|| panic!("`{source}` is read off its tokens"));
            let Meta::List(list) = &meta else { unreachable!() };
            let items = NestedMeta::parse_meta_list(list.tokens.clone()).expect("parses");
            let slow = EntryArgs::from_list(&items).expect("darling reads it");
            assert_eq!(values(&fast), values(&slow), "{source}");
            assert!(!fast.transparent.is_present() && !fast.other.is_present() && !fast.had_unknown_key);
        }
    }

    #[test]
    fn other_entries_are_left_to_darling() {
        for source in [
            "entry",
            "entry()",
            "entry(transparent)",
            "entry(other, symptom = \"a\", solution = \"b\")",
            "entry(symptom = \"a\", symptom = \"b\")",
            "entry(symtom = \"a\")",
            "entry(status = -1)",
            "entry(symptom = concat!(\"a\"))",
            "entry(symptom = \"a\" solution = \"b\")",
            "entry(symptom = \"a\",, solution = \"b\")",
            "entry(symptom: \"a\")",
            "entry = \"a\"",
        ] {
            let meta: Meta = syn::parse_str(source).expect("a meta");
            assert!(plain_entry_args(&meta).is_none(), "{source}");
        }
    }

    #[test]
    fn literal_items_read_as_darling_reads_them() {
        for source in [
            "",
            "transparent",
            "other,",
            r#"symptom = "The topic {0} is missing", solution = r"Create it""#,
            r#"code = "A_B", status = 404, url = "https://a.example/b","#,
            r#"other, symptom = "x\"y", solution = "z""#,
        ] {
            let tokens: TokenStream = source.parse().expect("lexes");
            let fast: Vec<String> = literal_items(&tokens)
                .unwrap_or_else(|| panic!("`{source}` is read off its tokens"))
                .iter()
                .map(|item| quote::ToTokens::to_token_stream(item).to_string())
                .collect();
            assert_eq!(fast, parsed(&tokens), "{source}");
        }
    }

    #[test]
    fn other_items_are_left_to_darling() {
        for source in [
            "status = -1",
            "true, symptom = \"a\"",
            "symptom = \"a\", false",
            "symptom = concat!(\"a\", \"b\")",
            "symptom = \"a\" solution = \"b\"",
            "symptom = \"a\",, solution = \"b\"",
            "transparent(x)",
            "symptom =",
            "= \"a\"",
            "a::b = \"c\"",
        ] {
            let tokens: TokenStream = source.parse().expect("lexes");
            assert!(literal_items(&tokens).is_none(), "{source}");
        }
    }

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(list(["a"].into_iter(), "or"), "`a`");
        assert_eq!(list(["a", "b", "c"].into_iter(), "or"), "`a`, `b` or `c`");
        assert_eq!(list(["a", "b"].into_iter(), "and"), "`a` and `b`");
    }
}

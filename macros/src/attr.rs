//! The keys of `#[error_catalog(...)]` and `#[entry(...)]`, in one table,
//! and the one parser that reads both attributes with it.
//!
//! Every key, where it belongs and what it takes is a row of [`KEYS`]: the
//! parser, its "expected one of" lists, its "did you mean" and its messages
//! about a key at the wrong level all read that table, so a key is added by
//! adding a row (and reading it where the model is built, in `ast`).
//!
//! The parser reads the items straight off the tokens: `key`, `key = value`
//! or (always a mistake) `key(...)`, split at top-level commas. A value that
//! is one literal token (an entry's values nearly always are) is read
//! without building an expression; anything else is a value of the wrong
//! kind, reported at its tokens. Problems go into the accumulator, and the
//! item is dropped, so one build shows them all.

use darling::{Error, error::Accumulator};
use proc_macro2::{Delimiter, Literal, Span, TokenStream, TokenTree};
use syn::{Lit, LitStr};

use crate::case::CodeStyle;
use crate::suggest::{list, nearest};

/// Where an attribute stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// `#[error_catalog(...)]` on the enum.
    Catalog,
    /// `#[entry(...)]` on a variant.
    Entry,
}

impl Level {
    /// The attribute's name, as in `#[name(...)]`.
    pub fn path(self) -> &'static str {
        match self {
            Level::Catalog => "error_catalog",
            Level::Entry => "entry",
        }
    }

    /// The attribute, for messages.
    pub fn attribute(self) -> &'static str {
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

/// A key of either attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Name,
    Prefix,
    Status,
    CodeStyle,
    Diagnostic,
    Axum,
    Lock,
    Code,
    Symptom,
    Solution,
    Url,
    Alias,
    Deprecated,
    Family,
    Transparent,
    Fallback,
    Other,
}

/// What a key takes.
#[derive(Clone, Copy)]
enum Form {
    /// Nothing: the key stands alone.
    Flag,
    /// A string, shown in messages with this example.
    Str(&'static str),
    /// A code: a string whose example is one of the catalog's code style.
    Code,
    /// An HTTP status, read as a `u16`.
    Status,
    /// The spelling of a [`CodeStyle`].
    Style,
}

/// One row of [`KEYS`].
struct KeyDef {
    level: Level,
    name: &'static str,
    key: Key,
    form: Form,
}

const fn def(level: Level, name: &'static str, key: Key, form: Form) -> KeyDef {
    KeyDef {
        level,
        name,
        key,
        form,
    }
}

/// Every key of both attributes, in the order messages list them.
const KEYS: &[KeyDef] = &[
    def(Level::Catalog, "name", Key::Name, Form::Str("billing")),
    def(Level::Catalog, "prefix", Key::Prefix, Form::Str("BILLING_")),
    def(Level::Catalog, "status", Key::Status, Form::Status),
    def(Level::Catalog, "code_style", Key::CodeStyle, Form::Style),
    def(Level::Catalog, "diagnostic", Key::Diagnostic, Form::Flag),
    def(Level::Catalog, "axum", Key::Axum, Form::Flag),
    def(Level::Catalog, "lock", Key::Lock, Form::Str("errors.lock")),
    def(Level::Entry, "code", Key::Code, Form::Code),
    def(
        Level::Entry,
        "symptom",
        Key::Symptom,
        Form::Str("Topic {0} is not found"),
    ),
    def(
        Level::Entry,
        "solution",
        Key::Solution,
        Form::Str("Check the topic name"),
    ),
    def(Level::Entry, "status", Key::Status, Form::Status),
    def(
        Level::Entry,
        "url",
        Key::Url,
        Form::Str("https://example.com/errors#quota"),
    ),
    def(Level::Entry, "alias", Key::Alias, Form::Code),
    def(
        Level::Entry,
        "deprecated",
        Key::Deprecated,
        Form::Str("use BILLING_QUOTA_REACHED instead"),
    ),
    def(Level::Entry, "family", Key::Family, Form::Str("BILLING_QUOTA_")),
    def(Level::Entry, "transparent", Key::Transparent, Form::Flag),
    def(Level::Entry, "fallback", Key::Fallback, Form::Flag),
    def(Level::Entry, "other", Key::Other, Form::Flag),
];

/// The keys that may be given more than once, each time with a value of its own.
const REPEATABLE: &[Key] = &[Key::Alias];

impl Key {
    /// The key as written.
    pub fn name(self) -> &'static str {
        KEYS.iter().find(|def| def.key == self).map_or("", |def| def.name)
    }
}

/// The names of the keys at `level`, in the table's order.
fn names(level: Level) -> impl Iterator<Item = &'static str> + Clone {
    KEYS.iter()
        .filter(move |def| def.level == level)
        .map(|def| def.name)
}

fn find(level: Level, name: &str) -> Option<&'static KeyDef> {
    KEYS.iter().find(|def| def.level == level && def.name == name)
}

/// An HTTP status as given: its value and where it was written.
#[derive(Clone, Copy)]
pub struct Status {
    pub value: u16,
    pub span: Span,
}

/// A value read for a key, typed by the key's form.
pub enum Value {
    /// Given in a form the key does not take (reported): the key is there,
    /// so it is neither missing nor given again.
    Invalid,
    Flag,
    Str(LitStr),
    Status(Status),
    Style(CodeStyle),
}

/// One item read: its key, where the key and its value were written, and
/// the value.
pub struct Item {
    pub key: Key,
    pub key_span: Span,
    /// The value's first token; the key for a flag.
    pub value_span: Span,
    pub value: Value,
}

/// The items of one attribute, each key at most once.
#[derive(Default)]
pub struct Args {
    pub items: Vec<Item>,
    /// An item with no known key was dropped (reported): a required key
    /// that seems missing may be that one, misspelled, so its absence is
    /// not reported.
    pub dropped: bool,
}

impl Args {
    /// The item of `key`, if it was given, validly or not.
    pub fn get(&self, key: Key) -> Option<&Item> {
        self.items.iter().find(|item| item.key == key)
    }

    /// Where the flag `key` was given, if it was.
    pub fn flag(&self, key: Key) -> Option<Span> {
        self.get(key).map(|item| item.key_span)
    }

    /// Every string given for `key`, a repeatable one.
    pub fn strings(&self, key: Key) -> impl Iterator<Item = &LitStr> {
        self.items
            .iter()
            .filter(move |item| item.key == key)
            .filter_map(|item| match &item.value {
                Value::Str(lit) => Some(lit),
                _ => None,
            })
    }

    /// The string given for `key`.
    pub fn string(&self, key: Key) -> Option<&LitStr> {
        match &self.get(key)?.value {
            Value::Str(lit) => Some(lit),
            _ => None,
        }
    }

    /// The status given for `status`.
    pub fn status(&self) -> Option<Status> {
        match self.get(Key::Status)?.value {
            Value::Status(status) => Some(status),
            _ => None,
        }
    }

    /// The code style given for `code_style`.
    pub fn code_style(&self) -> Option<CodeStyle> {
        match self.get(Key::CodeStyle)?.value {
            Value::Style(style) => Some(style),
            _ => None,
        }
    }
}

/// The arguments of `#[error_catalog(...)]`.
pub fn catalog_args(tokens: TokenStream, errors: &mut Accumulator) -> Args {
    parse(tokens, Level::Catalog, CodeStyle::default(), errors)
}

/// The arguments of a variant's `#[entry(...)]`, or `None` (reported) when
/// the attribute is not a list.
pub fn entry_args(attr: &syn::Attribute, style: CodeStyle, errors: &mut Accumulator) -> Option<Args> {
    match &attr.meta {
        syn::Meta::List(list) => Some(parse(list.tokens.clone(), Level::Entry, style, errors)),
        meta => {
            errors.push(
                Error::custom(
                    "expected `#[entry(symptom = \"...\", solution = \"...\")]`, `#[entry(transparent)]` \
                     or `#[entry(other, symptom = \"...\", solution = \"...\")]`",
                )
                .with_span(meta),
            );
            None
        }
    }
}

/// The items of the attribute at `level` whose tokens inside the
/// parentheses are `tokens`; `style` gives the example of a code.
fn parse(tokens: TokenStream, level: Level, style: CodeStyle, errors: &mut Accumulator) -> Args {
    let mut args = Args::default();
    for tokens in split_items(tokens, errors, &mut args.dropped) {
        let (name, key_span, rest) = match key_of(&tokens, level) {
            Ok(key) => key,
            Err(error) => {
                args.dropped = true;
                errors.push(error);
                continue;
            }
        };
        let Some(def) = find(level, &name) else {
            args.dropped = true;
            errors.push(error_at(key_span, misplaced_or_unknown(&name, level)));
            continue;
        };
        if args.get(def.key).is_some() && !REPEATABLE.contains(&def.key) {
            errors.push(error_at(
                key_span,
                format_args!("`{name}` is given twice in {}; keep one", level.attribute()),
            ));
            continue;
        }
        let (value, value_span) = read_item(def, key_span, rest, level, style).unwrap_or_else(|error| {
            errors.push(error);
            (Value::Invalid, key_span)
        });
        args.items.push(Item {
            key: def.key,
            key_span,
            value_span,
            value,
        });
    }
    args
}

/// The tokens of each item, split at top-level commas; a trailing comma is
/// fine, an empty item is reported.
fn split_items(tokens: TokenStream, errors: &mut Accumulator, dropped: &mut bool) -> Vec<Vec<TokenTree>> {
    let mut items = vec![Vec::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(comma) if comma.as_char() == ',' => {
                if items.last().is_some_and(Vec::is_empty) {
                    *dropped = true;
                    errors.push(error_at(
                        comma.span(),
                        "expected `key` or `key = value` before `,`",
                    ));
                } else {
                    items.push(Vec::new());
                }
            }
            _ => items.last_mut().map_or((), |item| item.push(token)),
        }
    }
    items.retain(|item| !item.is_empty());
    items
}

/// How an item is written after its key.
enum Shape<'t> {
    Word,
    Assigned(&'t [TokenTree]),
    List,
}

/// The value of the item of key `def` written `rest` after the key, typed
/// by the key's form, with where it was written; or the error that says
/// what is wrong.
fn read_item(
    def: &KeyDef,
    key_span: Span,
    rest: &[TokenTree],
    level: Level,
    style: CodeStyle,
) -> Result<(Value, Span), Error> {
    let name = def.name;
    let shape = match rest {
        [] => Shape::Word,
        [TokenTree::Punct(eq), value @ ..] if eq.as_char() == '=' && !value.is_empty() => {
            Shape::Assigned(value)
        }
        [TokenTree::Group(group), ..] if group.delimiter() == Delimiter::Parenthesis => Shape::List,
        [other, ..] => {
            return Err(error_at(
                other.span(),
                format_args!(
                    "expected `,` or `= value` after `{name}` in {}",
                    level.attribute()
                ),
            ));
        }
    };
    match (def.form, shape) {
        (Form::Flag, Shape::Word) => Ok((Value::Flag, key_span)),
        (Form::Flag, _) => Err(error_at(
            key_span,
            format_args!(
                "`{name}` is a flag and takes no value: write it as `#[{}({name}, ...)]`",
                level.path()
            ),
        )),
        (_, Shape::Word | Shape::List) => Err(error_at(
            key_span,
            format_args!("`{name}` takes a value: write it as `{name} = ...`"),
        )),
        (form, Shape::Assigned(value)) => Ok((read_value(form, name, value, style)?, value[0].span())),
    }
}

/// The key of an item (a path for messages when it is not one identifier),
/// its span and the tokens after it.
fn key_of(tokens: &[TokenTree], level: Level) -> Result<(String, Span, &[TokenTree]), Error> {
    let path_len = tokens
        .iter()
        .position(|token| !is_path_token(token))
        .unwrap_or(tokens.len());
    match &tokens[..path_len] {
        [TokenTree::Ident(ident)] if ident != "true" && ident != "false" => {
            Ok((ident.to_string(), ident.span(), &tokens[1..]))
        }
        [] | [TokenTree::Ident(_)] => Err(error_at(
            tokens[0].span(),
            format_args!(
                "expected `key = value` in {}, found {}; the keys are {}",
                level.attribute(),
                found(&tokens[0]),
                list(names(level), "or")
            ),
        )),
        path => {
            let shown: TokenStream = path.iter().cloned().collect();
            Err(error_at(
                path[0].span(),
                misplaced_or_unknown(&shown.to_string().replace(' ', ""), level),
            ))
        }
    }
}

fn is_path_token(token: &TokenTree) -> bool {
    match token {
        TokenTree::Ident(_) => true,
        TokenTree::Punct(punct) => punct.as_char() == ':',
        _ => false,
    }
}

/// What a token that should have been a key is, for messages.
fn found(token: &TokenTree) -> String {
    match token {
        TokenTree::Literal(_) | TokenTree::Ident(_) => "a bare literal".to_owned(),
        other => format!("`{other}`"),
    }
}

/// The message for a key that is not one of `level`'s.
fn misplaced_or_unknown(name: &str, level: Level) -> String {
    if find(level.other(), name).is_some() {
        return format!(
            "`{name}` belongs in {}, not in {}",
            level.other().attribute(),
            level.attribute()
        );
    }
    let keys: Vec<&str> = names(level).collect();
    let suggestion = nearest(name, &keys)
        .map(|near| format!("did you mean `{near}`? "))
        .unwrap_or_default();
    format!(
        "unknown key `{name}` in {}; {suggestion}expected one of {}",
        level.attribute(),
        list(keys.iter(), "or")
    )
}

/// The value of `key = value`, as the key's form types it.
fn read_value(form: Form, key: &str, tokens: &[TokenTree], style: CodeStyle) -> Result<Value, Error> {
    let literal = single_literal(tokens);
    let wrong = |message: String| Error::from(syn::Error::new_spanned(tokens_of(tokens), message));
    match form {
        Form::Flag => Ok(Value::Flag),
        Form::Str(example) => literal
            .and_then(string_literal)
            .map(Value::Str)
            .ok_or_else(|| wrong(format!("`{key}` takes a string, such as `{key} = \"{example}\"`"))),
        Form::Code => literal.and_then(string_literal).map(Value::Str).ok_or_else(|| {
            wrong(format!(
                "`{key}` takes a string, such as `{key} = \"{}\"`",
                style.example()
            ))
        }),
        Form::Status => match literal.map(Lit::new) {
            Some(Lit::Int(int)) => match int.base10_parse::<u16>() {
                Ok(value) => Ok(Value::Status(Status {
                    value,
                    span: int.span(),
                })),
                Err(_) => Err(wrong(format!(
                    "`status = {int}` is not an HTTP status; {}",
                    STATUS_RANGE
                ))),
            },
            _ => Err(wrong(
                "`status` takes an integer HTTP status in 100..=599, such as `status = 404`".to_owned(),
            )),
        },
        Form::Style => {
            let lit = literal.and_then(string_literal).ok_or_else(|| {
                wrong(format!(
                    "`{key}` takes a string, such as `{key} = \"{}\"`",
                    CodeStyle::DottedPascal.spelling()
                ))
            })?;
            CodeStyle::from_spelling(&lit.value())
                .map(Value::Style)
                .ok_or_else(|| Error::custom(CodeStyle::unknown(&lit.value())).with_span(&lit))
        }
    }
}

/// What the range of an HTTP status is, for messages.
pub const STATUS_RANGE: &str = "expected an integer in 100..=599";

fn tokens_of(tokens: &[TokenTree]) -> TokenStream {
    tokens.iter().cloned().collect()
}

/// The value when it is one literal token, also when a `macro_rules!`
/// fragment (`$code`) wrapped it in an invisible group.
fn single_literal(tokens: &[TokenTree]) -> Option<Literal> {
    match tokens {
        [TokenTree::Literal(literal)] => Some(literal.clone()),
        [TokenTree::Group(group)] if group.delimiter() == Delimiter::None => {
            single_literal(&group.stream().into_iter().collect::<Vec<_>>())
        }
        _ => None,
    }
}

/// A string literal as syn reads it; `None` for any other literal. A plain
/// string (see [`plain_string`]) is made anew from its text, without the
/// char-by-char reading `Lit::new` does to find its kind and suffix, which
/// counts at ten thousand entries in a macro built without optimizations.
fn string_literal(literal: Literal) -> Option<LitStr> {
    let repr = literal.to_string();
    if let Some(plain) = plain_string(&repr) {
        return Some(LitStr::new(plain, literal.span()));
    }
    match Lit::new(literal) {
        Lit::Str(lit) => Some(lit),
        _ => None,
    }
}

/// The text of the string literal written `repr` when it is plain (`"..."`,
/// nothing escaped, no suffix, no carriage return, which the compiler
/// normalizes), else `None`.
pub fn plain_string(repr: &str) -> Option<&str> {
    repr.strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .filter(|plain| !crate::template::contains_any(plain, b"\\\"\r"))
}

/// The value of a string literal: straight off the token when it is plain,
/// since `LitStr::value` unescapes the token again.
pub fn string_value(lit: &LitStr) -> String {
    let repr = lit.token().to_string();
    match plain_string(&repr) {
        Some(plain) => plain.to_owned(),
        None => lit.value(),
    }
}

/// An error pointing at `span`, for places that keep a span rather than syntax.
pub fn error_at(span: Span, message: impl std::fmt::Display) -> Error {
    syn::Error::new(span, message).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An item as a test reads it.
    fn shown(item: &Item) -> String {
        match &item.value {
            Value::Invalid => format!("{} (invalid)", item.key.name()),
            Value::Flag => item.key.name().to_owned(),
            Value::Str(lit) => format!("{} = {}", item.key.name(), quote::ToTokens::to_token_stream(lit)),
            Value::Status(status) => format!("{} = {}", item.key.name(), status.value),
            Value::Style(style) => format!("{} = {}", item.key.name(), style.spelling()),
        }
    }

    /// The items and the messages of `tokens` read at `level`.
    fn read(source: &str, level: Level) -> (Vec<String>, Vec<String>) {
        let mut errors = Error::accumulator();
        let args = parse(
            source.parse().expect("lexes"),
            level,
            CodeStyle::default(),
            &mut errors,
        );
        let items = args.items.iter().map(shown).collect();
        let messages = errors.into_inner().iter().map(ToString::to_string).collect();
        (items, messages)
    }

    #[test]
    fn reads_every_form_of_value() {
        let (items, messages) = read(
            r#"code = "A_B", symptom = "x\"y", solution = r"z", status = 404, url = "https://a.example/b", other,"#,
            Level::Entry,
        );
        assert!(messages.is_empty(), "{messages:?}");
        assert_eq!(
            items,
            [
                r#"code = "A_B""#,
                r#"symptom = "x\"y""#,
                r#"solution = r"z""#,
                "status = 404",
                r#"url = "https://a.example/b""#,
                "other"
            ]
        );
        let (items, _) = read(r#"code_style = "any", diagnostic"#, Level::Catalog);
        assert_eq!(items, ["code_style = any", "diagnostic"]);
    }

    #[test]
    fn values_forwarded_by_macro_rules_are_literals() {
        let group = |tokens: &str| {
            TokenTree::Group(proc_macro2::Group::new(Delimiter::None, tokens.parse().unwrap()))
        };
        let mut with_comma: TokenStream = "status =".parse().unwrap();
        with_comma.extend([
            group("503"),
            TokenTree::Punct(proc_macro2::Punct::new(',', proc_macro2::Spacing::Alone)),
        ]);
        with_comma.extend("symptom =".parse::<TokenStream>().unwrap());
        with_comma.extend([group("\"s\"")]);
        let mut errors = Error::accumulator();
        let args = parse(with_comma, Level::Entry, CodeStyle::default(), &mut errors);
        assert!(errors.finish().is_ok());
        assert_eq!(
            args.items.iter().map(shown).collect::<Vec<_>>(),
            ["status = 503", r#"symptom = "s""#]
        );
    }

    #[test]
    fn every_mistake_is_reported_and_dropped() {
        for (source, message) in [
            (
                "symtom = \"a\"",
                "unknown key `symtom` in `#[entry(...)]` on a variant; did you mean `symptom`?",
            ),
            (
                "colour = \"a\"",
                "unknown key `colour` in `#[entry(...)]` on a variant; expected one of `code`",
            ),
            ("a::b = \"c\"", "unknown key `a::b`"),
            (
                "prefix = \"A_\"",
                "`prefix` belongs in `#[error_catalog(...)]` on the enum",
            ),
            ("symptom = \"a\", symptom = \"b\"", "`symptom` is given twice"),
            ("transparent = true", "`transparent` is a flag and takes no value"),
            ("transparent(x)", "`transparent` is a flag and takes no value"),
            ("symptom", "`symptom` takes a value: write it as `symptom = ...`"),
            ("symptom(\"a\")", "`symptom` takes a value"),
            ("symptom =", "expected `,` or `= value` after `symptom`"),
            ("symptom = concat!(\"a\")", "`symptom` takes a string"),
            ("symptom \"a\"", "expected `,` or `= value` after `symptom`"),
            ("status = -1", "`status` takes an integer HTTP status"),
            ("status = 100000", "`status = 100000` is not an HTTP status"),
            ("\"name\"", "found a bare literal; the keys are `code`"),
            ("true", "found a bare literal"),
            ("= \"a\"", "found `=`"),
            (
                "symptom = \"a\",, solution = \"b\"",
                "expected `key` or `key = value` before `,`",
            ),
        ] {
            let (_, messages) = read(source, Level::Entry);
            assert!(
                messages.len() == 1 && messages[0].contains(message),
                "{source}: {messages:?}"
            );
        }
        let (_, messages) = read("code_style = \"kebab\"", Level::Catalog);
        assert_eq!(messages, [CodeStyle::unknown("kebab")]);
        let (_, messages) = read("prefx = \"A_\"", Level::Catalog);
        assert!(messages[0].contains(
            "did you mean `prefix`? expected one of `name`, `prefix`, `status`, `code_style`, `diagnostic`, `axum` or `lock`"
        ));
    }

    #[test]
    fn every_key_is_read_at_its_level() {
        for def in KEYS {
            let source = match def.form {
                Form::Flag => def.name.to_owned(),
                Form::Status => format!("{} = 404", def.name),
                Form::Style => format!("{} = \"any\"", def.name),
                Form::Str(_) | Form::Code => format!("{} = \"A\"", def.name),
            };
            let (items, messages) = read(&source, def.level);
            assert!(messages.is_empty() && items.len() == 1, "{source}: {messages:?}");
            assert_eq!(def.key.name(), def.name);
        }
    }

    #[test]
    fn string_values_are_unescaped() {
        for source in [
            r#""plain""#,
            r#""esc\"aped\n""#,
            r##"r#"raw "text""#"##,
            r#""é \u{e9}""#,
            r#""""#,
            "\"a\r\nb\"",
            r#""suffixed"sfx"#,
        ] {
            let lit: LitStr = syn::parse_str(source).expect("a string literal");
            assert_eq!(string_value(&lit), lit.value(), "{source}");
        }
    }
}

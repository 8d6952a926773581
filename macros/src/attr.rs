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

use error_catalog_shared::STATUS_RANGE;

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
    /// A flag of the enum that implements a trait of an integration: its
    /// expansion is a call of the glue macro the row names.
    Integration,
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

/// Where a key may stand: on the enum, or in the `#[entry(...)]` of one of
/// the four kinds of variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// `#[error_catalog(...)]`.
    Enum,
    /// An entry of the catalog's own, with one code.
    Entry,
    /// `#[entry(family = "PREFIX", ...)]`.
    Family,
    /// `#[entry(other, ...)]`.
    CatchAll,
    /// `#[entry(transparent, ...)]`.
    Transparent,
}

impl Place {
    /// The attribute a key of this place is written in.
    pub fn level(self) -> Level {
        match self {
            Place::Enum => Level::Catalog,
            _ => Level::Entry,
        }
    }

    /// The flag that makes an entry stand here.
    fn defined_by(self) -> Option<Key> {
        match self {
            Place::Family => Some(Key::Family),
            Place::CatchAll => Some(Key::Other),
            Place::Transparent => Some(Key::Transparent),
            Place::Enum | Place::Entry => None,
        }
    }

    /// What stands here, as the subject of a message.
    fn subject(self) -> &'static str {
        match self {
            Place::Enum => "the enum",
            Place::Entry => "an entry",
            Place::Family => "a family",
            Place::CatchAll => "the catch-all",
            Place::Transparent => "`transparent`",
        }
    }

    /// Why a key that is not at this place has no business here.
    fn reason(self) -> &'static str {
        match self {
            Place::Transparent => "code and texts come from the inner catalog",
            Place::CatchAll => "it keeps codes no entry knows",
            Place::Family => "it is a catch-all for the codes of its prefix",
            Place::Entry | Place::Enum => "it is not one of its keys",
        }
    }
}

/// What a key takes.
#[derive(Clone, Copy)]
enum Form {
    /// Nothing: the key stands alone.
    Flag,
    /// Nothing, and the key implements a trait of an integration: the
    /// expansion calls `::error_catalog::GLUE!(Type)`, a macro of the
    /// topic's file in `core/src/__private/`, which is an error naming the
    /// feature when the feature is off.
    Glue(&'static str),
    /// A string, shown in messages with this example.
    Str(&'static str),
    /// A code: a string whose example is one of the catalog's code style.
    Code,
    /// An HTTP status, read as a `u16`.
    Status,
    /// The spelling of a [`CodeStyle`].
    Style,
}

/// One row of [`KEYS`]: a key, what it takes and where it may stand.
pub struct KeyDef {
    pub name: &'static str,
    pub key: Key,
    form: Form,
    /// Where the key may stand, all of one [`Level`].
    places: &'static [Place],
    /// Given wherever it may stand, unless the place says otherwise (the
    /// texts, which every entry gives).
    required: bool,
    /// The whole message for the key at a place of its level where it may
    /// not stand, where a reason of its own says more than the place's.
    refusals: &'static [(Place, &'static str)],
    /// What the key means at a place, where it means something of its own
    /// there, for the lists of what goes beside a flag.
    notes: &'static [(Place, &'static str)],
}

impl KeyDef {
    /// The attribute the key is written in.
    pub fn level(&self) -> Level {
        self.places.first().map_or(Level::Entry, |place| place.level())
    }

    /// Whether the key may stand at `place`.
    pub fn allowed(&self, place: Place) -> bool {
        self.places.contains(&place)
    }

    /// Whether an entry at `place` must give the key.
    pub fn required(&self, place: Place) -> bool {
        self.required && self.allowed(place)
    }

    /// The glue macro of an integration flag.
    pub fn glue(&self) -> Option<&'static str> {
        match self.form {
            Form::Glue(glue) => Some(glue),
            _ => None,
        }
    }

    /// The message for the key given at `place`, where it may not stand.
    pub fn refusal(&self, place: Place) -> String {
        if let Some((_, message)) = self.refusals.iter().find(|(at, _)| *at == place) {
            return (*message).to_owned();
        }
        let allowed: Vec<String> = KEYS
            .iter()
            .filter(|def| def.allowed(place) && Some(def.key) != place.defined_by())
            .map(|def| match def.notes.iter().find(|(at, _)| *at == place) {
                Some((_, note)) => format!("`{}` ({note})", def.name),
                None => format!("`{}`", def.name),
            })
            .collect();
        let allowed = match allowed.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => allowed.concat(),
        };
        format!(
            "{} takes no `{}`: {}; beside it go only {allowed}",
            place.subject(),
            self.name,
            place.reason(),
        )
    }
}

/// A row of [`KEYS`] that may stand at `places`.
const fn key(name: &'static str, key: Key, form: Form, places: &'static [Place]) -> KeyDef {
    KeyDef {
        name,
        key,
        form,
        places,
        required: false,
        refusals: &[],
        notes: &[],
    }
}

impl KeyDef {
    /// The row, required wherever it may stand.
    const fn always_given(mut self) -> Self {
        self.required = true;
        self
    }

    /// The row, with the messages at places where it may not stand.
    const fn refused(mut self, refusals: &'static [(Place, &'static str)]) -> Self {
        self.refusals = refusals;
        self
    }

    /// The row, with what it means at places where it means more.
    const fn noted(mut self, notes: &'static [(Place, &'static str)]) -> Self {
        self.notes = notes;
        self
    }
}

const ENUM: &[Place] = &[Place::Enum];
/// The places of entries that give their own texts.
const TEXTS: &[Place] = &[Place::Entry, Place::Family, Place::CatchAll];
/// The places of entries that have codes of their own.
const CODED: &[Place] = &[Place::Entry, Place::Family];

const FALLBACK_ALONE: &str = "`fallback` goes with `transparent`: it lets the codes an embedded catalog \
     shares with the others resolve to them; an entry of the catalog's own has one code";

/// Every key of both attributes, in the order messages list them: what
/// each takes, where it may stand, and why not elsewhere. The parser, its
/// messages and the rules of which entry takes which key all read this
/// table, and a test holds the attribute's reference to it.
pub const KEYS: &[KeyDef] = &[
    key("name", Key::Name, Form::Str("billing"), ENUM),
    key("prefix", Key::Prefix, Form::Str("BILLING_"), ENUM),
    key("status", Key::Status, Form::Status, ENUM),
    key("code_style", Key::CodeStyle, Form::Style, ENUM),
    key(
        "diagnostic",
        Key::Integration,
        Form::Glue("__diagnostic_impl"),
        ENUM,
    ),
    key("axum", Key::Integration, Form::Glue("__axum_impl"), ENUM),
    key("lock", Key::Lock, Form::Str("errors.lock"), ENUM),
    key("code", Key::Code, Form::Code, &[Place::Entry]).refused(&[
        (
            Place::Family,
            "a family takes no `code`: its code is its prefix and `*`, and each member keeps its own",
        ),
        (
            Place::CatchAll,
            "the catch-all takes no `code`: its code is the unknown one it keeps",
        ),
    ]),
    key(
        "symptom",
        Key::Symptom,
        Form::Str("Topic {0} is not found"),
        TEXTS,
    )
    .always_given(),
    key(
        "solution",
        Key::Solution,
        Form::Str("Check the topic name"),
        TEXTS,
    )
    .always_given(),
    key(
        "status",
        Key::Status,
        Form::Status,
        &[Place::Entry, Place::Family, Place::CatchAll, Place::Transparent],
    )
    .noted(&[(Place::Transparent, "of inner entries that give none")]),
    key(
        "url",
        Key::Url,
        Form::Str("https://example.com/errors#quota"),
        CODED,
    )
    .refused(&[(
        Place::CatchAll,
        "the catch-all takes no `url`: no page explains codes nobody declared",
    )]),
    key("alias", Key::Alias, Form::Code, CODED).refused(&[(
        Place::CatchAll,
        "the catch-all takes no `alias`: it has no code of its own to spell otherwise",
    )]),
    key(
        "deprecated",
        Key::Deprecated,
        Form::Str("use BILLING_QUOTA_REACHED instead"),
        CODED,
    )
    .refused(&[(
        Place::CatchAll,
        "the catch-all takes no `deprecated`: it has no code of its own to retire",
    )]),
    key(
        "family",
        Key::Family,
        Form::Str("BILLING_QUOTA_"),
        &[Place::Family],
    )
    .refused(&[(
        Place::CatchAll,
        "the catch-all takes no `family`: a family is a catch-all of its own; use one or the other",
    )]),
    key("transparent", Key::Transparent, Form::Flag, &[Place::Transparent]),
    key("fallback", Key::Fallback, Form::Flag, &[Place::Transparent]).refused(&[
        (Place::Entry, FALLBACK_ALONE),
        (Place::Family, FALLBACK_ALONE),
        (Place::CatchAll, FALLBACK_ALONE),
    ]),
    key("other", Key::Other, Form::Flag, &[Place::CatchAll]),
];

/// The keys that may be given more than once, each time with a value of its own.
const REPEATABLE: &[Key] = &[Key::Alias];

impl Key {
    /// The key as written (an integration's: the first).
    pub fn name(self) -> &'static str {
        KEYS.iter().find(|def| def.key == self).map_or("", |def| def.name)
    }
}

/// The names of the keys at `level`, in the table's order.
fn names(level: Level) -> impl Iterator<Item = &'static str> + Clone {
    KEYS.iter()
        .filter(move |def| def.level() == level)
        .map(|def| def.name)
}

fn find(level: Level, name: &str) -> Option<&'static KeyDef> {
    KEYS.iter().find(|def| def.level() == level && def.name == name)
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
    Str(Str),
    Status(Status),
    Style(CodeStyle),
}

/// A string value, read once: its text, where it was written, and the
/// token to emit it again.
#[derive(Clone)]
pub struct Str {
    pub value: String,
    pub span: Span,
    /// The user's literal when it can be emitted again as it is (no
    /// escaping again), else the text made anew.
    token: Literal,
}

impl Str {
    /// The string of `lit`.
    pub fn new(lit: &LitStr) -> Self {
        let value = string_value(lit);
        // rustc rejects suffixes on string literals outside of attributes.
        let token = if lit.suffix().is_empty() {
            lit.token()
        } else {
            Literal::string(&value)
        };
        Str {
            value,
            span: lit.span(),
            token,
        }
    }

    /// The string as a literal token, spanned where it was written.
    pub fn literal(&self) -> Literal {
        self.token.clone()
    }
}

/// One item read: its key's row, where the key was written, and the value.
pub struct Item {
    pub def: &'static KeyDef,
    pub key_span: Span,
    pub value: Value,
}

impl Item {
    pub fn key(&self) -> Key {
        self.def.key
    }
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
        self.items.iter().find(|item| item.key() == key)
    }

    /// Where the flag `key` was given, if it was.
    pub fn flag(&self, key: Key) -> Option<Span> {
        self.get(key).map(|item| item.key_span)
    }

    /// Every string given for `key`, a repeatable one.
    pub fn strings(&self, key: Key) -> impl Iterator<Item = &Str> {
        self.items
            .iter()
            .filter(move |item| item.key() == key)
            .filter_map(|item| match &item.value {
                Value::Str(value) => Some(value),
                _ => None,
            })
    }

    /// The string given for `key`.
    pub fn string(&self, key: Key) -> Option<&Str> {
        match &self.get(key)?.value {
            Value::Str(value) => Some(value),
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

    /// The integration flags given, each with its glue macro and where it
    /// was given.
    pub fn integrations(&self) -> impl Iterator<Item = (&'static str, Span)> + '_ {
        self.items
            .iter()
            .filter_map(|item| Some((item.def.glue()?, item.key_span)))
    }

    /// Where an entry of these items stands: its kind's flag decides.
    pub fn place(&self) -> Place {
        if self.get(Key::Transparent).is_some() {
            Place::Transparent
        } else if self.get(Key::Other).is_some() {
            Place::CatchAll
        } else if self.get(Key::Family).is_some() {
            Place::Family
        } else {
            Place::Entry
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
        let repeated = args.items.iter().any(|item| std::ptr::eq(item.def, def));
        if repeated && !REPEATABLE.contains(&def.key) {
            errors.push(error_at(
                key_span,
                format_args!("`{name}` is given twice in {}; keep one", level.attribute()),
            ));
            continue;
        }
        let value = read_item(def, key_span, rest, level, style).unwrap_or_else(|error| {
            errors.push(error);
            Value::Invalid
        });
        args.items.push(Item { def, key_span, value });
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
/// by the key's form; or the error that says what is wrong.
fn read_item(
    def: &KeyDef,
    key_span: Span,
    rest: &[TokenTree],
    level: Level,
    style: CodeStyle,
) -> Result<Value, Error> {
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
        (Form::Flag | Form::Glue(_), Shape::Word) => Ok(Value::Flag),
        (Form::Flag | Form::Glue(_), _) => Err(error_at(
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
        (form, Shape::Assigned(value)) => read_value(form, name, value, style),
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
        Form::Flag | Form::Glue(_) => Ok(Value::Flag),
        Form::Str(example) => literal
            .and_then(string_literal)
            .map(|lit| Value::Str(Str::new(&lit)))
            .ok_or_else(|| wrong(format!("`{key}` takes a string, such as `{key} = \"{example}\"`"))),
        Form::Code => literal
            .and_then(string_literal)
            .map(|lit| Value::Str(Str::new(&lit)))
            .ok_or_else(|| {
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
                    status_range()
                ))),
            },
            _ => Err(wrong(format!(
                "`status` takes an integer HTTP status in {STATUS_RANGE}, such as `status = 404`"
            ))),
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
pub fn status_range() -> String {
    format!("expected an integer in {STATUS_RANGE}")
}

fn tokens_of(tokens: &[TokenTree]) -> TokenStream {
    tokens.iter().cloned().collect()
}

/// The value when it is one literal token, also when a `macro_rules!`
/// fragment (`$code`) wrapped it in an invisible group.
pub fn single_literal(tokens: &[TokenTree]) -> Option<Literal> {
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
            Value::Invalid => format!("{} (invalid)", item.def.name),
            Value::Flag => item.def.name.to_owned(),
            Value::Str(value) => format!("{} = {}", item.def.name, value.literal()),
            Value::Status(status) => format!("{} = {}", item.def.name, status.value),
            Value::Style(style) => format!("{} = {}", item.def.name, style.spelling()),
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
                Form::Flag | Form::Glue(_) => def.name.to_owned(),
                Form::Status => format!("{} = 404", def.name),
                Form::Style => format!("{} = \"any\"", def.name),
                Form::Str(_) | Form::Code => format!("{} = \"A\"", def.name),
            };
            let (items, messages) = read(&source, def.level());
            assert!(messages.is_empty() && items.len() == 1, "{source}: {messages:?}");
            assert!(def.key == Key::Integration || def.key.name() == def.name);
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

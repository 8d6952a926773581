//! The model of an annotated enum, read from its syntax and its parsed
//! attributes. Every node keeps the syntax it came from, so that each later
//! check can point at the offending token; identifiers are unraw'd here,
//! once.

use std::collections::HashMap;

use darling::error::Accumulator;
use error_catalog_shared::FamilyCode;
use proc_macro2::{Literal, Span, TokenStream};
use quote::{ToTokens as _, format_ident, quote};
use syn::ext::IdentExt as _;
use syn::parse::{ParseStream, Parser as _};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, ItemEnum, Member};

use crate::attr::{self, Args, Key, Place, Status, Str, error_at};
use crate::case::CodeStyle;
use crate::template::Template;
use crate::thiserror::{self, Display, ErrorAttr, Style};
use crate::types::option_inner;

/// The helper attribute on variants.
pub const ENTRY: &str = "entry";
/// The helper attribute on fields that marks the source.
pub const SOURCE: &str = "source";
/// The helper attribute on fields that marks the source and converts into
/// the variant.
pub const FROM: &str = "from";

pub struct Catalog<'a> {
    pub original: &'a ItemEnum,
    /// The enum's name without `r#`, as the lock file names it.
    pub enum_name: String,
    /// The `name` option, else the enum's name.
    pub name: String,
    pub name_given: Option<Str>,
    pub prefix: Option<Str>,
    pub status: Option<Status>,
    pub code_style: CodeStyle,
    /// Who writes `Display`, `Error` and `From`.
    pub style: Style,
    /// The integration flags given, each with its glue macro of
    /// `error_catalog` and where it was given.
    pub integrations: Vec<(&'static str, Span)>,
    /// `lock`: the lock file of published codes, from the crate's `Cargo.toml`.
    pub lock: Option<Str>,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    /// The variant's name without `r#`.
    pub name: String,
    /// The variant's own doc comment, its lines joined: the long
    /// explanation of its entry.
    pub doc: Option<String>,
    /// The variant's `#[cfg(...)]` attributes.
    pub cfgs: Vec<&'a Attribute>,
    /// thiserror's `#[error(...)]` of the variant, its own or the enum's.
    pub display: Option<Display>,
    pub fields: Vec<Field<'a>>,
    /// Index into `fields` of the `#[source]` field, else the `#[from]`
    /// field, else the one named `source`.
    pub source: Option<usize>,
    /// Every `#[entry(...)]` of the variant; the first is read.
    pub entry_attrs: Vec<&'a Attribute>,
    /// The helpers written inside `#[cfg_attr(...)]`, which cannot be read.
    pub hidden: Vec<Hidden<'a>>,
    /// The items of its first `#[entry(...)]`; `None` when the attribute
    /// is missing or not a list (reported).
    pub args: Option<Args>,
    /// What the entry declares; `None` when it could not be read.
    pub kind: Option<Kind>,
}

/// A helper attribute written inside `#[cfg_attr(...)]`.
pub struct Hidden<'a> {
    pub attr: &'a Attribute,
    /// `entry`, `source` or `from`.
    pub helper: &'static str,
    /// `variant` or `field`.
    pub on: &'static str,
}

/// What a variant's `#[entry(...)]` declares.
pub enum Kind {
    /// An entry of this catalog.
    Entry(Box<EntryData>),
    /// `#[entry(transparent)]`: the one field is a catalog whose entries
    /// this one reuses.
    Transparent(TransparentData),
    /// `#[entry(other, ...)]`: the catch-all, whose one `String` field keeps
    /// a code no entry knows.
    Other(OtherData),
}

pub struct EntryData {
    pub code: Code,
    /// `None` when not given (reported).
    pub symptom: Option<Text>,
    pub solution: Option<Text>,
    pub status: Option<Status>,
    pub url: Option<Str>,
    /// Other spellings of the code.
    pub aliases: Vec<Str>,
    /// The deprecation note.
    pub deprecated: Option<Str>,
    /// `family = "PREFIX"`: the entry is a catch-all for the codes that
    /// start with the prefix, and its code is the prefix and `*`.
    pub family: Option<Str>,
}

pub struct TransparentData {
    /// The status of inner entries that give none.
    pub status: Option<Status>,
    /// `fallback`: codes the catalog has elsewhere resolve there.
    pub fallback: bool,
}

pub struct OtherData {
    /// The `other` flag, where errors about the catch-all point.
    pub span: Span,
    pub symptom: Option<Text>,
    pub solution: Option<Text>,
    pub status: Option<Status>,
}

#[derive(Clone)]
pub struct Field<'a> {
    pub original: &'a syn::Field,
    pub member: Member,
    /// How a placeholder names the field: its name without `r#`, or its index.
    pub name: String,
    /// The local variable the generated code binds the field to.
    pub binding: Ident,
    /// The field's first `#[from]`.
    pub from: Option<&'a Attribute>,
}

/// A variant that converts from the type of one of its fields: `From` of
/// that type is generated for the enum.
pub struct Conversion<'c, 'a> {
    pub variant: &'c Variant<'a>,
    pub field: &'c Field<'a>,
    /// An earlier variant that converts from the same type (by its tokens)
    /// in a configuration this one may share: the two `From` impls would
    /// conflict.
    pub clash: Option<&'c Variant<'a>>,
}

pub struct Code {
    pub value: String,
    /// The `code` literal, or the variant's name when the code is derived.
    pub span: Span,
    /// The `code` literal, when the code is not derived.
    pub given: Option<Str>,
}

pub struct Text {
    /// `symptom` or `solution`.
    pub key: Key,
    /// Whether the text is the variant's `#[error("...")]`, taken as its
    /// symptom.
    pub taken: bool,
    pub value: Str,
    /// The pieces of the text; when its braces are malformed (the error is
    /// already reported), the whole text as one piece.
    pub template: Template,
}

impl<'a> Catalog<'a> {
    /// The model of `original`, from the tokens of `#[error_catalog(...)]`.
    pub fn from_syn(original: &'a ItemEnum, args: TokenStream, errors: &mut Accumulator) -> Self {
        let args = attr::catalog_args(args, errors);
        let code_style = args.code_style().unwrap_or_default();
        let prefix = args.string(Key::Prefix).cloned();
        let enum_display = ErrorAttr::of(&original.attrs);
        let style = Style::of(original);
        let context = Context {
            prefix: prefix
                .as_ref()
                .map(|prefix| prefix.value.as_str())
                .unwrap_or_default(),
            code_style,
            style,
            display: enum_display.as_ref(),
        };
        let variants = original
            .variants
            .iter()
            .map(|variant| Variant::from_syn(variant, &context, errors))
            .collect();
        let enum_name = original.ident.unraw().to_string();
        let name_given = args.string(Key::Name).cloned();
        Catalog {
            original,
            name: name_given
                .as_ref()
                .map_or_else(|| enum_name.clone(), |name| name.value.clone()),
            enum_name,
            name_given,
            prefix,
            status: args.status(),
            code_style,
            style,
            integrations: args.integrations().collect(),
            lock: args.string(Key::Lock).cloned(),
            variants,
        }
    }
}

impl<'a> Catalog<'a> {
    /// The enum as emitted: without `#[entry]` on variants, and without
    /// `#[source]` and `#[from]` on fields unless thiserror reads them.
    pub fn stripped_item(&self) -> ItemEnum {
        let mut item = self.original.clone();
        let field_helpers = field_helpers(self.style);
        for variant in &mut item.variants {
            variant.attrs.retain(|a| !a.path().is_ident(ENTRY));
            for field in &mut variant.fields {
                field
                    .attrs
                    .retain(|a| !field_helpers.iter().any(|helper| a.path().is_ident(helper)));
            }
        }
        drop_hidden_helpers(&mut item, field_helpers);
        item
    }

    /// Every variant that converts from a field's type, in declaration
    /// order, each with the earlier one it clashes with; none when
    /// thiserror writes `From`.
    pub fn conversions(&self) -> Vec<Conversion<'_, 'a>> {
        if self.style == Style::Thiserror {
            return Vec::new();
        }
        let mut by_type: HashMap<String, Vec<&Variant<'a>>> = HashMap::new();
        let mut conversions = Vec::new();
        for variant in &self.variants {
            let Some(field) = variant.converts_from() else {
                continue;
            };
            let earlier = by_type
                .entry(field.converted_type().to_token_stream().to_string())
                .or_default();
            let clash = earlier.iter().copied().find(|e| e.may_coexist(variant));
            earlier.push(variant);
            conversions.push(Conversion {
                variant,
                field,
                clash,
            });
        }
        conversions
    }
}

/// What every variant of the enum reads from the enum.
struct Context<'c> {
    prefix: &'c str,
    code_style: CodeStyle,
    style: Style,
    /// The enum's `#[error(...)]`.
    display: Option<&'c ErrorAttr>,
}

impl<'a> Variant<'a> {
    fn from_syn(original: &'a syn::Variant, context: &Context<'_>, errors: &mut Accumulator) -> Self {
        let fields = Field::all(original);
        let source = fields
            .iter()
            .position(|f| f.original.attrs.iter().any(|a| a.path().is_ident(SOURCE)))
            .or_else(|| fields.iter().position(|f| f.from.is_some()))
            .or_else(|| fields.iter().position(Field::is_named_source));
        let name = original.ident.unraw().to_string();
        let entry_attrs: Vec<&Attribute> = original
            .attrs
            .iter()
            .filter(|a| a.path().is_ident(ENTRY))
            .collect();
        let style = context.code_style;
        let args = entry_attrs
            .first()
            .and_then(|attr| attr::entry_args(attr, style, errors));
        let display = Display::of(original, context.display);
        let taken = (display.as_ref())
            .and_then(|display| thiserror::symptom(display, &original.ident, &fields).ok())
            .map(Str::new);
        let kind = args.as_ref().and_then(|args| {
            let code = || derived_or_given(args, original, &name, context.prefix, style);
            Kind::from_args(args, code, taken, errors)
        });
        Variant {
            original,
            name,
            doc: doc_comment(&original.attrs),
            cfgs: original
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("cfg"))
                .collect(),
            display,
            fields,
            source,
            entry_attrs,
            hidden: hidden_helpers(original, field_helpers(context.style)),
            args,
            kind,
        }
    }

    /// Where a missing key of the entry is reported: its attribute's name.
    pub fn entry_span(&self) -> Option<Span> {
        let attr = self.entry_attrs.first()?;
        Some(attr.path().get_ident().map_or_else(Span::call_site, Ident::span))
    }

    /// Where the entry stands among the places of keys.
    pub fn place(&self) -> Option<Place> {
        self.args.as_ref().map(Args::place)
    }

    pub fn entry(&self) -> Option<&EntryData> {
        match &self.kind {
            Some(Kind::Entry(entry)) => Some(entry),
            _ => None,
        }
    }

    pub fn other(&self) -> Option<&OtherData> {
        match &self.kind {
            Some(Kind::Other(other)) => Some(other),
            _ => None,
        }
    }

    /// The field whose type the variant converts from: a transparent
    /// variant's field, or a field marked `#[from]` that is the variant's
    /// only one.
    pub fn converts_from(&self) -> Option<&Field<'a>> {
        match self.fields.as_slice() {
            [field] if field.from.is_some() || matches!(self.kind, Some(Kind::Transparent(_))) => Some(field),
            _ => None,
        }
    }

    /// Whether some configuration may have both variants: either has no
    /// `#[cfg]`, or both have the same. Other `#[cfg]`s may exclude each
    /// other; the compiler knows.
    fn may_coexist(&self, other: &Variant<'_>) -> bool {
        let tokens = |cfgs: &[&Attribute]| quote!(#(#cfgs)*).to_string();
        self.cfgs.is_empty() || other.cfgs.is_empty() || tokens(&self.cfgs) == tokens(&other.cfgs)
    }
}

/// The text of the `#[doc = "..."]` attributes (`///` comments), as
/// rustdoc reads it: lines joined, the one space after `///` dropped, blank
/// lines around it trimmed; `None` without any.
fn doc_comment(attrs: &[Attribute]) -> Option<String> {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }),
                ..
            }) => Some(text.value()),
            _ => None,
        })
        .flat_map(|text| text.split('\n').map(str::to_owned).collect::<Vec<_>>())
        .map(|line| line.strip_prefix(' ').map_or_else(|| line.clone(), str::to_owned))
        .collect();
    let text = lines.join("\n");
    let text = text.trim_matches('\n').trim_end();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The helpers the attribute reads on variants.
const VARIANT_HELPERS: &[&str] = &[ENTRY];
/// The helpers the attribute reads on fields: none when thiserror reads them.
fn field_helpers(style: Style) -> &'static [&'static str] {
    match style {
        Style::Catalog => &[SOURCE, FROM],
        Style::Thiserror => &[],
    }
}

/// The helpers of `variant` and its fields written inside `#[cfg_attr(...)]`.
fn hidden_helpers<'a>(variant: &'a syn::Variant, field_helpers: &'static [&'static str]) -> Vec<Hidden<'a>> {
    let on_variant = variant
        .attrs
        .iter()
        .map(|attr| (attr, VARIANT_HELPERS, "variant"));
    let on_fields =
        (variant.fields.iter().flat_map(|field| &field.attrs)).map(|attr| (attr, field_helpers, "field"));
    on_variant
        .chain(on_fields)
        .filter_map(|(attr, helpers, on)| {
            let helper = hidden_helper(attr, helpers)?;
            Some(Hidden { attr, helper, on })
        })
        .collect()
}

/// The one of `helpers` that `attr` holds when it is a `#[cfg_attr(...)]`
/// with it among its attributes (in a nested `cfg_attr` too).
fn hidden_helper(attr: &Attribute, helpers: &[&'static str]) -> Option<&'static str> {
    match &attr.meta {
        syn::Meta::List(list) if list.path.is_ident("cfg_attr") => hidden_in(list.tokens.clone(), helpers),
        _ => None,
    }
}

/// The one of `helpers` among the attributes of `cfg_attr(predicate, attributes...)`,
/// whose tokens inside the parentheses are `tokens`.
fn hidden_in(tokens: TokenStream, helpers: &[&'static str]) -> Option<&'static str> {
    let parser = |input: ParseStream<'_>| {
        input.parse::<syn::Meta>()?;
        input.parse::<syn::Token![,]>()?;
        Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated(input)
    };
    // Malformed: the compiler reports it.
    let attrs = parser.parse2(tokens).ok()?;
    attrs.iter().find_map(|meta| match meta {
        syn::Meta::List(list) if list.path.is_ident("cfg_attr") => hidden_in(list.tokens.clone(), helpers),
        meta => helpers
            .iter()
            .copied()
            .find(|helper| meta.path().is_ident(helper)),
    })
}

/// Drops from `item` each `#[cfg_attr(...)]` that holds a helper (reported),
/// which the compiler would expand to an attribute it does not know.
fn drop_hidden_helpers(item: &mut ItemEnum, field_helpers: &[&'static str]) {
    for variant in &mut item.variants {
        variant
            .attrs
            .retain(|attr| hidden_helper(attr, VARIANT_HELPERS).is_none());
        for field in &mut variant.fields {
            field
                .attrs
                .retain(|attr| hidden_helper(attr, field_helpers).is_none());
        }
    }
}

/// The code of a family: its prefix and `*`.
fn family_code(prefix: &Str) -> Code {
    Code {
        value: FamilyCode(&prefix.value).to_string(),
        span: prefix.span,
        given: None,
    }
}

/// The entry's code: the `code` given, else derived from the variant's name.
fn derived_or_given(args: &Args, variant: &syn::Variant, name: &str, prefix: &str, style: CodeStyle) -> Code {
    match args.string(Key::Code) {
        Some(given) => Code {
            value: given.value.clone(),
            span: given.span,
            given: Some(given.clone()),
        },
        None => Code {
            value: style.derived_code(prefix, name),
            span: variant.ident.span(),
            given: None,
        },
    }
}

impl<'a> Field<'a> {
    /// The fields of `variant`, in order.
    pub fn all(variant: &'a syn::Variant) -> Vec<Self> {
        (variant.fields.iter().enumerate())
            .map(|(index, field)| Field::from_syn(index, field))
            .collect()
    }

    fn from_syn(index: usize, original: &'a syn::Field) -> Self {
        let (member, name) = match &original.ident {
            Some(ident) => (Member::Named(ident.clone()), ident.unraw().to_string()),
            None => (Member::Unnamed(index.into()), index.to_string()),
        };
        let binding = format_ident!("__ec_{}", name);
        Field {
            original,
            member,
            name,
            binding,
            from: original.attrs.iter().find(|a| a.path().is_ident(FROM)),
        }
    }
}

impl Field<'_> {
    /// Whether the field is named `source`: the variant's source when no
    /// field is marked. A field written `r#source` is not, as in thiserror.
    fn is_named_source(&self) -> bool {
        self.original.ident.as_ref().is_some_and(|ident| ident == SOURCE)
    }

    /// `T`, when the field is `#[from]` and of `Option<T>`: `From<T>`
    /// builds the variant with `Some`, as in thiserror.
    pub fn optional_source(&self) -> Option<&syn::Type> {
        self.from.and_then(|_| option_inner(&self.original.ty))
    }

    /// The type the variant converts from: the field's, or `T` of a
    /// `#[from]` field of `Option<T>`.
    pub fn converted_type(&self) -> &syn::Type {
        self.optional_source().unwrap_or(&self.original.ty)
    }
}

impl Kind {
    /// What `args` declare, as far as they can be read: an entry whose
    /// texts are missing (a rule of `valid`) still has its code, so that
    /// the fallback lists it and `code!` of it compiles.
    fn from_args(
        args: &Args,
        code: impl FnOnce() -> Code,
        taken: Option<Str>,
        errors: &mut Accumulator,
    ) -> Option<Self> {
        let status = args.status();
        let mut text = |key| {
            let given = args
                .string(key)
                .map(|value| Text::new(key, value.clone(), errors));
            given.or_else(|| {
                (key == Key::Symptom)
                    .then(|| taken.clone().map(Text::taken))
                    .flatten()
            })
        };
        match args.place() {
            Place::Transparent => Some(Kind::Transparent(TransparentData {
                status,
                fallback: args.get(Key::Fallback).is_some(),
            })),
            Place::CatchAll => Some(Kind::Other(OtherData {
                span: args.flag(Key::Other).unwrap_or_else(Span::call_site),
                symptom: text(Key::Symptom),
                solution: text(Key::Solution),
                status,
            })),
            place => {
                let family = args.string(Key::Family).cloned();
                // A `code` or `family` of the wrong kind is reported; a code
                // derived instead could only add errors that follow from it.
                let unreadable = |key| args.get(key).is_some() && args.string(key).is_none();
                if unreadable(Key::Code) || (place == Place::Family && family.is_none()) {
                    return None;
                }
                Some(Kind::Entry(Box::new(EntryData {
                    code: family.as_ref().map_or_else(code, family_code),
                    symptom: text(Key::Symptom),
                    solution: text(Key::Solution),
                    status,
                    url: args.string(Key::Url).cloned(),
                    aliases: args.strings(Key::Alias).cloned().collect(),
                    deprecated: args.string(Key::Deprecated).cloned(),
                    family,
                })))
            }
        }
    }
}

impl Text {
    /// The text of `key`, its template read (a malformed one is reported).
    fn new(key: Key, value: Str, errors: &mut Accumulator) -> Self {
        let template = Template::parse(&value.value).unwrap_or_else(|error| {
            errors.push(error_at(
                span_within(&value, error.range),
                format_args!("in `{}`: {}", key.name(), error.message),
            ));
            Template::plain(&value.value)
        });
        Text {
            key,
            taken: false,
            value,
            template,
        }
    }

    /// The symptom taken from `#[error("...")]`, whose template the rule
    /// of [`thiserror::symptom`] has read already.
    fn taken(value: Str) -> Self {
        let template = Template::parse(&value.value).unwrap_or_else(|_| Template::plain(&value.value));
        Text {
            key: Key::Symptom,
            taken: true,
            value,
            template,
        }
    }

    /// The text, as messages name it.
    pub fn named(&self) -> String {
        if self.taken {
            "the `#[error(...)]` text, taken as the `symptom`,".to_owned()
        } else {
            format!("`{}`", self.key.name())
        }
    }

    /// What the text of `key` says, for messages.
    pub fn meaning(key: Key) -> &'static str {
        match key {
            Key::Symptom => "what went wrong and why",
            _ => "what to do about it",
        }
    }
}

impl Code {
    pub fn explicit(&self) -> bool {
        self.given.is_some()
    }

    /// The code as a string literal token: the user's own when there is
    /// one, which costs no escaping.
    pub fn literal(&self) -> Literal {
        match &self.given {
            Some(given) => given.literal(),
            None => Literal::string(&self.value),
        }
    }
}

/// Where the bytes `range` of the text `value` are written: there when
/// the literal writes the text as it is (no escapes) and the compiler tells
/// positions inside literals (nightly), else the whole literal.
fn span_within(value: &Str, range: std::ops::Range<usize>) -> Span {
    let token = value.literal();
    let repr = token.to_string();
    // The text starts after the first quote, after `r#...` for a raw string.
    let start = repr.find('"').map_or(0, |quote| quote + 1);
    let written = repr[start..]
        .strip_prefix(value.value.as_str())
        .is_some_and(|rest| rest.starts_with('"'));
    let inside = written.then(|| token.subspan(start + range.start..start + range.end));
    inside.flatten().unwrap_or(value.span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers_inside_cfg_attr_are_found() {
        let helper = |source: &str| {
            let attrs = Attribute::parse_outer.parse_str(source).expect("an attribute");
            hidden_helper(&attrs[0], &[ENTRY, SOURCE])
        };
        assert_eq!(helper(r#"#[cfg_attr(all(), entry(symptom = "s"))]"#), Some(ENTRY));
        assert_eq!(
            helper(r#"#[cfg_attr(feature = "x", doc = "d", source)]"#),
            Some(SOURCE)
        );
        assert_eq!(helper("#[cfg_attr(a, cfg_attr(not(b), entry))]"), Some(ENTRY));
        assert_eq!(helper("#[cfg_attr(a, derive(Debug), doc = 1 + 2)]"), None);
        assert_eq!(helper("#[cfg_attr(a, b::entry)]"), None);
        assert_eq!(helper("#[cfg_attr(entry)]"), None);
        assert_eq!(helper("#[entry(cfg_attr(a, entry))]"), None);
    }
}

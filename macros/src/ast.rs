//! The model of an annotated enum. Every node keeps the syntax it came from,
//! so that each later check can point at the offending token.

use darling::{Error, FromMeta, error::Accumulator};
use proc_macro2::Span;
use quote::format_ident;
use syn::{Ident, ItemEnum, LitInt, LitStr, Member, Meta, spanned::Spanned};

use crate::attr::{CatalogArgs, ENTRY, EntryArgs, SOURCE};
use crate::case::derived_code;
use crate::template::Template;

pub struct Catalog<'a> {
    pub original: &'a ItemEnum,
    pub name: String,
    pub name_lit: Option<LitStr>,
    pub prefix: Option<LitStr>,
    pub status: Option<LitInt>,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub fields: Vec<Field<'a>>,
    /// Index into `fields` of the `#[source]` field, or the one named `source`.
    pub source: Option<usize>,
    /// `None` when the variant's `#[entry]` is missing or unreadable; the
    /// error is already reported.
    pub kind: Option<Kind>,
}

/// What a variant's `#[entry(...)]` declares.
pub enum Kind {
    /// An entry of this catalog.
    Entry(EntryData),
    /// `#[entry(transparent)]`: the one field is a catalog whose entries
    /// this one reuses.
    Transparent,
    /// `#[entry(other, ...)]`: the catch-all, whose one `String` field keeps
    /// a code no entry knows.
    Other(OtherData),
}

pub struct OtherData {
    /// The `other` flag, where errors about the catch-all point.
    pub span: Span,
    pub symptom: Text,
    pub solution: Text,
    pub status: Option<LitInt>,
}

pub struct Field<'a> {
    pub original: &'a syn::Field,
    pub member: Member,
    /// How a placeholder names the field: its name without `r#`, or its index.
    pub name: String,
    /// The local variable the generated code binds the field to.
    pub binding: Ident,
}

pub struct EntryData {
    pub code: Code,
    pub symptom: Text,
    pub solution: Text,
    pub status: Option<LitInt>,
    pub url: Option<LitStr>,
}

pub struct Code {
    pub value: String,
    /// The `code` literal, or the variant's name when the code is derived.
    pub span: Span,
    pub explicit: bool,
}

pub struct Text {
    pub lit: LitStr,
    pub value: String,
    /// The pieces of the text; when its braces are malformed (the error is
    /// already reported), the whole text as one piece.
    pub template: Template,
}

impl<'a> Catalog<'a> {
    pub fn from_syn(original: &'a ItemEnum, args: CatalogArgs, errors: &mut Accumulator) -> Self {
        let prefix_value = args.prefix.as_ref().map(LitStr::value).unwrap_or_default();
        let variants = original
            .variants
            .iter()
            .map(|variant| Variant::from_syn(variant, &prefix_value, errors))
            .collect();
        Catalog {
            original,
            name: args
                .name
                .as_ref()
                .map_or_else(|| original.ident.to_string(), LitStr::value),
            name_lit: args.name,
            prefix: args.prefix,
            status: args.status,
            variants,
        }
    }
}

impl<'a> Variant<'a> {
    fn from_syn(original: &'a syn::Variant, prefix: &str, errors: &mut Accumulator) -> Self {
        let fields: Vec<Field<'a>> = original
            .fields
            .iter()
            .enumerate()
            .map(|(index, field)| Field::from_syn(index, field))
            .collect();
        let source = fields
            .iter()
            .position(|f| f.original.attrs.iter().any(|a| a.path().is_ident(SOURCE)))
            .or_else(|| fields.iter().position(|f| f.name == SOURCE));

        let mut entry_attrs = original.attrs.iter().filter(|a| a.path().is_ident(ENTRY));
        let entry = match entry_attrs.next() {
            None => {
                errors.push(
                    Error::custom(format_args!(
                        "variant `{}` has no `#[entry(...)]`; every variant of a catalog needs \
                         `#[entry(symptom = \"...\", solution = \"...\")]`",
                        original.ident
                    ))
                    .with_span(&original.ident),
                );
                None
            }
            Some(attr) => errors
                .handle(parse_entry_args(&attr.meta))
                .and_then(|args| Kind::from_args(args, attr.path().span(), original, prefix, errors)),
        };
        for extra in entry_attrs {
            errors.push(
                Error::custom("a variant takes exactly one `#[entry(...)]`; merge the keys into the first")
                    .with_span(extra),
            );
        }
        Variant {
            original,
            fields,
            source,
            kind: entry,
        }
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
}

fn parse_entry_args(meta: &Meta) -> darling::Result<EntryArgs> {
    match meta {
        Meta::List(_) => EntryArgs::from_meta(meta),
        _ => Err(Error::custom("expected `#[entry(symptom = \"...\", solution = \"...\")]`").with_span(meta)),
    }
}

impl<'a> Field<'a> {
    fn from_syn(index: usize, original: &'a syn::Field) -> Self {
        let (member, name) = match &original.ident {
            Some(ident) => {
                let name = ident.to_string();
                let name = name.strip_prefix("r#").map(str::to_owned).unwrap_or(name);
                (Member::Named(ident.clone()), name)
            }
            None => (Member::Unnamed(index.into()), index.to_string()),
        };
        let binding = format_ident!("__ec_{}", name);
        Field {
            original,
            member,
            name,
            binding,
        }
    }
}

impl Kind {
    fn from_args(
        args: EntryArgs,
        attr_span: Span,
        variant: &syn::Variant,
        prefix: &str,
        errors: &mut Accumulator,
    ) -> Option<Self> {
        if args.transparent.is_present() {
            return Kind::transparent(args, variant, errors);
        }
        if args.other.is_present() {
            return Kind::other(args, attr_span, variant, errors);
        }
        EntryData::from_args(args, attr_span, variant, prefix, errors).map(Kind::Entry)
    }

    fn transparent(args: EntryArgs, variant: &syn::Variant, errors: &mut Accumulator) -> Option<Self> {
        let mut valid = true;
        let mut reject = |span: Span, key: &str| {
            valid = false;
            errors.push(error_at(
                span,
                format_args!(
                    "`transparent` takes no `{key}`: code, texts and status come from the inner catalog"
                ),
            ));
        };
        for (key, lit) in [
            ("code", &args.code),
            ("symptom", &args.symptom),
            ("solution", &args.solution),
        ] {
            if let Some(lit) = lit {
                reject(lit.span(), key);
            }
        }
        if let Some(status) = &args.status {
            reject(status.span(), "status");
        }
        if let Some(url) = &args.url {
            reject(url.span(), "url");
        }
        if args.other.is_present() {
            reject(args.other.span(), "other");
        }
        if variant.fields.len() != 1 {
            valid = false;
            errors.push(
                Error::custom(format_args!(
                    "a `transparent` variant has exactly one field, whose type implements `error_catalog::ErrorCatalog`; `{}` has {}",
                    variant.ident,
                    variant.fields.len()
                ))
                .with_span(&variant.ident),
            );
        }
        valid.then_some(Kind::Transparent)
    }

    fn other(
        args: EntryArgs,
        attr_span: Span,
        variant: &syn::Variant,
        errors: &mut Accumulator,
    ) -> Option<Self> {
        let span = args.other.span();
        let mut valid = true;
        if let Some(code) = &args.code {
            valid = false;
            errors.push(
                Error::custom("the catch-all takes no `code`: its code is the one it keeps").with_span(code),
            );
        }
        if let Some(url) = &args.url {
            valid = false;
            errors.push(
                Error::custom("the catch-all takes no `url`: no page explains codes nobody declared")
                    .with_span(url),
            );
        }
        let is_string = |ty: &syn::Type| {
            matches!(ty, syn::Type::Path(p) if p.qself.is_none()
                && p.path.segments.last().is_some_and(|s| s.ident == "String" && s.arguments.is_none()))
        };
        match variant.fields.iter().collect::<Vec<_>>()[..] {
            [field] if is_string(&field.ty) => {}
            [field] => {
                valid = false;
                errors.push(
                    Error::custom("the catch-all's field keeps the unknown code: its type is `String`")
                        .with_span(&field.ty),
                );
            }
            _ => {
                valid = false;
                errors.push(
                    Error::custom(format_args!(
                        "the catch-all has exactly one field, a `String` that keeps the unknown code; `{}` has {}",
                        variant.ident,
                        variant.fields.len()
                    ))
                    .with_span(&variant.ident),
                );
            }
        }
        let symptom = required_text(
            args.symptom,
            "symptom",
            "what went wrong and why",
            attr_span,
            errors,
        );
        let solution = required_text(
            args.solution,
            "solution",
            "what to do about it",
            attr_span,
            errors,
        );
        let (symptom, solution) = (symptom?, solution?);
        valid.then_some(Kind::Other(OtherData {
            span,
            symptom,
            solution,
            status: args.status,
        }))
    }
}

impl EntryData {
    fn from_args(
        args: EntryArgs,
        attr_span: Span,
        variant: &syn::Variant,
        prefix: &str,
        errors: &mut Accumulator,
    ) -> Option<Self> {
        let symptom = required_text(
            args.symptom,
            "symptom",
            "what went wrong and why",
            attr_span,
            errors,
        );
        let solution = required_text(
            args.solution,
            "solution",
            "what to do about it",
            attr_span,
            errors,
        );
        let code = match args.code {
            Some(lit) => Code {
                value: lit.value(),
                span: lit.span(),
                explicit: true,
            },
            None => Code {
                value: derived_code(prefix, &variant.ident.to_string()),
                span: variant.ident.span(),
                explicit: false,
            },
        };
        Some(EntryData {
            code,
            symptom: symptom?,
            solution: solution?,
            status: args.status,
            url: args.url,
        })
    }
}

fn required_text(
    lit: Option<LitStr>,
    key: &str,
    meaning: &str,
    attr_span: Span,
    errors: &mut Accumulator,
) -> Option<Text> {
    match lit {
        Some(lit) => Some(Text::from_lit(lit, errors)),
        None => {
            errors.push(error_at(
                attr_span,
                format_args!("missing `{key} = \"...\"`: every entry says {meaning}"),
            ));
            None
        }
    }
}

/// An error pointing at `span`, for places that keep a span rather than syntax.
pub fn error_at(span: Span, message: impl std::fmt::Display) -> Error {
    syn::Error::new(span, message).into()
}

impl Text {
    fn from_lit(lit: LitStr, errors: &mut Accumulator) -> Self {
        let value = lit.value();
        let template = Template::parse(&value).unwrap_or_else(|message| {
            errors.push(Error::custom(message).with_span(&lit));
            Template::plain(&value)
        });
        Text { lit, value, template }
    }
}

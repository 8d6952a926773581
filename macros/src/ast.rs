//! The model of an annotated enum. Every node keeps the syntax it came from,
//! so that each later check can point at the offending token.

use darling::{Error, FromMeta, error::Accumulator};
use proc_macro2::{Literal, Span};
use quote::format_ident;
use syn::{Attribute, Expr, ExprLit, Ident, ItemEnum, Lit, LitInt, LitStr, Member, spanned::Spanned};

use crate::attr::{
    CatalogArgs, CodeStyle, ENTRY, EntryArgs, Level, SOURCE, Value, entry_items, known_keys,
    plain_entry_args, plain_string,
};
use crate::case::derived_code;
use crate::template::Template;

pub struct Catalog<'a> {
    pub original: &'a ItemEnum,
    pub name: String,
    pub name_lit: Option<LitStr>,
    pub prefix: Option<LitStr>,
    pub status: Option<LitInt>,
    pub code_style: CodeStyle,
    /// `diagnostic`: also implement `miette::Diagnostic`.
    pub diagnostic: Option<Span>,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    /// The variant's `#[cfg(...)]` attributes, repeated on everything
    /// generated for it.
    pub cfgs: Vec<&'a Attribute>,
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
    /// The `code` literal, when the code is not derived.
    pub lit: Option<LitStr>,
}

impl Code {
    pub fn explicit(&self) -> bool {
        self.lit.is_some()
    }

    /// The code as a string literal token: the user's own when there is
    /// one, which costs no escaping.
    pub fn literal(&self) -> Literal {
        match &self.lit {
            Some(lit) => reuse_literal(lit, &self.value),
            None => Literal::string(&self.value),
        }
    }
}

impl Text {
    /// The text as a string literal token, the user's own where it can be.
    pub fn literal(&self) -> Literal {
        reuse_literal(&self.lit, &self.value)
    }
}

/// The user's literal `lit` (whose value is `value`) to emit again: as it is,
/// unless it has a suffix, which rustc rejects on string literals outside
/// of attributes.
fn reuse_literal(lit: &LitStr, value: &str) -> Literal {
    if lit.suffix().is_empty() {
        lit.token()
    } else {
        Literal::string(value)
    }
}

pub struct Text {
    /// `symptom` or `solution`.
    pub key: &'static str,
    pub lit: LitStr,
    pub value: String,
    /// The pieces of the text; when its braces are malformed (the error is
    /// already reported), the whole text as one piece.
    pub template: Template,
}

impl<'a> Catalog<'a> {
    /// The model of `original`, from the tokens of `#[error_catalog(...)]`.
    pub fn from_syn(
        original: &'a ItemEnum,
        args: Vec<darling::ast::NestedMeta>,
        errors: &mut Accumulator,
    ) -> Self {
        let (args, _) = known_keys(args, Level::Catalog, errors);
        let args = errors.handle(CatalogArgs::from_list(&args)).unwrap_or_default();
        let name = string(args.name, "name", "billing", errors);
        let prefix = string(args.prefix, "prefix", "BILLING_", errors);
        let status = integer(args.status, errors);
        let code_style = args.code_style.map_or_else(CodeStyle::default, |style| *style);
        let prefix_value = prefix.as_ref().map(LitStr::value).unwrap_or_default();
        let variants = original
            .variants
            .iter()
            .map(|variant| Variant::from_syn(variant, &prefix_value, code_style, errors))
            .collect();
        Catalog {
            original,
            name: name
                .as_ref()
                .map_or_else(|| original.ident.to_string(), LitStr::value),
            name_lit: name,
            prefix,
            status,
            code_style,
            diagnostic: args.diagnostic.is_present().then(|| args.diagnostic.span()),
            variants,
        }
    }
}

/// A string value, or an error that shows the key with a string.
fn string(value: Option<Value>, key: &str, example: &str, errors: &mut Accumulator) -> Option<LitStr> {
    match value?.0 {
        Expr::Lit(ExprLit {
            lit: Lit::Str(lit), ..
        }) => Some(lit),
        other => {
            errors.push(
                Error::custom(format_args!(
                    "`{key}` takes a string, such as `{key} = \"{example}\"`"
                ))
                .with_span(&other),
            );
            None
        }
    }
}

/// An integer value (a status), or an error that shows the key with one.
fn integer(value: Option<Value>, errors: &mut Accumulator) -> Option<LitInt> {
    match value?.0 {
        Expr::Lit(ExprLit {
            lit: Lit::Int(lit), ..
        }) => Some(lit),
        other => {
            errors.push(
                Error::custom("`status` takes an integer HTTP status in 100..=599, such as `status = 404`")
                    .with_span(&other),
            );
            None
        }
    }
}

impl<'a> Variant<'a> {
    fn from_syn(
        original: &'a syn::Variant,
        prefix: &str,
        style: CodeStyle,
        errors: &mut Accumulator,
    ) -> Self {
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
            Some(attr) => plain_entry_args(&attr.meta)
                .or_else(|| {
                    errors
                        .handle(entry_items(&attr.meta))
                        .map(|items| known_keys(items, Level::Entry, errors))
                        .and_then(|(items, had_unknown_key)| {
                            let args = errors.handle(EntryArgs::from_list(&items))?;
                            Some(EntryArgs {
                                had_unknown_key,
                                ..args
                            })
                        })
                })
                .and_then(|args| Kind::from_args(args, attr.path().span(), original, prefix, style, errors)),
        };
        for extra in entry_attrs {
            errors.push(
                Error::custom("a variant takes exactly one `#[entry(...)]`; merge the keys into the first")
                    .with_span(extra.path()),
            );
        }
        Variant {
            original,
            cfgs: original
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("cfg"))
                .collect(),
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
        style: CodeStyle,
        errors: &mut Accumulator,
    ) -> Option<Self> {
        if args.transparent.is_present() {
            return Kind::transparent(args, variant, errors);
        }
        if args.other.is_present() {
            return Kind::other(args, attr_span, variant, errors);
        }
        EntryData::from_args(args, attr_span, variant, prefix, style, errors).map(Kind::Entry)
    }

    fn transparent(args: EntryArgs, variant: &syn::Variant, errors: &mut Accumulator) -> Option<Self> {
        let mut valid = true;
        let given = [
            ("code", args.code.as_ref().map(|v| v.0.span())),
            ("symptom", args.symptom.as_ref().map(|v| v.0.span())),
            ("solution", args.solution.as_ref().map(|v| v.0.span())),
            ("status", args.status.as_ref().map(|v| v.0.span())),
            ("url", args.url.as_ref().map(|v| v.0.span())),
            ("other", args.other.is_present().then(|| args.other.span())),
        ];
        for (key, span) in given {
            if let Some(span) = span {
                valid = false;
                errors.push(error_at(
                    span,
                    format_args!(
                        "`transparent` takes no `{key}`: code, texts and status come from the inner catalog"
                    ),
                ));
            }
        }
        if variant.fields.len() != 1 {
            valid = false;
            errors.push(
                Error::custom(format_args!(
                    "a `transparent` variant has exactly one field, whose type implements \
                     `error_catalog::ErrorCatalog`; `{}` has {}",
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
                Error::custom("the catch-all takes no `code`: its code is the unknown one it keeps")
                    .with_span(&code.0),
            );
        }
        if let Some(url) = &args.url {
            valid = false;
            errors.push(
                Error::custom("the catch-all takes no `url`: no page explains codes nobody declared")
                    .with_span(&url.0),
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
                    Error::custom("the catch-all's field keeps the unknown code, so its type is `String`")
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
        let attr_span = (!args.had_unknown_key).then_some(attr_span);
        let symptom = required_text(args.symptom, "symptom", attr_span, errors);
        let solution = required_text(args.solution, "solution", attr_span, errors);
        let status = integer(args.status, errors);
        let (symptom, solution) = (symptom?, solution?);
        valid.then_some(Kind::Other(OtherData {
            span,
            symptom,
            solution,
            status,
        }))
    }
}

impl EntryData {
    fn from_args(
        args: EntryArgs,
        attr_span: Span,
        variant: &syn::Variant,
        prefix: &str,
        style: CodeStyle,
        errors: &mut Accumulator,
    ) -> Option<Self> {
        let attr_span = (!args.had_unknown_key).then_some(attr_span);
        let symptom = required_text(args.symptom, "symptom", attr_span, errors);
        let solution = required_text(args.solution, "solution", attr_span, errors);
        let status = integer(args.status, errors);
        let url = string(args.url, "url", "https://example.com/errors#quota", errors);
        let code = match args.code {
            Some(expr) => {
                let lit = string(Some(expr), "code", style.example(), errors)?;
                Code {
                    value: string_value(&lit),
                    span: lit.span(),
                    lit: Some(lit),
                }
            }
            None => {
                let ident = variant.ident.to_string();
                let value = match style {
                    CodeStyle::DottedPascal => {
                        format!("{prefix}{}", ident.strip_prefix("r#").unwrap_or(&ident))
                    }
                    CodeStyle::ScreamingSnake | CodeStyle::Any => derived_code(prefix, &ident),
                };
                Code {
                    value,
                    span: variant.ident.span(),
                    lit: None,
                }
            }
        };
        Some(EntryData {
            code,
            symptom: symptom?,
            solution: solution?,
            status,
            url,
        })
    }
}

/// `symptom` or `solution`, which every entry and the catch-all must give;
/// a missing one is reported at `attr_span`, unless that is `None`.
fn required_text(
    value: Option<Value>,
    key: &'static str,
    attr_span: Option<Span>,
    errors: &mut Accumulator,
) -> Option<Text> {
    let (meaning, example) = match key {
        "symptom" => ("what went wrong and why", "Topic {0} is not found"),
        _ => ("what to do about it", "Check the topic name"),
    };
    match value {
        Some(value) => string(Some(value), key, example, errors).map(|lit| Text::from_lit(key, lit, errors)),
        None => {
            if let Some(attr_span) = attr_span {
                errors.push(error_at(
                    attr_span,
                    format_args!("missing `{key} = \"...\"`: every entry says {meaning}"),
                ));
            }
            None
        }
    }
}

/// An error pointing at `span`, for places that keep a span rather than syntax.
pub fn error_at(span: Span, message: impl std::fmt::Display) -> Error {
    syn::Error::new(span, message).into()
}

impl Text {
    fn from_lit(key: &'static str, lit: LitStr, errors: &mut Accumulator) -> Self {
        let value = string_value(&lit);
        let template = Template::parse(&value).unwrap_or_else(|message| {
            errors.push(Error::custom(format_args!("in `{key}`: {message}")).with_span(&lit));
            Template::plain(&value)
        });
        Text {
            key,
            lit,
            value,
            template,
        }
    }
}

/// The value of a string literal. Most are plain (`"..."`, nothing escaped)
/// and read straight off their token; `LitStr::value` unescapes the token
/// again, which counts at ten thousand entries.
pub fn string_value(lit: &LitStr) -> String {
    let repr = lit.token().to_string();
    match plain_string(&repr) {
        Some(plain) => plain.to_owned(),
        None => lit.value(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

//! Where `#[error_catalog]` meets thiserror's derive on one enum. A
//! `#[error(...)]` on the enum or on a variant says that thiserror writes
//! `Display`, `Error` and `From`: the catalog writes none of them and
//! leaves thiserror's helpers in place. An entry without a `symptom` takes
//! its variant's `#[error("...")]` text (or the enum's, which thiserror
//! gives the variants without one) when the text shows fields alone; this
//! file holds that rule, for the model and for the checks alike.

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::spanned::Spanned as _;
use syn::{Attribute, LitStr};

use crate::ast::Field;
use crate::attr::single_literal;
use crate::suggest::nearest;
use crate::template::Template;

/// thiserror's attribute of texts.
pub const ERROR: &str = "error";

/// Who writes `Display`, `Error` and `From` for the enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `#[error_catalog]`, from the entries: `CODE: symptom`.
    Catalog,
    /// thiserror's derive, from the `#[error(...)]` texts.
    Thiserror,
}

impl Style {
    /// thiserror's when the enum or a variant has `#[error(...)]`.
    pub fn of(item: &syn::ItemEnum) -> Self {
        let variants = item.variants.iter().flat_map(|variant| &variant.attrs);
        if item.attrs.iter().chain(variants).any(is_error_attr) {
            Style::Thiserror
        } else {
            Style::Catalog
        }
    }
}

fn is_error_attr(attr: &Attribute) -> bool {
    attr.path().is_ident(ERROR)
}

/// What an `#[error(...)]` says, as far as the catalog reads it.
#[derive(Clone)]
pub enum ErrorAttr {
    /// `#[error("text")]`, a trailing comma aside.
    Text(LitStr),
    /// `#[error("text", arguments...)]`; the span is the first argument's.
    Formatted(Span),
    /// `#[error(transparent)]`; the span is the word's.
    Transparent(Span),
    /// `#[error(fmt = path)]`; the span is `fmt`'s.
    Fmt(Span),
    /// Anything else (thiserror reports most of it); the span is the
    /// attribute's name.
    Unknown(Span),
}

impl ErrorAttr {
    /// The first `#[error(...)]` of `attrs`.
    pub fn of(attrs: &[Attribute]) -> Option<Self> {
        let attr = attrs.iter().find(|attr| is_error_attr(attr))?;
        let unknown = ErrorAttr::Unknown(attr.path().span());
        Some(match &attr.meta {
            syn::Meta::List(list) => Self::read(list.tokens.clone()).unwrap_or(unknown),
            _ => unknown,
        })
    }

    /// The attribute from the tokens inside its parentheses. The text may
    /// come from a `macro_rules!` fragment, in an invisible group.
    fn read(tokens: TokenStream) -> Option<Self> {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        match tokens.as_slice() {
            [TokenTree::Ident(word)] if word == "transparent" => {
                return Some(ErrorAttr::Transparent(word.span()));
            }
            [TokenTree::Ident(word), TokenTree::Punct(eq), ..] if word == "fmt" && eq.as_char() == '=' => {
                return Some(ErrorAttr::Fmt(word.span()));
            }
            _ => {}
        }
        let is_comma = |token: &TokenTree| matches!(token, TokenTree::Punct(punct) if punct.as_char() == ',');
        let comma = tokens.iter().position(is_comma).unwrap_or(tokens.len());
        let literal = single_literal(&tokens[..comma])?;
        let text = syn::parse2::<LitStr>(TokenTree::Literal(literal).into()).ok()?;
        Some(match tokens.get(comma + 1) {
            None => ErrorAttr::Text(text),
            Some(first) => ErrorAttr::Formatted(first.span()),
        })
    }
}

/// A variant's `#[error(...)]`, its own or the enum's.
#[derive(Clone)]
pub struct Display {
    pub attr: ErrorAttr,
    /// Whether it is the enum's, which thiserror gives the variants
    /// without one of their own.
    pub inherited: bool,
}

impl Display {
    /// The variant's own `#[error(...)]`, else the enum's `enum_attr`.
    pub fn of(variant: &syn::Variant, enum_attr: Option<&ErrorAttr>) -> Option<Self> {
        match ErrorAttr::of(&variant.attrs) {
            Some(attr) => Some(Display {
                attr,
                inherited: false,
            }),
            None => enum_attr.map(|attr| Display {
                attr: attr.clone(),
                inherited: true,
            }),
        }
    }
}

/// Why a text cannot be a variant's symptom: where to point, and the
/// message.
pub struct Refusal {
    pub span: Span,
    pub message: String,
}

/// The text of `display` as the symptom of `variant` (whose fields are
/// `fields`): a text that shows fields alone, each by a placeholder that
/// this crate's texts understand. Formatting arguments, placeholders of
/// names from the scope, `transparent` and `fmt = path` are thiserror's
/// alone: the entry gives a `symptom` of its own.
pub fn symptom<'d>(
    display: &'d Display,
    variant: &syn::Ident,
    fields: &[Field<'_>],
) -> Result<&'d LitStr, Refusal> {
    let refuse = |span: Span, why: String| {
        let whose = if display.inherited {
            format!("variant `{variant}` takes the enum's `#[error(...)]`, whose text")
        } else {
            "this `#[error(...)]`".to_owned()
        };
        let instead = "give the entry a `symptom = \"...\"` of its own in `#[entry(...)]`";
        Err(Refusal {
            span,
            message: format!("the symptom cannot be taken from {whose}: {why}; {instead}"),
        })
    };
    let text = match &display.attr {
        ErrorAttr::Text(text) => text,
        ErrorAttr::Formatted(span) => {
            return refuse(
                *span,
                "it has formatting arguments, which thiserror evaluates, and a symptom shows fields alone"
                    .into(),
            );
        }
        ErrorAttr::Transparent(span) => {
            return refuse(
                *span,
                "`transparent` has no text (when the field is a catalog, mark the entry \
                 `#[entry(transparent)]` to take the inner entries' codes and texts)"
                    .into(),
            );
        }
        ErrorAttr::Fmt(span) => {
            return refuse(*span, "`fmt = ...` formats with a function, not a text".into());
        }
        ErrorAttr::Unknown(span) => {
            return refuse(
                *span,
                "it is not `#[error(\"...\")]` with a string literal".into(),
            );
        }
    };
    let template = match Template::parse(&text.value()) {
        Ok(template) => template,
        Err(error) => return refuse(text.span(), error.message),
    };
    match no_field(&template, variant, fields) {
        Some(why) => refuse(text.span(), why),
        None => Ok(text),
    }
}

/// Why a placeholder of `template` names no field of `variant`, if one
/// does not: thiserror takes such a name from the scope, but the name may
/// be a field's, misspelled.
fn no_field(template: &Template, variant: &syn::Ident, fields: &[Field<'_>]) -> Option<String> {
    let names: Vec<&str> = fields.iter().map(|field| field.name.as_str()).collect();
    let name = template.fields().find(|name| !names.contains(name))?;
    Some(match nearest(name, &names) {
        Some(near) => format!(
            "`{{{name}}}` is no field of `{variant}` (did you mean `{{{near}}}`?), and thiserror takes \
             a name that is no field from the scope"
        ),
        None => format!("`{{{name}}}` is no field of `{variant}`, and thiserror takes it from the scope"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(attr: &str) -> ErrorAttr {
        let variant: syn::Variant = syn::parse_str(&format!("{attr} V(u8)")).expect("a variant");
        ErrorAttr::of(&variant.attrs).expect("an #[error]")
    }

    #[test]
    fn reads_what_the_attribute_says() {
        assert!(matches!(read(r#"#[error("a {0}")]"#), ErrorAttr::Text(text) if text.value() == "a {0}"));
        assert!(matches!(read(r#"#[error("a {0}",)]"#), ErrorAttr::Text(_)));
        assert!(matches!(read(r#"#[error("a {}", 1)]"#), ErrorAttr::Formatted(_)));
        assert!(matches!(read("#[error(transparent)]"), ErrorAttr::Transparent(_)));
        assert!(matches!(read("#[error(fmt = path::to)]"), ErrorAttr::Fmt(_)));
        for unknown in [
            "#[error]",
            "#[error = \"a\"]",
            "#[error(1)]",
            "#[error(\"a\" \"b\")]",
            "#[error(x)]",
        ] {
            assert!(matches!(read(unknown), ErrorAttr::Unknown(_)), "{unknown}");
        }
        // A text forwarded by `macro_rules!` arrives in an invisible group.
        let group = proc_macro2::Group::new(proc_macro2::Delimiter::None, quote::quote!("a {0}"));
        let forwarded = ErrorAttr::read(quote::quote!(#group));
        assert!(matches!(forwarded, Some(ErrorAttr::Text(text)) if text.value() == "a {0}"));
        let formatted = ErrorAttr::read(quote::quote!(#group, .0));
        assert!(matches!(formatted, Some(ErrorAttr::Formatted(_))));
    }

    #[test]
    fn a_text_is_a_symptom_when_it_shows_fields_alone() {
        let variant: syn::Variant = syn::parse_str("V { limit: u8, r#type: u8 }").expect("a variant");
        let fields: Vec<Field<'_>> = crate::ast::Field::all(&variant);
        let taken = |attr: &str| {
            let display = Display {
                attr: read(attr),
                inherited: false,
            };
            symptom(&display, &variant.ident, &fields)
                .map(LitStr::value)
                .map_err(|refusal| refusal.message)
        };
        assert_eq!(
            taken(r#"#[error("{limit:>4} of {type}")]"#).as_deref(),
            Ok("{limit:>4} of {type}")
        );
        let refused = |attr: &str| taken(attr).expect_err(attr);
        assert!(refused(r#"#[error("{LIMIT}")]"#).contains("`{LIMIT}` is no field of `V`, and"));
        assert!(refused(r#"#[error("{limt}")]"#).contains("(did you mean `{limit}`?)"));
        assert!(refused(r#"#[error("{}")]"#).contains("not a placeholder"));
        assert!(refused(r#"#[error("{limit}", limit = 1)]"#).contains("formatting arguments"));
        assert!(refused("#[error(transparent)]").contains("`#[entry(transparent)]`"));
        assert!(refused("#[error(fmt = f)]").contains("with a function"));
        assert!(refused("#[error(what)]").contains("not `#[error(\"...\")]` with a string literal"));
    }
}

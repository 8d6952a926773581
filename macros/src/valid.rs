//! The semantic rules of a catalog, one `check_*` function per rule, each
//! with a line saying the rule. Each pushes its errors into the
//! accumulator, so one build reports them all.

use std::collections::HashMap;

use darling::{Error, error::Accumulator};
use proc_macro2::TokenStream;
use quote::ToTokens as _;
use syn::spanned::Spanned as _;
use syn::{Item, ItemEnum, Meta};

use crate::ast::{Catalog, ENTRY, EntryData, FROM, Kind, Text, Variant};
use error_catalog_shared::is_status;

use crate::attr::{KEYS, Key, Place, Status, Str, error_at, status_range};
use crate::case::{CodeStyle, is_screaming_snake, screaming_snake};
use crate::suggest::{list, nearest};
use crate::thiserror::{self, ErrorAttr, Refusal, Style};
use crate::types::is_string;

/// The attribute applies to enums only; any other item is given back, as
/// tokens, with the error.
pub fn check_item(item: Item) -> Result<ItemEnum, (TokenStream, Error)> {
    let item = match item {
        Item::Enum(item) => return Ok(item),
        other => other,
    };
    let (what, span) = match &item {
        Item::Struct(s) => ("a struct", s.struct_token.span),
        Item::Union(u) => ("a union", u.union_token.span),
        Item::Fn(f) => ("a function", f.sig.fn_token.span),
        Item::Trait(t) => ("a trait", t.trait_token.span),
        Item::Impl(i) => ("an impl block", i.impl_token.span),
        Item::Type(t) => ("a type alias", t.type_token.span),
        Item::Mod(m) => ("a module", m.mod_token.span),
        Item::Const(c) => ("a constant", c.const_token.span),
        Item::Static(s) => ("a static", s.static_token.span),
        Item::Use(u) => ("a `use` declaration", u.use_token.span),
        Item::ExternCrate(e) => ("an `extern crate`", e.extern_token.span),
        Item::Macro(m) => ("a macro", m.mac.path.span()),
        other => ("this item", other.span()),
    };
    let error = error_at(
        span,
        format_args!(
            "`#[error_catalog]` applies to enums only, not to {what}: declare the catalog as an enum \
             with one `#[entry(...)]` per variant"
        ),
    );
    Err((item.into_token_stream(), error))
}

/// Every rule of a parsed catalog.
pub fn check(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    check_not_generic(catalog, errors);
    check_name(catalog, errors);
    let prefix_ok = check_prefix(catalog, errors);
    if let Some(status) = catalog.status {
        check_status(status, errors);
    }
    check_codes_unique(catalog, errors);
    check_one_catch_all(catalog, errors);
    check_styles_not_mixed(catalog, errors);
    let own_from = catalog.style == Style::Catalog;
    if own_from {
        check_conversions_unique(catalog, errors);
    }
    for variant in &catalog.variants {
        check_helpers_visible(variant, errors);
        check_one_entry(catalog.style, variant, errors);
        check_keys_allowed(variant, errors);
        check_keys_required(variant, errors);
        check_symptom_taken(variant, errors);
        if own_from {
            check_from_form(variant, errors);
            check_from_field(variant, errors);
        }
        check_kind(catalog, variant, prefix_ok, errors);
    }
}

/// The rules of what the variant's entry declares.
fn check_kind(catalog: &Catalog<'_>, variant: &Variant<'_>, prefix_ok: bool, errors: &mut Accumulator) {
    match &variant.kind {
        Some(Kind::Entry(entry)) => {
            if entry.family.is_some() {
                check_family(catalog.code_style, variant, entry, errors);
            } else if prefix_ok || entry.code.explicit() {
                // A bad prefix is reported once, not again for every code derived from it.
                check_code_style(catalog.code_style, entry, errors);
            }
            check_aliases(catalog.code_style, entry, errors);
            check_texts(variant, [&entry.symptom, &entry.solution], errors);
            check_status_given(entry.status, errors);
            if let Some(url) = &entry.url {
                check_url(url, errors);
            }
        }
        Some(Kind::Other(other)) => {
            check_one_string(variant, "the catch-all", "the unknown code", errors);
            check_texts(variant, [&other.symptom, &other.solution], errors);
            check_status_given(other.status, errors);
        }
        Some(Kind::Transparent(transparent)) => {
            check_transparent(variant, errors);
            check_status_given(transparent.status, errors);
        }
        None => {}
    }
}

fn check_texts(variant: &Variant<'_>, texts: [&Option<Text>; 2], errors: &mut Accumulator) {
    for text in texts.into_iter().flatten() {
        check_text_trimmed(text, errors);
        check_placeholders(variant, text, errors);
    }
}

fn check_status_given(status: Option<Status>, errors: &mut Accumulator) {
    if let Some(status) = status {
        check_status(status, errors);
    }
}

/// Every variant of a catalog has exactly one `#[entry(...)]`.
fn check_one_entry(style: Style, variant: &Variant<'_>, errors: &mut Accumulator) {
    let hidden = variant.hidden.iter().any(|hidden| hidden.helper == ENTRY);
    if variant.entry_attrs.is_empty() && !hidden {
        let ident = &variant.original.ident;
        let needs = match (style, variant.display.as_ref().map(|display| &display.attr)) {
            (Style::Thiserror, Some(ErrorAttr::Transparent(_))) => {
                "`#[entry(transparent)]` when its field is a catalog, whose entries it reuses; \
                 else `#[entry(symptom = \"...\", solution = \"...\")]`, as `#[error(transparent)]` \
                 has no text to take the symptom from"
            }
            (Style::Thiserror, Some(_)) => {
                "`#[entry(solution = \"...\")]`, which takes its symptom from `#[error(\"...\")]`"
            }
            _ => "`#[entry(symptom = \"...\", solution = \"...\")]`",
        };
        errors.push(
            Error::custom(format_args!(
                "variant `{ident}` has no `#[entry(...)]`; every variant of a catalog needs one: {needs}"
            ))
            .with_span(ident),
        );
    }
    for extra in variant.entry_attrs.iter().skip(1) {
        errors.push(
            Error::custom("a variant takes exactly one `#[entry(...)]`; merge the keys into the first")
                .with_span(extra.path()),
        );
    }
}

/// The helpers are read before the compiler expands `#[cfg_attr(...)]`:
/// one written inside it would never be seen.
fn check_helpers_visible(variant: &Variant<'_>, errors: &mut Accumulator) {
    for hidden in &variant.hidden {
        let (helper, on) = (hidden.helper, hidden.on);
        let cfg = if helper == ENTRY {
            ", and `#[cfg(...)]` on the variant to leave it out of some builds"
        } else {
            ""
        };
        errors.push(error_at(
            hidden.attr.path().span(),
            format_args!(
                "`#[{helper}]` cannot be inside `#[cfg_attr(...)]`: `#[error_catalog]` reads the enum \
                 before the compiler expands `cfg_attr`, so it never sees it; write `#[{helper}]` \
                 on the {on} itself{cfg}"
            ),
        ));
    }
}

/// Each key stands only where the table of keys allows it: an entry of
/// the catalog's own, a family, the catch-all or a transparent variant.
fn check_keys_allowed(variant: &Variant<'_>, errors: &mut Accumulator) {
    let (Some(args), Some(place)) = (&variant.args, variant.place()) else {
        return;
    };
    for item in args.items.iter().filter(|item| !item.def.allowed(place)) {
        errors.push(error_at(item.key_span, item.def.refusal(place)));
    }
}

/// An entry gives the keys its kind requires (its texts); a key dropped
/// with an error may be the misspelled one, so nothing is missing then. A
/// variant with thiserror's `#[error(...)]` may take its symptom from it
/// (`check_symptom_taken`).
fn check_keys_required(variant: &Variant<'_>, errors: &mut Accumulator) {
    let (Some(args), Some(place), Some(span)) = (&variant.args, variant.place(), variant.entry_span()) else {
        return;
    };
    if args.dropped {
        return;
    }
    let may_take = |key| key == Key::Symptom && variant.display.is_some();
    for def in KEYS
        .iter()
        .filter(|def| def.required(place) && args.get(def.key).is_none() && !may_take(def.key))
    {
        errors.push(error_at(
            span,
            format_args!(
                "missing `{} = \"...\"`: every entry says {}",
                def.name,
                Text::meaning(def.key)
            ),
        ));
    }
}

/// An entry that gives no `symptom` takes its `#[error("...")]` text, which
/// must show fields alone (the rule of [`thiserror::symptom`]).
fn check_symptom_taken(variant: &Variant<'_>, errors: &mut Accumulator) {
    let (Some(args), Some(display)) = (&variant.args, &variant.display) else {
        return;
    };
    let takes = matches!(
        variant.place(),
        Some(Place::Entry | Place::Family | Place::CatchAll)
    );
    if !takes || args.dropped || args.get(Key::Symptom).is_some() {
        return;
    }
    if let Err(Refusal { span, message }) =
        thiserror::symptom(display, &variant.original.ident, &variant.fields)
    {
        errors.push(error_at(span, message));
    }
}

/// When thiserror writes `Display`, every variant has a text for it: its
/// own `#[error(...)]`, or the enum's.
fn check_styles_not_mixed(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    let (with, without): (Vec<&Variant<'_>>, Vec<&Variant<'_>>) = catalog
        .variants
        .iter()
        .partition(|variant| variant.display.is_some());
    if catalog.style == Style::Catalog || with.is_empty() || without.is_empty() {
        return;
    }
    let names =
        |variants: &[&Variant<'_>]| list(variants.iter().map(|variant| &variant.original.ident), "and");
    errors.push(error_at(
        catalog.original.ident.span(),
        format_args!(
            "this enum mixes two ways to write `Display`: {} {} thiserror's `#[error(...)]`, {} {} not; \
             give every variant an `#[error(\"...\")]` for thiserror's derive (an entry takes its symptom \
             from it), or remove the `#[error]`s and the derive, and `#[error_catalog]` writes `Display` \
             from the entries",
            names(&with),
            if with.len() == 1 { "has" } else { "have" },
            names(&without),
            if without.len() == 1 { "does" } else { "do" },
        ),
    ));
}

/// Entries are `'static` tables shared by every value, so the enum cannot be generic.
fn check_not_generic(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    let generics = &catalog.original.generics;
    let message = "`#[error_catalog]` does not support generic enums: a catalog is one `'static` table; \
                   put the generic data in a field of a concrete type, such as `Box<dyn Error + Send + Sync>`";
    if let Some(param) = generics.params.first() {
        errors.push(Error::custom(message).with_span(param));
    } else if let Some(where_clause) = &generics.where_clause {
        errors.push(Error::custom(message).with_span(where_clause));
    }
}

/// The catalog's name is shown to people; it cannot be blank.
fn check_name(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    if let Some(name) = &catalog.name_given
        && catalog.name.trim().is_empty()
    {
        errors.push(error_at(
            name.span,
            "`name` is empty; name the catalog, e.g. `name = \"billing\"`",
        ));
    }
}

/// A prefix is the start of a code of the catalog's style. Says whether it is.
fn check_prefix(catalog: &Catalog<'_>, errors: &mut Accumulator) -> bool {
    let Some(prefix) = &catalog.prefix else {
        return true;
    };
    let value = &prefix.value;
    let style = catalog.code_style;
    let valid = style.is_prefix(value);
    if !valid {
        errors.push(error_at(
            prefix.span,
            format_args!(
                "prefix `{value}` does not start {} codes; prefixes look like `{}`",
                style.spelling(),
                style.prefix_example()
            ),
        ));
    }
    valid
}

/// An HTTP status is an integer in the range of `error_catalog_shared`.
fn check_status(status: Status, errors: &mut Accumulator) {
    if !is_status(status.value.into()) {
        errors.push(error_at(
            status.span,
            format_args!(
                "`status = {}` is not an HTTP status; {}",
                status.value,
                status_range()
            ),
        ));
    }
}

/// Codes are unique within a catalog, aliases included; the second place is
/// the error, and the first place is shown too.
fn check_codes_unique(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    let mut seen: HashMap<String, (&Variant<'_>, Spelling)> = HashMap::with_capacity(catalog.variants.len());
    for variant in &catalog.variants {
        let Some(entry) = variant.entry() else {
            continue;
        };
        for spelling in Spelling::of(entry) {
            let Some((first, first_spelling)) = seen.get(&spelling.text) else {
                seen.insert(spelling.text.clone(), (variant, spelling));
                continue;
            };
            let code = &spelling.text;
            errors.push(error_at(
                spelling.span,
                format_args!(
                    "duplicate code `{code}`{}: variant `{}` already has it; codes are unique within a \
                     catalog, aliases included",
                    spelling.how.second(),
                    first.original.ident
                ),
            ));
            errors.push(error_at(
                first_spelling.span,
                format_args!(
                    "the code `{code}` is first {} here, by `{}`",
                    first_spelling.how.first(),
                    first.original.ident
                ),
            ));
        }
    }
}

/// A code or an alias of an entry, as the duplicate check names it.
struct Spelling {
    text: String,
    span: proc_macro2::Span,
    how: How,
}

#[derive(Clone, Copy)]
enum How {
    Declared,
    Derived,
    Alias,
}

impl How {
    /// How the duplicate's place is named.
    fn second(self) -> &'static str {
        match self {
            How::Declared => "",
            How::Derived => " (derived from the variant's name)",
            How::Alias => " (an alias)",
        }
    }

    /// How the first place is named.
    fn first(self) -> &'static str {
        match self {
            How::Declared => "declared",
            How::Derived => "derived",
            How::Alias => "an alias",
        }
    }
}

impl Spelling {
    fn of(entry: &EntryData) -> impl Iterator<Item = Spelling> + '_ {
        let how = if entry.code.explicit() || entry.family.is_some() {
            How::Declared
        } else {
            How::Derived
        };
        let code = Spelling {
            text: entry.code.value.clone(),
            span: entry.code.span,
            how,
        };
        let aliases = entry.aliases.iter().map(|alias| Spelling {
            text: alias.value.clone(),
            span: alias.span,
            how: How::Alias,
        });
        std::iter::once(code).chain(aliases)
    }
}

/// At most one variant keeps unknown codes.
fn check_one_catch_all(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    let mut catch_alls = catalog
        .variants
        .iter()
        .filter_map(|variant| Some((variant, variant.other()?)));
    let Some((first, _)) = catch_alls.next() else {
        return;
    };
    for (_, extra) in catch_alls {
        errors.push(error_at(
            extra.span,
            format_args!(
                "a catalog has at most one catch-all `#[entry(other, ...)]`; `{}` is already one",
                first.original.ident
            ),
        ));
    }
}

/// A family is a catch-all for the codes of one prefix: a prefix of the
/// code style, instead of a `code`, and one `String` field for the code.
fn check_family(style: CodeStyle, variant: &Variant<'_>, entry: &EntryData, errors: &mut Accumulator) {
    let Some(prefix) = &entry.family else {
        return;
    };
    let value = &prefix.value;
    if value.is_empty() {
        errors.push(error_at(
            prefix.span,
            format_args!(
                "empty `family`; a family's prefix starts its codes, like `{}`",
                style.prefix_example()
            ),
        ));
    } else if !style.is_prefix(value) {
        errors.push(error_at(
            prefix.span,
            format_args!(
                "family prefix `{value}` does not start {} codes; prefixes look like `{}`",
                style.spelling(),
                style.prefix_example()
            ),
        ));
    }
    check_one_string(variant, "a family", "the whole code", errors);
}

/// The catch-all and a family keep a code in their one field, a `String`;
/// `owner` names which, and `keeps` what the field keeps.
fn check_one_string(variant: &Variant<'_>, owner: &str, keeps: &str, errors: &mut Accumulator) {
    match variant.fields.as_slice() {
        [field] if is_string(&field.original.ty) => {}
        [field] => errors.push(
            Error::custom(format_args!(
                "{owner}'s field keeps {keeps}, so its type is `String`"
            ))
            .with_span(&field.original.ty),
        ),
        fields => errors.push(
            Error::custom(format_args!(
                "{owner} has exactly one field, a `String` that keeps {keeps}; `{}` has {}",
                variant.original.ident,
                fields.len()
            ))
            .with_span(&variant.original.ident),
        ),
    }
}

/// An alias is a code too: of the code style.
fn check_aliases(style: CodeStyle, entry: &EntryData, errors: &mut Accumulator) {
    for alias in &entry.aliases {
        let value = &alias.value;
        if !style.is_code(value) {
            errors.push(error_at(
                alias.span,
                format_args!(
                    "alias `{value}` is not {}; codes look like `{}`",
                    style.spelling(),
                    style.example()
                ),
            ));
        }
    }
}

/// A transparent variant is one field of another catalog, whose code and
/// texts it takes.
fn check_transparent(variant: &Variant<'_>, errors: &mut Accumulator) {
    if variant.fields.len() != 1 {
        errors.push(
            Error::custom(format_args!(
                "a `transparent` variant has exactly one field, whose type implements \
                 `error_catalog::ErrorCatalog`; `{}` has {}",
                variant.original.ident,
                variant.fields.len()
            ))
            .with_span(&variant.original.ident),
        );
    }
}

/// `#[from]` is a bare word, given once on a field.
fn check_from_form(variant: &Variant<'_>, errors: &mut Accumulator) {
    for field in &variant.fields {
        let attrs = field.original.attrs.iter().filter(|a| a.path().is_ident(FROM));
        for (index, attr) in attrs.enumerate() {
            if index > 0 {
                errors.push(
                    Error::custom("`#[from]` is given twice on this field; once is enough")
                        .with_span(attr.path()),
                );
            }
            let arguments = match &attr.meta {
                Meta::Path(_) => continue,
                Meta::List(list) => list.delimiter.span().join(),
                Meta::NameValue(name_value) => name_value.value.span(),
            };
            errors.push(error_at(
                arguments,
                "`#[from]` takes no arguments: it converts the field's type into the variant",
            ));
        }
    }
}

/// `#[from]` marks the only field of a variant with its own entry: `From`
/// builds the variant from that field alone. A transparent variant converts
/// from its inner catalog already, and the catch-all's field is a code.
fn check_from_field(variant: &Variant<'_>, errors: &mut Accumulator) {
    let Some(from) = variant.fields.iter().find_map(|field| field.from) else {
        return;
    };
    let message = match (&variant.kind, variant.fields.len()) {
        (Some(Kind::Transparent(_)), _) => {
            "`#[from]` is redundant on a `transparent` variant: `From` of its \
                                          inner catalog is generated already; remove `#[from]`"
                .to_owned()
        }
        (Some(Kind::Other(_)), _) => "the catch-all takes no `#[from]`: its field keeps the unknown code, \
                                      which is not an error to convert from"
            .to_owned(),
        (_, 1) => return,
        (_, count) => format!(
            "`#[from]` needs a variant of exactly one field, which `From` builds it from; `{}` has {count} \
             (mark the field `#[source]` instead to keep the others)",
            variant.original.ident
        ),
    };
    errors.push(Error::custom(message).with_span(from.path()));
}

/// A type converts into at most one variant: two `From` impls of one type
/// conflict. Types are compared by their tokens; the compiler reports the
/// same type spelled two ways.
fn check_conversions_unique(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    for conversion in catalog.conversions() {
        let Some(first) = conversion.clash else {
            continue;
        };
        let field = conversion.field;
        let message = format!(
            "variant `{}` converts from this type already, so a second `From` of it would conflict; \
             a type converts into one variant at most",
            first.original.ident
        );
        let error = Error::custom(message);
        errors.push(match field.from {
            Some(from) => error.with_span(from.path()),
            None => error.with_span(&field.original.ty),
        });
    }
}

/// Codes follow the catalog's style: SCREAMING_SNAKE_CASE, like
/// `BIZ_TOPIC_NOT_FOUND`, unless the enum chose another.
fn check_code_style(style: CodeStyle, entry: &EntryData, errors: &mut Accumulator) {
    let code = &entry.code;
    let example = style.example();
    if code.value.is_empty() {
        errors.push(error_at(
            code.span,
            format_args!("empty `code`; codes look like `{example}`"),
        ));
        return;
    }
    if style.is_code(&code.value) {
        return;
    }
    let spelling = style.spelling();
    let other_styles = "or choose another `code_style` on the enum";
    let message = if code.explicit() {
        let suggestion = screaming_snake("", &code.value.replace(['-', ' ', '.'], "_"));
        let hint = match style {
            CodeStyle::ScreamingSnake if is_screaming_snake(&suggestion) => {
                format!("did you mean `{suggestion}`? Codes")
            }
            _ => "codes".to_owned(),
        };
        format!(
            "code `{}` is not {spelling}; {hint} look like `{example}`, {other_styles}",
            code.value
        )
    } else {
        format!(
            "the code `{}` derived from this variant's name is not {spelling}; give the entry \
             an explicit `code = \"...\"` (codes look like `{example}`), {other_styles}",
            code.value
        )
    };
    errors.push(error_at(code.span, message));
}

/// Texts say something, and say it without stray whitespace around it.
fn check_text_trimmed(text: &Text, errors: &mut Accumulator) {
    let named = text.named();
    let value = &text.value.value;
    let or_own = if text.taken {
        ", or give the entry a `symptom` of its own"
    } else {
        ""
    };
    if value.trim().is_empty() {
        errors.push(error_at(
            text.value.span,
            format_args!("{named} is empty; say {}{or_own}", Text::meaning(text.key)),
        ));
    } else if value.trim() != value {
        errors.push(error_at(
            text.value.span,
            format_args!("{named} starts or ends with whitespace; trim it{or_own}"),
        ));
    }
}

/// Every placeholder names a field of its own variant.
fn check_placeholders(variant: &Variant<'_>, text: &Text, errors: &mut Accumulator) {
    let ident = &variant.original.ident;
    let names: Vec<&str> = variant.fields.iter().map(|f| f.name.as_str()).collect();
    for name in text.template.fields() {
        if names.contains(&name) {
            continue;
        }
        let placeholders = list(names.iter().map(|name| format!("{{{name}}}")), "and");
        let help = match (names.len(), nearest(name, &names)) {
            (0, _) => format!(
                "`{ident}` has no fields, so its texts have no placeholders (write `{{{{` and `}}}}` for literal braces)"
            ),
            (_, Some(near)) if !matches!(variant.original.fields, syn::Fields::Unnamed(_)) => {
                format!("did you mean `{{{near}}}`?")
            }
            (1, _) => format!("its one field is {placeholders}"),
            _ => format!("its fields are {placeholders}"),
        };
        errors.push(error_at(
            text.value.span,
            format_args!("`{{{name}}}` names no field of `{ident}`; {help}"),
        ));
    }
}

/// A `url` is an absolute `http://` or `https://` address.
fn check_url(url: &Str, errors: &mut Accumulator) {
    let value = &url.value;
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let valid = rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && !value.chars().any(char::is_whitespace)
    });
    if !valid {
        errors.push(error_at(
            url.span,
            format_args!(
                "`url = \"{value}\"` is not an absolute http(s) address; expected e.g. \
                 `url = \"https://example.com/errors#quota\"`"
            ),
        ));
    }
}

//! `CatalogError`: what one value says about itself.
//!
//! Own entries are read from `ENTRIES` through `entry()`: one big match in
//! the whole expansion, not one per method. Only texts that differ from
//! their template (placeholders, escaped braces) get arms of their own.

use proc_macro2::TokenStream;
use quote::quote;

use super::format::write_field;
use super::tokens::{concat, option};
use crate::ast::Field;
use crate::lower::{Lowered, Row, RowKind, Which};

pub fn catalog_error_impl(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    let code = code_fn(lowered);
    let symptom = text_fn(lowered, Which::Symptom);
    let solution = text_fn(lowered, Which::Solution);
    let status = status_fn(lowered);
    let entry = entry_fn(lowered);
    let placeholders = placeholders_fn(lowered);
    quote! {
        // With every own entry behind a disabled `#[cfg]`, the arms that read
        // `ENTRIES` are left unreachable: the expansion cannot know.
        #[automatically_derived]
        #[allow(unreachable_code, unreachable_patterns)]
        impl ::error_catalog::CatalogError for #ident {
            #code
            #symptom
            #solution
            #status
            #entry
            #placeholders
        }
    }
}

/// The default arm that reads `field` of the value's own entry, wrapped in
/// `wrap` (a path to call, or nothing).
fn from_entry(field: TokenStream, wrap: TokenStream) -> TokenStream {
    let text = quote! {
        match <Self as ::error_catalog::CatalogError>::entry(self) {
            ::core::option::Option::Some(entry) => entry.#field(),
            ::core::option::Option::None => "",
        }
    };
    if wrap.is_empty() {
        quote!(_ => #text,)
    } else {
        quote!(_ => #wrap(#text),)
    }
}

/// The default arm of a method of the `which` text, `from_entry` wrapped in
/// `wrap`, when some own entry's text is read from `ENTRIES`.
pub fn text_default(lowered: &Lowered<'_>, which: Which, wrap: TokenStream) -> Option<TokenStream> {
    lowered
        .rows
        .iter()
        .any(|row| row.text_in_entries(which))
        .then(|| from_entry(which.method(), wrap))
}

fn code_fn(lowered: &Lowered<'_>) -> TokenStream {
    let arms = concat(lowered.rows.iter().map(|row| {
        let Some(field) = row.only_field() else {
            return TokenStream::new();
        };
        match &row.kind {
            // A family's code is the one it keeps, as the catch-all's is.
            RowKind::Entry(entry) if entry.family.is_none() => TokenStream::new(),
            RowKind::Transparent { .. } => row.delegate(field, quote!(code)),
            RowKind::Entry(_) | RowKind::Other { .. } => {
                let pattern = row.pattern(&[&field.name]);
                let binding = &field.binding;
                quote!(#pattern => ::core::ops::Deref::deref(#binding),)
            }
        }
    }));
    let default = lowered
        .has_own()
        .then(|| from_entry(quote!(code), TokenStream::new()));
    quote! {
        fn code(&self) -> &::core::primitive::str {
            match *self { #arms #default }
        }
    }
}

fn text_fn(lowered: &Lowered<'_>, which: Which) -> TokenStream {
    let arms = concat(lowered.rows.iter().map(|row| text_arm(row, which)));
    let default = text_default(lowered, which, quote!(::error_catalog::__private::Cow::Borrowed));
    let method = which.method();
    quote! {
        fn #method(&self) -> ::error_catalog::__private::Cow<'_, ::core::primitive::str> {
            match *self { #arms #default }
        }
    }
}

/// An arm of `symptom()` or `solution()`: the text borrowed when it has no
/// placeholders, else rendered by the `WriteTexts` arm (one formatting path
/// for both, so a field that cannot be formatted is reported once).
fn text_arm(row: &Row<'_>, which: Which) -> TokenStream {
    let Some(text) = row.text(which) else {
        return match row.only_field() {
            Some(field) => row.delegate(field, which.method()),
            None => TokenStream::new(),
        };
    };
    if row.text_in_entries(which) {
        return TokenStream::new();
    }
    let pattern = row.pattern(&[]);
    match text.template.as_plain_text() {
        Some(plain) => quote!(#pattern => ::error_catalog::__private::Cow::Borrowed(#plain),),
        None => {
            let write = which.write_method();
            quote! {
                #pattern => ::error_catalog::__private::Cow::Owned(::error_catalog::__private::render(
                    |f| ::error_catalog::__private::WriteTexts::#write(self, f),
                )),
            }
        }
    }
}

fn status_fn(lowered: &Lowered<'_>) -> TokenStream {
    let arms = concat(lowered.transparent().map(|(row, field)| match row.status() {
        None => row.delegate(field, quote!(status)),
        Some(status) => {
            let (pattern, call) = row.inner_call(field, quote!(status));
            quote!(#pattern => ::core::option::Option::or(#call, ::core::option::Option::Some(#status)),)
        }
    }));
    let others = concat(lowered.rows.iter().map(|row| match &row.kind {
        RowKind::Other { status, .. } => {
            let pattern = row.pattern(&[]);
            let status = option(*status);
            quote!(#pattern => #status,)
        }
        _ => TokenStream::new(),
    }));
    let own = lowered.has_own().then(|| {
        quote! {
            _ => match <Self as ::error_catalog::CatalogError>::entry(self) {
                ::core::option::Option::Some(entry) => entry.status(),
                ::core::option::Option::None => ::core::option::Option::None,
            },
        }
    });
    quote! {
        fn status(&self) -> ::core::option::Option<::core::primitive::u16> {
            match *self { #arms #others #own }
        }
    }
}

/// `entry()`: one match gives the position of an own entry, read from
/// `ENTRIES` once.
fn entry_fn(lowered: &Lowered<'_>) -> TokenStream {
    let arms = concat(
        lowered
            .rows
            .iter()
            .map(|row| match (&row.kind, row.only_field()) {
                (RowKind::Entry(entry), _) => {
                    let pattern = row.pattern(&[]);
                    let position = &entry.position;
                    quote!(#pattern => #position,)
                }
                (RowKind::Transparent { status, .. }, Some(field)) => {
                    let (pattern, call) = row.inner_call(field, quote!(entry));
                    if status.is_none() && !row.is_fallback() {
                        return quote!(#pattern => return #call,);
                    }
                    let spliced = row.spliced(quote!(entry));
                    quote!(#pattern => return ::core::option::Option::map(#call, |entry| #spliced),)
                }
                _ => {
                    let pattern = row.pattern(&[]);
                    quote!(#pattern => return ::core::option::Option::None,)
                }
            }),
    );
    let body = if lowered.has_own() {
        quote! {
            let position: ::core::primitive::usize = match *self { #arms };
            <Self as ::error_catalog::ErrorCatalog>::ENTRIES.get(position)
        }
    } else {
        quote!(match *self { #arms })
    };
    quote! {
        fn entry(&self) -> ::core::option::Option<&'static ::error_catalog::Entry> {
            #body
        }
    }
}

/// `placeholders()`, when some text has one: each field the texts show,
/// once, formatted as the first placeholder of it does.
fn placeholders_fn(lowered: &Lowered<'_>) -> TokenStream {
    let arms = concat(lowered.rows.iter().map(placeholders_arm));
    if arms.is_empty() {
        return TokenStream::new();
    }
    quote! {
        fn placeholders(&self, visit: &mut dyn ::core::ops::FnMut(&::core::primitive::str, ::core::fmt::Arguments<'_>)) {
            match *self {
                #arms
                _ => {}
            }
        }
    }
}

/// The arm of `row`: its inner value's placeholders, or a call of `visit`
/// for each field its texts show.
fn placeholders_arm(row: &Row<'_>) -> TokenStream {
    let Some(texts) = row.texts() else {
        let Some(field) = row.only_field() else {
            return TokenStream::new();
        };
        let pattern = row.pattern(&[&field.name]);
        let binding = &field.binding;
        return quote!(#pattern => ::error_catalog::CatalogError::placeholders(#binding, visit),);
    };
    let mut shown: Vec<(&Field<'_>, Option<&str>, proc_macro2::Span)> = Vec::new();
    for text in [&texts.symptom, &texts.solution] {
        for (name, spec) in text.template.placeholders() {
            let field = row.fields.iter().find(|field| field.name == name);
            if let Some(field) = field.filter(|field| !shown.iter().any(|(seen, ..)| seen.name == field.name))
            {
                shown.push((field, spec, text.span));
            }
        }
    }
    if shown.is_empty() {
        return TokenStream::new();
    }
    let names: Vec<&str> = shown.iter().map(|(field, ..)| field.name.as_str()).collect();
    let pattern = row.pattern(&names);
    let visits = shown.iter().map(|(field, spec, span)| {
        let name = &field.name;
        let write = write_field(field, *spec, *span);
        quote!(::error_catalog::__private::visit_field(visit, #name, |f| #write);)
    });
    quote!(#pattern => { #(#visits)* })
}

//! `ErrorCatalog::__resolve_entry` and `__resolve_value`: which entry, and
//! which value, a code resolves to.
//! The own code table first (an exact own code wins outright), then the own
//! families, the longest prefix first, then each embedded catalog in the
//! order of resolution; `__private::keep` weighs each match against the
//! best so far by the one rule of `error_catalog_shared`.

use proc_macro2::TokenStream;
use quote::quote;

use super::embedded::shadowing;
use super::entries::own_entry;
use super::tokens::concat;
use crate::lower::{Lowered, Row};

/// The two methods, in the catalog's `ErrorCatalog` impl.
pub fn resolve_fns(lowered: &Lowered<'_>) -> TokenStream {
    let entry = resolve_entry_fn(lowered);
    let value = resolve_value_fn(lowered);
    quote!(#entry #value)
}

/// The match of the own code table: an own code or alias whose variant is
/// configured in, its number `k` and its `entry`; `answer` returns what it
/// resolves to.
fn own_exact(lowered: &Lowered<'_>, answer: TokenStream) -> TokenStream {
    if !lowered.has_own() {
        return TokenStream::new();
    }
    let own_entry = own_entry(lowered);
    quote! {
        if let ::core::option::Option::Some(k) = <Self as ::error_catalog::__private::CodeIndex>::index_of(code) {
            // `None` when the code's variant is configured out: an
            // embedded catalog may have the code then; so may it when the
            // catalog that embeds this one takes the code.
            if let ::core::option::Option::Some(entry) = #own_entry {
                if !taken.has(::error_catalog::Entry::code(entry)) {
                    #answer
                }
            }
        }
    }
}

/// After the own exact codes: the families, then the embedded catalogs,
/// each match kept when it beats the best so far; `family(row, prefix)`
/// and `inner(row, ty)` are what each gives.
fn the_rest(
    lowered: &Lowered<'_>,
    family: impl Fn(&Row<'_>, &str) -> TokenStream,
    inner: impl Fn(&Row<'_>, &syn::Type) -> TokenStream,
) -> TokenStream {
    let families = concat(lowered.families().map(|(row, prefix, _)| {
        let cfg = row.cfg.attrs();
        let found = family(row, prefix);
        let family_code = row.own().map(|entry| &entry.code);
        quote! {
            #cfg
            if ::error_catalog::__private::is_member(code, #prefix) && !taken.has(#family_code) {
                ::error_catalog::__private::keep(&mut best, #found);
            }
        }
    }));
    let embedded = concat(lowered.resolution_order().map(|(row, field)| {
        let cfg = row.cfg.attrs();
        let found = inner(row, &field.original.ty);
        let taken = taken_by_others(lowered, row);
        quote! {
            #cfg
            {
                #taken
                if ::error_catalog::__private::keep(&mut best, #found) {
                    return best;
                }
            }
        }
    }));
    if families.is_empty() && embedded.is_empty() {
        return quote!(::core::option::Option::None);
    }
    quote! {
        let mut best = ::core::option::Option::None;
        #families
        #embedded
        best
    }
}

/// For a `fallback` row, `taken` anew: what was taken already, and the
/// codes the catalog has elsewhere, whose entries the `fallback` catalog
/// leaves out.
fn taken_by_others(lowered: &Lowered<'_>, row: &Row<'_>) -> Option<TokenStream> {
    if !row.is_fallback() {
        return None;
    }
    let others = shadowing(lowered, row);
    let ident = lowered.ident;
    Some(quote! {
        const OTHERS: &[&[::error_catalog::Entry]] = #others;
        let here = ::error_catalog::__private::Taken::new(
            <#ident as ::error_catalog::__private::Embedded>::OWN_CODES, OTHERS, taken,
        );
        let taken = &here;
    })
}

fn resolve_entry_fn(lowered: &Lowered<'_>) -> TokenStream {
    let own = own_exact(
        lowered,
        quote!(return ::core::option::Option::Some((::error_catalog::__private::Match::Exact, entry));),
    );
    let rest = the_rest(
        lowered,
        |row, prefix| {
            let len = prefix.len();
            let position = row.own().map(|entry| &entry.position);
            quote!(::core::option::Option::map(
                <Self as ::error_catalog::ErrorCatalog>::ENTRIES.get(#position),
                |entry| (::error_catalog::__private::member(#len), entry),
            ))
        },
        |row, ty| {
            let spliced = row.spliced(quote!(entry));
            quote!(::core::option::Option::map(
                <#ty as ::error_catalog::ErrorCatalog>::__resolve_entry(code, taken),
                |(found, entry)| (found, #spliced),
            ))
        },
    );
    quote! {
        #[inline]
        fn __resolve_entry(
            code: &::core::primitive::str,
            taken: &::error_catalog::__private::Taken<'_>,
        ) -> ::core::option::Option<(::error_catalog::__private::Match, &'static ::error_catalog::Entry)> {
            #own
            #rest
        }
    }
}

fn resolve_value_fn(lowered: &Lowered<'_>) -> TokenStream {
    let exact = quote!(::error_catalog::__private::Match::Exact);
    // A family's own `PREFIX*` is one of its codes; another variant with
    // data is its entry: a code alone cannot give a value.
    let families = concat(lowered.families().map(|(row, _, field)| {
        let (cfg, k) = (row.cfg.attrs(), row.own().map(|entry| entry.k));
        let keep = row.construct(field, code_string());
        quote!(#cfg #k => ::error_catalog::Received::Known(#keep),)
    }));
    let own = own_exact(
        lowered,
        quote! {
            let value = match <Self as ::error_catalog::__private::CodeIndex>::unit(k) {
                ::core::option::Option::Some(value) => ::error_catalog::Received::Known(value),
                ::core::option::Option::None => match k {
                    #families
                    _ => ::error_catalog::Received::Entry(entry),
                },
            };
            return ::core::option::Option::Some((#exact, value));
        },
    );
    let rest = the_rest(lowered, family_value, |row, ty| {
        let Some(field) = row.only_field() else {
            return quote!(::core::option::Option::None);
        };
        let wrap = row.construct(field, quote!(inner));
        let spliced = row.spliced(quote!(entry));
        quote!(::error_catalog::__private::embed(
            <#ty as ::error_catalog::ErrorCatalog>::__resolve_value(code, taken),
            |inner| #wrap,
            |entry| #spliced,
        ))
    });
    quote! {
        #[inline]
        fn __resolve_value(
            code: &::core::primitive::str,
            taken: &::error_catalog::__private::Taken<'_>,
        ) -> ::core::option::Option<(::error_catalog::__private::Match, ::error_catalog::Received<Self>)> {
            #own
            #rest
        }
    }
}

/// The code as received, owned.
fn code_string() -> TokenStream {
    quote!(<::error_catalog::__private::String as ::core::convert::From<
        &::core::primitive::str,
    >>::from(code))
}

/// A family member's value: the family's variant keeping the whole code.
fn family_value(row: &Row<'_>, prefix: &str) -> TokenStream {
    let Some(field) = row.only_field() else {
        return quote!(::core::option::Option::None);
    };
    let len = prefix.len();
    let keep = row.construct(field, code_string());
    quote!(::core::option::Option::Some((
        ::error_catalog::__private::member(#len),
        ::error_catalog::Received::Known(#keep),
    )))
}

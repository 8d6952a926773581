//! `ErrorCatalog`: the catalog as a whole, its name, `ENTRIES` and the
//! lookups by code, each a reading of the catalog's `Resolve`.

use proc_macro2::TokenStream;
use quote::quote;

use super::entries::entries_const;
use super::resolve::resolve_fns;
use crate::lower::{Lowered, RowKind};

pub fn error_catalog_impl(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    let name = &lowered.name;
    let entries = entries_const(lowered);
    let receive = receive_fn(lowered);
    let from_code = from_code_fn(lowered);
    let resolve = resolve_fns(lowered);
    let names = names_const(lowered);
    let with_data = super::glue::data_const(lowered);
    quote! {
        // Unreachable arms when every own entry is behind a disabled `#[cfg]`.
        #[automatically_derived]
        #[allow(unreachable_code)]
        impl ::error_catalog::ErrorCatalog for #ident {
            const NAME: &'static ::core::primitive::str = #name;
            const ENTRIES: &'static [::error_catalog::Entry] = #entries;
            const __NAMES: ::error_catalog::__private::Names = #names;
            const __WITH_DATA: ::core::primitive::bool = #with_data;

            #[inline]
            fn lookup(code: &::core::primitive::str) -> ::core::option::Option<&'static ::error_catalog::Entry> {
                match <Self as ::error_catalog::ErrorCatalog>::__resolve_entry(code, &::error_catalog::__private::Taken::NONE) {
                    ::core::option::Option::Some((_, entry)) => ::core::option::Option::Some(entry),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            #from_code

            #receive
            #resolve
        }
    }
}

/// `from_code`: the value `code` resolves to; for a catalog of its own
/// codes alone, straight from its code table.
fn from_code_fn(lowered: &Lowered<'_>) -> TokenStream {
    let body = if lowered.has_transparent() || !lowered.families.is_empty() {
        quote! {
            match <Self as ::error_catalog::ErrorCatalog>::__resolve_value(code, &::error_catalog::__private::Taken::NONE) {
                ::core::option::Option::Some((_, ::error_catalog::Received::Known(value))) => {
                    ::core::option::Option::Some(value)
                }
                _ => ::core::option::Option::None,
            }
        }
    } else {
        quote! {
            match <Self as ::error_catalog::__private::CodeIndex>::index_of(code) {
                ::core::option::Option::Some(k) => <Self as ::error_catalog::__private::CodeIndex>::unit(k),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    };
    quote! {
        #[inline]
        fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            #body
        }
    }
}

/// `__NAMES`, which `code!` reads: the own code table, the families, the
/// catalogs embedded without `fallback`, and the runs of those with it.
fn names_const(lowered: &Lowered<'_>) -> TokenStream {
    let families = lowered.families().filter_map(|(row, ..)| Some(row.own()?.k));
    let (fallback, embedded): (Vec<_>, Vec<_>) =
        lowered.transparent().partition(|(row, _)| row.is_fallback());
    let embedded = embedded.into_iter().map(|(row, field)| {
        let ty = &field.original.ty;
        row.cfg.select(
            quote!(&<#ty as ::error_catalog::ErrorCatalog>::__NAMES),
            quote!(&::error_catalog::__private::Names::EMPTY),
        )
    });
    let fallback = fallback.into_iter().filter_map(|(row, _)| match row.kind {
        RowKind::Transparent { run, .. } => {
            Some(quote!(<Self as ::error_catalog::__private::Embedded>::RUNS[#run]))
        }
        _ => None,
    });
    quote! {
        ::error_catalog::__private::Names {
            entries: <Self as ::error_catalog::ErrorCatalog>::ENTRIES,
            indexed: true,
            table: <Self as ::error_catalog::__private::CodeIndex>::TABLE,
            positions: <Self as ::error_catalog::__private::CodeIndex>::POSITIONS,
            families: &[#(#families),*],
            embedded: &[#(#embedded),*],
            fallback: &[#(#fallback),*],
        }
    }
}

/// `receive`: the value or entry `code` resolves to, else the catch-all
/// keeps the code, else the code as received.
fn receive_fn(lowered: &Lowered<'_>) -> TokenStream {
    let received = quote!(::error_catalog::Received);
    let code = quote!(<::error_catalog::__private::String as ::core::convert::From<
        &::core::primitive::str,
    >>::from(code));
    let unknown = quote!(#received::Unknown(#code));
    let catch_all = lowered
        .rows
        .iter()
        .find_map(|row| match (&row.kind, row.only_field()) {
            (RowKind::Other { .. }, Some(field)) => {
                let keep = row.construct(field, code.clone());
                Some(row.cfg.select(quote!(#received::Known(#keep)), unknown.clone()))
            }
            _ => None,
        });
    let otherwise = catch_all.unwrap_or(unknown);
    quote! {
        #[inline]
        fn receive(code: &::core::primitive::str) -> #received<Self> {
            match <Self as ::error_catalog::ErrorCatalog>::__resolve_value(code, &::error_catalog::__private::Taken::NONE) {
                ::core::option::Option::Some((_, value)) => value,
                ::core::option::Option::None => #otherwise,
            }
        }
    }
}

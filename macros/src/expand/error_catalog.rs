//! `ErrorCatalog`: the catalog as a whole, its name, `ENTRIES` and the
//! lookups by code.

use proc_macro2::TokenStream;
use quote::quote;

use super::entries::{entries_const, own_entry};
use super::tokens::concat;
use crate::lower::{Lowered, RowKind};

/// The most unit variants of a catalog whose `from_code` is `#[inline]`.
pub const INLINE_ARMS: usize = 256;

pub fn error_catalog_impl(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    let name = &lowered.name;
    let entries = entries_const(lowered);
    let lookup = lookup_fn(lowered);
    let from_code = from_code_fn(lowered);
    let receive = receive_fn(lowered);
    quote! {
        #[automatically_derived]
        impl ::error_catalog::ErrorCatalog for #ident {
            const NAME: &'static ::core::primitive::str = #name;
            const ENTRIES: &'static [::error_catalog::Entry] = #entries;
            #lookup
            #from_code
            #receive
        }
    }
}

/// `lookup`: the own table first, then each embedded catalog, in their
/// order of resolution.
fn lookup_fn(lowered: &Lowered<'_>) -> TokenStream {
    let own_entry = own_entry(lowered);
    let inner = concat(lowered.resolution_order().map(|(row, field)| {
        let cfg = row.cfg.attrs();
        let ty = &field.original.ty;
        let spliced = row.spliced(quote!(entry));
        quote! {
            #cfg
            if let ::core::option::Option::Some(entry) = <#ty as ::error_catalog::ErrorCatalog>::lookup(code) {
                return ::core::option::Option::Some(#spliced);
            }
        }
    }));
    let families = family_entries(lowered);
    quote! {
        #[inline]
        fn lookup(code: &::core::primitive::str) -> ::core::option::Option<&'static ::error_catalog::Entry> {
            if let ::core::option::Option::Some(k) = <Self as ::error_catalog::__private::CodeIndex>::index_of(code) {
                // `None` when the code's variant is configured out: an
                // embedded catalog may have the code then.
                if let ::core::option::Option::Some(entry) = #own_entry {
                    return ::core::option::Option::Some(entry);
                }
            }
            #inner
            #families
            ::core::option::Option::None
        }
    }
}

/// `from_code`: own unit variants by their index in the table, then each
/// embedded catalog, in their order of resolution. An own code whose variant is configured out, or
/// carries data, is left to the embedded catalogs (which may have it when
/// the variant is out).
fn from_code_fn(lowered: &Lowered<'_>) -> TokenStream {
    let units = lowered.own().filter(|(row, _)| row.fields.is_empty());
    // Inlined where it is called when its `match` is small: a `match` of
    // thousands of arms, compiled again in every caller, would cost more
    // build time than the call costs at run time.
    let inline = (units.clone().count() <= INLINE_ARMS).then(|| quote!(#[inline]));
    let unit_arms = concat(units.map(|(row, entry)| {
        let cfg = row.cfg.attrs();
        let k = entry.k;
        let variant = &row.variant.ident;
        quote!(#cfg #k => Self::#variant,)
    }));
    let own = (!unit_arms.is_empty()).then(|| {
        quote! {
            if let ::core::option::Option::Some(k) = <Self as ::error_catalog::__private::CodeIndex>::index_of(code) {
                'own: {
                    return ::core::option::Option::Some(match k { #unit_arms _ => break 'own });
                }
            }
        }
    });
    let inner = concat(lowered.resolution_order().map(|(row, field)| {
        let cfg = row.cfg.attrs();
        let ty = &field.original.ty;
        let construct = row.construct(field, quote!(inner));
        quote! {
            #cfg
            if let ::core::option::Option::Some(inner) = <#ty as ::error_catalog::ErrorCatalog>::from_code(code) {
                return ::core::option::Option::Some(#construct);
            }
        }
    }));
    let families = family_values(lowered);
    quote! {
        // Unreachable when every unit variant is behind a disabled `#[cfg]`.
        #[allow(unreachable_code)]
        #inline
        fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            #own
            #inner
            #families
            ::core::option::Option::None
        }
    }
}

/// The family entries in `lookup`, after every exact code, the longest
/// prefix first.
fn family_entries(lowered: &Lowered<'_>) -> TokenStream {
    concat(lowered.families().map(|(row, prefix, _)| {
        let cfg = row.cfg.attrs();
        let Some(entry) = row.own() else {
            return TokenStream::new();
        };
        let position = &entry.position;
        quote! {
            #cfg
            if ::error_catalog::__private::is_member(code, #prefix) {
                return <Self as ::error_catalog::ErrorCatalog>::ENTRIES.get(#position);
            }
        }
    }))
}

/// The family values in `from_code`, after every exact code, the longest
/// prefix first: each keeps the whole code.
fn family_values(lowered: &Lowered<'_>) -> TokenStream {
    let code = quote!(<::error_catalog::__private::String as ::core::convert::From<
        &::core::primitive::str,
    >>::from(code));
    concat(lowered.families().map(|(row, prefix, field)| {
        let cfg = row.cfg.attrs();
        let keep = row.construct(field, code.clone());
        quote! {
            #cfg
            if ::error_catalog::__private::is_member(code, #prefix) {
                return ::core::option::Option::Some(#keep);
            }
        }
    }))
}

/// `receive`: the value of `from_code`, else the entry of a known code
/// (whose variant carries data), else the catch-all keeps the code, else
/// the code as received.
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
            if let ::core::option::Option::Some(value) = <Self as ::error_catalog::ErrorCatalog>::from_code(code) {
                return #received::Known(value);
            }
            if let ::core::option::Option::Some(entry) = <Self as ::error_catalog::ErrorCatalog>::lookup(code) {
                return #received::Entry(entry);
            }
            #otherwise
        }
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;

    /// Whether the expansion of a catalog of `n` unit variants marks its
    /// `from_code` `#[inline]`.
    fn inline_from_code(n: usize) -> bool {
        let variants: String = (0..n)
            .map(|i| format!("#[entry(symptom = \"s\", solution = \"t\")] V{i},"))
            .collect();
        let input: TokenStream = format!("pub enum E {{ {variants} }}").parse().expect("lexes");
        let output = crate::expand_attribute(TokenStream::new(), input).to_string();
        let (before, _) = output.split_once("fn from_code").expect("from_code is generated");
        before.trim_end().ends_with("# [inline]")
    }

    #[test]
    fn only_small_matches_are_inlined() {
        assert!(inline_from_code(17));
        assert!(inline_from_code(super::INLINE_ARMS));
        assert!(!inline_from_code(super::INLINE_ARMS + 1));
    }
}

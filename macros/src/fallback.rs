//! What a declaration with errors expands to: the enum (without the helper
//! attributes) and stand-ins for the generated impls, next to the errors.
//! The rest of the user's crate keeps compiling against it, so the build
//! shows the mistakes in the declaration and nothing that merely follows
//! from them. The stand-ins never run: the build fails on the errors.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use crate::ast::Catalog;
use crate::expand::{embedded, entries, from, glue};
use crate::lower::Lowered;

pub fn fallback(catalog: &Catalog<'_>, lowered: &Lowered<'_>, errors: darling::Error) -> TokenStream {
    let item = catalog.stripped_item();
    let mut tokens = if item.generics.params.is_empty() && item.generics.where_clause.is_none() {
        let stand_ins = stand_ins(lowered);
        // `From` of transparent variants and `#[from]` fields, `#[cfg]` and all, as in
        // a valid expansion: `?` keeps compiling.
        let from = from::from_impls(lowered);
        let embedded = embedded::embedded_trait_impl(lowered);
        let integrations = glue::integration_impls(lowered);
        let ident = lowered.ident;
        quote! {
            #item
            #stand_ins
            #from
            #embedded
            ::error_catalog::__serde_impls!(#ident);
            #integrations
        }
    } else {
        item.into_token_stream()
    };
    tokens.extend(errors.write_errors());
    tokens
}

/// Every generated trait, its methods unreachable (`Display` and `Error`
/// only when thiserror's derive does not write them). `ENTRIES` is the real
/// one, of every entry that could be read (and the embedded catalogs'), so
/// that a `code!` of a declared code compiles and only a typo fails.
fn stand_ins(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    let name = &lowered.name;
    let entries = entries::entries_const(lowered);
    let unreachable = quote!(::core::unreachable!("the declaration of this catalog has errors"));
    let std_impls = lowered.writes_std_impls().then(|| {
        quote! {
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #unreachable }
            }

            #[automatically_derived]
            impl ::core::error::Error for #ident {}
        }
    });
    quote! {
        #[automatically_derived]
        impl ::error_catalog::CatalogError for #ident {
            fn code(&self) -> &::core::primitive::str { #unreachable }
            fn symptom(&self) -> ::error_catalog::__private::Cow<'_, ::core::primitive::str> { #unreachable }
            fn solution(&self) -> ::error_catalog::__private::Cow<'_, ::core::primitive::str> { #unreachable }
            fn status(&self) -> ::core::option::Option<::core::primitive::u16> { #unreachable }
            fn entry(&self) -> ::core::option::Option<&'static ::error_catalog::Entry> { #unreachable }
        }

        #[automatically_derived]
        impl ::error_catalog::ErrorCatalog for #ident {
            const NAME: &'static ::core::primitive::str = #name;
            const ENTRIES: &'static [::error_catalog::Entry] = #entries;
            fn lookup(_: &::core::primitive::str) -> ::core::option::Option<&'static ::error_catalog::Entry> {
                #unreachable
            }
            fn from_code(_: &::core::primitive::str) -> ::core::option::Option<Self> { #unreachable }
            fn receive(_: &::core::primitive::str) -> ::error_catalog::Received<Self> { #unreachable }
        }

        #std_impls

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = ::error_catalog::ParseCodeError;
            fn from_str(_: &::core::primitive::str) -> ::core::result::Result<Self, ::error_catalog::ParseCodeError> {
                #unreachable
            }
        }

        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for #ident {
            type Error = ::error_catalog::ParseCodeError;
            fn try_from(_: &'a ::core::primitive::str) -> ::core::result::Result<Self, ::error_catalog::ParseCodeError> {
                #unreachable
            }
        }
    }
}

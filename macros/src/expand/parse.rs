//! `FromStr` and `TryFrom<&str>`: `from_code`, else the catch-all keeps the
//! code, else `UnknownCode`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::lower::{Lowered, RowKind};

pub fn from_str_impl(lowered: &Lowered<'_, '_>) -> TokenStream {
    let ident = lowered.ident;
    let unknown = unknown(lowered);
    quote! {
        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = ::error_catalog::UnknownCode;

            #[inline]
            fn from_str(code: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                match <Self as ::error_catalog::ErrorCatalog>::from_code(code) {
                    ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                    ::core::option::Option::None => #unknown,
                }
            }
        }
    }
}

pub fn try_from_impl(lowered: &Lowered<'_, '_>) -> TokenStream {
    let ident = lowered.ident;
    quote! {
        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for #ident {
            type Error = ::error_catalog::UnknownCode;

            fn try_from(code: &'a ::core::primitive::str) -> ::core::result::Result<Self, Self::Error> {
                <Self as ::core::str::FromStr>::from_str(code)
            }
        }
    }
}

/// What a code that `from_code` does not know parses to.
fn unknown(lowered: &Lowered<'_, '_>) -> TokenStream {
    let unknown_code = quote! {
        ::core::result::Result::Err(
            ::error_catalog::UnknownCode::new(code, <Self as ::error_catalog::ErrorCatalog>::NAME),
        )
    };
    let catch_all = lowered.rows.iter().find_map(|row| match &row.kind {
        RowKind::Other { field, .. } => Some((row, *field)),
        _ => None,
    });
    let Some((row, field)) = catch_all else {
        return unknown_code;
    };
    let keep = row.construct(
        field,
        quote!(<::error_catalog::__private::String as ::core::convert::From<
            &::core::primitive::str,
        >>::from(code)),
    );
    row.cfg
        .select(quote!(::core::result::Result::Ok(#keep)), unknown_code)
}

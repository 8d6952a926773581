//! `FromStr` and `TryFrom<&str>`: the catalog's `receive`, with a known
//! code whose variant carries data and an unknown code as
//! `ParseCodeError`. The types are written out, never `Self::Err`, which a
//! variant named `Err` would make ambiguous.

use proc_macro2::TokenStream;
use quote::quote;

use crate::lower::Lowered;

pub fn from_str_impl(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    quote! {
        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = ::error_catalog::ParseCodeError;

            #[inline]
            fn from_str(
                code: &::core::primitive::str,
            ) -> ::core::result::Result<Self, ::error_catalog::ParseCodeError> {
                ::error_catalog::__private::parse::<Self>(code)
            }
        }
    }
}

pub fn try_from_impl(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    quote! {
        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for #ident {
            type Error = ::error_catalog::ParseCodeError;

            fn try_from(
                code: &'a ::core::primitive::str,
            ) -> ::core::result::Result<Self, ::error_catalog::ParseCodeError> {
                ::error_catalog::__private::parse::<Self>(code)
            }
        }
    }
}

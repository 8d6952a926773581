//! `From<Inner>` for each transparent variant and each `#[from]` field
//! (`From<T>` of one of `Option<T>`, which it builds with `Some`),
//! behind the variant's `#[cfg]`: in the expansion and in the fallback alike.

use proc_macro2::TokenStream;
use quote::quote;

use super::tokens::construct;
use crate::lower::Lowered;

pub fn from_impls(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    lowered
        .conversions
        .iter()
        .map(|conversion| {
            let cfg = conversion.cfg.attrs();
            let ty = conversion.field.converted_type();
            let value = match conversion.field.optional_source() {
                Some(_) => quote!(::core::option::Option::Some(inner)),
                None => quote!(inner),
            };
            let construct = construct(conversion.variant, &conversion.field, value);
            quote! {
                #cfg
                #[automatically_derived]
                impl ::core::convert::From<#ty> for #ident {
                    fn from(inner: #ty) -> Self {
                        #construct
                    }
                }
            }
        })
        .collect()
}

//! `From<Inner>` for each transparent variant and each `#[from]` field,
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
            let ty = &conversion.field.original.ty;
            let construct = construct(conversion.variant, &conversion.field, quote!(inner));
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

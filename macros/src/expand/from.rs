//! `From<Inner>` for each transparent variant and each `#[from]` field,
//! behind the variant's `#[cfg]`: in the expansion and in the fallback alike.

use proc_macro2::TokenStream;
use quote::quote;

use crate::lower::{Cfg, Lowered};

pub fn from_impls(lowered: &Lowered<'_, '_>) -> TokenStream {
    let ident = lowered.ident;
    lowered
        .conversions
        .iter()
        .map(|conversion| {
            let cfg = Cfg::of(conversion.variant).attrs();
            let ty = &conversion.field.original.ty;
            let construct = conversion.variant.construct(conversion.field, quote!(inner));
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

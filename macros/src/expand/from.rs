//! `From<Inner>` for each transparent variant, behind its `#[cfg]`: in the
//! expansion and in the fallback alike.

use proc_macro2::TokenStream;
use quote::quote;

use crate::lower::Lowered;

pub fn from_impls(lowered: &Lowered<'_, '_>) -> TokenStream {
    let ident = lowered.ident;
    lowered
        .transparent()
        .map(|(row, field)| {
            let cfg = row.cfg.attrs();
            let ty = &field.original.ty;
            let construct = row.construct(field, quote!(inner));
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

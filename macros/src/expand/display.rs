//! `Display`: `CODE: symptom`, and the solution in the alternate form; a
//! transparent value displays as its inner value does. None when
//! thiserror's derive writes it.

use proc_macro2::TokenStream;
use quote::quote;

use crate::lower::Lowered;

pub fn display_impl(lowered: &Lowered<'_>) -> TokenStream {
    if !lowered.writes_std_impls() {
        return TokenStream::new();
    }
    let ident = lowered.ident;
    let arms: Vec<TokenStream> = lowered
        .transparent()
        .map(|(row, field)| {
            let pattern = row.pattern(&[&field.name]);
            let binding = &field.binding;
            quote!(#pattern => return ::core::fmt::Display::fmt(#binding, f),)
        })
        .collect();
    let transparent = (!arms.is_empty()).then(|| {
        quote! {
            match *self {
                #(#arms)*
                _ => {}
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #transparent
                ::error_catalog::__private::display(self, f)
            }
        }
    }
}

//! The serde impls and the integrations' impls, through macros of
//! `error_catalog` that expand to nothing (serde) or to an error naming the
//! feature (each integration) without its feature.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};

use crate::lower::Lowered;

/// A catalog whose own variants carry no data is named by its codes (a
/// transparent value by its inner code); every value of one with data is
/// serialized as one object shape.
pub fn serde_impls(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    let carries_data = lowered.own().any(|(row, _)| !row.fields.is_empty());
    let form = if carries_data {
        quote!(object)
    } else {
        quote!(code)
    };
    quote!(::error_catalog::__serde_impls!(#form #ident);)
}

/// The impl of each integration flag given, such as `axum`: a call of its
/// glue macro, spanned at the flag, so that an error naming the feature
/// points there.
pub fn integration_impls(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    (lowered.integrations.iter())
        .map(|(glue, span)| {
            let glue = format_ident!("{}", glue, span = *span);
            quote_spanned!(*span=> ::error_catalog::#glue!(#ident);)
        })
        .collect()
}

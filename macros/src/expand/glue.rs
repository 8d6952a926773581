//! The serde impls and the integrations' impls, through macros of
//! `error_catalog` that expand to nothing (serde) or to an error naming the
//! feature (each integration) without its feature.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};

use crate::lower::Lowered;

/// Serialize and Deserialize, whose shape `ErrorCatalog::__WITH_DATA`
/// chooses (`data_const`).
pub fn serde_impls(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    quote!(::error_catalog::__serde_impls!(#ident);)
}

/// `ErrorCatalog::__WITH_DATA`: whether a variant carries data, an own one
/// or one of an embedded catalog (then every value serializes as one
/// object shape, and none as a bare code that would drop its data).
pub fn data_const(lowered: &Lowered<'_>) -> TokenStream {
    let own = lowered.own().any(|(row, _)| !row.fields.is_empty());
    let inner = lowered.transparent().map(|(row, field)| {
        let ty = &field.original.ty;
        row.cfg.select(
            quote!(<#ty as ::error_catalog::ErrorCatalog>::__WITH_DATA),
            quote!(false),
        )
    });
    quote!(#own #(|| #inner)*)
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

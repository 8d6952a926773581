//! The serde, miette and axum impls, through macros of `error_catalog`
//! that expand to nothing (serde) or to an error naming the feature
//! (miette, axum) without its feature.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::lower::Lowered;

/// A catalog whose own variants carry no data is named by its codes (a
/// transparent value by its inner code); every value of one with data is
/// serialized as one object shape.
pub fn serde_impls(lowered: &Lowered<'_, '_>) -> TokenStream {
    let ident = lowered.ident;
    let carries_data = lowered.own().any(|(row, _)| !row.variant.fields.is_empty());
    let form = if carries_data {
        quote!(object)
    } else {
        quote!(code)
    };
    quote!(::error_catalog::__serde_impls!(#form #ident);)
}

/// `miette::Diagnostic`, for `#[error_catalog(diagnostic)]`.
pub fn diagnostic_impl(lowered: &Lowered<'_, '_>) -> TokenStream {
    let ident = lowered.ident;
    lowered.diagnostic.map_or_else(
        TokenStream::new,
        |span| quote_spanned!(span=> ::error_catalog::__diagnostic_impl!(#ident);),
    )
}

/// `axum::response::IntoResponse`, for `#[error_catalog(axum)]`.
pub fn axum_impl(lowered: &Lowered<'_, '_>) -> TokenStream {
    let ident = lowered.ident;
    lowered.axum.map_or_else(
        TokenStream::new,
        |span| quote_spanned!(span=> ::error_catalog::__axum_impl!(#ident);),
    )
}

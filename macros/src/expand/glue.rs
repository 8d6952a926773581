//! The serde and miette impls, through macros of `error_catalog` that
//! expand to nothing (serde) or to an error naming the feature (miette)
//! without its feature.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::lower::Lowered;

/// A catalog whose own variants carry no data is named by its codes; one
/// with data is serialized as an object. A transparent variant serializes
/// as its inner value does.
pub fn serde_impls(lowered: &Lowered<'_, '_>) -> TokenStream {
    let ident = lowered.ident;
    let carries_data = lowered.own().any(|(row, _)| !row.variant.fields.is_empty());
    let form = if carries_data {
        quote!(object)
    } else {
        quote!(code)
    };
    let transparent = lowered.transparent().map(|(row, field)| {
        let cfg = row.cfg.attrs();
        let variant = &row.variant.original.ident;
        let member = &field.member;
        let binding = &field.binding;
        quote!(#cfg Self::#variant { #member: ref #binding, .. } => #binding)
    });
    quote!(::error_catalog::__serde_impls!(#form #ident; #(#transparent),*);)
}

/// `miette::Diagnostic`, for `#[error_catalog(diagnostic)]`.
pub fn diagnostic_impl(lowered: &Lowered<'_, '_>) -> TokenStream {
    let ident = lowered.ident;
    lowered.diagnostic.map_or_else(
        TokenStream::new,
        |span| quote_spanned!(span=> ::error_catalog::__diagnostic_impl!(#ident);),
    )
}

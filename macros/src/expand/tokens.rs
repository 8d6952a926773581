//! Pieces every emitter writes: patterns of a row, delegation to an inner
//! catalog, `Option`s and the joining of many arms.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned as _;

use crate::ast::Field;
use crate::lower::{Row, RowKind};

impl Row<'_> {
    /// `Self::Variant { member: ref binding, .. }` behind the row's `#[cfg]`,
    /// binding only the fields named in `used`.
    pub fn pattern(&self, used: &[&str]) -> TokenStream {
        let ident = &self.variant.ident;
        let cfg = self.cfg.attrs();
        let mut bindings = self
            .fields
            .iter()
            .filter(|field| used.contains(&field.name.as_str()))
            .map(|Field { member, binding, .. }| quote!(#member: ref #binding,))
            .peekable();
        // The shortest pattern that binds nothing: thousands of them cost
        // the compiler less than as many `{ .. }`.
        let rest = match (&self.variant.fields, bindings.peek()) {
            (syn::Fields::Unit, _) => TokenStream::new(),
            (syn::Fields::Unnamed(_), None) => quote!((..)),
            _ => quote!({ #(#bindings)* .. }),
        };
        quote!(#cfg Self::#ident #rest)
    }

    /// The pattern binding `field`, and the call of `CatalogError::method`
    /// on it, spanned at the field's type: where a type that is no catalog
    /// is reported.
    pub fn inner_call(&self, field: &Field<'_>, method: TokenStream) -> (TokenStream, TokenStream) {
        let pattern = self.pattern(&[&field.name]);
        let binding = &field.binding;
        let call =
            quote_spanned!(field.original.ty.span()=> ::error_catalog::CatalogError::#method(#binding));
        (pattern, call)
    }

    /// A match arm that hands a `CatalogError` method to the inner catalog.
    pub fn delegate(&self, field: &Field<'_>, method: TokenStream) -> TokenStream {
        let (pattern, call) = self.inner_call(field, method);
        quote!(#pattern => #call,)
    }

    /// `entry`, an entry the inner catalog of this transparent row gave, as
    /// the catalog has it: its copy in the run of a `fallback` catalog, else
    /// its copy with the row's `status`, if it gives one.
    pub fn spliced(&self, entry: TokenStream) -> TokenStream {
        match self.kind {
            // Its copy in the run, which may have left out some aliases.
            RowKind::Transparent {
                fallback: true, run, ..
            } => quote!(::error_catalog::__private::in_run(
                <Self as ::error_catalog::__private::Embedded>::RUNS[#run],
                #entry,
            )),
            RowKind::Transparent {
                status: Some(_), run, ..
            } => quote!(<Self as ::error_catalog::__private::Embedded>::spliced(#run, #entry)),
            _ => entry,
        }
    }

    /// `Self::Variant { member: value }`, for a one-field variant.
    pub fn construct(&self, field: &Field<'_>, value: TokenStream) -> TokenStream {
        construct(self.variant, field, value)
    }
}

/// `Self::Variant { member: value }`, for a one-field variant.
pub fn construct(variant: &syn::Variant, field: &Field<'_>, value: TokenStream) -> TokenStream {
    let ident = &variant.ident;
    let member = &field.member;
    quote!(Self::#ident { #member: #value })
}

/// A const item that fails the build, where `span` points, with the
/// message `complaint` gives: an expression of `Option<__private::Message>`
/// that const evaluation computes. The panic is here, in the user's crate,
/// so that the compiler's note names no function of `error_catalog`.
pub fn const_check(span: proc_macro2::Span, cfg: TokenStream, complaint: TokenStream) -> TokenStream {
    quote_spanned! {span=>
        #cfg
        const _: () = if let ::core::option::Option::Some(message) = &#complaint {
            ::core::panic!("{}", message.as_str())
        };
    }
}

pub fn option<T: ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}

/// The streams one after the other, in one stream: the compiler joins them
/// in one call (interpolated one by one, each is a call), and empty ones,
/// which most rows give, cost nothing.
pub fn concat(streams: impl Iterator<Item = TokenStream>) -> TokenStream {
    streams.filter(|stream| !stream.is_empty()).collect()
}

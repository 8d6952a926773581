//! `core::error::Error`, whose `source()` is the `#[source]` or `#[from]`
//! field (the error in it, for one of `Option<E>`), or the inner catalog's
//! source. None when thiserror's derive writes it.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use crate::lower::{Lowered, Row, RowKind};
use crate::types::option_inner;

pub fn error_impl(lowered: &Lowered<'_>) -> TokenStream {
    if !lowered.writes_std_impls() {
        return TokenStream::new();
    }
    let ident = lowered.ident;
    let source = source_fn(lowered);
    quote! {
        #[automatically_derived]
        impl ::core::error::Error for #ident {
            #source
        }
    }
}

fn source_fn(lowered: &Lowered<'_>) -> TokenStream {
    let arms: Vec<TokenStream> = lowered.rows.iter().filter_map(source_arm).collect();
    if arms.is_empty() {
        return TokenStream::new();
    }
    let rest = (arms.len() < lowered.variants).then(|| quote!(_ => ::core::option::Option::None,));
    quote! {
        fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
            match *self {
                #(#arms)*
                #rest
            }
        }
    }
}

fn source_arm(row: &Row<'_>) -> Option<TokenStream> {
    if let (RowKind::Transparent { .. }, Some(field)) = (&row.kind, row.only_field()) {
        let pattern = row.pattern(&[&field.name]);
        let binding = &field.binding;
        return Some(quote!(#pattern => ::core::error::Error::source(#binding),));
    }
    let field = row.fields.get(row.source?)?;
    let pattern = row.pattern(&[field.name.as_str()]);
    let binding = &field.binding;
    // At the field's type: where a type that is no error is reported.
    let span = field.original.ty.span();
    let source = match option_inner(&field.original.ty) {
        Some(_) => quote_spanned! {span=>
            match #binding {
                ::core::option::Option::Some(source) => ::core::option::Option::Some(source.as_dyn_error()),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        },
        None => quote_spanned!(span=> ::core::option::Option::Some(#binding.as_dyn_error())),
    };
    Some(quote! {
        #pattern => {
            use ::error_catalog::AsDynError as _;
            #source
        }
    })
}

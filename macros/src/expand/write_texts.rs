//! `__private::WriteTexts`: the texts written straight into a formatter,
//! the one formatting path of `Display` and of `symptom()`/`solution()`.

use proc_macro2::TokenStream;
use quote::quote;

use super::catalog_error::text_default;
use super::format::write_text;
use super::tokens::concat;
use crate::lower::{Lowered, Row, Which};

pub fn write_texts_impl(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    let symptom = write_fn(lowered, Which::Symptom);
    let solution = write_fn(lowered, Which::Solution);
    quote! {
        #[automatically_derived]
        #[allow(unreachable_patterns)]
        impl ::error_catalog::__private::WriteTexts for #ident {
            #symptom
            #solution
        }
    }
}

fn write_fn(lowered: &Lowered<'_>, which: Which) -> TokenStream {
    let arms = concat(lowered.rows.iter().map(|row| write_arm(row, which)));
    let default = text_default(lowered, which, quote!(f.write_str));
    let method = which.write_method();
    quote! {
        fn #method(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match *self { #arms #default }
        }
    }
}

/// An arm of `write_symptom()` or `write_solution()`, which write without allocating.
fn write_arm(row: &Row<'_>, which: Which) -> TokenStream {
    let Some(text) = row.text(which) else {
        return match row.only_field() {
            Some(field) => {
                let (pattern, call) = row.inner_call(field, which.method());
                quote!(#pattern => f.write_str(&#call),)
            }
            None => TokenStream::new(),
        };
    };
    if row.text_in_entries(which) {
        return TokenStream::new();
    }
    let used: Vec<&str> = text.template.fields().collect();
    let pattern = row.pattern(&used);
    match text.template.as_plain_text() {
        Some(plain) => quote!(#pattern => f.write_str(#plain),),
        None => {
            let write = write_text(&text.template, text.span, &row.fields);
            quote!(#pattern => #write,)
        }
    }
}

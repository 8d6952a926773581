//! The code generated for a valid catalog: the enum, then one impl from
//! each emitter, every one reading the lowered rows.

mod catalog_error;
mod display;
mod doc;
pub mod embedded;
pub mod entries;
mod error;
mod error_catalog;
mod format;
pub mod from;
pub mod glue;
mod parse;
mod resolve;
pub mod tokens;
mod write_texts;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Catalog;
use crate::lower::Lowered;

/// One generated impl (or several of a kind) from the lowered catalog.
type Emitter = fn(&Lowered<'_>) -> TokenStream;

const EMITTERS: [Emitter; 12] = [
    catalog_error::catalog_error_impl,
    write_texts::write_texts_impl,
    error_catalog::error_catalog_impl,
    entries::code_index_impl,
    embedded::embedded_impl,
    display::display_impl,
    error::error_impl,
    parse::from_str_impl,
    parse::try_from_impl,
    from::from_impls,
    glue::serde_impls,
    glue::integration_impls,
];

/// The enum, documented, and every impl of a valid catalog.
pub fn generate(catalog: &Catalog<'_>, lowered: &Lowered<'_>) -> TokenStream {
    let mut item = catalog.stripped_item();
    doc::append_table(&mut item, lowered);
    doc::document_variants(&mut item, lowered);
    let deprecated = deprecate_variants(&mut item, lowered);
    let impls = EMITTERS.map(|emit| emit(lowered));
    if deprecated {
        // The impls name every variant: only the user's own uses of a
        // deprecated one warn.
        return quote!(#item #[allow(deprecated)] const _: () = { #(#impls)* };);
    }
    quote!(#item #(#impls)*)
}

/// `#[deprecated(note = ...)]` on each variant whose entry is deprecated;
/// whether there is one.
fn deprecate_variants(item: &mut syn::ItemEnum, lowered: &Lowered<'_>) -> bool {
    let notes: std::collections::HashMap<usize, &str> = (lowered.rows.iter())
        .filter_map(|row| Some((row.index, row.own()?.deprecated.as_deref()?)))
        .collect();
    for (index, variant) in item.variants.iter_mut().enumerate() {
        if let Some(note) = notes.get(&index) {
            let note = proc_macro2::Literal::string(note);
            variant.attrs.push(syn::parse_quote!(#[deprecated(note = #note)]));
        }
    }
    !notes.is_empty()
}

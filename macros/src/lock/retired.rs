//! A retired code cannot come back through an embedded catalog either.
//! The macro sees only the enum's own codes (`compare` holds those); the
//! codes of an embedded catalog are known in const evaluation alone, so at
//! each transparent variant a const check looks for the lock's retired
//! codes among the entries of the catalog it embeds: a code, an alias or a
//! family member of one, by the shared rule. It reads the inner catalog's
//! `ENTRIES`, which the check of unique codes evaluates already, rather
//! than the run of the enum's own `ENTRIES`, whose copy with the variant's
//! `status` would be built for it alone; an entry a `fallback` variant
//! leaves out has its code elsewhere, where it is found.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::file::Lock;
use crate::expand::tokens::const_check;
use crate::lower::Lowered;

/// The const checks of the transparent variants of `lowered` against the
/// retired codes of `lock`, the file shown as `shown`; none without
/// retired codes.
pub fn checks(lowered: &Lowered<'_>, lock: &Lock, shown: &str) -> TokenStream {
    if lock.retired.is_empty() {
        return TokenStream::new();
    }
    let retired = lock.retired.iter().map(|(code, note)| quote!((#code, #note)));
    let retired = quote!(&[#(#retired),*]);
    (lowered.transparent())
        .map(|(row, field)| {
            let cfg = row.cfg.attrs();
            let ty = &field.original.ty;
            let variant = &row.name;
            let span = row.variant.ident.span();
            let complaint = quote_spanned! {span=>
                ::error_catalog::__private::revived_code(
                    <#ty as ::error_catalog::ErrorCatalog>::ENTRIES,
                    #retired,
                    #shown,
                    #variant,
                )
            };
            const_check(span, cfg, complaint)
        })
        .collect()
}

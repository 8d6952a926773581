//! The `#[error_catalog]` attribute of the `error-catalog` crate.
//!
//! Use it through `error_catalog::error_catalog`, which documents every
//! option; this crate only parses, validates and expands. Each phase has its
//! own module: `attr` reads the attributes, `ast` builds the model (keeping
//! the original syntax for spans), `valid` holds the semantic rules, `expand`
//! writes the code.
#![deny(missing_docs)]

mod ast;
mod attr;
mod case;
mod doc;
mod expand;
mod table;
mod template;
mod valid;

use proc_macro::TokenStream;

/// Declares an error catalog on an enum; see the `error-catalog` crate.
#[proc_macro_attribute]
pub fn error_catalog(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::error_catalog(args.into(), input.into()).into()
}
#[cfg(test)]
mod fuzz;

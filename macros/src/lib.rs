//! The `#[error_catalog]` attribute of the `error-catalog` crate.
//!
//! Use it through `error_catalog::error_catalog`, which documents every
//! option; this crate only parses, validates and expands. The path of a
//! declaration, a module each (see ARCHITECTURE.md at the repository's
//! root): `attr` reads the attributes with its one table of keys, `ast`
//! builds the model (keeping the original syntax for spans), `valid` holds
//! every rule, `lower` types every value once into the rows that the
//! emitters, the fallback and the lock read, `lock` holds the catalog
//! against its lock file, `expand` has one emitter per generated impl, and
//! `fallback` is what a declaration with errors expands to.
#![deny(missing_docs)]

mod ast;
mod attr;
mod case;
mod expand;
mod fallback;
mod lock;
mod lower;
mod suggest;
mod table;
mod template;
#[cfg(test)]
mod tests;
mod thiserror;
mod types;
mod valid;

use darling::Error;
use proc_macro::TokenStream;

/// Declares an error catalog on an enum; see the `error-catalog` crate.
#[proc_macro_attribute]
pub fn error_catalog(args: TokenStream, input: TokenStream) -> TokenStream {
    expand_attribute(args.into(), input.into()).into()
}

/// The whole attribute on `proc_macro2` tokens, so that unit and property
/// tests can call it. Never panics: every mistake is an error in the output.
fn expand_attribute(
    args: proc_macro2::TokenStream,
    input: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    let item = match syn::parse2::<syn::Item>(input.clone()).map(valid::check_item) {
        Ok(Ok(item)) => item,
        Ok(Err((tokens, error))) => return with_errors(tokens, error),
        Err(error) => return with_errors(input, error.into()),
    };
    let mut errors = Error::accumulator();
    let catalog = ast::Catalog::from_syn(&item, args, &mut errors);
    valid::check(&catalog, &mut errors);
    let lowered = lower::Lowered::new(&catalog);
    let mut errors = errors.into_inner();
    let inputs = lock::check(catalog.lock.as_ref(), &lowered, &mut errors);
    let mut output = if errors.is_empty() {
        expand::generate(&catalog, &lowered)
    } else {
        fallback::fallback(&catalog, &lowered, Error::multiple(errors))
    };
    output.extend(inputs);
    output
}

fn with_errors(mut tokens: proc_macro2::TokenStream, error: Error) -> proc_macro2::TokenStream {
    tokens.extend(error.write_errors());
    tokens
}

//! A text written with `write!`, each placeholder an explicit named
//! argument of the call. The format string is spanned at the user's
//! literal, so that a field that cannot be shown is reported there; a
//! literal forwarded by `macro_rules!` cannot see the bindings of the
//! expansion (hygiene), but the arguments named in the call it can.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::LitStr;

use crate::ast::Field;
use crate::template::{Piece, Template};
use crate::types::is_path;

/// `write!(f, "...", ...)` of `template`, written at `span`, whose
/// placeholders name `fields` (bound by the arm's pattern).
pub fn write_text(template: &Template, span: Span, fields: &[Field<'_>]) -> TokenStream {
    let mut arguments: Vec<(String, TokenStream)> = Vec::new();
    let format = template.format_string(|name, spec| {
        let (argument, value) = argument(name, spec, fields, span);
        if !arguments.iter().any(|(seen, _)| *seen == argument) {
            arguments.push((argument.clone(), value));
        }
        argument
    });
    let format = LitStr::new(&format, span);
    let arguments = arguments.iter().map(|(name, value)| {
        let name = Ident::new(name, span);
        quote!(#name = #value)
    });
    quote!(::core::write!(f, #format, #(#arguments),*))
}

/// `write!` of the one field `field`, as its placeholder `{field:spec}` at
/// `span` shows it.
pub fn write_field(field: &Field<'_>, spec: Option<&str>, span: Span) -> TokenStream {
    let piece = Piece::Field {
        name: field.name.clone(),
        spec: spec.map(str::to_owned),
    };
    write_text(
        &Template { pieces: vec![piece] },
        span,
        std::slice::from_ref(field),
    )
}

/// The argument a placeholder of field `name` with `spec` names, and its
/// value, as thiserror shows fields: `{field:p}` is the pointer the field
/// holds (`format!("{:p}", field)`), and a `Path` or `PathBuf` shows its
/// `display()` with `{field}`.
///
/// The value is written at the text's `span` (where the compiler reports a
/// field that cannot be shown) and resolved where the binding is.
fn argument(name: &str, spec: Option<&str>, fields: &[Field<'_>], span: Span) -> (String, TokenStream) {
    // Every placeholder names a field (a rule of `valid`).
    let Some(field) = fields.iter().find(|field| field.name == name) else {
        return (format!("__ec_{name}"), quote!(()));
    };
    let mut binding = field.binding.clone();
    binding.set_span(span.resolved_at(binding.span()));
    if spec.is_some_and(|spec| spec.ends_with('p')) {
        (format!("__ecp_{name}"), quote_spanned!(span=> *#binding))
    } else if spec.is_none() && is_path(&field.original.ty) {
        (format!("__ecd_{name}"), quote_spanned!(span=> #binding.display()))
    } else {
        (format!("__ec_{name}"), quote!(#binding))
    }
}

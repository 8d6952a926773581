//! The rustdoc the attribute adds: the catalog as a table on the enum, and
//! each variant documented (when the user did not) and searchable by its code.

use proc_macro2::Literal;
use quote::ToTokens;
use syn::ItemEnum;

use crate::ast::Code;
use crate::lower::{Lowered, RowKind};

/// Appends the catalog to the enum's rustdoc as a Markdown table.
pub fn append_table(item: &mut ItemEnum, lowered: &Lowered<'_, '_>) {
    let mut lines = vec![
        String::new(),
        format!("# Catalog `{}`", escape_markdown(lowered.name)),
        String::new(),
        "| Code | Symptom | Solution |".to_owned(),
        "| --- | --- | --- |".to_owned(),
    ];
    for row in &lowered.rows {
        let only_with = row
            .cfg
            .describe()
            .map(|cfgs| format!(" (only with `{cfgs}`)"))
            .unwrap_or_default();
        lines.push(match &row.kind {
            RowKind::Entry { entry, .. } => format!(
                "| `{}`{only_with} | {} | {} |",
                entry.code.value,
                escape_markdown(&entry.symptom.value),
                escape_markdown(&entry.solution.value)
            ),
            RowKind::Transparent { field } => format!(
                "| every code of `{}`{only_with} | as that catalog says | as that catalog says |",
                type_name(&field.original.ty)
            ),
            RowKind::Other { other, .. } => format!(
                "| any other code{only_with} | {} | {} |",
                escape_markdown(&other.symptom.value),
                escape_markdown(&other.solution.value)
            ),
        });
    }
    let template: syn::Attribute = syn::parse_quote!(#[doc = ""]);
    item.attrs.push(doc_attr(&template, &lines.join("\n")));
}

/// A type as a person writes it: `error_catalog::ons::OnsError`.
fn type_name(ty: &syn::Type) -> String {
    ty.to_token_stream().to_string().replace(' ', "")
}

/// Makes each variant findable by its code in rustdoc search, and documents
/// the variants the user left undocumented with their entry.
pub fn document_variants(item: &mut ItemEnum, lowered: &Lowered<'_, '_>) {
    // Attributes to copy: cloning them is far cheaper than parsing new ones,
    // which counts at ten thousand variants.
    let doc: syn::Attribute = syn::parse_quote!(#[doc = ""]);
    let alias_template: syn::Attribute = syn::parse_quote!(#[doc(alias = "")]);
    let mut variants = item.variants.iter_mut().enumerate();
    for row in &lowered.rows {
        let Some((_, variant)) = variants.find(|(index, _)| *index == row.index) else {
            continue;
        };
        let documented = variant.attrs.iter().any(|a| a.path().is_ident("doc"));
        let lines = match &row.kind {
            RowKind::Entry { entry, .. } => {
                variant
                    .attrs
                    .extend(alias_attr(&alias_template, &entry.code, &row.variant.name));
                [
                    format!(
                        "`{}`: {}",
                        entry.code.value,
                        escape_markdown(&entry.symptom.value)
                    ),
                    format!("Solution: {}", escape_markdown(&entry.solution.value)),
                ]
            }
            RowKind::Transparent { field } => [
                format!("Every code of `{}`.", type_name(&field.original.ty)),
                "Code, texts, status and source are the inner value's.".to_owned(),
            ],
            RowKind::Other { other, .. } => [
                format!("Any other code: {}", escape_markdown(&other.symptom.value)),
                format!("Solution: {}", escape_markdown(&other.solution.value)),
            ],
        };
        if !documented {
            let [summary, details] = lines;
            variant
                .attrs
                .push(doc_attr(&doc, &format!("{summary}\n\n{details}")));
        }
    }
}

/// Text for a rustdoc table cell: no column breaks, no HTML, no links.
fn escape_markdown(text: &str) -> String {
    // Most texts need nothing: a byte search for each character that does.
    if !crate::template::contains_any(text, b"|[]*_`\\<>&\n\r") {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' | '[' | ']' | '*' | '_' | '`' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `#[doc(alias = "code")]`, from a template `#[doc(alias = "")]`, when
/// rustdoc takes the code as an alias of the variant named `variant`: not
/// its own name, no spaces, quotes or other characters it rejects.
fn alias_attr(template: &syn::Attribute, code: &Code, variant: &str) -> Option<syn::Attribute> {
    if code.value == variant || !is_alias_safe(&code.value) {
        return None;
    }
    let mut alias = template.clone();
    if let syn::Meta::List(list) = &mut alias.meta {
        let code = code.literal();
        list.tokens = quote::quote!(alias = #code);
    }
    Some(alias)
}

/// Whether rustdoc takes `code` as a search alias: no spaces, quotes or
/// other characters it rejects.
fn is_alias_safe(code: &str) -> bool {
    !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | ':' | '/'))
}

/// `#[doc = "text"]`, from a template `#[doc = ""]`.
fn doc_attr(template: &syn::Attribute, text: &str) -> syn::Attribute {
    let mut attr = template.clone();
    if let syn::Meta::NameValue(name_value) = &mut attr.meta {
        // A bare literal token: a `LitStr` would parse the text back. The
        // compiler escapes it (optimized code, where the macro may not be).
        name_value.value = syn::Expr::Verbatim(Literal::string(text).into_token_stream());
    }
    attr
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_escaped_only_where_needed() {
        assert_eq!(
            escape_markdown("The topic is missing, é."),
            "The topic is missing, é."
        );
        assert_eq!(
            escape_markdown("a|b_c *d* `e` [f](g) \\ <h> & i\nj\rk"),
            "a\\|b\\_c \\*d\\* \\`e\\` \\[f\\](g) \\\\ &lt;h&gt; &amp; i j k"
        );
    }
}

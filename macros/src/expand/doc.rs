//! The rustdoc the attribute adds: the catalog as a table on the enum, and
//! each variant documented (when the user did not) and searchable by its code.

use proc_macro2::Literal;
use quote::ToTokens;
use syn::ItemEnum;

use error_catalog_shared::{CodeSpan, Columns, Escaped, Row as TableRow, Subject};

use crate::lower::{Lowered, OwnEntry, Row, RowKind};

/// Appends the catalog to the enum's rustdoc as a Markdown table, written
/// by the one writer of `error_catalog_shared` (as `render::markdown`
/// writes it), with `Status` and `More` (url) columns when some entry has
/// them, and rows for embedded catalogs and the catch-all.
pub fn append_table(item: &mut ItemEnum, lowered: &Lowered<'_>) {
    let columns = Columns {
        status: lowered.rows.iter().any(|row| row.status().is_some()),
        more: lowered.own().any(|(_, entry)| entry.url.is_some()),
    };
    let mut table = format!("\n# Catalog {}\n\n", CodeSpan(&lowered.name));
    // Writing into a `String` cannot fail.
    let _ = columns.write_head(&mut table);
    for row in &lowered.rows {
        let _ = write_row(columns, row, &mut table);
    }
    let template: syn::Attribute = syn::parse_quote!(#[doc = ""]);
    item.attrs.push(doc_attr(&template, table.trim_end()));
}

/// The table's line of `row`.
fn write_row(columns: Columns, row: &Row<'_>, out: &mut String) -> std::fmt::Result {
    let only_with = row.cfg.describe();
    let only_with: Vec<&str> = only_with.iter().map(String::as_str).collect();
    let aliases: Vec<&str>;
    let ty: String;
    let mut line = match (&row.kind, row.texts()) {
        (RowKind::Entry(entry), _) => {
            aliases = entry.aliases.iter().map(String::as_str).collect();
            let texts = &entry.texts;
            let mut line = TableRow::entry(&entry.code, &texts.symptom.value, &texts.solution.value);
            line.subject = Subject::Code {
                code: &entry.code,
                aliases: &aliases,
                deprecated: entry.deprecated.as_deref(),
            };
            line.url = entry.url.as_deref();
            line
        }
        (RowKind::Other { .. }, Some(texts)) => TableRow::other(&texts.symptom.value, &texts.solution.value),
        _ => {
            ty = row
                .only_field()
                .map_or_else(String::new, |field| type_name(&field.original.ty));
            TableRow::embedded(&ty, row.is_fallback())
        }
    };
    line.only_with = &only_with;
    line.status = row.status();
    columns.write_row(&line, out)
}

/// A type as a person writes it: `error_catalog::ons::OnsError`.
fn type_name(ty: &syn::Type) -> String {
    ty.to_token_stream().to_string().replace(' ', "")
}

/// Makes each variant findable by its code in rustdoc search, and documents
/// the variants the user left undocumented with their entry.
pub fn document_variants(item: &mut ItemEnum, lowered: &Lowered<'_>) {
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
        let lines = match (&row.kind, row.texts()) {
            (RowKind::Entry(entry), _) => {
                variant
                    .attrs
                    .extend(alias_attr(&alias_template, entry, &row.name));
                [
                    format!(
                        "{}: {}",
                        CodeSpan(&entry.code),
                        Escaped(&entry.texts.symptom.value)
                    ),
                    format!("Solution: {}", Escaped(&entry.texts.solution.value)),
                ]
            }
            (RowKind::Other { .. }, Some(texts)) => [
                format!("Any other code: {}", Escaped(&texts.symptom.value)),
                format!("Solution: {}", Escaped(&texts.solution.value)),
            ],
            _ => transparent_lines(row),
        };
        if !documented {
            let [summary, details] = lines;
            variant
                .attrs
                .push(doc_attr(&doc, &format!("{summary}\n\n{details}")));
        }
    }
}

/// The summary and the details of a transparent variant's rustdoc.
fn transparent_lines(row: &Row<'_>) -> [String; 2] {
    let ty = row
        .only_field()
        .map_or_else(String::new, |field| type_name(&field.original.ty));
    let unless = if row.is_fallback() {
        " that no other entry has"
    } else {
        ""
    };
    let details = match row.status() {
        Some(status) => {
            format!("Code, texts and source are the inner value's; the status too, else {status}.")
        }
        None => "Code, texts, status and source are the inner value's.".to_owned(),
    };
    [format!("Every code of {}{unless}.", CodeSpan(&ty)), details]
}

/// `#[doc(alias = "code")]`, from a template `#[doc(alias = "")]`, when
/// rustdoc takes the code as an alias of the variant named `variant`: not
/// its own name, no spaces, quotes or other characters it rejects.
fn alias_attr(template: &syn::Attribute, entry: &OwnEntry, variant: &str) -> Option<syn::Attribute> {
    if entry.code == variant || !is_alias_safe(&entry.code) {
        return None;
    }
    let mut alias = template.clone();
    if let syn::Meta::List(list) = &mut alias.meta {
        let code = &entry.code_token;
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

    /// The rustdoc table of the catalog declared by `variants`, one line a row.
    fn table(args: &str, variants: &str) -> Vec<String> {
        let input: proc_macro2::TokenStream = format!("enum E {{ {variants} }}").parse().expect("lexes");
        let output = crate::expand_attribute(args.parse().expect("lexes"), input);
        let file: syn::File = syn::parse2(output).expect("the expansion parses");
        let Some(syn::Item::Enum(item)) = file.items.first() else {
            panic!("the enum comes first");
        };
        let doc = item.attrs.iter().find_map(|attr| match &attr.meta {
            syn::Meta::NameValue(doc) if attr.path().is_ident("doc") => Some(
                syn::parse2::<syn::LitStr>(doc.value.to_token_stream())
                    .expect("a string")
                    .value(),
            ),
            _ => None,
        });
        let doc = doc.expect("the table");
        doc.lines()
            .filter(|line| line.starts_with('|'))
            .skip(2)
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn codes_and_texts_keep_the_table_whole() {
        let rows = table(
            r#"code_style = "any""#,
            r#"
                #[entry(code = "a|b", symptom = "x | y", solution = "`z`")] A,
                #[entry(code = "c`d", symptom = "s", solution = "t")] #[cfg(feature = "p|q")] C,
            "#,
        );
        assert_eq!(rows[0], r"| a\|b | x \| y | \`z\` |");
        assert_eq!(
            rows[1],
            r#"| c\`d (only with `cfg (feature = "p\|q")`) | s | t |"#
        );
        for row in rows {
            let columns = row
                .match_indices('|')
                .filter(|(at, _)| !row[..*at].ends_with('\\'));
            assert_eq!(columns.count(), 4, "{row}");
        }
    }
}

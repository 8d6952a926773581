//! The rustdoc the attribute adds: the catalog as a table on the enum, and
//! each variant documented (when the user did not) and searchable by its code.

use proc_macro2::Literal;
use quote::ToTokens;
use syn::ItemEnum;

use crate::lower::{Cfg, Lowered, OwnEntry, Row, RowKind};

/// Appends the catalog to the enum's rustdoc as a Markdown table, with
/// `Status` and `More` (url) columns when some entry has them.
pub fn append_table(item: &mut ItemEnum, lowered: &Lowered<'_>) {
    let status = lowered.rows.iter().any(|row| row.status().is_some());
    let more = lowered.own().any(|(_, entry)| entry.url.is_some());
    let mut head = "| Code | Symptom | Solution |".to_owned();
    let mut rule = "| --- | --- | --- |".to_owned();
    for (shown, name) in [(status, " Status |"), (more, " More |")] {
        if shown {
            head.push_str(name);
            rule.push_str(" --- |");
        }
    }
    let mut lines = vec![
        String::new(),
        format!("# Catalog {}", code_span(&lowered.name)),
        String::new(),
        head,
        rule,
    ];
    for row in &lowered.rows {
        let mut line = row_cells(row);
        if status {
            line.push_str(&format!(
                " {} |",
                row.status().map_or_else(String::new, |s| s.to_string())
            ));
        }
        if more {
            let url = row.own().and_then(|entry| entry.url.as_deref());
            line.push_str(&format!(" {} |", url.map_or_else(String::new, escape_markdown)));
        }
        lines.push(line);
    }
    let template: syn::Attribute = syn::parse_quote!(#[doc = ""]);
    item.attrs.push(doc_attr(&template, &lines.join("\n")));
}

/// The code, symptom and solution cells of a row.
fn row_cells(row: &Row<'_>) -> String {
    let only_with = only_with(&row.cfg);
    match (&row.kind, row.texts()) {
        (RowKind::Entry(entry), _) => format!(
            "| {}{}{only_with} | {} | {} |",
            cell_code(&entry.code),
            code_notes(entry),
            escape_markdown(&entry.texts.symptom.value),
            escape_markdown(&entry.texts.solution.value)
        ),
        (RowKind::Other { .. }, Some(texts)) => format!(
            "| any other code{only_with} | {} | {} |",
            escape_markdown(&texts.symptom.value),
            escape_markdown(&texts.solution.value)
        ),
        _ => format!(
            "| every code of {}{}{only_with} | as that catalog says | as that catalog says |",
            cell_code(
                &row.only_field()
                    .map_or_else(String::new, |field| type_name(&field.original.ty))
            ),
            if row.is_fallback() {
                " that no other entry has"
            } else {
                ""
            }
        ),
    }
}

/// After an entry's code: its aliases, and its deprecation note.
fn code_notes(entry: &OwnEntry) -> String {
    let mut notes = String::new();
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry.aliases.iter().map(|alias| cell_code(alias)).collect();
        notes.push_str(&format!(" (also {})", aliases.join(", ")));
    }
    if let Some(note) = &entry.deprecated {
        notes.push_str(&format!(" (**deprecated**: {})", escape_markdown(note)));
    }
    notes
}

/// ` (only with `cfg(...)`)` after a row's code, when the row has `#[cfg]`s.
fn only_with(cfg: &Cfg<'_>) -> String {
    if cfg.is_always() {
        return String::new();
    }
    let cfgs: Vec<String> = cfg.describe().iter().map(|cfg| cell_code(cfg)).collect();
    format!(" (only with {})", cfgs.join(", "))
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
                        code_span(&entry.code),
                        escape_markdown(&entry.texts.symptom.value)
                    ),
                    format!("Solution: {}", escape_markdown(&entry.texts.solution.value)),
                ]
            }
            (RowKind::Other { .. }, Some(texts)) => [
                format!("Any other code: {}", escape_markdown(&texts.symptom.value)),
                format!("Solution: {}", escape_markdown(&texts.solution.value)),
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
    [format!("Every code of `{ty}`{unless}."), details]
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

/// `text` as a Markdown code span: in more backticks than any run of them
/// in it, and inside a space each side (which CommonMark strips) when it
/// starts or ends with a backtick or with spaces at both ends. Backslashes
/// escape nothing inside, so nothing else is escaped; a line break would end
/// a heading, and is a space in a code span anyway.
fn code_span(text: &str) -> String {
    let mut text = std::borrow::Cow::Borrowed(text);
    if crate::template::contains_any(&text, b"\n\r") {
        text = text.replace(['\n', '\r'], " ").into();
    }
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let padded =
        text.starts_with('`') || text.ends_with('`') || (text.starts_with(' ') && text.ends_with(' '));
    let pad = if padded { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// `text` as a code span in a table cell, where a `|` would end the cell even
/// inside the span, unless it is escaped (GitHub-flavoured Markdown).
fn cell_code(text: &str) -> String {
    code_span(text).replace('|', "\\|")
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

    #[test]
    fn code_spans_hold_any_code() {
        assert_eq!(code_span("BIZ_TOPIC_NOT_FOUND"), "`BIZ_TOPIC_NOT_FOUND`");
        assert_eq!(code_span("a|b"), "`a|b`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("a``b`"), "``` a``b` ```");
        assert_eq!(code_span("`a"), "`` `a ``");
        assert_eq!(code_span(" a "), "`  a  `");
        assert_eq!(code_span("a\nb"), "`a b`");
        assert_eq!(cell_code("a|b`c"), "``a\\|b`c``");
        assert_eq!(cell_code("a\\|b"), "`a\\\\|b`");
    }

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
        assert_eq!(rows[0], r"| `a\|b` | x \| y | \`z\` |");
        assert!(
            rows[1].starts_with("| ``c`d`` (only with `cfg") && rows[1].ends_with(r#""p\|q")`) | s | t |"#)
        );
        for row in rows {
            let columns = row
                .match_indices('|')
                .filter(|(at, _)| !row[..*at].ends_with('\\'));
            assert_eq!(columns.count(), 4, "{row}");
        }
    }

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

//! The semantic rules of a catalog, one `check_*` function per rule. Each
//! pushes its errors into the accumulator, so one build reports them all.

use std::collections::HashMap;

use darling::{Error, error::Accumulator};
use syn::{LitInt, LitStr};

use crate::ast::{Catalog, EntryData, Kind, Text, Variant, error_at};
use crate::case::is_screaming_snake;

pub fn check(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    check_not_generic(catalog, errors);
    check_name(catalog, errors);
    check_prefix(catalog, errors);
    if let Some(status) = &catalog.status {
        check_status(status, errors);
    }
    check_codes_unique(catalog, errors);
    check_one_catch_all(catalog, errors);
    for variant in &catalog.variants {
        match &variant.kind {
            Some(Kind::Entry(entry)) => {
                check_code_style(entry, errors);
                check_texts(variant, [&entry.symptom, &entry.solution], errors);
                if let Some(status) = &entry.status {
                    check_status(status, errors);
                }
                if let Some(url) = &entry.url {
                    check_url(url, errors);
                }
            }
            Some(Kind::Other(other)) => {
                check_texts(variant, [&other.symptom, &other.solution], errors);
                if let Some(status) = &other.status {
                    check_status(status, errors);
                }
            }
            Some(Kind::Transparent) | None => {}
        }
    }
}

fn check_texts(variant: &Variant<'_>, texts: [&Text; 2], errors: &mut Accumulator) {
    for text in texts {
        check_text_trimmed(text, errors);
        check_placeholders(variant, text, errors);
    }
}

/// At most one variant keeps unknown codes.
fn check_one_catch_all(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    let mut catch_alls = catalog
        .variants
        .iter()
        .filter_map(|variant| Some((variant, variant.other()?)));
    let Some((first, _)) = catch_alls.next() else {
        return;
    };
    for (_, extra) in catch_alls {
        errors.push(error_at(
            extra.span,
            format_args!(
                "a catalog has at most one catch-all `#[entry(other, ...)]`; `{}` is already one",
                first.original.ident
            ),
        ));
    }
}

/// Entries are `'static` tables shared by every value, so the enum cannot be generic.
fn check_not_generic(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    let generics = &catalog.original.generics;
    if !generics.params.is_empty() || generics.where_clause.is_some() {
        errors.push(
            Error::custom(
                "`#[error_catalog]` does not support generic enums: a catalog is one `'static` table; \
                 put the generic data in a field of a concrete type",
            )
            .with_span(generics),
        );
    }
}

/// The catalog's name is shown to people; it cannot be blank.
fn check_name(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    if let Some(name) = &catalog.name_lit
        && catalog.name.trim().is_empty()
    {
        errors.push(
            Error::custom("`name` is empty; name the catalog, e.g. `name = \"billing\"`").with_span(name),
        );
    }
}

/// A prefix is the start of SCREAMING_SNAKE_CASE codes.
fn check_prefix(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    let Some(prefix) = &catalog.prefix else {
        return;
    };
    let value = prefix.value();
    let valid = value.starts_with(|c: char| c.is_ascii_uppercase())
        && !value.contains("__")
        && value
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    if !valid {
        errors.push(
            Error::custom(format_args!(
                "prefix `{value}` does not start SCREAMING_SNAKE_CASE codes; prefixes look like `BILLING_`"
            ))
            .with_span(prefix),
        );
    }
}

/// An HTTP status is an integer in 100..=599.
fn check_status(status: &LitInt, errors: &mut Accumulator) {
    match status.base10_parse::<u16>() {
        Ok(100..=599) => {}
        _ => errors.push(
            Error::custom(format_args!(
                "`status = {status}` is not an HTTP status; expected an integer in 100..=599"
            ))
            .with_span(status),
        ),
    }
}

/// Codes are unique within a catalog; the second place is the error, and the
/// first place is shown too.
fn check_codes_unique(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    let mut seen: HashMap<&str, &Variant<'_>> = HashMap::with_capacity(catalog.variants.len());
    for variant in &catalog.variants {
        let Some(entry) = variant.entry() else {
            continue;
        };
        let code = entry.code.value.as_str();
        match seen.get(code) {
            None => {
                seen.insert(code, variant);
            }
            Some(first) => {
                let how = if entry.code.explicit {
                    ""
                } else {
                    " (derived from the variant's name)"
                };
                errors.push(error_at(
                    entry.code.span,
                    format_args!(
                        "duplicate code `{code}`{how}: variant `{}` already has it; codes are unique within a catalog",
                        first.original.ident
                    ),
                ));
                if let Some(first_entry) = first.entry() {
                    errors.push(error_at(
                        first_entry.code.span,
                        format_args!(
                            "the code `{code}` is first declared here, by `{}`",
                            first.original.ident
                        ),
                    ));
                }
            }
        }
    }
}

/// Codes are SCREAMING_SNAKE_CASE, like `BIZ_TOPIC_NOT_FOUND`.
fn check_code_style(entry: &EntryData, errors: &mut Accumulator) {
    let code = &entry.code;
    if code.value.is_empty() {
        errors.push(error_at(
            code.span,
            "empty `code`; codes look like `BIZ_TOPIC_NOT_FOUND`",
        ));
    } else if !is_screaming_snake(&code.value) {
        let message = if code.explicit {
            format!(
                "code `{}` is not SCREAMING_SNAKE_CASE; codes look like `BIZ_TOPIC_NOT_FOUND`",
                code.value
            )
        } else {
            format!(
                "the code `{}` derived from this variant's name is not SCREAMING_SNAKE_CASE; \
                 give the entry an explicit `code = \"...\"` (codes look like `BIZ_TOPIC_NOT_FOUND`)",
                code.value
            )
        };
        errors.push(error_at(code.span, message));
    }
}

/// Texts say something, and say it without stray whitespace around it.
fn check_text_trimmed(text: &Text, errors: &mut Accumulator) {
    if text.value.trim().is_empty() {
        errors.push(
            Error::custom("empty text; say what went wrong, or what to do about it").with_span(&text.lit),
        );
    } else if text.value.trim() != text.value {
        errors.push(Error::custom("text starts or ends with whitespace; trim it").with_span(&text.lit));
    }
}

/// Every placeholder names a field of its own variant.
fn check_placeholders(variant: &Variant<'_>, text: &Text, errors: &mut Accumulator) {
    let template = &text.template;
    for name in template.fields() {
        if variant.fields.iter().any(|field| field.name == name) {
            continue;
        }
        let ident = &variant.original.ident;
        let fields: Vec<String> = variant.fields.iter().map(|f| format!("`{}`", f.name)).collect();
        let help = match &variant.original.fields {
            syn::Fields::Unit => format!("`{ident}` has no fields"),
            syn::Fields::Unnamed(_) => format!("the fields of `{ident}` are {}", fields.join(", ")),
            syn::Fields::Named(_) => {
                let nearest = variant
                    .fields
                    .iter()
                    .map(|f| (edit_distance(&f.name, name), &f.name))
                    .filter(|(distance, _)| *distance <= 2)
                    .min();
                match nearest {
                    Some((_, field)) => format!("did you mean `{{{field}}}`?"),
                    None => format!("the fields of `{ident}` are {}", fields.join(", ")),
                }
            }
        };
        errors.push(
            Error::custom(format_args!("`{{{name}}}` names no field of `{ident}`; {help}"))
                .with_span(&text.lit),
        );
    }
}

/// A `url` is an absolute `http://` or `https://` address.
fn check_url(url: &LitStr, errors: &mut Accumulator) {
    let value = url.value();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let valid = rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && !value.chars().any(char::is_whitespace)
    });
    if !valid {
        errors.push(
            Error::custom(format_args!(
                "`url = \"{value}\"` is not an absolute http(s) address; expected e.g. `url = \"https://example.com/errors#quota\"`"
            ))
            .with_span(url),
        );
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

//! The semantic rules of a catalog, one `check_*` function per rule. Each
//! pushes its errors into the accumulator, so one build reports them all.

use std::collections::HashMap;

use darling::{Error, error::Accumulator};
use syn::{LitInt, LitStr};

use crate::ast::{Catalog, EntryData, Kind, Text, Variant, error_at};
use crate::attr::CodeStyle;
use crate::attr::{list, nearest};
use crate::case::{derived_code, is_screaming_snake};

pub fn check(catalog: &Catalog<'_>, errors: &mut Accumulator) {
    check_not_generic(catalog, errors);
    check_name(catalog, errors);
    let prefix_ok = check_prefix(catalog, errors);
    if let Some(status) = &catalog.status {
        check_status(status, errors);
    }
    check_codes_unique(catalog, errors);
    check_one_catch_all(catalog, errors);
    for variant in &catalog.variants {
        match &variant.kind {
            Some(Kind::Entry(entry)) => {
                // A bad prefix is reported once, not again for every code derived from it.
                if prefix_ok || entry.code.explicit() {
                    check_code_style(catalog.code_style, entry, errors);
                }
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
    let message = "`#[error_catalog]` does not support generic enums: a catalog is one `'static` table; \
                   put the generic data in a field of a concrete type, such as `Box<dyn Error + Send + Sync>`";
    if let Some(param) = generics.params.first() {
        errors.push(Error::custom(message).with_span(param));
    } else if let Some(where_clause) = &generics.where_clause {
        errors.push(Error::custom(message).with_span(where_clause));
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

/// A prefix is the start of a code of the catalog's style. Says whether it is.
fn check_prefix(catalog: &Catalog<'_>, errors: &mut Accumulator) -> bool {
    let Some(prefix) = &catalog.prefix else {
        return true;
    };
    let value = prefix.value();
    let (valid, example) = match catalog.code_style {
        CodeStyle::ScreamingSnake => (
            value.starts_with(|c: char| c.is_ascii_uppercase())
                && !value.contains("__")
                && value
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
            "BILLING_",
        ),
        CodeStyle::DottedPascal => (
            value.is_empty() || (value.ends_with('.') && is_dotted_pascal(&value[..value.len() - 1])),
            "InvalidParameter.",
        ),
        CodeStyle::Any => (
            !value.is_empty() && !value.chars().any(char::is_whitespace),
            "BILLING_",
        ),
    };
    if !valid {
        errors.push(
            Error::custom(format_args!(
                "prefix `{value}` does not start {} codes; prefixes look like `{example}`",
                catalog.code_style.spelling()
            ))
            .with_span(prefix),
        );
    }
    valid
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
                let how = if entry.code.explicit() {
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
                    let how = if first_entry.code.explicit() {
                        "declared"
                    } else {
                        "derived"
                    };
                    errors.push(error_at(
                        first_entry.code.span,
                        format_args!(
                            "the code `{code}` is first {how} here, by `{}`",
                            first.original.ident
                        ),
                    ));
                }
            }
        }
    }
}

/// Codes follow the catalog's style: SCREAMING_SNAKE_CASE, like
/// `BIZ_TOPIC_NOT_FOUND`, unless the enum chose another.
fn check_code_style(style: CodeStyle, entry: &EntryData, errors: &mut Accumulator) {
    let code = &entry.code;
    let example = style.example();
    if code.value.is_empty() {
        errors.push(error_at(
            code.span,
            format_args!("empty `code`; codes look like `{example}`"),
        ));
        return;
    }
    let valid = match style {
        CodeStyle::ScreamingSnake => is_screaming_snake(&code.value),
        CodeStyle::DottedPascal => is_dotted_pascal(&code.value),
        CodeStyle::Any => !code.value.chars().any(|c| c.is_whitespace() || c.is_control()),
    };
    if valid {
        return;
    }
    let spelling = style.spelling();
    let other_styles = "or choose another `code_style` on the enum";
    let message = if code.explicit() {
        let suggestion = derived_code("", &code.value.replace(['-', ' ', '.'], "_"));
        let hint = match style {
            CodeStyle::ScreamingSnake if is_screaming_snake(&suggestion) => {
                format!("did you mean `{suggestion}`? Codes")
            }
            _ => "codes".to_owned(),
        };
        format!(
            "code `{}` is not {spelling}; {hint} look like `{example}`, {other_styles}",
            code.value
        )
    } else {
        format!(
            "the code `{}` derived from this variant's name is not {spelling}; give the entry \
             an explicit `code = \"...\"` (codes look like `{example}`), {other_styles}",
            code.value
        )
    };
    errors.push(error_at(code.span, message));
}

/// `InvalidParameter.TopicName`: words of letters and digits, each starting
/// with a capital, joined by single dots.
fn is_dotted_pascal(code: &str) -> bool {
    code.split('.').all(|word| {
        word.starts_with(|c: char| c.is_ascii_uppercase()) && word.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// Texts say something, and say it without stray whitespace around it.
fn check_text_trimmed(text: &Text, errors: &mut Accumulator) {
    if text.value.trim().is_empty() {
        let meaning = match text.key {
            "symptom" => "say what went wrong and why",
            _ => "say what to do about it",
        };
        errors.push(Error::custom(format_args!("`{}` is empty; {meaning}", text.key)).with_span(&text.lit));
    } else if text.value.trim() != text.value {
        errors.push(
            Error::custom(format_args!(
                "`{}` starts or ends with whitespace; trim it",
                text.key
            ))
            .with_span(&text.lit),
        );
    }
}

/// Every placeholder names a field of its own variant.
fn check_placeholders(variant: &Variant<'_>, text: &Text, errors: &mut Accumulator) {
    let ident = &variant.original.ident;
    let names: Vec<&str> = variant.fields.iter().map(|f| f.name.as_str()).collect();
    for name in text.template.fields() {
        if names.contains(&name) {
            continue;
        }
        let placeholders = list(names.iter().map(|name| format!("{{{name}}}")), "and");
        let help = match (names.len(), nearest(name, &names)) {
            (0, _) => format!(
                "`{ident}` has no fields, so its texts have no placeholders (write `{{{{` and `}}}}` for literal braces)"
            ),
            (_, Some(near)) if !matches!(variant.original.fields, syn::Fields::Unnamed(_)) => {
                format!("did you mean `{{{near}}}`?")
            }
            (1, _) => format!("its one field is {placeholders}"),
            _ => format!("its fields are {placeholders}"),
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

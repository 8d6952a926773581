//! The rules of `valid`, one test each, named after the rule: each feeds
//! the rule one declaration that breaks it and one that keeps it.

use darling::Error;
use proc_macro2::TokenStream;

use crate::ast::Catalog;
use crate::valid;

/// The messages of `check` for the enum `source` under `#[error_catalog(args)]`.
fn messages(args: &str, source: &str) -> Vec<String> {
    let item: syn::ItemEnum = syn::parse_str(source).expect("an enum");
    let args: TokenStream = args.parse().expect("lexes");
    let mut errors = Error::accumulator();
    let catalog = Catalog::from_syn(&item, args, &mut errors);
    valid::check(&catalog, &mut errors);
    errors.into_inner().iter().map(ToString::to_string).collect()
}

/// Asserts that `bad` breaks the rule with a message containing `expected`
/// (and nothing else), and that `good` keeps every rule.
fn rule(args: &str, bad: &str, good: &str, expected: &str) {
    let found = messages(args, bad);
    assert!(
        found.len() == 1 && found[0].contains(expected),
        "`{bad}`: expected one message with {expected:?}, got {found:?}"
    );
    assert_eq!(messages(args, good), Vec::<String>::new(), "`{good}`");
}

const ENTRY: &str = r#"#[entry(symptom = "s", solution = "t")]"#;

#[test]
fn only_enums_take_the_attribute() {
    let item: syn::Item = syn::parse_str("struct S;").unwrap();
    let (_, error) = valid::check_item(item).expect_err("a struct is refused");
    assert!(
        error
            .to_string()
            .contains("applies to enums only, not to a struct")
    );
    let item: syn::Item = syn::parse_str("enum E {}").unwrap();
    assert!(valid::check_item(item).is_ok());
}

#[test]
fn a_catalog_is_not_generic() {
    rule(
        "",
        &format!("enum E<T> {{ {ENTRY} A }}"),
        &format!("enum E {{ {ENTRY} A }}"),
        "does not support generic enums",
    );
    let found = messages("", &format!("enum E where u8: Copy {{ {ENTRY} A }}"));
    assert!(found[0].contains("does not support generic enums"));
}

#[test]
fn a_name_is_not_blank() {
    let source = format!("enum E {{ {ENTRY} A }}");
    let found = messages(r#"name = " ""#, &source);
    assert!(
        found.len() == 1 && found[0].contains("`name` is empty"),
        "{found:?}"
    );
    assert!(messages(r#"name = "shop""#, &source).is_empty());
}

#[test]
fn a_prefix_starts_codes_of_the_style() {
    let source = format!("enum E {{ {ENTRY} A }}");
    let found = messages(r#"prefix = "shop-""#, &source);
    assert!(
        found.len() == 1 && found[0].contains("prefix `shop-` does not start SCREAMING_SNAKE_CASE codes"),
        "{found:?}"
    );
    let found = messages(r#"code_style = "Dotted.PascalCase", prefix = "Shop""#, &source);
    assert!(
        found.len() == 1 && found[0].contains("prefixes look like `InvalidParameter.`"),
        "{found:?}"
    );
    assert!(messages(r#"prefix = "SHOP_""#, &source).is_empty());
}

#[test]
fn a_status_is_an_http_status() {
    rule(
        "",
        r#"enum E { #[entry(symptom = "s", solution = "t", status = 600)] A }"#,
        r#"enum E { #[entry(symptom = "s", solution = "t", status = 599)] A }"#,
        "`status = 600` is not an HTTP status; expected an integer in 100..=599",
    );
    let found = messages("status = 99", &format!("enum E {{ {ENTRY} A }}"));
    assert!(
        found.len() == 1 && found[0].contains("`status = 99`"),
        "{found:?}"
    );
}

#[test]
fn codes_are_unique() {
    let found = messages(
        "",
        &format!(r#"enum E {{ {ENTRY} AB, #[entry(code = "AB", symptom = "s", solution = "t")] Other }}"#),
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("duplicate code `AB`: variant `AB` already has it"));
    assert!(found[1].contains("the code `AB` is first derived here, by `AB`"));
    assert!(messages("", &format!("enum E {{ {ENTRY} A, {ENTRY} B }}")).is_empty());
}

#[test]
fn one_catch_all_at_most() {
    let other = r#"#[entry(other, symptom = "s", solution = "t")]"#;
    rule(
        "",
        &format!("enum E {{ {other} A(String), {other} B(String) }}"),
        &format!("enum E {{ {other} A(String) }}"),
        "at most one catch-all `#[entry(other, ...)]`; `A` is already one",
    );
}

#[test]
fn a_catch_all_keeps_the_code_in_one_string() {
    let ok = r#"enum E { #[entry(other, symptom = "s", solution = "t")] A(String) }"#;
    for (bad, expected) in [
        (
            r#"enum E { #[entry(other, code = "X", symptom = "s", solution = "t")] A(String) }"#,
            "the catch-all takes no `code`",
        ),
        (
            r#"enum E { #[entry(other, url = "https://a.b", symptom = "s", solution = "t")] A(String) }"#,
            "the catch-all takes no `url`",
        ),
        (
            r#"enum E { #[entry(other, symptom = "s", solution = "t")] A(u8) }"#,
            "its type is `String`",
        ),
        (
            r#"enum E { #[entry(other, symptom = "s", solution = "t")] A(String, String) }"#,
            "`A` has 2",
        ),
    ] {
        rule("", bad, ok, expected);
    }
}

#[test]
fn a_transparent_variant_is_one_field_and_no_keys() {
    let ok = "enum E { #[entry(transparent, fallback, status = 502)] A(Inner) }";
    for (bad, expected) in [
        (
            "enum E { #[entry(transparent, status = 600)] A(Inner) }",
            "100..=599",
        ),
        (
            r#"enum E { #[entry(transparent, symptom = "s")] A(Inner) }"#,
            "`transparent` takes no `symptom`",
        ),
        (
            "enum E { #[entry(transparent, other)] A(Inner) }",
            "`transparent` takes no `other`",
        ),
        ("enum E { #[entry(transparent)] A(Inner, u8) }", "`A` has 2"),
    ] {
        rule("", bad, ok, expected);
    }
}

#[test]
fn fallback_goes_with_transparent() {
    rule(
        "",
        r#"enum E { #[entry(symptom = "s", solution = "t", fallback)] A }"#,
        &format!("enum E {{ {ENTRY} A, #[entry(transparent, fallback)] B(Inner) }}"),
        "`fallback` goes with `transparent`",
    );
    rule(
        "",
        r#"enum E { #[entry(other, symptom = "s", solution = "t", fallback)] A(String) }"#,
        r#"enum E { #[entry(other, symptom = "s", solution = "t")] A(String) }"#,
        "`fallback` goes with `transparent`",
    );
}

#[test]
fn codes_follow_the_code_style() {
    rule(
        "",
        r#"enum E { #[entry(code = "a-b", symptom = "s", solution = "t")] A }"#,
        r#"enum E { #[entry(code = "A_B", symptom = "s", solution = "t")] A }"#,
        "code `a-b` is not SCREAMING_SNAKE_CASE; did you mean `A_B`?",
    );
    rule(
        "",
        r#"enum E { #[entry(code = "", symptom = "s", solution = "t")] A }"#,
        r#"enum E { #[entry(code = "A", symptom = "s", solution = "t")] A }"#,
        "empty `code`",
    );
    let found = messages(
        r#"code_style = "Dotted.PascalCase""#,
        &format!("enum E {{ {ENTRY} ServiceUnavailable }}"),
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn texts_are_not_blank_or_padded() {
    let ok = r#"enum E { #[entry(symptom = "s", solution = "t")] A }"#;
    rule(
        "",
        r#"enum E { #[entry(symptom = " ", solution = "t")] A }"#,
        ok,
        "`symptom` is empty; say what went wrong and why",
    );
    rule(
        "",
        r#"enum E { #[entry(symptom = "s", solution = "t ")] A }"#,
        ok,
        "`solution` starts or ends with whitespace",
    );
}

#[test]
fn placeholders_name_fields_of_their_variant() {
    rule(
        "",
        r#"enum E { #[entry(symptom = "{usd} of {limit}", solution = "t")] A { used: u8, limit: u8 } }"#,
        r#"enum E { #[entry(symptom = "{used} of {limit}", solution = "t")] A { used: u8, limit: u8 } }"#,
        "`{usd}` names no field of `A`; did you mean `{used}`?",
    );
    rule(
        "",
        r#"enum E { #[entry(symptom = "{1}", solution = "t")] A(u8) }"#,
        r#"enum E { #[entry(symptom = "{0}", solution = "t")] A(u8) }"#,
        "its one field is `{0}`",
    );
}

#[test]
fn a_url_is_an_absolute_http_address() {
    rule(
        "",
        r#"enum E { #[entry(symptom = "s", solution = "t", url = "example.com/e")] A }"#,
        r#"enum E { #[entry(symptom = "s", solution = "t", url = "https://example.com/e")] A }"#,
        "is not an absolute http(s) address",
    );
}

#[test]
fn from_is_a_bare_word_given_once() {
    let ok = format!("enum E {{ {ENTRY} A(#[from] Inner) }}");
    for (bad, expected) in [
        (
            "A(#[from] #[from] Inner)",
            "`#[from]` is given twice on this field",
        ),
        ("A(#[from(Inner)] Inner)", "`#[from]` takes no arguments"),
        ("A(#[from()] Inner)", "`#[from]` takes no arguments"),
        ("A(#[from = true] Inner)", "`#[from]` takes no arguments"),
    ] {
        rule("", &format!("enum E {{ {ENTRY} {bad} }}"), &ok, expected);
    }
    // `#[source]` beside it says the same again, and is no mistake.
    assert!(
        messages(
            "",
            &format!("enum E {{ {ENTRY} A {{ #[from] #[source] cause: Inner }} }}")
        )
        .is_empty()
    );
}

#[test]
fn from_marks_the_only_field_of_an_own_entry() {
    let ok = format!("enum E {{ {ENTRY} A(#[from] Inner) }}");
    let other = r#"#[entry(other, symptom = "s", solution = "t")]"#;
    for (bad, expected) in [
        (
            format!("enum E {{ {ENTRY} A {{ id: u8, #[from] cause: Inner }} }}"),
            "`#[from]` needs a variant of exactly one field, which `From` builds it from; `A` has 2",
        ),
        (
            format!("enum E {{ {ENTRY} A(#[from] Inner, #[from] Inner) }}"),
            "`A` has 2",
        ),
        (
            "enum E { #[entry(transparent)] A(#[from] Inner) }".to_owned(),
            "`#[from]` is redundant on a `transparent` variant",
        ),
        (
            format!("enum E {{ {other} A(#[from] String) }}"),
            "the catch-all takes no `#[from]`",
        ),
    ] {
        rule("", &bad, &ok, expected);
    }
}

#[test]
fn a_type_converts_into_one_variant() {
    let expected = "variant `A` converts from this type already";
    rule(
        "",
        &format!("enum E {{ {ENTRY} A(#[from] Inner), {ENTRY} B {{ #[from] cause: Inner }} }}"),
        &format!("enum E {{ {ENTRY} A(#[from] Inner), {ENTRY} B(#[from] Other) }}"),
        expected,
    );
    rule(
        "",
        &format!("enum E {{ #[entry(transparent)] A(Inner), {ENTRY} B(#[from] Inner) }}"),
        &format!("enum E {{ #[entry(transparent)] A(Inner), {ENTRY} B(Inner) }}"),
        expected,
    );
    // A variant that is always there meets every other; `#[cfg]`s that
    // differ may exclude each other, and are left to the compiler.
    rule(
        "",
        &format!("enum E {{ {ENTRY} A(#[from] Inner), #[cfg(unix)] {ENTRY} B(#[from] Inner) }}"),
        &format!(
            "enum E {{ #[cfg(unix)] {ENTRY} A(#[from] Inner), #[cfg(not(unix))] {ENTRY} B(#[from] Inner) }}"
        ),
        expected,
    );
    let found = messages(
        "",
        &format!("enum E {{ #[cfg(unix)] {ENTRY} A(#[from] Inner), #[cfg(unix)] {ENTRY} B(#[from] Inner) }}"),
    );
    assert!(found.len() == 1 && found[0].contains(expected), "{found:?}");
}

#[test]
fn a_family_is_a_prefix_of_the_style_with_one_string() {
    let ok = r#"enum E { #[entry(family = "QUOTA_", symptom = "s {0}", solution = "t")] A(String) }"#;
    for (bad, expected) in [
        (
            r#"enum E { #[entry(family = "QUOTA_", symptom = "s", solution = "t")] A }"#,
            "exactly one field",
        ),
        (
            r#"enum E { #[entry(family = "QUOTA_", symptom = "s", solution = "t")] A(u8) }"#,
            "its type is `String`",
        ),
        (
            r#"enum E { #[entry(family = "", symptom = "s", solution = "t")] A(String) }"#,
            "empty `family`",
        ),
        (
            r#"enum E { #[entry(family = "quota.", symptom = "s", solution = "t")] A(String) }"#,
            "does not start",
        ),
        (
            r#"enum E { #[entry(family = "QUOTA_", code = "Q", symptom = "s", solution = "t")] A(String) }"#,
            "a family takes no `code`",
        ),
    ] {
        rule("", bad, ok, expected);
    }
}

#[test]
fn aliases_follow_the_code_style_and_are_unique() {
    rule(
        "",
        r#"enum E { #[entry(alias = "a_b", symptom = "s", solution = "t")] A }"#,
        r#"enum E { #[entry(alias = "A_B", alias = "A_C", symptom = "s", solution = "t")] A }"#,
        "alias `a_b` is not SCREAMING_SNAKE_CASE",
    );
    let found = messages(
        "",
        r#"enum E { #[entry(symptom = "s", solution = "t")] A, #[entry(alias = "A", symptom = "s", solution = "t")] B }"#,
    );
    assert!(found[0].contains("duplicate code `A` (an alias)"), "{found:?}");
}

//! From tokens to tokens: parse, validate, generate. On any error the enum
//! is still emitted (without the helper attributes) next to the errors, so
//! the rest of the user's crate keeps compiling against it.

use darling::{Error, FromMeta, ast::NestedMeta};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{Item, ItemEnum, LitStr};

use crate::ast::{Catalog, Field, Text, Variant};
use crate::attr::{CatalogArgs, ENTRY, SOURCE};
use crate::template::Template;
use crate::valid;

/// The whole attribute, as a function of `proc_macro2` tokens so that unit
/// and property tests can call it. Never panics.
pub fn error_catalog(args: TokenStream, input: TokenStream) -> TokenStream {
    let item = match syn::parse2::<Item>(input.clone()) {
        Ok(item) => item,
        Err(error) => return with_errors(input, error.into()),
    };
    let item = match item {
        Item::Enum(item) => item,
        other => return with_errors(other.to_token_stream(), not_an_enum(&other)),
    };

    let mut errors = Error::accumulator();
    let args = NestedMeta::parse_meta_list(args)
        .map_err(Error::from)
        .and_then(|items| CatalogArgs::from_list(&items));
    let args = errors.handle(args).unwrap_or_default();
    let catalog = Catalog::from_syn(&item, args, &mut errors);
    valid::check(&catalog, &mut errors);

    match errors.finish() {
        Ok(()) => generate(&catalog),
        Err(error) => with_errors(strip_helpers(&item).to_token_stream(), error),
    }
}

fn with_errors(mut tokens: TokenStream, error: Error) -> TokenStream {
    tokens.extend(error.write_errors());
    tokens
}

fn not_an_enum(item: &Item) -> Error {
    let (what, span) = match item {
        Item::Struct(s) => ("a struct", s.struct_token.span),
        Item::Union(u) => ("a union", u.union_token.span),
        Item::Fn(f) => ("a function", f.sig.fn_token.span),
        Item::Trait(t) => ("a trait", t.trait_token.span),
        Item::Impl(i) => ("an impl block", i.impl_token.span),
        Item::Type(t) => ("a type alias", t.type_token.span),
        Item::Mod(m) => ("a module", m.mod_token.span),
        other => ("this item", syn::spanned::Spanned::span(other)),
    };
    crate::ast::error_at(
        span,
        format_args!(
            "`#[error_catalog]` applies to enums only, not to {what}: declare the catalog as an enum \
             with one `#[entry(...)]` per variant"
        ),
    )
}

/// The enum without `#[entry]` on variants and `#[source]` on fields.
fn strip_helpers(item: &ItemEnum) -> ItemEnum {
    let mut item = item.clone();
    for variant in &mut item.variants {
        variant.attrs.retain(|a| !a.path().is_ident(ENTRY));
        for field in &mut variant.fields {
            field.attrs.retain(|a| !a.path().is_ident(SOURCE));
        }
    }
    item
}

/// One entry of the expansion: the variant and the index of its row.
struct Row<'c, 'a> {
    variant: &'c Variant<'a>,
    index: usize,
}

fn generate(catalog: &Catalog<'_>) -> TokenStream {
    let mut item = strip_helpers(catalog.original);
    append_doc_table(&mut item, catalog);
    document_variants(&mut item, catalog);
    let ident = &item.ident;
    let name = &catalog.name;
    let default_status = catalog.status.as_ref().and_then(|s| s.base10_parse::<u16>().ok());

    let rows: Vec<Row<'_, '_>> = catalog
        .variants
        .iter()
        .enumerate()
        .map(|(index, variant)| Row { variant, index })
        .collect();

    let entries = rows.iter().map(|row| {
        let entry = row.variant.entry.as_ref().expect("validated");
        let code = &entry.code.value;
        let symptom = &entry.symptom.value;
        let solution = &entry.solution.value;
        let status = option(
            entry
                .status
                .as_ref()
                .and_then(|s| s.base10_parse::<u16>().ok())
                .or(default_status),
        );
        let url = option(entry.url.as_ref().map(LitStr::value));
        let variant = unraw(&row.variant.original.ident);
        quote! {
            ::error_catalog::__private::entry(#code, #symptom, #solution, #status, #url, #variant, #name)
        }
    });

    let code_arms = rows.iter().map(|row| {
        let pattern = pattern(row.variant, &[]);
        let code = &row.variant.entry.as_ref().expect("validated").code.value;
        quote!(#pattern => #code,)
    });
    let status_arms = rows.iter().map(|row| {
        let pattern = pattern(row.variant, &[]);
        let index = row.index;
        quote!(#pattern => <Self as ::error_catalog::ErrorCatalog>::ENTRIES[#index].status(),)
    });
    let entry_arms = rows.iter().map(|row| {
        let pattern = pattern(row.variant, &[]);
        let index = row.index;
        quote!(#pattern => ::core::option::Option::Some(&<Self as ::error_catalog::ErrorCatalog>::ENTRIES[#index]),)
    });
    let symptom_arms = rows.iter().map(|row| {
        text_arm(
            row.variant,
            &row.variant.entry.as_ref().expect("validated").symptom,
        )
    });
    let solution_arms = rows.iter().map(|row| {
        text_arm(
            row.variant,
            &row.variant.entry.as_ref().expect("validated").solution,
        )
    });
    let display_arms = rows.iter().map(|row| display_arm(row.variant));
    let lookup_arms = rows.iter().map(|row| {
        let code = &row.variant.entry.as_ref().expect("validated").code.value;
        let index = row.index;
        quote!(#code => ::core::option::Option::Some(&<Self as ::error_catalog::ErrorCatalog>::ENTRIES[#index]),)
    });
    let from_code_arms = rows
        .iter()
        .filter(|row| row.variant.fields.is_empty())
        .map(|row| {
            let code = &row.variant.entry.as_ref().expect("validated").code.value;
            let variant = &row.variant.original.ident;
            quote!(#code => ::core::option::Option::Some(Self::#variant),)
        });
    let source = source_fn(catalog);

    quote! {
        #item

        #[automatically_derived]
        impl ::error_catalog::CatalogError for #ident {
            fn code(&self) -> &::core::primitive::str {
                match *self { #(#code_arms)* }
            }
            fn symptom(&self) -> ::error_catalog::__private::Cow<'_, ::core::primitive::str> {
                match *self { #(#symptom_arms)* }
            }
            fn solution(&self) -> ::error_catalog::__private::Cow<'_, ::core::primitive::str> {
                match *self { #(#solution_arms)* }
            }
            fn status(&self) -> ::core::option::Option<::core::primitive::u16> {
                match *self { #(#status_arms)* }
            }
            fn entry(&self) -> ::core::option::Option<&'static ::error_catalog::Entry> {
                match *self { #(#entry_arms)* }
            }
        }

        #[automatically_derived]
        impl ::error_catalog::ErrorCatalog for #ident {
            const NAME: &'static ::core::primitive::str = #name;
            const ENTRIES: &'static [::error_catalog::Entry] = &[#(#entries),*];

            fn lookup(code: &::core::primitive::str) -> ::core::option::Option<&'static ::error_catalog::Entry> {
                match code {
                    #(#lookup_arms)*
                    _ => ::core::option::Option::None,
                }
            }

            fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                match code {
                    #(#from_code_arms)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match *self { #(#display_arms)* }
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {
            #source
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = ::error_catalog::UnknownCode;

            fn from_str(code: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                match <Self as ::error_catalog::ErrorCatalog>::from_code(code) {
                    ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        ::error_catalog::UnknownCode::new(code, <Self as ::error_catalog::ErrorCatalog>::NAME),
                    ),
                }
            }
        }

        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for #ident {
            type Error = ::error_catalog::UnknownCode;

            fn try_from(code: &'a ::core::primitive::str) -> ::core::result::Result<Self, Self::Error> {
                <Self as ::core::str::FromStr>::from_str(code)
            }
        }
    }
}

fn option<T: ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}

fn unraw(ident: &syn::Ident) -> String {
    let name = ident.to_string();
    name.strip_prefix("r#").map(str::to_owned).unwrap_or(name)
}

/// `Self::Variant { member: ref binding, .. }` binding only the fields whose
/// placeholder names are in `used`.
fn pattern(variant: &Variant<'_>, used: &[&str]) -> TokenStream {
    let ident = &variant.original.ident;
    let bindings = variant
        .fields
        .iter()
        .filter(|field| used.contains(&field.name.as_str()))
        .map(|Field { member, binding, .. }| quote!(#member: ref #binding,));
    quote!(Self::#ident { #(#bindings)* .. })
}

fn used_fields(template: &Template) -> Vec<&str> {
    template.fields().collect()
}

/// A `format_args!` literal for a text, spanned at the user's literal so
/// that a field that does not implement the requested trait is reported there.
fn format_literal(text: &Text, template: &Template) -> LitStr {
    LitStr::new(
        &template.format_string(|name| format!("__ec_{name}")),
        text.lit.span(),
    )
}

/// An arm of `symptom()` or `solution()`: borrowed text when there are no
/// placeholders, else the text formatted.
fn text_arm(variant: &Variant<'_>, text: &Text) -> TokenStream {
    let template = text.template.as_ref().expect("validated");
    let used = used_fields(template);
    let pattern = pattern(variant, &used);
    match template.as_plain_text() {
        Some(plain) => quote!(#pattern => ::error_catalog::__private::Cow::Borrowed(#plain),),
        None => {
            let format = format_literal(text, template);
            quote!(#pattern => ::error_catalog::__private::Cow::Owned(::error_catalog::__private::format!(#format)),)
        }
    }
}

/// Writes a text into the formatter without allocating.
fn write_text(text: &Text) -> TokenStream {
    let template = text.template.as_ref().expect("validated");
    match template.as_plain_text() {
        Some(plain) => quote!(f.write_str(#plain)?;),
        None => {
            let format = format_literal(text, template);
            quote!(::core::write!(f, #format)?;)
        }
    }
}

fn display_arm(variant: &Variant<'_>) -> TokenStream {
    let entry = variant.entry.as_ref().expect("validated");
    let symptom = entry.symptom.template.as_ref().expect("validated");
    let solution = entry.solution.template.as_ref().expect("validated");
    let mut used = used_fields(symptom);
    used.extend(solution.fields());
    let pattern = pattern(variant, &used);
    let head = format!("{}: ", entry.code.value);
    let write_symptom = write_text(&entry.symptom);
    let write_solution = write_text(&entry.solution);
    quote! {
        #pattern => {
            f.write_str(#head)?;
            #write_symptom
            if f.alternate() {
                f.write_str(" (solution: ")?;
                #write_solution
                f.write_str(")")?;
            }
            ::core::result::Result::Ok(())
        }
    }
}

/// `Error::source()`, when a variant has a `#[source]` field.
fn source_fn(catalog: &Catalog<'_>) -> TokenStream {
    let with_source: Vec<TokenStream> = catalog
        .variants
        .iter()
        .filter_map(|variant| {
            let field = &variant.fields[variant.source?];
            let pattern = pattern(variant, &[field.name.as_str()]);
            let binding = &field.binding;
            Some(quote! {
                #pattern => {
                    use ::error_catalog::__private::AsDynError as _;
                    ::core::option::Option::Some(#binding.as_dyn_error())
                }
            })
        })
        .collect();
    if with_source.is_empty() {
        return TokenStream::new();
    }
    let rest =
        (with_source.len() < catalog.variants.len()).then(|| quote!(_ => ::core::option::Option::None,));
    quote! {
        fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
            match *self {
                #(#with_source)*
                #rest
            }
        }
    }
}

/// Appends the catalog to the enum's rustdoc as a Markdown table.
fn append_doc_table(item: &mut ItemEnum, catalog: &Catalog<'_>) {
    let mut lines = vec![
        String::new(),
        format!("# Catalog `{}`", escape_markdown(&catalog.name)),
        String::new(),
        "| Code | Symptom | Solution |".to_owned(),
        "| --- | --- | --- |".to_owned(),
    ];
    for variant in &catalog.variants {
        let entry = variant.entry.as_ref().expect("validated");
        lines.push(format!(
            "| `{}` | {} | {} |",
            entry.code.value,
            escape_markdown(&entry.symptom.value),
            escape_markdown(&entry.solution.value)
        ));
    }
    let span = Span::call_site();
    for line in lines {
        let line = LitStr::new(&line, span);
        item.attrs.push(syn::parse_quote!(#[doc = #line]));
    }
}

/// Makes each variant findable by its code in rustdoc search, and documents
/// the variants the user left undocumented with their entry.
fn document_variants(item: &mut ItemEnum, catalog: &Catalog<'_>) {
    for (variant, model) in item.variants.iter_mut().zip(&catalog.variants) {
        let entry = model.entry.as_ref().expect("validated");
        let code = LitStr::new(&entry.code.value, Span::call_site());
        if !variant.attrs.iter().any(|a| a.path().is_ident("doc")) {
            let summary = format!(
                "`{}`: {}",
                entry.code.value,
                escape_markdown(&entry.symptom.value)
            );
            let solution = format!("Solution: {}", escape_markdown(&entry.solution.value));
            variant.attrs.push(syn::parse_quote!(#[doc = #summary]));
            variant.attrs.push(syn::parse_quote!(#[doc = ""]));
            variant.attrs.push(syn::parse_quote!(#[doc = #solution]));
        }
        variant.attrs.push(syn::parse_quote!(#[doc(alias = #code)]));
    }
}

/// Text for a rustdoc table cell: no column breaks, no HTML, no links.
fn escape_markdown(text: &str) -> String {
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

//! From tokens to tokens: parse, validate, generate. On any error the enum
//! is still emitted (without the helper attributes) next to the errors, so
//! the rest of the user's crate keeps compiling against it.

use darling::{Error, FromMeta, ast::NestedMeta};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{Item, ItemEnum, LitStr};

use crate::ast::{Catalog, EntryData, Field, Kind, OtherData, Text, Variant};
use crate::attr::{CatalogArgs, ENTRY, SOURCE};
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

/// A variant with what the expansion needs of it.
struct Row<'c, 'a> {
    variant: &'c Variant<'a>,
    kind: RowKind<'c, 'a>,
}

enum RowKind<'c, 'a> {
    /// `position` is the index of the entry in `ENTRIES`, as an expression:
    /// the entries of inner catalogs before it are only known to the compiler.
    Entry {
        entry: &'c EntryData,
        position: TokenStream,
    },
    Transparent {
        field: &'c Field<'a>,
    },
    Other {
        other: &'c OtherData,
        field: &'c Field<'a>,
    },
}

/// A run of `ENTRIES`: this catalog's own entries, or an inner catalog's.
enum Segment<'c> {
    Own(Vec<TokenStream>),
    Inner(&'c syn::Type),
}

fn rows<'c, 'a>(catalog: &'c Catalog<'a>) -> Vec<Row<'c, 'a>> {
    let mut own = 0usize;
    let mut inner_lengths: Vec<TokenStream> = Vec::new();
    catalog
        .variants
        .iter()
        .filter_map(|variant| {
            let kind = match variant.kind.as_ref()? {
                Kind::Entry(entry) => {
                    let position = quote!(#own #(+ #inner_lengths)*);
                    own += 1;
                    RowKind::Entry { entry, position }
                }
                Kind::Transparent => {
                    let field = variant.fields.first()?;
                    let ty = &field.original.ty;
                    inner_lengths.push(quote!(<#ty as ::error_catalog::ErrorCatalog>::ENTRIES.len()));
                    RowKind::Transparent { field }
                }
                Kind::Other(other) => RowKind::Other {
                    other,
                    field: variant.fields.first()?,
                },
            };
            Some(Row { variant, kind })
        })
        .collect()
}

fn generate(catalog: &Catalog<'_>) -> TokenStream {
    let rows = rows(catalog);
    let mut item = strip_helpers(catalog.original);
    append_doc_table(&mut item, catalog, &rows);
    document_variants(&mut item, &rows);
    let ident = &item.ident;
    let name = &catalog.name;
    let default_status = option(catalog.status.as_ref().and_then(|s| s.base10_parse::<u16>().ok()));

    let entries = entries_const(&rows, name, &default_status);
    let code_arms = rows.iter().map(|row| {
        let (pattern, body) = match &row.kind {
            RowKind::Entry { entry, .. } => (pattern(row.variant, &[]), entry.code.value.to_token_stream()),
            RowKind::Transparent { field } | RowKind::Other { field, .. } => {
                let binding = &field.binding;
                let body = match row.kind {
                    RowKind::Other { .. } => quote!(::core::ops::Deref::deref(#binding)),
                    _ => quote!(::error_catalog::CatalogError::code(#binding)),
                };
                (pattern(row.variant, &[&field.name]), body)
            }
        };
        quote!(#pattern => #body,)
    });
    let symptom_arms = text_method_arms(&rows, Which::Symptom);
    let solution_arms = text_method_arms(&rows, Which::Solution);
    let status_arms = rows.iter().map(|row| match &row.kind {
        RowKind::Entry { position, .. } => {
            let pattern = pattern(row.variant, &[]);
            quote!(#pattern => <Self as ::error_catalog::ErrorCatalog>::ENTRIES[#position].status(),)
        }
        RowKind::Transparent { field } => delegate(row.variant, field, &quote!(status)),
        RowKind::Other { other, .. } => {
            let pattern = pattern(row.variant, &[]);
            let status = other
                .status
                .as_ref()
                .and_then(|s| s.base10_parse::<u16>().ok())
                .map_or_else(|| default_status.clone(), |s| option(Some(s)));
            quote!(#pattern => #status,)
        }
    });
    let entry_arms = rows.iter().map(|row| match &row.kind {
        RowKind::Entry { position, .. } => {
            let pattern = pattern(row.variant, &[]);
            quote!(#pattern => ::core::option::Option::Some(&<Self as ::error_catalog::ErrorCatalog>::ENTRIES[#position]),)
        }
        RowKind::Transparent { field } => delegate(row.variant, field, &quote!(entry)),
        RowKind::Other { .. } => {
            let pattern = pattern(row.variant, &[]);
            quote!(#pattern => ::core::option::Option::None,)
        }
    });
    let display_arms = rows.iter().map(display_arm);
    let lookup_arms = rows.iter().filter_map(|row| match &row.kind {
        RowKind::Entry { entry, position } => {
            let code = &entry.code.value;
            Some(quote!(#code => ::core::option::Option::Some(&<Self as ::error_catalog::ErrorCatalog>::ENTRIES[#position]),))
        }
        _ => None,
    });
    let inner_lookups = rows.iter().filter_map(|row| match &row.kind {
        RowKind::Transparent { field } => {
            let ty = &field.original.ty;
            Some(quote! {
                if let ::core::option::Option::Some(entry) = <#ty as ::error_catalog::ErrorCatalog>::lookup(code) {
                    return ::core::option::Option::Some(entry);
                }
            })
        }
        _ => None,
    });
    let from_code_arms = rows.iter().filter_map(|row| match &row.kind {
        RowKind::Entry { entry, .. } if row.variant.fields.is_empty() => {
            let code = &entry.code.value;
            let variant = &row.variant.original.ident;
            Some(quote!(#code => ::core::option::Option::Some(Self::#variant),))
        }
        _ => None,
    });
    let inner_from_codes = rows.iter().filter_map(|row| match &row.kind {
        RowKind::Transparent { field } => {
            let ty = &field.original.ty;
            let construct = construct(row.variant, field, quote!(inner));
            Some(quote! {
                if let ::core::option::Option::Some(inner) = <#ty as ::error_catalog::ErrorCatalog>::from_code(code) {
                    return ::core::option::Option::Some(#construct);
                }
            })
        }
        _ => None,
    });
    let unknown = rows
        .iter()
        .find_map(|row| match &row.kind {
            RowKind::Other { field, .. } => Some(construct(
                row.variant,
                field,
                quote!(<::error_catalog::__private::String as ::core::convert::From<&::core::primitive::str>>::from(code)),
            )),
            _ => None,
        })
        .map_or_else(
            || {
                quote! {
                    ::core::result::Result::Err(
                        ::error_catalog::UnknownCode::new(code, <Self as ::error_catalog::ErrorCatalog>::NAME),
                    )
                }
            },
            |catch_all| quote!(::core::result::Result::Ok(#catch_all)),
        );
    let from_inner = rows.iter().filter_map(|row| match &row.kind {
        RowKind::Transparent { field } => {
            let ty = &field.original.ty;
            let construct = construct(row.variant, field, quote!(inner));
            Some(quote! {
                #[automatically_derived]
                impl ::core::convert::From<#ty> for #ident {
                    fn from(inner: #ty) -> Self {
                        #construct
                    }
                }
            })
        }
        _ => None,
    });
    let distinct_codes = rows
        .iter()
        .any(|row| matches!(row.kind, RowKind::Transparent { .. }))
        .then(|| {
            quote! {
                // Codes of embedded catalogs are only known to the compiler.
                const _: () = ::error_catalog::__private::assert_unique_codes(
                    <#ident as ::error_catalog::ErrorCatalog>::ENTRIES,
                    <#ident as ::error_catalog::ErrorCatalog>::NAME,
                );
            }
        });
    let source = source_fn(catalog, &rows);

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
            const ENTRIES: &'static [::error_catalog::Entry] = #entries;

            fn lookup(code: &::core::primitive::str) -> ::core::option::Option<&'static ::error_catalog::Entry> {
                match code {
                    #(#lookup_arms)*
                    _ => {
                        #(#inner_lookups)*
                        ::core::option::Option::None
                    }
                }
            }

            fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                match code {
                    #(#from_code_arms)*
                    _ => {
                        #(#inner_from_codes)*
                        ::core::option::Option::None
                    }
                }
            }
        }

        #distinct_codes

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
                    ::core::option::Option::None => #unknown,
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

        #(#from_inner)*
    }
}

/// `ENTRIES`: a literal slice, or, when inner catalogs are embedded, the
/// runs concatenated at compile time.
fn entries_const(rows: &[Row<'_, '_>], name: &str, default_status: &TokenStream) -> TokenStream {
    let mut segments: Vec<Segment<'_>> = Vec::new();
    for row in rows {
        match &row.kind {
            RowKind::Entry { entry, .. } => {
                let code = &entry.code.value;
                let symptom = &entry.symptom.value;
                let solution = &entry.solution.value;
                let status = match entry.status.as_ref().and_then(|s| s.base10_parse::<u16>().ok()) {
                    Some(status) => option(Some(status)),
                    None => default_status.clone(),
                };
                let url = option(entry.url.as_ref().map(LitStr::value));
                let variant = unraw(&row.variant.original.ident);
                let tokens = quote! {
                    ::error_catalog::__private::entry(#code, #symptom, #solution, #status, #url, #variant, #name)
                };
                match segments.last_mut() {
                    Some(Segment::Own(own)) => own.push(tokens),
                    _ => segments.push(Segment::Own(vec![tokens])),
                }
            }
            RowKind::Transparent { field } => segments.push(Segment::Inner(&field.original.ty)),
            RowKind::Other { .. } => {}
        }
    }
    match &segments[..] {
        [] => quote!(&[]),
        [Segment::Own(own)] => quote!(&[#(#own),*]),
        _ => {
            let lengths = segments.iter().map(|segment| match segment {
                Segment::Own(own) => own.len().to_token_stream(),
                Segment::Inner(ty) => quote!(<#ty as ::error_catalog::ErrorCatalog>::ENTRIES.len()),
            });
            let runs = segments.iter().map(|segment| match segment {
                Segment::Own(own) => quote!(&[#(#own),*]),
                Segment::Inner(ty) => quote!(<#ty as ::error_catalog::ErrorCatalog>::ENTRIES),
            });
            quote! {
                &::error_catalog::__private::concat::<{ 0 #(+ #lengths)* }>(&[#(#runs),*])
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Which {
    Symptom,
    Solution,
}

/// The arms of `symptom()` or `solution()`.
fn text_method_arms(rows: &[Row<'_, '_>], which: Which) -> Vec<TokenStream> {
    rows.iter()
        .map(|row| {
            let (symptom, solution) = match &row.kind {
                RowKind::Entry { entry, .. } => (&entry.symptom, &entry.solution),
                RowKind::Other { other, .. } => (&other.symptom, &other.solution),
                RowKind::Transparent { field } => {
                    let method = match which {
                        Which::Symptom => quote!(symptom),
                        Which::Solution => quote!(solution),
                    };
                    return delegate(row.variant, field, &method);
                }
            };
            match which {
                Which::Symptom => text_arm(row.variant, symptom),
                Which::Solution => text_arm(row.variant, solution),
            }
        })
        .collect()
}

/// `Self::Variant { member: value }`, for a one-field variant.
fn construct(variant: &Variant<'_>, field: &Field<'_>, value: TokenStream) -> TokenStream {
    let ident = &variant.original.ident;
    let member = &field.member;
    quote!(Self::#ident { #member: #value })
}

/// An arm that hands a `CatalogError` method to the inner catalog.
fn delegate(variant: &Variant<'_>, field: &Field<'_>, method: &TokenStream) -> TokenStream {
    let pattern = pattern(variant, &[&field.name]);
    let binding = &field.binding;
    quote!(#pattern => ::error_catalog::CatalogError::#method(#binding),)
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

/// A `format_args!` literal for a text, spanned at the user's literal so
/// that a field that does not implement the requested trait is reported there.
fn format_literal(text: &Text) -> LitStr {
    LitStr::new(
        &text.template.format_string(|name| format!("__ec_{name}")),
        text.lit.span(),
    )
}

/// An arm of `symptom()` or `solution()`: borrowed text when there are no
/// placeholders, else the text formatted.
fn text_arm(variant: &Variant<'_>, text: &Text) -> TokenStream {
    let used: Vec<&str> = text.template.fields().collect();
    let pattern = pattern(variant, &used);
    match text.template.as_plain_text() {
        Some(plain) => quote!(#pattern => ::error_catalog::__private::Cow::Borrowed(#plain),),
        None => {
            let format = format_literal(text);
            quote!(#pattern => ::error_catalog::__private::Cow::Owned(::error_catalog::__private::format!(#format)),)
        }
    }
}

/// Writes a text into the formatter without allocating.
fn write_text(text: &Text) -> TokenStream {
    match text.template.as_plain_text() {
        Some(plain) => quote!(f.write_str(#plain)?;),
        None => {
            let format = format_literal(text);
            quote!(::core::write!(f, #format)?;)
        }
    }
}

/// `CODE: symptom`, and ` (solution: ...)` in the alternate form; an inner
/// catalog writes itself.
fn display_arm(row: &Row<'_, '_>) -> TokenStream {
    let (symptom, solution, mut used, write_code) = match &row.kind {
        RowKind::Transparent { field } => {
            let pattern = pattern(row.variant, &[&field.name]);
            let binding = &field.binding;
            return quote!(#pattern => ::core::fmt::Display::fmt(#binding, f),);
        }
        RowKind::Entry { entry, .. } => {
            let code = &entry.code.value;
            (
                &entry.symptom,
                &entry.solution,
                Vec::new(),
                quote!(f.write_str(#code)?;),
            )
        }
        RowKind::Other { other, field } => {
            let binding = &field.binding;
            let write_code = quote!(f.write_str(#binding)?;);
            (
                &other.symptom,
                &other.solution,
                vec![field.name.as_str()],
                write_code,
            )
        }
    };
    used.extend(symptom.template.fields());
    used.extend(solution.template.fields());
    let pattern = pattern(row.variant, &used);
    let write_symptom = write_text(symptom);
    let write_solution = write_text(solution);
    quote! {
        #pattern => {
            #write_code
            f.write_str(": ")?;
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

/// `Error::source()`: the `#[source]` field, or the inner catalog's source.
fn source_fn(catalog: &Catalog<'_>, rows: &[Row<'_, '_>]) -> TokenStream {
    let arms: Vec<TokenStream> = rows
        .iter()
        .filter_map(|row| {
            if let RowKind::Transparent { field } = &row.kind {
                let pattern = pattern(row.variant, &[&field.name]);
                let binding = &field.binding;
                return Some(quote!(#pattern => ::core::error::Error::source(#binding),));
            }
            let field = &row.variant.fields[row.variant.source?];
            let pattern = pattern(row.variant, &[field.name.as_str()]);
            let binding = &field.binding;
            Some(quote! {
                #pattern => {
                    use ::error_catalog::__private::AsDynError as _;
                    ::core::option::Option::Some(#binding.as_dyn_error())
                }
            })
        })
        .collect();
    if arms.is_empty() {
        return TokenStream::new();
    }
    let rest = (arms.len() < catalog.variants.len()).then(|| quote!(_ => ::core::option::Option::None,));
    quote! {
        fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
            match *self {
                #(#arms)*
                #rest
            }
        }
    }
}

/// Appends the catalog to the enum's rustdoc as a Markdown table.
fn append_doc_table(item: &mut ItemEnum, catalog: &Catalog<'_>, rows: &[Row<'_, '_>]) {
    let mut lines = vec![
        String::new(),
        format!("# Catalog `{}`", escape_markdown(&catalog.name)),
        String::new(),
        "| Code | Symptom | Solution |".to_owned(),
        "| --- | --- | --- |".to_owned(),
    ];
    for row in rows {
        lines.push(match &row.kind {
            RowKind::Entry { entry, .. } => format!(
                "| `{}` | {} | {} |",
                entry.code.value,
                escape_markdown(&entry.symptom.value),
                escape_markdown(&entry.solution.value)
            ),
            RowKind::Transparent { field } => format!(
                "| every code of `{}` | as that catalog says | as that catalog says |",
                type_name(&field.original.ty)
            ),
            RowKind::Other { other, .. } => format!(
                "| any other code | {} | {} |",
                escape_markdown(&other.symptom.value),
                escape_markdown(&other.solution.value)
            ),
        });
    }
    let span = Span::call_site();
    for line in lines {
        let line = LitStr::new(&line, span);
        item.attrs.push(syn::parse_quote!(#[doc = #line]));
    }
}

/// A type as a person writes it: `error_catalog::ons::OnsError`.
fn type_name(ty: &syn::Type) -> String {
    ty.to_token_stream().to_string().replace(' ', "")
}

/// Makes each variant findable by its code in rustdoc search, and documents
/// the variants the user left undocumented with their entry.
fn document_variants(item: &mut ItemEnum, rows: &[Row<'_, '_>]) {
    for (variant, row) in item.variants.iter_mut().zip(rows) {
        let documented = variant.attrs.iter().any(|a| a.path().is_ident("doc"));
        let lines = match &row.kind {
            RowKind::Entry { entry, .. } => {
                let code = LitStr::new(&entry.code.value, Span::call_site());
                variant.attrs.push(syn::parse_quote!(#[doc(alias = #code)]));
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
            variant.attrs.push(syn::parse_quote!(#[doc = #summary]));
            variant.attrs.push(syn::parse_quote!(#[doc = ""]));
            variant.attrs.push(syn::parse_quote!(#[doc = #details]));
        }
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

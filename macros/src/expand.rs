//! From tokens to tokens: parse, validate, generate.
//!
//! On any error the enum is still emitted (without the helper attributes),
//! with stand-in impls of the traits, next to the errors: the rest of the
//! user's crate keeps compiling against it, so the build shows the mistakes
//! in the declaration and nothing that merely follows from them.

use darling::{Error, ast::NestedMeta};
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::spanned::Spanned as _;
use syn::{Attribute, Item, ItemEnum, LitStr};

use crate::ast::{Catalog, EntryData, Field, Kind, OtherData, Text, Variant, error_at};
use crate::attr::{ENTRY, SOURCE};
use crate::doc;
use crate::table;
use crate::valid;

/// The most unit variants of a catalog whose `from_code` is `#[inline]`.
const INLINE_ARMS: usize = 256;

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
    let args = errors
        .handle(NestedMeta::parse_meta_list(args).map_err(Error::from))
        .unwrap_or_default();
    let catalog = Catalog::from_syn(&item, args, &mut errors);
    valid::check(&catalog, &mut errors);

    match errors.finish() {
        Ok(()) => generate(&catalog),
        Err(error) => {
            let mut tokens = fallback(&catalog);
            tokens.extend(error.write_errors());
            tokens
        }
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
        Item::Const(c) => ("a constant", c.const_token.span),
        Item::Static(s) => ("a static", s.static_token.span),
        Item::Use(u) => ("a `use` declaration", u.use_token.span),
        Item::ExternCrate(e) => ("an `extern crate`", e.extern_token.span),
        Item::Macro(m) => ("a macro", syn::spanned::Spanned::span(&m.mac.path)),
        other => ("this item", syn::spanned::Spanned::span(other)),
    };
    error_at(
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

/// The enum and stand-ins for the generated impls, for a declaration with
/// errors. The stand-ins never run: the build fails on the errors.
fn fallback(catalog: &Catalog<'_>) -> TokenStream {
    let item = strip_helpers(catalog.original);
    if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
        return item.into_token_stream();
    }
    let ident = &item.ident;
    let name = &catalog.name;
    let unreachable = quote!(::core::unreachable!("the declaration of this catalog has errors"));
    let from_inner =
        catalog
            .variants
            .iter()
            .filter_map(|variant| match (&variant.kind, &variant.fields[..]) {
                (Some(Kind::Transparent), [field]) => Some(from_impl(ident, variant, field)),
                _ => None,
            });
    let diagnostic = catalog
        .diagnostic
        .map(|_| quote!(::error_catalog::__diagnostic_impl!(#ident);));
    quote! {
        #item

        impl ::error_catalog::CatalogError for #ident {
            fn code(&self) -> &::core::primitive::str { #unreachable }
            fn symptom(&self) -> ::error_catalog::__private::Cow<'_, ::core::primitive::str> { #unreachable }
            fn solution(&self) -> ::error_catalog::__private::Cow<'_, ::core::primitive::str> { #unreachable }
            fn status(&self) -> ::core::option::Option<::core::primitive::u16> { #unreachable }
            fn entry(&self) -> ::core::option::Option<&'static ::error_catalog::Entry> { #unreachable }
        }

        impl ::error_catalog::ErrorCatalog for #ident {
            const NAME: &'static ::core::primitive::str = #name;
            const ENTRIES: &'static [::error_catalog::Entry] = &[];
            fn lookup(_: &::core::primitive::str) -> ::core::option::Option<&'static ::error_catalog::Entry> {
                #unreachable
            }
            fn from_code(_: &::core::primitive::str) -> ::core::option::Option<Self> { #unreachable }
        }

        impl ::core::fmt::Display for #ident {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #unreachable }
        }

        impl ::core::error::Error for #ident {}

        impl ::core::str::FromStr for #ident {
            type Err = ::error_catalog::UnknownCode;
            fn from_str(_: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> { #unreachable }
        }

        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for #ident {
            type Error = ::error_catalog::UnknownCode;
            fn try_from(_: &'a ::core::primitive::str) -> ::core::result::Result<Self, Self::Error> {
                #unreachable
            }
        }

        #(#from_inner)*

        ::error_catalog::__serde_impls!(code #ident;);

        #diagnostic
    }
}

/// A variant with what the expansion needs of it.
pub struct Row<'c, 'a> {
    pub variant: &'c Variant<'a>,
    /// The position of the variant in the enum.
    pub index: usize,
    /// The variant's `#[cfg]` attributes, put on every arm and item made for it.
    pub cfgs: &'c [&'a Attribute],
    pub kind: RowKind<'c, 'a>,
}

pub enum RowKind<'c, 'a> {
    /// `position` is the index of the entry in `ENTRIES`, as an expression:
    /// the lengths of inner catalogs are only known to the compiler.
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

impl Row<'_, '_> {
    /// `Self::Variant { member: ref binding, .. }`, binding only the fields
    /// placeholders name in `used`.
    fn pattern(&self, used: &[&str]) -> TokenStream {
        let ident = &self.variant.original.ident;
        let cfgs = self.cfgs;
        let mut bindings = self
            .variant
            .fields
            .iter()
            .filter(|field| used.contains(&field.name.as_str()))
            .map(|Field { member, binding, .. }| quote!(#member: ref #binding,))
            .peekable();
        // The shortest pattern that binds nothing: thousands of them cost
        // the compiler less than as many `{ .. }`.
        let rest = match (&self.variant.original.fields, bindings.peek()) {
            (syn::Fields::Unit, _) => TokenStream::new(),
            (syn::Fields::Unnamed(_), None) => quote!((..)),
            _ => quote!({ #(#bindings)* .. }),
        };
        quote!(#(#cfgs)* Self::#ident #rest)
    }

    /// A match arm that hands a `CatalogError` method to the inner catalog.
    fn delegate(&self, field: &Field<'_>, method: TokenStream) -> TokenStream {
        let pattern = self.pattern(&[&field.name]);
        let binding = &field.binding;
        // At the field's type: where a type that is no catalog is reported.
        let call = quote::quote_spanned!(field.original.ty.span()=> ::error_catalog::CatalogError::#method(#binding));
        quote!(#pattern => #call,)
    }
}

/// The rows of a valid catalog, with the position of each own entry in `ENTRIES`.
fn rows<'c, 'a>(catalog: &'c Catalog<'a>) -> Vec<Row<'c, 'a>> {
    let mut own_before = 0usize;
    let mut dynamic_before: Vec<TokenStream> = Vec::new();
    catalog
        .variants
        .iter()
        .enumerate()
        .filter_map(|(index, variant)| {
            let cfgs = &variant.cfgs[..];
            let kind = match variant.kind.as_ref()? {
                Kind::Entry(entry) => {
                    let position = quote!(#own_before #(+ #dynamic_before)*);
                    if cfgs.is_empty() {
                        own_before += 1;
                    } else {
                        dynamic_before.push(cfg_select(cfgs, quote!(1usize), quote!(0usize)));
                    }
                    RowKind::Entry { entry, position }
                }
                Kind::Transparent => {
                    let field = variant.fields.first()?;
                    let ty = &field.original.ty;
                    let length = quote!(<#ty as ::error_catalog::ErrorCatalog>::ENTRIES.len());
                    dynamic_before.push(cfg_select(cfgs, length, quote!(0usize)));
                    RowKind::Transparent { field }
                }
                Kind::Other(other) => RowKind::Other {
                    other,
                    field: variant.fields.first()?,
                },
            };
            Some(Row {
                variant,
                index,
                cfgs,
                kind,
            })
        })
        .collect()
}

/// `then` where the `cfgs` hold, else `otherwise`; `then` alone without cfgs.
fn cfg_select(cfgs: &[&Attribute], then: TokenStream, otherwise: TokenStream) -> TokenStream {
    if cfgs.is_empty() {
        return then;
    }
    let predicates = cfgs.iter().filter_map(|attr| match &attr.meta {
        syn::Meta::List(list) => Some(&list.tokens),
        _ => None,
    });
    let all = quote!(all(#(#predicates),*));
    quote!({
        #[cfg(#all)]
        let value = #then;
        #[cfg(not(#all))]
        let value = #otherwise;
        value
    })
}

pub fn generate(catalog: &Catalog<'_>) -> TokenStream {
    let rows = rows(catalog);
    let mut item = strip_helpers(catalog.original);
    doc::append_table(&mut item, catalog, &rows);
    doc::document_variants(&mut item, &rows);
    let ident = &item.ident;
    let name = &catalog.name;
    let catalog_status = catalog.status.as_ref().and_then(|s| s.base10_parse::<u16>().ok());
    let default_status = option(catalog_status);

    let entries = entries_const(&rows, name, catalog_status);
    // Own entries are read from `ENTRIES` through `entry()`: one big match in
    // the whole expansion, not one per method. Only texts that differ from
    // their template (placeholders, escaped braces) get arms of their own.
    let from_entry = |field: TokenStream, wrap: TokenStream| {
        let text = quote! {
            match <Self as ::error_catalog::CatalogError>::entry(self) {
                ::core::option::Option::Some(entry) => entry.#field(),
                ::core::option::Option::None => "",
            }
        };
        if wrap.is_empty() {
            quote!(_ => #text,)
        } else {
            quote!(_ => #wrap(#text),)
        }
    };
    let has_own = rows.iter().any(|row| matches!(row.kind, RowKind::Entry { .. }));
    let code_arms = concat(rows.iter().map(|row| match &row.kind {
        RowKind::Entry { .. } => TokenStream::new(),
        RowKind::Transparent { field } => row.delegate(field, quote!(code)),
        RowKind::Other { field, .. } => {
            let pattern = row.pattern(&[&field.name]);
            let binding = &field.binding;
            quote!(#pattern => ::core::ops::Deref::deref(#binding),)
        }
    }));
    let code_default = has_own.then(|| from_entry(quote!(code), TokenStream::new()));
    let symptom_read = rows.iter().any(|row| read_from_entries(row, Which::Symptom));
    let solution_read = rows.iter().any(|row| read_from_entries(row, Which::Solution));
    let borrowed = quote!(::error_catalog::__private::Cow::Borrowed);
    let symptom_default = symptom_read.then(|| from_entry(Which::Symptom.method(), borrowed.clone()));
    let solution_default = solution_read.then(|| from_entry(Which::Solution.method(), borrowed));
    let write_symptom_default =
        symptom_read.then(|| from_entry(Which::Symptom.method(), quote!(f.write_str)));
    let write_solution_default =
        solution_read.then(|| from_entry(Which::Solution.method(), quote!(f.write_str)));
    let symptom_arms = concat(rows.iter().map(|row| text_arm(row, Which::Symptom)));
    let solution_arms = concat(rows.iter().map(|row| text_arm(row, Which::Solution)));
    let write_symptom_arms = concat(rows.iter().map(|row| write_arm(row, Which::Symptom)));
    let write_solution_arms = concat(rows.iter().map(|row| write_arm(row, Which::Solution)));
    let status_arms = rows.iter().filter_map(|row| match &row.kind {
        RowKind::Entry { .. } => None,
        RowKind::Transparent { field } => Some(row.delegate(field, quote!(status))),
        RowKind::Other { other, .. } => {
            let pattern = row.pattern(&[]);
            let status = match other.status.as_ref().and_then(|s| s.base10_parse::<u16>().ok()) {
                Some(status) => option(Some(status)),
                None => default_status.clone(),
            };
            Some(quote!(#pattern => #status,))
        }
    });
    let own_status = has_own.then(|| {
        quote! {
            _ => match <Self as ::error_catalog::CatalogError>::entry(self) {
                ::core::option::Option::Some(entry) => entry.status(),
                ::core::option::Option::None => ::core::option::Option::None,
            },
        }
    });
    // One match gives the position of an own entry, read from `ENTRIES` once.
    let entry_arms = concat(rows.iter().map(|row| match &row.kind {
        RowKind::Entry { position, .. } => {
            let pattern = row.pattern(&[]);
            quote!(#pattern => #position,)
        }
        RowKind::Transparent { field } => {
            let pattern = row.pattern(&[&field.name]);
            let binding = &field.binding;
            let call = quote::quote_spanned!(field.original.ty.span()=> ::error_catalog::CatalogError::entry(#binding));
            quote!(#pattern => return #call,)
        }
        RowKind::Other { .. } => {
            let pattern = row.pattern(&[]);
            quote!(#pattern => return ::core::option::Option::None,)
        }
    }));
    let entry_body = if has_own {
        quote! {
            let position: ::core::primitive::usize = match *self { #entry_arms };
            <Self as ::error_catalog::ErrorCatalog>::ENTRIES.get(position)
        }
    } else {
        quote!(match *self { #entry_arms })
    };
    let transparent_display_arms: Vec<TokenStream> = rows
        .iter()
        .filter_map(|row| match &row.kind {
            RowKind::Transparent { field } => {
                let pattern = row.pattern(&[&field.name]);
                let binding = &field.binding;
                Some(quote!(#pattern => return ::core::fmt::Display::fmt(#binding, f),))
            }
            _ => None,
        })
        .collect();
    let display_transparent = (!transparent_display_arms.is_empty()).then(|| {
        quote! {
            match *self {
                #(#transparent_display_arms)*
                _ => {}
            }
        }
    });
    let code_index = code_index(ident, &rows);
    let own_entry = own_entry(&rows);
    let inner_lookups = rows.iter().filter_map(|row| match &row.kind {
        RowKind::Transparent { field } => {
            let cfgs = row.cfgs;
            let ty = &field.original.ty;
            Some(quote! {
                #(#cfgs)*
                if let ::core::option::Option::Some(entry) = <#ty as ::error_catalog::ErrorCatalog>::lookup(code) {
                    return ::core::option::Option::Some(entry);
                }
            })
        }
        _ => None,
    });
    let units = rows
        .iter()
        .filter(|row| matches!(row.kind, RowKind::Entry { .. }))
        .enumerate()
        .filter(|(_, row)| row.variant.fields.is_empty());
    // `from_code` is inlined where it is called when its `match` is small:
    // a `match` of thousands of arms, compiled again in every caller, would
    // cost more build time than the call costs at run time.
    let inline_from_code = (units.clone().count() <= INLINE_ARMS).then(|| quote!(#[inline]));
    let unit_arms = concat(units.map(|(k, row)| {
        let cfgs = row.cfgs;
        let variant = &row.variant.original.ident;
        quote!(#(#cfgs)* #k => Self::#variant,)
    }));
    // An own code whose variant is configured out, or carries data, is left
    // to the embedded catalogs (which may have it when the variant is out).
    let own_value = if unit_arms.is_empty() {
        quote!()
    } else {
        quote! {
            if let ::core::option::Option::Some(k) = <Self as ::error_catalog::__private::CodeIndex>::index_of(code) {
                'own: {
                    return ::core::option::Option::Some(match k { #unit_arms _ => break 'own });
                }
            }
        }
    };
    let inner_from_codes = rows.iter().filter_map(|row| match &row.kind {
        RowKind::Transparent { field } => {
            let cfgs = row.cfgs;
            let ty = &field.original.ty;
            let construct = construct(row.variant, field, quote!(inner));
            Some(quote! {
                #(#cfgs)*
                if let ::core::option::Option::Some(inner) = <#ty as ::error_catalog::ErrorCatalog>::from_code(code) {
                    return ::core::option::Option::Some(#construct);
                }
            })
        }
        _ => None,
    });
    let unknown_code = quote! {
        ::core::result::Result::Err(
            ::error_catalog::UnknownCode::new(code, <Self as ::error_catalog::ErrorCatalog>::NAME),
        )
    };
    let unknown = rows
        .iter()
        .find_map(|row| match &row.kind {
            RowKind::Other { field, .. } => {
                let keep = construct(
                    row.variant,
                    field,
                    quote!(<::error_catalog::__private::String as ::core::convert::From<
                        &::core::primitive::str,
                    >>::from(code)),
                );
                Some(cfg_select(
                    row.cfgs,
                    quote!(::core::result::Result::Ok(#keep)),
                    unknown_code.clone(),
                ))
            }
            _ => None,
        })
        .unwrap_or(unknown_code);
    let from_inner = rows.iter().filter_map(|row| match &row.kind {
        RowKind::Transparent { field } => {
            let cfgs = row.cfgs;
            let from = from_impl(ident, row.variant, field);
            Some(quote!(#(#cfgs)* #[automatically_derived] #from))
        }
        _ => None,
    });
    let distinct_codes = rows
        .iter()
        .any(|row| matches!(row.kind, RowKind::Transparent { .. }))
        .then(|| {
            quote! {
                // Codes of embedded catalogs are only known to the compiler.
                const _: () = ::error_catalog::__private::assert_unique_codes::<
                    { <#ident as ::error_catalog::ErrorCatalog>::ENTRIES.len() },
                >(
                    <#ident as ::error_catalog::ErrorCatalog>::ENTRIES,
                    <#ident as ::error_catalog::ErrorCatalog>::NAME,
                );
            }
        });
    let source = source_fn(catalog, &rows);
    let serde = serde_impls(ident, &rows);
    let diagnostic = catalog
        .diagnostic
        .map(|span| quote::quote_spanned!(span=> ::error_catalog::__diagnostic_impl!(#ident);));

    quote! {
        #item

        // With every own entry behind a disabled `#[cfg]`, the arms that read
        // `ENTRIES` are left unreachable: the expansion cannot know.
        #[automatically_derived]
        #[allow(unreachable_code, unreachable_patterns)]
        impl ::error_catalog::CatalogError for #ident {
            fn code(&self) -> &::core::primitive::str {
                match *self { #code_arms #code_default }
            }
            fn symptom(&self) -> ::error_catalog::__private::Cow<'_, ::core::primitive::str> {
                match *self { #symptom_arms #symptom_default }
            }
            fn solution(&self) -> ::error_catalog::__private::Cow<'_, ::core::primitive::str> {
                match *self { #solution_arms #solution_default }
            }
            fn status(&self) -> ::core::option::Option<::core::primitive::u16> {
                match *self {
                    #(#status_arms)*
                    #own_status
                }
            }
            fn entry(&self) -> ::core::option::Option<&'static ::error_catalog::Entry> {
                #entry_body
            }
        }

        #[automatically_derived]
        #[allow(unreachable_patterns)]
        impl ::error_catalog::__private::WriteTexts for #ident {
            fn write_symptom(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match *self { #write_symptom_arms #write_symptom_default }
            }
            fn write_solution(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match *self { #write_solution_arms #write_solution_default }
            }
        }

        #[automatically_derived]
        impl ::error_catalog::ErrorCatalog for #ident {
            const NAME: &'static ::core::primitive::str = #name;
            const ENTRIES: &'static [::error_catalog::Entry] = #entries;

            #[inline]
            fn lookup(code: &::core::primitive::str) -> ::core::option::Option<&'static ::error_catalog::Entry> {
                if let ::core::option::Option::Some(k) = <Self as ::error_catalog::__private::CodeIndex>::index_of(code) {
                    // `None` when the code's variant is configured out: an
                    // embedded catalog may have the code then.
                    if let ::core::option::Option::Some(entry) = #own_entry {
                        return ::core::option::Option::Some(entry);
                    }
                }
                #(#inner_lookups)*
                ::core::option::Option::None
            }

            // Unreachable when every unit variant is behind a disabled `#[cfg]`.
            #[allow(unreachable_code)]
            #inline_from_code
            fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                #own_value
                #(#inner_from_codes)*
                ::core::option::Option::None
            }
        }

        #code_index

        #distinct_codes

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display_transparent
                ::error_catalog::__private::display(self, f)
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {
            #source
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = ::error_catalog::UnknownCode;

            #[inline]
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

        #serde

        #diagnostic
    }
}

/// The streams one after the other, in one stream: the compiler joins them
/// in one call (interpolated one by one, each is a call), and empty ones,
/// which most rows give, cost nothing.
fn concat(streams: impl Iterator<Item = TokenStream>) -> TokenStream {
    streams.filter(|stream| !stream.is_empty()).collect()
}

/// The serde impls, through a macro of `error_catalog` that expands to
/// nothing without its `serde` feature. A catalog whose own variants carry no
/// data is named by its codes; one with data is serialized as an object.
fn serde_impls(ident: &syn::Ident, rows: &[Row<'_, '_>]) -> TokenStream {
    let carries_data = rows
        .iter()
        .any(|row| matches!(row.kind, RowKind::Entry { .. }) && !row.variant.fields.is_empty());
    let form = if carries_data {
        quote!(object)
    } else {
        quote!(code)
    };
    let transparent = rows.iter().filter_map(|row| match &row.kind {
        RowKind::Transparent { field } => {
            let cfgs = row.cfgs.iter().filter_map(|attr| match &attr.meta {
                syn::Meta::List(list) => Some(&list.tokens),
                _ => None,
            });
            let ident = &row.variant.original.ident;
            let member = &field.member;
            let binding = &field.binding;
            Some(quote!(#(#[cfg(#cfgs)])* Self::#ident { #member: ref #binding, .. } => #binding))
        }
        _ => None,
    });
    quote!(::error_catalog::__serde_impls!(#form #ident; #(#transparent),*);)
}

/// The table of the catalog's own codes, as `CodeIndex::index_of`.
fn code_index(ident: &syn::Ident, rows: &[Row<'_, '_>]) -> TokenStream {
    let codes: Vec<&str> = rows
        .iter()
        .filter_map(|row| match &row.kind {
            RowKind::Entry { entry, .. } => Some(entry.code.value.as_str()),
            _ => None,
        })
        .collect();
    code_index_impl(ident, table::index_of_body(&codes))
}

/// `CodeIndex` for the catalog, `index_of(code)` being `body`.
fn code_index_impl(ident: &syn::Ident, body: TokenStream) -> TokenStream {
    quote! {
        #[automatically_derived]
        impl ::error_catalog::__private::CodeIndex for #ident {
            #[inline]
            fn index_of(code: &::core::primitive::str) -> ::core::option::Option<::core::primitive::usize> {
                #body
            }
        }
    }
}

/// The entry of own code number `k` in `ENTRIES`: at `k` itself unless
/// inner catalogs or `#[cfg]`s move it. A code whose variant is configured
/// out has no entry, and its position points elsewhere: the code is checked.
fn own_entry(rows: &[Row<'_, '_>]) -> TokenStream {
    let own = || {
        rows.iter()
            .filter(|row| matches!(row.kind, RowKind::Entry { .. }))
    };
    let moved = rows
        .iter()
        .any(|row| !row.cfgs.is_empty() || matches!(row.kind, RowKind::Transparent { .. }));
    let entries = quote!(<Self as ::error_catalog::ErrorCatalog>::ENTRIES);
    if !moved {
        return quote!(#entries.get(k));
    }
    let positions = own().filter_map(|row| match &row.kind {
        RowKind::Entry { position, .. } => Some(position),
        _ => None,
    });
    let count = own().count();
    let found = quote! {{
        static POSITIONS: [::core::primitive::usize; #count] = [#(#positions),*];
        #entries.get(POSITIONS[k])
    }};
    if own().any(|row| !row.cfgs.is_empty()) {
        quote!(#found.filter(|entry| entry.code() == code))
    } else {
        found
    }
}

/// `ENTRIES`: a literal array, or, when inner catalogs are embedded, the
/// runs concatenated at compile time. An entry with the catalog's status and
/// no url (most of them) is a call of a local `const fn` with its four
/// texts: a tenth of the tokens of a call of `__private::entry`, for a
/// compiler that checks thousands of them.
fn entries_const(rows: &[Row<'_, '_>], name: &str, default_status: Option<u16>) -> TokenStream {
    enum Run<'r> {
        Own(Vec<TokenStream>),
        Inner(&'r Row<'r, 'r>, &'r syn::Type),
    }
    let mut runs: Vec<Run<'_>> = Vec::new();
    let mut short_calls = false;
    for row in rows {
        match &row.kind {
            RowKind::Entry { entry, .. } => {
                let cfgs = row.cfgs;
                // The user's literals where there are some: no escaping again.
                let code = entry.code.literal();
                let symptom = entry.symptom.literal();
                let solution = entry.solution.literal();
                let variant = unraw(&row.variant.original.ident);
                let status = entry
                    .status
                    .as_ref()
                    .and_then(|s| s.base10_parse::<u16>().ok())
                    .or(default_status);
                let tokens = if status == default_status && entry.url.is_none() {
                    short_calls = true;
                    quote!(#(#cfgs)* __entry(#code, #symptom, #solution, #variant),)
                } else {
                    let status = option(status);
                    let url = option(entry.url.as_ref().map(LitStr::value));
                    quote! {
                        #(#cfgs)*
                        ::error_catalog::__private::entry(#code, #symptom, #solution, #status, #url, #variant, #name),
                    }
                };
                match runs.last_mut() {
                    Some(Run::Own(own)) => own.push(tokens),
                    _ => runs.push(Run::Own(vec![tokens])),
                }
            }
            RowKind::Transparent { field } => runs.push(Run::Inner(row, &field.original.ty)),
            RowKind::Other { .. } => {}
        }
    }
    let default_status = option(default_status);
    // Only where an entry calls it; the `const _` uses it even when every
    // such entry is behind a disabled `#[cfg]` (no `allow`, which a crate's
    // `forbid(dead_code)` would refuse).
    let entry_fn = short_calls.then(|| {
        quote! {
            const _: () = {
                let _ = __entry;
            };
            const fn __entry(
                code: &'static ::core::primitive::str,
                symptom: &'static ::core::primitive::str,
                solution: &'static ::core::primitive::str,
                variant: &'static ::core::primitive::str,
            ) -> ::error_catalog::Entry {
                ::error_catalog::__private::entry(
                    code, symptom, solution, #default_status, ::core::option::Option::None, variant, #name,
                )
            }
        }
    });
    // One static holds the table: every use of `ENTRIES` is then a pointer
    // to it, not a copy of the whole array for the compiler to emit again.
    // The entries of a run with their commas, joined in one call.
    let joined = |own: &mut Vec<TokenStream>| -> TokenStream { std::mem::take(own).into_iter().collect() };
    match &mut runs[..] {
        [] => quote!(&[]),
        [Run::Own(own)] => {
            let configured = rows
                .iter()
                .any(|row| matches!(row.kind, RowKind::Entry { .. }) && !row.cfgs.is_empty());
            let len = if configured {
                let units = own_units(rows);
                quote!(<[()]>::len(&[#(#units),*]))
            } else {
                let len = own.len();
                quote!(#len)
            };
            let own = joined(own);
            quote! {{
                #entry_fn
                static ENTRIES: [::error_catalog::Entry; #len] = [#own];
                &ENTRIES
            }}
        }
        _ => {
            let runs = runs.iter_mut().map(|run| match run {
                Run::Own(own) => {
                    let own = joined(own);
                    quote!(&[#own])
                }
                Run::Inner(row, ty) => cfg_select(
                    row.cfgs,
                    quote!(<#ty as ::error_catalog::ErrorCatalog>::ENTRIES),
                    quote!(&[]),
                ),
            });
            quote! {{
                #entry_fn
                const RUNS: &[&[::error_catalog::Entry]] = &[#(#runs),*];
                static ENTRIES: [::error_catalog::Entry; ::error_catalog::__private::total_len(RUNS)] =
                    ::error_catalog::__private::concat(RUNS);
                &ENTRIES
            }}
        }
    }
}

/// `()` for each own entry, with its `#[cfg]`s: an array whose length is the
/// number of own entries in this configuration.
fn own_units(rows: &[Row<'_, '_>]) -> Vec<TokenStream> {
    rows.iter()
        .filter(|row| matches!(row.kind, RowKind::Entry { .. }))
        .map(|row| {
            let cfgs = row.cfgs;
            quote!(#(#cfgs)* ())
        })
        .collect()
}

#[derive(Clone, Copy)]
enum Which {
    Symptom,
    Solution,
}

impl Which {
    fn text<'c>(self, row: &RowKind<'c, '_>) -> Option<&'c Text> {
        let (symptom, solution) = match row {
            RowKind::Entry { entry, .. } => (&entry.symptom, &entry.solution),
            RowKind::Other { other, .. } => (&other.symptom, &other.solution),
            RowKind::Transparent { .. } => return None,
        };
        Some(match self {
            Which::Symptom => symptom,
            Which::Solution => solution,
        })
    }

    fn method(self) -> TokenStream {
        match self {
            Which::Symptom => quote!(symptom),
            Which::Solution => quote!(solution),
        }
    }

    fn write_method(self) -> TokenStream {
        match self {
            Which::Symptom => quote!(write_symptom),
            Which::Solution => quote!(write_solution),
        }
    }
}

/// An arm of `symptom()` or `solution()`: the text borrowed when it has no
/// placeholders, else rendered by the `WriteTexts` arm (one formatting path
/// for both, so a field that cannot be formatted is reported once).
fn text_arm(row: &Row<'_, '_>, which: Which) -> TokenStream {
    let Some(text) = which.text(&row.kind) else {
        return match &row.kind {
            RowKind::Transparent { field } => row.delegate(field, which.method()),
            _ => TokenStream::new(),
        };
    };
    if read_from_entries(row, which) {
        return TokenStream::new();
    }
    match text.template.as_plain_text() {
        Some(plain) => {
            let pattern = row.pattern(&[]);
            quote!(#pattern => ::error_catalog::__private::Cow::Borrowed(#plain),)
        }
        None => {
            let pattern = row.pattern(&[]);
            let write = which.write_method();
            quote! {
                #pattern => ::error_catalog::__private::Cow::Owned(::error_catalog::__private::render(
                    |f| ::error_catalog::__private::WriteTexts::#write(self, f),
                )),
            }
        }
    }
}

/// An arm of `write_symptom()` or `write_solution()`, which write without allocating.
fn write_arm(row: &Row<'_, '_>, which: Which) -> TokenStream {
    let Some(text) = which.text(&row.kind) else {
        return match &row.kind {
            RowKind::Transparent { field } => {
                let pattern = row.pattern(&[&field.name]);
                let binding = &field.binding;
                let method = which.method();
                let call = quote::quote_spanned!(field.original.ty.span()=> ::error_catalog::CatalogError::#method(#binding));
                quote!(#pattern => f.write_str(&#call),)
            }
            _ => TokenStream::new(),
        };
    };
    if read_from_entries(row, which) {
        return TokenStream::new();
    }
    let used: Vec<&str> = text.template.fields().collect();
    let pattern = row.pattern(&used);
    match text.template.as_plain_text() {
        Some(plain) => quote!(#pattern => f.write_str(#plain),),
        None => {
            // Spanned at the user's literal, so that a field that does not
            // implement the requested trait is reported there.
            let format = LitStr::new(
                &text.template.format_string(|name| format!("__ec_{name}")),
                text.lit.span(),
            );
            quote!(#pattern => ::core::write!(f, #format),)
        }
    }
}

/// Whether the `which` text of `row` is an own entry's text that reads
/// exactly as its template (no placeholders, no escaped braces): such a text
/// is read from the catalog's `ENTRIES` by the methods' default arm.
fn read_from_entries(row: &Row<'_, '_>, which: Which) -> bool {
    matches!(row.kind, RowKind::Entry { .. })
        && which.text(&row.kind).is_some_and(|text| {
            text.template
                .as_plain_text()
                .is_some_and(|plain| plain == text.value)
        })
}

/// `Self::Variant { member: value }`, for a one-field variant.
fn construct(variant: &Variant<'_>, field: &Field<'_>, value: TokenStream) -> TokenStream {
    let ident = &variant.original.ident;
    let member = &field.member;
    quote!(Self::#ident { #member: #value })
}

/// `From<Inner>` for a transparent variant.
fn from_impl(ident: &syn::Ident, variant: &Variant<'_>, field: &Field<'_>) -> TokenStream {
    let ty = &field.original.ty;
    let construct = construct(variant, field, quote!(inner));
    quote! {
        impl ::core::convert::From<#ty> for #ident {
            fn from(inner: #ty) -> Self {
                #construct
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

pub fn unraw(ident: &syn::Ident) -> String {
    let name = ident.to_string();
    name.strip_prefix("r#").map(str::to_owned).unwrap_or(name)
}

/// `Error::source()`: the `#[source]` field, or the inner catalog's source.
fn source_fn(catalog: &Catalog<'_>, rows: &[Row<'_, '_>]) -> TokenStream {
    let arms: Vec<TokenStream> = rows
        .iter()
        .filter_map(|row| {
            if let RowKind::Transparent { field } = &row.kind {
                let pattern = row.pattern(&[&field.name]);
                let binding = &field.binding;
                return Some(quote!(#pattern => ::core::error::Error::source(#binding),));
            }
            let field = row.variant.fields.get(row.variant.source?)?;
            let pattern = row.pattern(&[field.name.as_str()]);
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

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;

    /// Whether the expansion of a catalog of `n` unit variants marks its
    /// `from_code` `#[inline]`.
    fn inline_from_code(n: usize) -> bool {
        let variants: String = (0..n)
            .map(|i| format!("#[entry(symptom = \"s\", solution = \"t\")] V{i},"))
            .collect();
        let input: TokenStream = format!("pub enum E {{ {variants} }}").parse().expect("lexes");
        let output = super::error_catalog(TokenStream::new(), input).to_string();
        let (before, _) = output.split_once("fn from_code").expect("from_code is generated");
        before.trim_end().ends_with("# [inline]")
    }

    #[test]
    fn only_small_matches_are_inlined() {
        assert!(inline_from_code(17));
        assert!(inline_from_code(super::INLINE_ARMS));
        assert!(!inline_from_code(super::INLINE_ARMS + 1));
    }
}

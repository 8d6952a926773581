//! `Embedded`, for a catalog with transparent variants: its own codes,
//! sorted; each embedded catalog's run of `ENTRIES` (with the variant's
//! `status`, and for `fallback` without the codes the catalog has
//! elsewhere); the copies that `lookup` and `entry()` give for a variant
//! with `status`; and, at each transparent variant without `fallback`, the
//! const check that its codes are the catalog's nowhere else.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::tokens::{concat, const_check, option};
use crate::lower::{Lowered, Row, RowKind};

/// `Embedded` and the checks of the embedded codes.
pub fn embedded_impl(lowered: &Lowered<'_>) -> TokenStream {
    let embedded = embedded_trait_impl(lowered);
    let checks = concat(lowered.transparent().map(|(row, _)| unique_check(lowered, row)));
    quote!(#embedded #checks)
}

/// `Embedded`, which `ENTRIES` reads; the fallback has it too, without the
/// checks.
pub fn embedded_trait_impl(lowered: &Lowered<'_>) -> TokenStream {
    if !lowered.has_transparent() {
        return TokenStream::new();
    }
    let ident = lowered.ident;
    let own_codes = own_codes(lowered);
    let runs = lowered.transparent().map(|(row, _)| run(lowered, row));
    let spliced = spliced_fn(lowered);
    quote! {
        #[automatically_derived]
        impl ::error_catalog::__private::Embedded for #ident {
            const OWN_CODES: &'static [&'static ::core::primitive::str] = &[#own_codes];
            const RUNS: &'static [&'static [::error_catalog::Entry]] = &[#(#runs),*];
            #spliced
        }
    }
}

/// The own codes and aliases, sorted as `str`s are, each behind its
/// variant's `#[cfg]`.
fn own_codes(lowered: &Lowered<'_>) -> TokenStream {
    let mut own: Vec<(&Row<'_>, &str)> = lowered
        .own()
        .flat_map(|(row, entry)| {
            let aliases = entry.aliases.iter().map(String::as_str);
            std::iter::once(entry.code.as_str())
                .chain(aliases)
                .map(move |code| (row, code))
        })
        .collect();
    own.sort_by_key(|&(_, code)| code);
    concat(own.into_iter().map(|(row, code)| {
        let cfg = row.cfg.attrs();
        quote!(#cfg #code,)
    }))
}

/// `ENTRIES` of the catalog in `row`, behind the row's `#[cfg]` (else no
/// entries).
fn inner_entries(row: &Row<'_>) -> TokenStream {
    let (RowKind::Transparent { .. }, Some(field)) = (&row.kind, row.only_field()) else {
        return quote!(&[]);
    };
    let ty = &field.original.ty;
    row.cfg.select(
        quote!(<#ty as ::error_catalog::ErrorCatalog>::ENTRIES),
        quote!(&[]),
    )
}

/// The run of `row` in `ENTRIES`: the inner catalog's entries as they are,
/// or a copy with the status and without the shadowed codes.
fn run(lowered: &Lowered<'_>, row: &Row<'_>) -> TokenStream {
    let RowKind::Transparent { status, fallback, .. } = &row.kind else {
        return quote!(&[]);
    };
    let inner = inner_entries(row);
    if status.is_none() && !fallback {
        return inner;
    }
    let ident = lowered.ident;
    let status = option(*status);
    let (own, others) = if *fallback {
        let own = quote!(<#ident as ::error_catalog::__private::Embedded>::OWN_CODES);
        (own, shadowing(lowered, row))
    } else {
        (quote!(&[]), quote!(&[]))
    };
    quote! {{
        const INNER: &[::error_catalog::Entry] = #inner;
        const OTHERS: &[&[::error_catalog::Entry]] = #others;
        static ALIASES: [&::core::primitive::str; ::error_catalog::__private::kept_aliases_len(INNER, #own, OTHERS)] =
            ::error_catalog::__private::kept_aliases(INNER, #own, OTHERS);
        static RUN: [::error_catalog::Entry; ::error_catalog::__private::kept_len(INNER, #own, OTHERS)] =
            ::error_catalog::__private::splice(INNER, #status, #own, OTHERS, &ALIASES);
        &RUN
    }}
}

/// The embedded catalogs whose codes the `fallback` catalog of `row` yields
/// to: every one without `fallback`, and the `fallback` ones before it.
pub fn shadowing(lowered: &Lowered<'_>, row: &Row<'_>) -> TokenStream {
    let others = lowered
        .transparent()
        .filter(|(other, _)| other.index != row.index && (!other.is_fallback() || other.index < row.index))
        .map(|(other, _)| inner_entries(other));
    quote!(&[#(#others),*])
}

/// `Embedded::spliced`, when some transparent variant gives a status: the
/// copy of each of its inner entries with that status.
fn spliced_fn(lowered: &Lowered<'_>) -> TokenStream {
    let arms = concat(lowered.transparent().map(|(row, field)| {
        let RowKind::Transparent {
            status: Some(status),
            run,
            ..
        } = row.kind
        else {
            return TokenStream::new();
        };
        let cfg = row.cfg.attrs();
        let ty = &field.original.ty;
        quote! {
            #cfg
            #run => {
                const INNER: &[::error_catalog::Entry] = <#ty as ::error_catalog::ErrorCatalog>::ENTRIES;
                static COPY: [::error_catalog::Entry; INNER.len()] =
                    ::error_catalog::__private::splice(INNER, ::core::option::Option::Some(#status), &[], &[], &[]);
                ::error_catalog::__private::respliced(&COPY, INNER, entry)
            }
        }
    }));
    if arms.is_empty() {
        return TokenStream::new();
    }
    quote! {
        fn spliced(run: ::core::primitive::usize, entry: &'static ::error_catalog::Entry) -> &'static ::error_catalog::Entry {
            match run {
                #arms
                _ => entry,
            }
        }
    }
}

/// At a transparent variant without `fallback`: the const check that the
/// codes it embeds are neither own codes nor those of a catalog embedded
/// before it without `fallback`.
fn unique_check(lowered: &Lowered<'_>, row: &Row<'_>) -> TokenStream {
    let (RowKind::Transparent { fallback: false, .. }, Some(field)) = (&row.kind, row.only_field()) else {
        return TokenStream::new();
    };
    let (ident, name) = (lowered.ident, &lowered.name);
    let cfg = row.cfg.attrs();
    let ty = &field.original.ty;
    let variant = &row.name;
    let earlier = lowered
        .transparent()
        .filter(|(other, _)| other.index < row.index && !other.is_fallback())
        .map(|(other, _)| inner_entries(other));
    let span = row.variant.ident.span();
    let complaint = quote_spanned! {span=>
        ::error_catalog::__private::shared_codes(
            <#ty as ::error_catalog::ErrorCatalog>::ENTRIES,
            <#ty as ::error_catalog::ErrorCatalog>::NAME,
            <#ident as ::error_catalog::__private::Embedded>::OWN_CODES,
            &[#(#earlier),*],
            #name,
            #variant,
        )
    };
    const_check(span, cfg, complaint)
}

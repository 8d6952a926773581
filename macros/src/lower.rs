//! The lowered catalog: what every emitter reads. Each variant whose entry
//! could be read becomes a [`Row`] with its kind, its resolved status, its
//! place in `ENTRIES` and its `#[cfg]`, which every emitter applies through
//! [`Cfg`], the one place that knows how.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Attribute, Ident};

use crate::ast::{Catalog, Conversion, EntryData, Field, Kind, OtherData, Text, Variant};

pub struct Lowered<'c, 'a> {
    pub ident: &'a Ident,
    /// The catalog's name, `ErrorCatalog::NAME`.
    pub name: &'c str,
    /// The status of own entries that give none.
    pub status: Option<u16>,
    /// `diagnostic`, where it was given.
    pub diagnostic: Option<proc_macro2::Span>,
    /// `axum`, where it was given.
    pub axum: Option<proc_macro2::Span>,
    /// The number of variants, rows or not.
    pub variants: usize,
    pub rows: Vec<Row<'c, 'a>>,
    /// The variants to generate `From` for: transparent ones and `#[from]`
    /// fields, whether or not their entries could be read, but none that
    /// clashes with an earlier one (reported; it would only add a conflict).
    pub conversions: Vec<Conversion<'c, 'a>>,
}

/// A variant with what the expansion needs of it.
pub struct Row<'c, 'a> {
    pub variant: &'c Variant<'a>,
    /// The position of the variant in the enum.
    pub index: usize,
    pub cfg: Cfg<'c, 'a>,
    pub kind: RowKind<'c, 'a>,
}

pub enum RowKind<'c, 'a> {
    /// `position` is the index of the entry in `ENTRIES`, as an expression:
    /// the lengths of inner catalogs are only known to the compiler.
    Entry {
        entry: &'c EntryData,
        status: Option<u16>,
        position: TokenStream,
    },
    Transparent {
        field: &'c Field<'a>,
        /// The status of inner entries that give none.
        status: Option<u16>,
        /// `fallback`: the inner codes the catalog has elsewhere resolve there.
        fallback: bool,
        /// The number of the transparent variant, in declaration order: its
        /// run in `Embedded::RUNS`.
        run: usize,
    },
    Other {
        other: &'c OtherData,
        status: Option<u16>,
        field: &'c Field<'a>,
    },
}

/// The `#[cfg]` attributes of one variant, repeated on everything generated
/// for it.
#[derive(Clone, Copy)]
pub struct Cfg<'c, 'a>(&'c [&'a Attribute]);

impl<'c, 'a> Cfg<'c, 'a> {
    /// The `#[cfg]`s of `variant`.
    pub fn of(variant: &'c Variant<'a>) -> Self {
        Cfg(&variant.cfgs)
    }

    /// Whether the variant is there in every configuration.
    pub fn is_always(self) -> bool {
        self.0.is_empty()
    }

    /// The attributes, to put before an arm, a statement or an item.
    pub fn attrs(self) -> TokenStream {
        let cfgs = self.0;
        quote!(#(#cfgs)*)
    }

    /// `then` where the variant is configured in, else `otherwise`, as one
    /// expression; `then` alone when it always is.
    pub fn select(self, then: TokenStream, otherwise: TokenStream) -> TokenStream {
        if self.is_always() {
            return then;
        }
        let predicates = self.0.iter().filter_map(|attr| match &attr.meta {
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

    /// The attributes as a person reads them, `cfg(feature = "x")`, for
    /// the rustdoc table.
    pub fn describe(self) -> Vec<String> {
        self.0
            .iter()
            .map(|cfg| cfg.meta.to_token_stream().to_string())
            .collect()
    }
}

/// The symptom or the solution.
#[derive(Clone, Copy)]
pub enum Which {
    Symptom,
    Solution,
}

impl Which {
    pub fn method(self) -> TokenStream {
        match self {
            Which::Symptom => quote!(symptom),
            Which::Solution => quote!(solution),
        }
    }

    pub fn write_method(self) -> TokenStream {
        match self {
            Which::Symptom => quote!(write_symptom),
            Which::Solution => quote!(write_solution),
        }
    }
}

impl<'c, 'a> Lowered<'c, 'a> {
    /// The rows of `catalog`, with the position of each own entry in `ENTRIES`.
    pub fn new(catalog: &'c Catalog<'a>) -> Self {
        let status = catalog.status.map(|status| status.value);
        let mut own_before = 0usize;
        let mut dynamic_before: Vec<TokenStream> = Vec::new();
        let mut rows = Vec::with_capacity(catalog.variants.len());
        let mut runs = 0;
        for (index, variant) in catalog.variants.iter().enumerate() {
            let cfg = Cfg::of(variant);
            let kind = match variant.kind.as_ref() {
                Some(Kind::Entry(entry)) => {
                    let position = quote!(#own_before #(+ #dynamic_before)*);
                    if cfg.is_always() {
                        own_before += 1;
                    } else {
                        dynamic_before.push(cfg.select(quote!(1usize), quote!(0usize)));
                    }
                    RowKind::Entry {
                        entry,
                        status: entry.status.map(|s| s.value).or(status),
                        position,
                    }
                }
                Some(Kind::Transparent(transparent)) if variant.fields.len() == 1 => {
                    let ident = &catalog.original.ident;
                    let length = quote!(<#ident as ::error_catalog::__private::Embedded>::RUNS[#runs].len());
                    dynamic_before.push(length);
                    runs += 1;
                    RowKind::Transparent {
                        field: &variant.fields[0],
                        status: transparent.status.map(|s| s.value),
                        fallback: transparent.fallback,
                        run: runs - 1,
                    }
                }
                Some(Kind::Other(other)) if variant.fields.len() == 1 => RowKind::Other {
                    other,
                    status: other.status.map(|s| s.value).or(status),
                    field: &variant.fields[0],
                },
                _ => continue,
            };
            rows.push(Row {
                variant,
                index,
                cfg,
                kind,
            });
        }
        Lowered {
            ident: &catalog.original.ident,
            name: &catalog.name,
            status,
            diagnostic: catalog.diagnostic,
            axum: catalog.axum,
            variants: catalog.variants.len(),
            rows,
            conversions: catalog
                .conversions()
                .into_iter()
                .filter(|conversion| conversion.clash.is_none())
                .collect(),
        }
    }

    /// The rows of own entries, each with its entry.
    pub fn own(&self) -> impl Iterator<Item = (&Row<'c, 'a>, &'c EntryData)> + Clone {
        self.rows.iter().filter_map(|row| match row.kind {
            RowKind::Entry { entry, .. } => Some((row, entry)),
            _ => None,
        })
    }

    /// The transparent rows, each with its field, in declaration order.
    pub fn transparent(&self) -> impl Iterator<Item = (&Row<'c, 'a>, &'c Field<'a>)> + Clone {
        self.rows.iter().filter_map(|row| match row.kind {
            RowKind::Transparent { field, .. } => Some((row, field)),
            _ => None,
        })
    }

    /// The transparent rows in the order their catalogs are asked for a
    /// code, after the own entries: those without `fallback` first, so that
    /// a code shared with a `fallback` catalog resolves to the other entry.
    pub fn resolution_order(&self) -> impl Iterator<Item = (&Row<'c, 'a>, &'c Field<'a>)> {
        let (fallback, first): (Vec<_>, Vec<_>) = self.transparent().partition(|(row, _)| row.is_fallback());
        first.into_iter().chain(fallback)
    }

    pub fn has_own(&self) -> bool {
        self.own().next().is_some()
    }

    pub fn has_transparent(&self) -> bool {
        self.transparent().next().is_some()
    }

    /// The families, each with its prefix and field, the longest prefix
    /// first: the order in which a code is matched against them.
    pub fn families(&self) -> Vec<(&Row<'c, 'a>, String, &'c Field<'a>)> {
        let mut families: Vec<_> = self
            .rows
            .iter()
            .filter_map(|row| row.family().map(|(prefix, field)| (row, prefix, field)))
            .collect();
        families.sort_by_key(|(_, prefix, _)| std::cmp::Reverse(prefix.len()));
        families
    }
}

impl<'c, 'a> Row<'c, 'a> {
    /// The prefix and the field of a family's row: the field holds the
    /// whole code.
    pub fn family(&self) -> Option<(String, &'c Field<'a>)> {
        match (&self.kind, self.variant.fields.as_slice()) {
            (RowKind::Entry { entry, .. }, [field]) => {
                entry.family.as_ref().map(|prefix| (prefix.value(), field))
            }
            _ => None,
        }
    }

    /// Whether the row is a transparent one marked `fallback`.
    pub fn is_fallback(&self) -> bool {
        matches!(self.kind, RowKind::Transparent { fallback: true, .. })
    }

    /// The row's `which` text; a transparent row has its inner value's.
    pub fn text(&self, which: Which) -> Option<&'c Text> {
        let (symptom, solution) = match &self.kind {
            RowKind::Entry { entry, .. } => (&entry.symptom, &entry.solution),
            RowKind::Other { other, .. } => (&other.symptom, &other.solution),
            RowKind::Transparent { .. } => return None,
        };
        Some(match which {
            Which::Symptom => symptom,
            Which::Solution => solution,
        })
    }

    /// Whether the `which` text of the row is an own entry's text that
    /// reads exactly as its template (no placeholders, no escaped braces):
    /// such a text is read from the catalog's `ENTRIES` by the methods'
    /// default arm, so that it is in the expansion once.
    pub fn text_in_entries(&self, which: Which) -> bool {
        matches!(self.kind, RowKind::Entry { .. })
            && self.text(which).is_some_and(|text| {
                text.template
                    .as_plain_text()
                    .is_some_and(|plain| plain == text.value)
            })
    }
}

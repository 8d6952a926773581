//! The lowered catalog: what every emitter, the fallback and the lock read,
//! with every value typed once (serde_derive's `internals/attr.rs` is the
//! model). Each variant whose entry could be read becomes a [`Row`] that
//! owns its strings, its resolved status, its own code's number in the
//! code table, its place in `ENTRIES` and its `#[cfg]`, which every emitter
//! applies through [`Cfg`], the one place that knows how. Only syntax that
//! generated code names again (identifiers, field types, `#[cfg]`s) is
//! borrowed from the enum; no literal is read after this.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{Attribute, Ident};

use crate::ast::{Catalog, Conversion, EntryData, Field, Kind, OtherData, Text, TransparentData, Variant};
use crate::attr::Status;
use crate::template::Template;
use crate::thiserror::Style;

pub struct Lowered<'a> {
    pub ident: &'a Ident,
    /// The catalog's name, `ErrorCatalog::NAME`.
    pub name: String,
    /// The enum's name without `r#`, as its lock file names it.
    pub enum_name: String,
    /// The status of own entries that give none.
    pub status: Option<u16>,
    /// Who writes `Display`, `Error` and `From`.
    pub style: Style,
    /// The integration flags given: the glue macro each calls, and where.
    pub integrations: Vec<(&'static str, Span)>,
    /// The number of variants, rows or not.
    pub variants: usize,
    pub rows: Vec<Row<'a>>,
    /// The rows of the families, by their index in `rows`, the longest
    /// prefix first: the order in which a code is matched against them.
    pub families: Vec<usize>,
    /// The variants to generate `From` for: transparent ones and `#[from]`
    /// fields, whether or not their entries could be read, but none that
    /// clashes with an earlier one (reported; it would only add a conflict).
    pub conversions: Vec<FromImpl<'a>>,
}

/// A variant with what the expansion needs of it.
pub struct Row<'a> {
    pub variant: &'a syn::Variant,
    /// The variant's name without `r#`.
    pub name: String,
    /// The position of the variant in the enum.
    pub index: usize,
    pub fields: Vec<Field<'a>>,
    /// Index into `fields` of the error's `source()`.
    pub source: Option<usize>,
    pub cfg: Cfg<'a>,
    pub kind: RowKind,
}

pub enum RowKind {
    Entry(Box<OwnEntry>),
    Transparent {
        /// The status of inner entries that give none.
        status: Option<u16>,
        /// Where that status is written, for the lock.
        status_span: Option<Span>,
        /// `fallback`: the inner codes the catalog has elsewhere resolve there.
        fallback: bool,
        /// The number of the transparent variant, in declaration order: its
        /// run in `Embedded::RUNS`.
        run: usize,
    },
    Other {
        texts: Texts,
        status: Option<u16>,
    },
}

/// An entry of the catalog's own.
pub struct OwnEntry {
    /// The number of the code among the own codes, in declaration order:
    /// its index in the code table.
    pub k: usize,
    pub code: String,
    /// The code as a token: the user's literal, or the derived code.
    pub code_token: Literal,
    /// The `code` literal, else the variant's name (a derived code), else
    /// the `family` prefix.
    pub code_span: Span,
    pub texts: Texts,
    /// The entry's status, else the enum's.
    pub status: Option<u16>,
    /// Where that status is written; the code's span when there is none.
    pub status_span: Span,
    pub url: Option<String>,
    pub aliases: Vec<String>,
    pub deprecated: Option<String>,
    /// A family's prefix.
    pub family: Option<String>,
    /// The variant's doc comment: the long explanation.
    pub doc: Option<String>,
    /// The index of the entry in `ENTRIES`, as an expression: the lengths
    /// of inner catalogs are only known to the compiler.
    pub position: TokenStream,
}

/// The symptom and the solution.
pub struct Texts {
    pub symptom: LoweredText,
    pub solution: LoweredText,
}

pub struct LoweredText {
    pub value: String,
    pub template: Template,
    /// The text as a token: the user's literal where it can be.
    pub token: Literal,
    pub span: Span,
}

/// A `From<Type>` impl to generate: for a transparent variant, or a
/// `#[from]` field.
pub struct FromImpl<'a> {
    pub variant: &'a syn::Variant,
    pub field: Field<'a>,
    pub cfg: Cfg<'a>,
}

/// The `#[cfg]` attributes of one variant, repeated on everything generated
/// for it.
#[derive(Clone)]
pub struct Cfg<'a>(Vec<&'a Attribute>);

impl<'a> Cfg<'a> {
    /// The `#[cfg]`s of `variant`.
    pub fn of(variant: &Variant<'a>) -> Self {
        Cfg(variant.cfgs.clone())
    }

    /// Whether the variant is there in every configuration.
    pub fn is_always(&self) -> bool {
        self.0.is_empty()
    }

    /// The attributes, to put before an arm, a statement or an item.
    pub fn attrs(&self) -> TokenStream {
        let cfgs = &self.0;
        quote!(#(#cfgs)*)
    }

    /// `then` where the variant is configured in, else `otherwise`, as one
    /// expression; `then` alone when it always is.
    pub fn select(&self, then: TokenStream, otherwise: TokenStream) -> TokenStream {
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
    pub fn describe(&self) -> Vec<String> {
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

/// What `Lowered::new` counts as it goes: the own codes so far, and what
/// comes before the next entry in `ENTRIES`.
#[derive(Default)]
struct Positions {
    own_codes: usize,
    /// Own entries before the next one that every configuration has.
    own_before: usize,
    /// The lengths, as expressions, of what else comes before it: inner
    /// catalogs' runs and own entries behind `#[cfg]`.
    dynamic_before: Vec<TokenStream>,
    runs: usize,
}

impl<'a> Lowered<'a> {
    /// The rows of `catalog`, each own entry with its number and its
    /// position in `ENTRIES`.
    pub fn new(catalog: &Catalog<'a>) -> Self {
        let status = catalog.status;
        let ident = &catalog.original.ident;
        let mut positions = Positions::default();
        let rows: Vec<Row<'a>> = (catalog.variants.iter().enumerate())
            .filter_map(|(index, variant)| {
                let kind = RowKind::lower(variant, status, ident, &mut positions)?;
                Some(Row::new(variant, index, kind))
            })
            .collect();
        Lowered {
            ident,
            name: catalog.name.clone(),
            enum_name: catalog.enum_name.clone(),
            status: status.map(|status| status.value),
            style: catalog.style,
            integrations: catalog.integrations.clone(),
            variants: catalog.variants.len(),
            families: families(&rows),
            rows,
            conversions: conversions(catalog),
        }
    }

    /// The rows of own entries, each with its entry.
    pub fn own(&self) -> impl Iterator<Item = (&Row<'a>, &OwnEntry)> + Clone {
        self.rows.iter().filter_map(|row| Some((row, row.own()?)))
    }

    /// The transparent rows, each with its field, in declaration order.
    pub fn transparent(&self) -> impl Iterator<Item = (&Row<'a>, &Field<'a>)> + Clone {
        self.rows.iter().filter_map(|row| match row.kind {
            RowKind::Transparent { .. } => Some((row, row.fields.first()?)),
            _ => None,
        })
    }

    /// The transparent rows in the order their catalogs are asked for a
    /// code, after the own entries: those without `fallback` first, so that
    /// a code shared with a `fallback` catalog resolves to the other entry.
    pub fn resolution_order(&self) -> impl Iterator<Item = (&Row<'a>, &Field<'a>)> {
        let (fallback, first): (Vec<_>, Vec<_>) = self.transparent().partition(|(row, _)| row.is_fallback());
        first.into_iter().chain(fallback)
    }

    /// Whether the expansion writes `Display` and `Error` (and `From`):
    /// not when thiserror's derive does.
    pub fn writes_std_impls(&self) -> bool {
        self.style == Style::Catalog
    }

    pub fn has_own(&self) -> bool {
        self.own().next().is_some()
    }

    pub fn has_transparent(&self) -> bool {
        self.transparent().next().is_some()
    }

    /// The family rows, the longest prefix first, each with its prefix and
    /// its field, which holds the whole code.
    pub fn families(&self) -> impl Iterator<Item = (&Row<'a>, &str, &Field<'a>)> {
        self.families.iter().filter_map(|&at| {
            let row = &self.rows[at];
            Some((row, row.own()?.family.as_deref()?, row.fields.first()?))
        })
    }
}

/// The indices of the family rows, the longest prefix first (in
/// declaration order among equals).
fn families(rows: &[Row<'_>]) -> Vec<usize> {
    let mut families: Vec<(usize, usize)> = (rows.iter().enumerate())
        .filter_map(|(at, row)| Some((at, row.own()?.family.as_ref()?.len())))
        .collect();
    families.sort_by_key(|&(_, len)| std::cmp::Reverse(len));
    families.into_iter().map(|(at, _)| at).collect()
}

/// The conversions to generate, leaving out those that clash.
fn conversions<'a>(catalog: &Catalog<'a>) -> Vec<FromImpl<'a>> {
    let conversions = catalog.conversions();
    let kept = conversions
        .into_iter()
        .filter(|conversion| conversion.clash.is_none());
    kept.map(|Conversion { variant, field, .. }| FromImpl {
        variant: variant.original,
        field: field.clone(),
        cfg: Cfg::of(variant),
    })
    .collect()
}

impl<'a> Row<'a> {
    fn new(variant: &Variant<'a>, index: usize, kind: RowKind) -> Self {
        Row {
            variant: variant.original,
            name: variant.name.clone(),
            index,
            fields: variant.fields.clone(),
            source: variant.source,
            cfg: Cfg::of(variant),
            kind,
        }
    }

    /// The row's own entry.
    pub fn own(&self) -> Option<&OwnEntry> {
        match &self.kind {
            RowKind::Entry(entry) => Some(entry),
            _ => None,
        }
    }

    /// The one field of a transparent row or of the catch-all.
    pub fn only_field(&self) -> Option<&Field<'a>> {
        match self.fields.as_slice() {
            [field] => Some(field),
            _ => None,
        }
    }

    /// Whether the row is a transparent one marked `fallback`.
    pub fn is_fallback(&self) -> bool {
        matches!(self.kind, RowKind::Transparent { fallback: true, .. })
    }

    /// The row's texts; a transparent row has its inner value's.
    pub fn texts(&self) -> Option<&Texts> {
        match &self.kind {
            RowKind::Entry(entry) => Some(&entry.texts),
            RowKind::Other { texts, .. } => Some(texts),
            RowKind::Transparent { .. } => None,
        }
    }

    /// The row's `which` text; a transparent row has its inner value's.
    pub fn text(&self, which: Which) -> Option<&LoweredText> {
        let texts = self.texts()?;
        Some(match which {
            Which::Symptom => &texts.symptom,
            Which::Solution => &texts.solution,
        })
    }

    /// The status a row's values have, where the declaration gives one.
    pub fn status(&self) -> Option<u16> {
        match &self.kind {
            RowKind::Entry(entry) => entry.status,
            RowKind::Other { status, .. } | RowKind::Transparent { status, .. } => *status,
        }
    }

    /// Whether the `which` text of the row is an own entry's text that
    /// reads exactly as its template (no placeholders, no escaped braces):
    /// such a text is read from the catalog's `ENTRIES` by the methods'
    /// default arm, so that it is in the expansion once.
    pub fn text_in_entries(&self, which: Which) -> bool {
        matches!(self.kind, RowKind::Entry(_))
            && self.text(which).is_some_and(|text| {
                text.template
                    .as_plain_text()
                    .is_some_and(|plain| plain == text.value)
            })
    }
}

impl RowKind {
    /// The kind of `variant`'s row, if its entry could be read (and a
    /// transparent variant or the catch-all has its one field).
    fn lower(
        variant: &Variant<'_>,
        status: Option<Status>,
        ident: &Ident,
        at: &mut Positions,
    ) -> Option<Self> {
        let one_field = variant.fields.len() == 1;
        match variant.kind.as_ref()? {
            Kind::Entry(entry) => Some(RowKind::Entry(Box::new(OwnEntry::lower(
                variant, entry, status, at,
            )))),
            Kind::Transparent(transparent) if one_field => Some(transparent_kind(transparent, ident, at)),
            Kind::Other(other) if one_field => Some(other_kind(other, status)),
            _ => None,
        }
    }
}

fn transparent_kind(transparent: &TransparentData, ident: &Ident, at: &mut Positions) -> RowKind {
    let run = at.runs;
    at.dynamic_before
        .push(quote!(<#ident as ::error_catalog::__private::Embedded>::RUNS[#run].len()));
    at.runs += 1;
    RowKind::Transparent {
        status: transparent.status.map(|status| status.value),
        status_span: transparent.status.map(|status| status.span),
        fallback: transparent.fallback,
        run,
    }
}

fn other_kind(other: &OtherData, default: Option<Status>) -> RowKind {
    RowKind::Other {
        texts: Texts::lower(&other.symptom, &other.solution),
        status: other.status.or(default).map(|status| status.value),
    }
}

impl OwnEntry {
    fn lower(variant: &Variant<'_>, entry: &EntryData, default: Option<Status>, at: &mut Positions) -> Self {
        let own_before = at.own_before;
        let dynamic_before = &at.dynamic_before;
        let position = quote!(#own_before #(+ #dynamic_before)*);
        if variant.cfgs.is_empty() {
            at.own_before += 1;
        } else {
            let present = Cfg::of(variant).select(quote!(1usize), quote!(0usize));
            at.dynamic_before.push(present);
        }
        let k = at.own_codes;
        at.own_codes += 1;
        let status = entry.status.or(default);
        let value = |given: &Option<crate::attr::Str>| given.as_ref().map(|given| given.value.clone());
        OwnEntry {
            k,
            code: entry.code.value.clone(),
            code_token: entry.code.literal(),
            code_span: entry.code.span,
            texts: Texts::lower(&entry.symptom, &entry.solution),
            status: status.map(|status| status.value),
            status_span: status.map_or(entry.code.span, |status| status.span),
            url: value(&entry.url),
            aliases: entry.aliases.iter().map(|alias| alias.value.clone()).collect(),
            deprecated: value(&entry.deprecated),
            family: value(&entry.family),
            doc: variant.doc.clone(),
            position,
        }
    }

    /// The fields its texts name, sorted, each once: what its lock locks.
    pub fn placeholders(&self) -> Vec<String> {
        let texts = [&self.texts.symptom, &self.texts.solution];
        let fields: std::collections::BTreeSet<&str> =
            texts.iter().flat_map(|text| text.template.fields()).collect();
        fields.into_iter().map(str::to_owned).collect()
    }
}

impl Texts {
    /// The texts given; one that is missing (reported, so only the
    /// fallback reads it) is empty.
    fn lower(symptom: &Option<Text>, solution: &Option<Text>) -> Self {
        Texts {
            symptom: LoweredText::lower(symptom.as_ref()),
            solution: LoweredText::lower(solution.as_ref()),
        }
    }
}

impl LoweredText {
    fn lower(text: Option<&Text>) -> Self {
        match text {
            Some(text) => LoweredText {
                value: text.value.value.clone(),
                template: text.template.clone(),
                token: text.value.literal(),
                span: text.value.span,
            },
            None => LoweredText {
                value: String::new(),
                template: Template::plain(""),
                token: Literal::string(""),
                span: Span::call_site(),
            },
        }
    }
}

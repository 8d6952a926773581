//! `ENTRIES` and the table of own codes (`CodeIndex`).

use proc_macro2::TokenStream;
use quote::quote;

use super::tokens::option;
use crate::lower::{Lowered, OwnEntry, Row, RowKind};
use crate::table;

/// A run of `ENTRIES`: own entries in a row, or an embedded catalog's
/// (its number in `Embedded::RUNS`).
enum Run {
    Own(TokenStream),
    Inner(usize),
}

/// `ENTRIES`: a literal array, or, when inner catalogs are embedded, the
/// runs concatenated at compile time. One static holds the table, so that
/// every use of `ENTRIES` is a pointer to it, not a copy of the array for
/// the compiler to emit again.
pub fn entries_const(lowered: &Lowered<'_>) -> TokenStream {
    let (runs, short_calls) = runs(lowered);
    let entry_fn = short_calls.then(|| short_entry_fn(lowered));
    match &runs[..] {
        [] => quote!(&[]),
        [Run::Own(own)] => {
            let len = own_len(lowered);
            quote! {{
                #entry_fn
                static ENTRIES: [::error_catalog::Entry; #len] = [#own];
                &ENTRIES
            }}
        }
        _ => {
            let ident = lowered.ident;
            let runs = runs.iter().map(|run| match run {
                Run::Own(own) => quote!(&[#own]),
                Run::Inner(run) => quote!(<#ident as ::error_catalog::__private::Embedded>::RUNS[#run]),
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

/// The runs of `ENTRIES`, and whether any entry calls the local `__entry`.
fn runs(lowered: &Lowered<'_>) -> (Vec<Run>, bool) {
    let mut runs: Vec<Run> = Vec::new();
    let mut own: Vec<TokenStream> = Vec::new();
    let mut short_calls = false;
    for row in &lowered.rows {
        match &row.kind {
            RowKind::Entry(own_entry) => {
                let (tokens, short) = entry(lowered, row, own_entry);
                short_calls |= short;
                own.push(tokens);
            }
            RowKind::Transparent { run, .. } => {
                if !own.is_empty() {
                    runs.push(Run::Own(std::mem::take(&mut own).into_iter().collect()));
                }
                runs.push(Run::Inner(*run));
            }
            RowKind::Other { .. } => {}
        }
    }
    if !own.is_empty() {
        runs.push(Run::Own(own.into_iter().collect()));
    }
    (runs, short_calls)
}

/// One own entry with its comma, and whether it is a short call of the
/// local `__entry` (the catalog's status, no url: most entries), a tenth
/// of the tokens of a call of `__private::entry` for a compiler that checks
/// thousands of them.
fn entry(lowered: &Lowered<'_>, row: &Row<'_>, entry: &OwnEntry) -> (TokenStream, bool) {
    let cfg = row.cfg.attrs();
    // The user's literals where there are some: no escaping again.
    let code = &entry.code_token;
    let symptom = &entry.texts.symptom.token;
    let solution = &entry.texts.solution.token;
    let variant = &row.name;
    let described = described(entry);
    if entry.status == lowered.status && entry.url.is_none() && described.is_none() {
        return (quote!(#cfg __entry(#code, #symptom, #solution, #variant),), true);
    }
    let status = option(entry.status);
    let url = option(entry.url.as_ref());
    let name = &lowered.name;
    let call =
        quote!(::error_catalog::__private::entry(#code, #symptom, #solution, #status, #url, #variant, #name));
    let tokens = match described {
        Some(described) => quote!(#cfg ::error_catalog::__private::described(#call, #described),),
        None => quote!(#cfg #call,),
    };
    (tokens, false)
}

/// The rest of `described()`'s arguments, for an entry with a doc comment,
/// a deprecation note, aliases or a family; `None` for the others.
fn described(entry: &OwnEntry) -> Option<TokenStream> {
    let doc = entry.doc.as_ref();
    if doc.is_none() && entry.deprecated.is_none() && entry.aliases.is_empty() && entry.family.is_none() {
        return None;
    }
    let doc = option(doc);
    let deprecated = option(entry.deprecated.as_ref());
    let aliases = &entry.aliases;
    let family = entry.family.is_some();
    Some(quote!(#doc, #deprecated, &[#(#aliases),*], #family))
}

/// The local `const fn __entry`, used only where an entry calls it; the
/// `const _` uses it even when every such entry is behind a disabled
/// `#[cfg]` (no `allow`, which a crate's `forbid(dead_code)` would refuse).
fn short_entry_fn(lowered: &Lowered<'_>) -> TokenStream {
    let status = option(lowered.status);
    let name = &lowered.name;
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
                code, symptom, solution, #status, ::core::option::Option::None, variant, #name,
            )
        }
    }
}

/// The number of own entries in this configuration: a literal, or, when
/// some are behind `#[cfg]`, the length of an array of `()` with their cfgs.
fn own_len(lowered: &Lowered<'_>) -> TokenStream {
    if lowered.own().all(|(row, _)| row.cfg.is_always()) {
        let len = lowered.own().count();
        return quote!(#len);
    }
    let units = lowered.own().map(|(row, _)| {
        let cfg = row.cfg.attrs();
        quote!(#cfg ())
    });
    quote!(<[()]>::len(&[#(#units),*]))
}

/// The entry of own code number `k` in `ENTRIES`: at `k` itself unless
/// inner catalogs or `#[cfg]`s move it; none when its variant is
/// configured out.
pub fn own_entry(lowered: &Lowered<'_>) -> TokenStream {
    let entries = quote!(<Self as ::error_catalog::ErrorCatalog>::ENTRIES);
    if !moved(lowered) {
        return quote!(#entries.get(k));
    }
    quote!(#entries.get(<Self as ::error_catalog::__private::CodeIndex>::POSITIONS[k]))
}

/// Whether inner catalogs or `#[cfg]`s move own entries from their number.
fn moved(lowered: &Lowered<'_>) -> bool {
    lowered.has_transparent() || lowered.rows.iter().any(|row| !row.cfg.is_always())
}

/// `CodeIndex::POSITIONS`: where in `ENTRIES` each own code's entry is, past
/// the end for one configured out; empty when each is at its number.
fn positions(lowered: &Lowered<'_>) -> TokenStream {
    if !moved(lowered) {
        return quote!(&[]);
    }
    let positions = (lowered.own()).map(|(row, entry)| {
        row.cfg
            .select(entry.position.clone(), quote!(::core::primitive::usize::MAX))
    });
    let count = lowered.own().count();
    quote! {{
        static POSITIONS: [::core::primitive::usize; #count] = [#(#positions),*];
        &POSITIONS
    }}
}

/// `CodeIndex` for the catalog: the table of its own codes.
pub fn code_index_impl(lowered: &Lowered<'_>) -> TokenStream {
    let ident = lowered.ident;
    let mut codes: Vec<&str> = lowered.own().map(|(_, entry)| entry.code.as_str()).collect();
    let own = codes.len();
    // Aliases are in the table after the codes, each found as its entry.
    let (owners, aliases): (Vec<usize>, Vec<&str>) = lowered
        .own()
        .flat_map(|(_, entry)| entry.aliases.iter().map(|alias| (entry.k, alias.as_str())))
        .unzip();
    codes.extend(aliases);
    let table = table::table_const(&codes, own, &owners);
    let positions = positions(lowered);
    let unit = unit_fn(lowered);
    quote! {
        #[automatically_derived]
        impl ::error_catalog::__private::CodeIndex for #ident {
            const TABLE: ::core::option::Option<::error_catalog::__private::Table> = #table;
            const POSITIONS: &'static [::core::primitive::usize] = #positions;

            #unit
        }
    }
}

/// The most unit variants of a catalog whose `unit` is `#[inline]`.
pub const INLINE_ARMS: usize = 256;

/// `CodeIndex::unit`: the value of own code number `k` when its variant is
/// a unit variant configured in; none for the others.
fn unit_fn(lowered: &Lowered<'_>) -> TokenStream {
    let units = lowered.own().filter(|(row, _)| row.fields.is_empty());
    // Inlined where it is called when its `match` is small: a `match` of
    // thousands of arms, compiled again in every caller, would cost more
    // build time than the call costs at run time.
    let inline = (units.clone().count() <= INLINE_ARMS).then(|| quote!(#[inline]));
    let arms = units.map(|(row, entry)| {
        let cfg = row.cfg.attrs();
        let k = entry.k;
        let variant = &row.variant.ident;
        quote!(#cfg #k => Self::#variant,)
    });
    // Every arm a constant and the other numbers leaving the `match`: the
    // shape whose lookups `benches/README.md` measures fastest, and the
    // fewest tokens an arm.
    quote! {
        #[allow(unreachable_code)]
        #inline
        fn unit(k: ::core::primitive::usize) -> ::core::option::Option<Self> {
            ::core::option::Option::Some(match k {
                #(#arms)*
                _ => return ::core::option::Option::None,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;

    /// Whether the expansion of a catalog of `n` unit variants marks its
    /// `CodeIndex::unit` `#[inline]`.
    fn inline_unit(n: usize) -> bool {
        let variants: String = (0..n)
            .map(|i| format!("#[entry(symptom = \"s\", solution = \"t\")] V{i},"))
            .collect();
        let input: TokenStream = format!("pub enum E {{ {variants} }}").parse().expect("lexes");
        let output = crate::expand_attribute(TokenStream::new(), input).to_string();
        let (before, _) = output.split_once("fn unit").expect("unit is generated");
        before.trim_end().ends_with("# [inline]")
    }

    #[test]
    fn only_small_matches_are_inlined() {
        assert!(inline_unit(17));
        assert!(inline_unit(super::INLINE_ARMS));
        assert!(!inline_unit(super::INLINE_ARMS + 1));
    }
}

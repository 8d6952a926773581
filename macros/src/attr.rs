//! The arguments of `#[error_catalog(...)]` and `#[entry(...)]`, read by
//! darling, which reports unknown and repeated keys with a "did you mean".

use darling::FromMeta;
use darling::util::Flag;
use syn::{LitInt, LitStr};

/// `#[error_catalog(name = "...", prefix = "...", status = N)]`.
#[derive(Default, FromMeta)]
pub struct CatalogArgs {
    pub name: Option<LitStr>,
    pub prefix: Option<LitStr>,
    pub status: Option<LitInt>,
}

/// `#[entry(code = "...", symptom = "...", solution = "...", status = N, url = "...")]`,
/// `#[entry(transparent)]` or `#[entry(other, symptom = "...", solution = "...")]`.
#[derive(FromMeta)]
pub struct EntryArgs {
    pub code: Option<LitStr>,
    pub symptom: Option<LitStr>,
    pub solution: Option<LitStr>,
    pub status: Option<LitInt>,
    pub url: Option<LitStr>,
    pub transparent: Flag,
    pub other: Flag,
}

/// The helper attribute on variants.
pub const ENTRY: &str = "entry";
/// The helper attribute on fields.
pub const SOURCE: &str = "source";

//! [`ErrorCatalog`]: a catalog as a whole, its entries and lookups.

use crate::__private::{Match, Names, Taken};
use crate::{CatalogError, Entry, Received};

/// A catalog as a whole: its name, its entries and lookups by code.
///
/// ```
/// # #[cfg(feature = "ons")] {
/// use error_catalog::{ons::MqttError, ErrorCatalog};
///
/// assert_eq!(MqttError::entries().len(), 15);
/// assert_eq!(MqttError::from_code("BIZ_NO_MESSAGE"), Some(MqttError::BizNoMessage));
/// assert_eq!(MqttError::from_code("NO_SUCH_CODE"), None);
/// # }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an error catalog",
    label = "not declared with `#[error_catalog]`",
    note = "`code!` and `transparent` variants take enums declared with `#[error_catalog]`"
)]
pub trait ErrorCatalog: CatalogError + Sized + 'static {
    /// The catalog's name: the `name` option, else the enum's name.
    const NAME: &'static str;

    /// Every entry in declaration order; a transparent variant contributes
    /// its inner catalog's entries at its place. The catch-all has none.
    const ENTRIES: &'static [Entry];

    /// Every entry in declaration order: [`Self::ENTRIES`].
    fn entries() -> &'static [Entry] {
        Self::ENTRIES
    }

    /// The entry with this code, if the catalog has one.
    fn lookup(code: &str) -> Option<&'static Entry>;

    /// The value for a code: unit variants, and transparent variants through
    /// their inner catalog. None for unknown codes, for entries whose variant
    /// carries data, and never the catch-all.
    fn from_code(code: &str) -> Option<Self>;

    /// What `code` is in this catalog; never fails: the value `FromStr`
    /// gives, else the entry of a known code whose variant carries data,
    /// else the code as received (see [`Received`]).
    fn receive(code: &str) -> Received<Self>;

    /// The entry whose code or alias is nearest to `code` by edit distance,
    /// if it is near enough to be a typo: the suggestion of `code!`'s "did
    /// you mean", by the same rule. ASCII case and `-` for `_` cost nothing,
    /// so a known code spelled in another case is its entry; a family is
    /// near when `code` nearly starts with its prefix. `None` when nothing
    /// is near, and for an empty code.
    ///
    /// ```
    /// # #[cfg(feature = "ons")] {
    /// use error_catalog::{ons::OnsError, ErrorCatalog};
    ///
    /// let nearest = OnsError::nearest("BIZ_TOPIC_NOT_FUOND").map(|entry| entry.code());
    /// assert_eq!(nearest, Some("BIZ_TOPIC_NOT_FOUND"));
    /// let nearest = OnsError::nearest("biz_topic_not_found").map(|entry| entry.code());
    /// assert_eq!(nearest, Some("BIZ_TOPIC_NOT_FOUND"));
    /// assert_eq!(OnsError::nearest("NOPE"), None);
    /// # }
    /// ```
    fn nearest(code: &str) -> Option<&'static Entry> {
        crate::__private::nearest(Self::ENTRIES, code)
    }

    /// Not public API: whether a variant carries data, one of the catalog's
    /// own or of a catalog it embeds: then every value serializes as an
    /// object. Generated.
    #[doc(hidden)]
    const __WITH_DATA: bool = false;

    /// Not public API: what `code!` reads to find a code without reading
    /// every entry. Generated; this default, for a catalog written by hand,
    /// has `code!` read every entry.
    #[doc(hidden)]
    const __NAMES: Names = Names::of(Self::ENTRIES);

    /// Not public API: the entry `code` resolves to and how it matches it,
    /// among the entries whose codes are not `taken`, so that a catalog that
    /// embeds this one weighs the match against its own. Generated; this
    /// default serves a catalog written by hand.
    #[doc(hidden)]
    fn __resolve_entry(code: &str, taken: &Taken<'_>) -> Option<(Match, &'static Entry)> {
        let entry = Self::lookup(code).filter(|entry| !taken.has(entry.code()))?;
        Some((crate::__private::match_of(code, entry)?, entry))
    }

    /// Not public API: the value (or, for a variant with data, the entry)
    /// `code` resolves to and how it matches it, as `__resolve_entry`
    /// finds it; never `Received::Unknown`. Generated; this default serves
    /// a catalog written by hand.
    #[doc(hidden)]
    fn __resolve_value(code: &str, taken: &Taken<'_>) -> Option<(Match, Received<Self>)> {
        let (found, entry) = Self::__resolve_entry(code, taken)?;
        let value = Self::from_code(code).map_or(Received::Entry(entry), Received::Known);
        Some((found, value))
    }
}

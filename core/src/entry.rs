//! [`Entry`]: one row of a catalog, as the generated `ENTRIES` list them.

/// One row of a catalog: a code with its symptom and solution.
///
/// The texts are the templates as written in the declaration, placeholders
/// included; [`CatalogError::symptom`](crate::CatalogError::symptom) and
/// [`CatalogError::solution`](crate::CatalogError::solution) fill
/// them in for a particular value. With the feature `serde`, an entry
/// serializes as an object of its fields, which [`OwnedEntry`](crate::OwnedEntry)
/// reads back.
///
/// ```
/// # #[cfg(feature = "ons")] {
/// use error_catalog::{ons::OnsError, ErrorCatalog};
///
/// let entry = OnsError::lookup("EMPOWER_OWNER_CHECK_ERROR").unwrap();
/// assert_eq!(entry.variant(), "EmpowerOwnerCheckError");
/// assert_eq!(entry.solution(), "Confirm the resource ownership");
/// assert_eq!(entry.catalog(), OnsError::NAME);
/// # }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Entry {
    // `pub(crate)`: `__private::entry` builds entries in const evaluation for
    // the generated code, and the const helpers beside it read them.
    pub(crate) code: &'static str,
    pub(crate) symptom: &'static str,
    pub(crate) solution: &'static str,
    pub(crate) status: Option<u16>,
    pub(crate) url: Option<&'static str>,
    pub(crate) variant: &'static str,
    pub(crate) catalog: &'static str,
    pub(crate) doc: Option<&'static str>,
    pub(crate) deprecated: Option<&'static str>,
    pub(crate) aliases: &'static [&'static str],
    pub(crate) family: bool,
}

impl Entry {
    /// The error code, such as `BIZ_TOPIC_NOT_FOUND`.
    pub const fn code(&self) -> &'static str {
        self.code
    }

    /// What went wrong and why, as written in the declaration.
    pub const fn symptom(&self) -> &'static str {
        self.symptom
    }

    /// What to do about it, as written in the declaration.
    pub const fn solution(&self) -> &'static str {
        self.solution
    }

    /// The HTTP status of the entry, or of its catalog when the entry gives none.
    pub const fn status(&self) -> Option<u16> {
        self.status
    }

    /// A page that explains the entry, if the declaration gives one.
    pub const fn url(&self) -> Option<&'static str> {
        self.url
    }

    /// The name of the enum variant that declares the entry.
    pub const fn variant(&self) -> &'static str {
        self.variant
    }

    /// The [`ErrorCatalog::NAME`](crate::ErrorCatalog::NAME) of the catalog that declares the entry.
    pub const fn catalog(&self) -> &'static str {
        self.catalog
    }

    /// The long explanation: the variant's doc comment, if it has one, as
    /// `rustc --explain` shows a code's.
    pub const fn doc(&self) -> Option<&'static str> {
        self.doc
    }

    /// The note of a deprecated entry (what to use instead): its code still
    /// works.
    pub const fn deprecated(&self) -> Option<&'static str> {
        self.deprecated
    }

    /// Other spellings of the code that parsing and lookups accept.
    pub const fn aliases(&self) -> &'static [&'static str] {
        self.aliases
    }

    /// Whether the entry is a family: a catch-all for the codes that start
    /// with its code's prefix (its code is that prefix and `*`).
    pub const fn is_family(&self) -> bool {
        self.family
    }

    /// The prefix of a family's codes; `None` for an entry of one code.
    pub const fn family_prefix(&self) -> Option<&'static str> {
        if self.family {
            Some(error_catalog_shared::family_prefix_str(self.code))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Entry;

    /// An entry of code `code`, a family's when `family`.
    const fn entry(code: &'static str, family: bool) -> Entry {
        Entry {
            code,
            symptom: "s",
            solution: "t",
            status: None,
            url: None,
            variant: "V",
            catalog: "c",
            doc: None,
            deprecated: None,
            aliases: &[],
            family,
        }
    }

    #[test]
    fn family_prefix_is_the_code_without_its_mark() {
        assert_eq!(entry("SHOP_*", true).family_prefix(), Some("SHOP_"));
        assert_eq!(
            entry("InvalidParameter.*", true).family_prefix(),
            Some("InvalidParameter.")
        );
        assert_eq!(entry("SHOP_GONE", false).family_prefix(), None);
        // In const context too.
        const PREFIX: Option<&str> = entry("QUOTA_*", true).family_prefix();
        assert_eq!(PREFIX, Some("QUOTA_"));
    }
}

//! [`OwnedEntry`]: an [`Entry`] that owns its texts, as read back from
//! JSON.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;

use crate::Entry;

/// An [`Entry`] that owns its texts: an entry of a catalog that is not
/// compiled in, such as one exported as JSON and read back.
///
/// With the feature `serde`, it serializes exactly as [`Entry`] does (the
/// fields `code`, `symptom`, `solution`, `status`, `url`, `variant`,
/// `catalog`, `doc`, `deprecated`, `aliases` and `family`, from one list),
/// and deserializes from that shape by the rules a declaration follows:
///
/// - `code` is required and not blank; a family's (`"family": true`) is a
///   prefix then `*`, so a lone `*` is refused;
/// - `status`, when given, is an HTTP status, 100 to 599;
/// - every other field may be missing or `null`: texts are then empty,
///   `aliases` empty and `family` false;
/// - fields it does not know are skipped, so that a newer export still
///   reads; a field given twice is refused.
///
/// A refused entry is a serde error that names the field and what it
/// expected.
///
/// ```
/// # #[cfg(all(feature = "serde", feature = "ons"))] {
/// use error_catalog::{ons::OnsError, ErrorCatalog, OwnedEntry};
///
/// // A catalog exported as JSON and read back: nothing lost.
/// let json = serde_json::to_string(OnsError::entries()).unwrap();
/// let entries: Vec<OwnedEntry> = serde_json::from_str(&json).unwrap();
/// let read: Vec<_> = OnsError::entries().iter().map(OwnedEntry::from).collect();
/// assert_eq!(entries, read);
/// assert_eq!(entries[0].code(), "ONS_SYSTEM_ERROR");
/// assert_eq!(serde_json::to_string(&entries).unwrap(), json);
///
/// // A file written by hand: only the code is required.
/// let entry: OwnedEntry = serde_json::from_str(r#"{"code": "SHOP_*", "family": true}"#).unwrap();
/// assert_eq!(entry.family_prefix(), Some("SHOP_"));
///
/// // A status out of range is refused, saying where.
/// let refused = serde_json::from_str::<OwnedEntry>(r#"{"code": "SHOP_GONE", "status": 600}"#);
/// assert_eq!(
///     refused.unwrap_err().to_string(),
///     "`status`: invalid value: integer `600`, expected an HTTP status in 100..=599 at line 1 column 35"
/// );
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OwnedEntry {
    // `pub(crate)`: its `Deserialize`, beside `Entry`'s `Serialize`, fills
    // them in.
    pub(crate) code: String,
    pub(crate) symptom: String,
    pub(crate) solution: String,
    pub(crate) status: Option<u16>,
    pub(crate) url: Option<String>,
    pub(crate) variant: String,
    pub(crate) catalog: String,
    pub(crate) doc: Option<String>,
    pub(crate) deprecated: Option<String>,
    pub(crate) aliases: Vec<String>,
    pub(crate) family: bool,
}

impl OwnedEntry {
    /// An entry of nothing yet, which its `Deserialize` fills in.
    #[cfg(feature = "serde")]
    pub(crate) fn empty() -> Self {
        OwnedEntry {
            code: String::new(),
            symptom: String::new(),
            solution: String::new(),
            status: None,
            url: None,
            variant: String::new(),
            catalog: String::new(),
            doc: None,
            deprecated: None,
            aliases: Vec::new(),
            family: false,
        }
    }

    /// The error code, such as `BIZ_TOPIC_NOT_FOUND`; a family's is its
    /// prefix and `*`.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// What went wrong and why, as written in the declaration; empty when
    /// the entry read gave none.
    pub fn symptom(&self) -> &str {
        &self.symptom
    }

    /// What to do about it, as written in the declaration; empty when the
    /// entry read gave none.
    pub fn solution(&self) -> &str {
        &self.solution
    }

    /// The HTTP status of the entry, or of its catalog when the entry gives none.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// A page that explains the entry, if the declaration gives one.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The name of the enum variant that declares the entry; empty when the
    /// entry read gave none.
    pub fn variant(&self) -> &str {
        &self.variant
    }

    /// The name of the catalog that declares the entry; empty when the
    /// entry read gave none.
    pub fn catalog(&self) -> &str {
        &self.catalog
    }

    /// The long explanation: the variant's doc comment, if it has one.
    pub fn doc(&self) -> Option<&str> {
        self.doc.as_deref()
    }

    /// The note of a deprecated entry (what to use instead): its code still
    /// works.
    pub fn deprecated(&self) -> Option<&str> {
        self.deprecated.as_deref()
    }

    /// Other spellings of the code that parsing and lookups accept.
    pub fn aliases(&self) -> &[String] {
        &self.aliases
    }

    /// Whether the entry is a family: a catch-all for the codes that start
    /// with its code's prefix (its code is that prefix and `*`).
    pub fn is_family(&self) -> bool {
        self.family
    }

    /// The prefix of a family's codes; `None` for an entry of one code.
    pub fn family_prefix(&self) -> Option<&str> {
        self.family
            .then(|| error_catalog_shared::family_prefix_str(&self.code))
    }
}

impl From<&Entry> for OwnedEntry {
    fn from(entry: &Entry) -> Self {
        OwnedEntry {
            code: entry.code().to_owned(),
            symptom: entry.symptom().to_owned(),
            solution: entry.solution().to_owned(),
            status: entry.status(),
            url: entry.url().map(str::to_owned),
            variant: entry.variant().to_owned(),
            catalog: entry.catalog().to_owned(),
            doc: entry.doc().map(str::to_owned),
            deprecated: entry.deprecated().map(str::to_owned),
            aliases: entry.aliases().iter().map(|&alias| alias.to_owned()).collect(),
            family: entry.is_family(),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::OwnedEntry;
    use crate::Entry;

    /// An entry with every field: a family with a status, a page, a
    /// long explanation, a deprecation note and aliases.
    pub(crate) const QUOTA: Entry = Entry {
        code: "QUOTA_*",
        symptom: "Quota {0} exceeded",
        solution: "Wait",
        status: Some(429),
        url: Some("https://example.com/errors#quota"),
        variant: "Quota",
        catalog: "billing",
        doc: Some("Every account has a quota.\nIt resets monthly."),
        deprecated: Some("use LIMIT_*"),
        aliases: &["QUOTA_OVER", "OVER_QUOTA"],
        family: true,
    };

    #[test]
    fn an_owned_entry_answers_as_its_entry() {
        let owned = OwnedEntry::from(&QUOTA);
        assert_eq!(
            (owned.code(), owned.symptom(), owned.solution(), owned.status()),
            (QUOTA.code(), QUOTA.symptom(), QUOTA.solution(), QUOTA.status())
        );
        assert_eq!(
            (owned.url(), owned.variant(), owned.catalog(), owned.doc()),
            (QUOTA.url(), QUOTA.variant(), QUOTA.catalog(), QUOTA.doc())
        );
        assert_eq!(
            (owned.deprecated(), owned.is_family()),
            (QUOTA.deprecated(), true)
        );
        assert_eq!(owned.aliases(), QUOTA.aliases());
    }

    #[test]
    fn family_prefix_is_the_code_without_its_mark() {
        assert_eq!(OwnedEntry::from(&QUOTA).family_prefix(), Some("QUOTA_"));
        let plain = Entry {
            code: "QUOTA_OVER",
            family: false,
            ..QUOTA
        };
        assert_eq!(OwnedEntry::from(&plain).family_prefix(), None);
    }
}

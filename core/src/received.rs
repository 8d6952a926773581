//! [`Received`]: a code from the wire, as a value of a catalog when it can
//! be one, and nothing lost when it cannot.

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use crate::{CatalogError, Entry, ErrorCatalog};

/// What a code from the wire is in the catalog `C`; nothing received is lost.
///
/// [`ErrorCatalog::receive`] never fails: a code that names a value is
/// [`Known`](Received::Known); a known code whose variant carries data, which
/// a code alone cannot give, is [`Entry`](Received::Entry), with its texts
/// and status; any other code is [`Unknown`](Received::Unknown), as received
/// (in a catalog with a catch-all, the catch-all keeps it as `Known`).
///
/// `Received` is a [`CatalogError`] whatever the case, so it can be shown,
/// logged and answered like any catalog value:
///
/// ```
/// use error_catalog::{error_catalog, CatalogError, ErrorCatalog, Received};
///
/// #[error_catalog(prefix = "ORDERS_")]
/// #[derive(Debug, PartialEq)]
/// enum OrdersError {
///     #[entry(symptom = "Order {0} is unknown", solution = "Check the order id", status = 404)]
///     NoSuchOrder(u64),
///     #[entry(symptom = "The service is in maintenance", solution = "Retry later")]
///     InMaintenance,
/// }
///
/// assert_eq!(OrdersError::receive("ORDERS_IN_MAINTENANCE"), Received::Known(OrdersError::InMaintenance));
///
/// let known = OrdersError::receive("ORDERS_NO_SUCH_ORDER");
/// assert_eq!(known.entry().map(|entry| entry.variant()), Some("NoSuchOrder"));
/// assert_eq!(known.status(), Some(404));
/// // The order's id did not come with the code: its placeholder is blank.
/// assert_eq!(known.to_string(), "ORDERS_NO_SUCH_ORDER: Order … is unknown");
///
/// let unknown = OrdersError::receive("ORDERS_NEW_CODE");
/// assert_eq!(unknown, Received::Unknown("ORDERS_NEW_CODE".into()));
/// assert_eq!(unknown.code(), "ORDERS_NEW_CODE");
/// assert_eq!(unknown.entry(), None);
/// ```
///
/// With the feature `serde`, it serializes as its code and deserializes from
/// any string.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Received<C> {
    /// A value of the catalog: a unit or transparent variant's code, or any
    /// code the catalog's catch-all keeps.
    Known(C),
    /// A known code whose variant carries data: the entry, without a value.
    Entry(&'static Entry),
    /// A code the catalog does not know, as received; only in a catalog
    /// without a catch-all.
    Unknown(String),
}

/// What stands for a placeholder in the texts of a [`Received::Entry`],
/// whose fields did not come with the code.
const BLANK: &str = "…";

impl<C> Received<C> {
    /// The value, for a [`Known`](Received::Known) code.
    pub fn known(&self) -> Option<&C> {
        match self {
            Received::Known(value) => Some(value),
            Received::Entry(_) | Received::Unknown(_) => None,
        }
    }

    /// The value by value, for a [`Known`](Received::Known) code.
    pub fn into_known(self) -> Option<C> {
        match self {
            Received::Known(value) => Some(value),
            Received::Entry(_) | Received::Unknown(_) => None,
        }
    }
}

impl<C> From<C> for Received<C> {
    fn from(value: C) -> Self {
        Received::Known(value)
    }
}

impl<C: ErrorCatalog> CatalogError for Received<C> {
    fn code(&self) -> &str {
        match self {
            Received::Known(value) => value.code(),
            Received::Entry(entry) => entry.code(),
            Received::Unknown(code) => code,
        }
    }

    /// The value's symptom; an entry's with `…` for each placeholder;
    /// for an unknown code, that the catalog does not know it.
    fn symptom(&self) -> Cow<'_, str> {
        match self {
            Received::Known(value) => value.symptom(),
            Received::Entry(entry) => blank_placeholders(entry.symptom()),
            Received::Unknown(_) => Cow::Owned(alloc::format!(
                "The catalog {} does not know this error code",
                C::NAME
            )),
        }
    }

    /// The value's solution; an entry's with `…` for each
    /// placeholder; for an unknown code, where to look.
    fn solution(&self) -> Cow<'_, str> {
        match self {
            Received::Known(value) => value.solution(),
            Received::Entry(entry) => blank_placeholders(entry.solution()),
            Received::Unknown(_) => {
                Cow::Borrowed("See the documentation of the service that sent it, or upgrade the catalog")
            }
        }
    }

    fn status(&self) -> Option<u16> {
        match self {
            Received::Known(value) => value.status(),
            Received::Entry(entry) => entry.status(),
            Received::Unknown(_) => None,
        }
    }

    fn entry(&self) -> Option<&'static Entry> {
        match self {
            Received::Known(value) => value.entry(),
            Received::Entry(entry) => Some(entry),
            Received::Unknown(_) => None,
        }
    }

    /// A known value's; none otherwise, since no field came with the code.
    fn placeholders(&self, visit: &mut dyn FnMut(&str, fmt::Arguments<'_>)) {
        if let Received::Known(value) = self {
            value.placeholders(visit);
        }
    }
}

/// A known value as it displays itself; otherwise `CODE: symptom`, and
/// ` (solution: ...)` in the alternate form, as every catalog value.
impl<C: ErrorCatalog> fmt::Display for Received<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Received::Known(value) => fmt::Display::fmt(value, f),
            Received::Entry(_) | Received::Unknown(_) => crate::__private::display(self, f),
        }
    }
}

impl<C: ErrorCatalog> crate::__private::WriteTexts for Received<C> {
    fn write_symptom(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.symptom())
    }

    fn write_solution(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.solution())
    }
}

/// The source of a known value; none otherwise.
impl<C: ErrorCatalog + core::error::Error> core::error::Error for Received<C> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.known().and_then(core::error::Error::source)
    }
}

/// `template` with each `{placeholder}` replaced by [`BLANK`] and `{{`, `}}`
/// read as braces, by the scanner the attribute checked it with; borrowed
/// when it has no braces.
pub(crate) fn blank_placeholders(template: &'static str) -> Cow<'static, str> {
    if !template.contains(['{', '}']) {
        return Cow::Borrowed(template);
    }
    let mut text = String::with_capacity(template.len());
    // Writing to a `String` never fails.
    let _ = error_catalog_shared::write_blanked(template, BLANK, &mut text);
    Cow::Owned(text)
}

#[cfg(feature = "serde")]
impl<C: ErrorCatalog> serde::Serialize for Received<C> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de, C: ErrorCatalog> serde::Deserialize<'de> for Received<C> {
    /// From any code, as a string or as the `code` of the object a value
    /// with data serializes as.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let receive = |code: &str| Ok::<_, String>(C::receive(code));
        deserializer.deserialize_any(crate::__private::CodeVisitor(receive))
    }
}

#[cfg(test)]
mod tests {
    use super::blank_placeholders;

    use alloc::borrow::Cow;

    #[test]
    fn blank_placeholders_blanks_each_placeholder_and_reads_braces() {
        assert_eq!(
            blank_placeholders("Topic {0} of {owner:?} {{x}}"),
            "Topic … of … {x}"
        );
        assert_eq!(blank_placeholders("{a}{b}"), "……");
        assert_eq!(blank_placeholders("{r#type:>8} é {{}}"), "… é {}");
    }

    #[test]
    fn blank_placeholders_borrows_a_text_without_braces() {
        assert!(matches!(
            blank_placeholders("no braces"),
            Cow::Borrowed("no braces")
        ));
        assert!(matches!(blank_placeholders(""), Cow::Borrowed("")));
    }
}

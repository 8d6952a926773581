//! The serialized shape of an entry, written once: [`Field`] lists its
//! fields, and `Entry`'s and `OwnedEntry`'s `Serialize` and `OwnedEntry`'s
//! `Deserialize` all follow that list, so what one writes the other reads.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use error_catalog_shared::{STATUS_RANGE, is_family_code, is_status};
use serde::de::{self, IgnoredAny, MapAccess, Unexpected, Visitor};
use serde::ser::SerializeStruct as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Entry, OwnedEntry};

/// The fields of an entry, in the order they are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Code,
    Symptom,
    Solution,
    Status,
    Url,
    Variant,
    Catalog,
    Doc,
    Deprecated,
    Aliases,
    Family,
}

impl Field {
    const ALL: [Field; 11] = [
        Field::Code,
        Field::Symptom,
        Field::Solution,
        Field::Status,
        Field::Url,
        Field::Variant,
        Field::Catalog,
        Field::Doc,
        Field::Deprecated,
        Field::Aliases,
        Field::Family,
    ];

    /// The names of [`Field::ALL`], for serde's `deserialize_struct`.
    const NAMES: [&'static str; Field::ALL.len()] = {
        let mut names = [""; Field::ALL.len()];
        let mut i = 0;
        while i < names.len() {
            names[i] = Field::ALL[i].name();
            i += 1;
        }
        names
    };

    /// The field's key.
    const fn name(self) -> &'static str {
        match self {
            Field::Code => "code",
            Field::Symptom => "symptom",
            Field::Solution => "solution",
            Field::Status => "status",
            Field::Url => "url",
            Field::Variant => "variant",
            Field::Catalog => "catalog",
            Field::Doc => "doc",
            Field::Deprecated => "deprecated",
            Field::Aliases => "aliases",
            Field::Family => "family",
        }
    }

    /// The field whose key is `name`; `None` for a key that no field has.
    fn named(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| field.name() == name)
    }

    /// The field's bit in a set of fields seen.
    const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// An entry's fields as they are written, borrowed from an [`Entry`] or an
/// [`OwnedEntry`]; `A`, how the aliases are held.
struct Fields<'a, A> {
    code: &'a str,
    symptom: &'a str,
    solution: &'a str,
    status: Option<u16>,
    url: Option<&'a str>,
    variant: &'a str,
    catalog: &'a str,
    doc: Option<&'a str>,
    deprecated: Option<&'a str>,
    aliases: &'a [A],
    family: bool,
}

impl<A: Serialize> Serialize for Fields<'_, A> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Entry", Field::ALL.len())?;
        for field in Field::ALL {
            let key = field.name();
            match field {
                Field::Code => entry.serialize_field(key, self.code),
                Field::Symptom => entry.serialize_field(key, self.symptom),
                Field::Solution => entry.serialize_field(key, self.solution),
                Field::Status => entry.serialize_field(key, &self.status),
                Field::Url => entry.serialize_field(key, &self.url),
                Field::Variant => entry.serialize_field(key, self.variant),
                Field::Catalog => entry.serialize_field(key, self.catalog),
                Field::Doc => entry.serialize_field(key, &self.doc),
                Field::Deprecated => entry.serialize_field(key, &self.deprecated),
                Field::Aliases => entry.serialize_field(key, self.aliases),
                Field::Family => entry.serialize_field(key, &self.family),
            }?;
        }
        entry.end()
    }
}

impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Fields {
            code: self.code,
            symptom: self.symptom,
            solution: self.solution,
            status: self.status,
            url: self.url,
            variant: self.variant,
            catalog: self.catalog,
            doc: self.doc,
            deprecated: self.deprecated,
            aliases: self.aliases,
            family: self.family,
        }
        .serialize(serializer)
    }
}

impl Serialize for OwnedEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Fields {
            code: &self.code,
            symptom: &self.symptom,
            solution: &self.solution,
            status: self.status,
            url: self.url.as_deref(),
            variant: &self.variant,
            catalog: &self.catalog,
            doc: self.doc.as_deref(),
            deprecated: self.deprecated.as_deref(),
            aliases: &self.aliases,
            family: self.family,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for OwnedEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("Entry", &Field::NAMES, EntryVisitor)
    }
}

/// Reads an entry from a map of its fields.
struct EntryVisitor;

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = OwnedEntry;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an entry of an error catalog, an object with a `code`")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<OwnedEntry, M::Error> {
        let mut entry = OwnedEntry::empty();
        let mut seen = 0;
        while let Some(key) = map.next_key::<String>()? {
            // Unknown keys are skipped: a newer export still reads.
            let Some(field) = Field::named(&key) else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            if seen & field.bit() != 0 {
                return Err(de::Error::duplicate_field(field.name()));
            }
            seen |= field.bit();
            read(&mut entry, field, &mut map).map_err(|error| in_field(field, error))?;
        }
        if seen & Field::Code.bit() == 0 {
            return Err(de::Error::missing_field(Field::Code.name()));
        }
        check_family(entry)
    }
}

/// Reads the value of `field` into `entry`, `null` for an optional field
/// as if it were missing.
fn read<'de, M: MapAccess<'de>>(entry: &mut OwnedEntry, field: Field, map: &mut M) -> Result<(), M::Error> {
    match field {
        Field::Code => entry.code = code(map.next_value()?)?,
        Field::Symptom => entry.symptom = text(map)?,
        Field::Solution => entry.solution = text(map)?,
        Field::Status => entry.status = map.next_value::<Status>()?.0,
        Field::Url => entry.url = map.next_value()?,
        Field::Variant => entry.variant = text(map)?,
        Field::Catalog => entry.catalog = text(map)?,
        Field::Doc => entry.doc = map.next_value()?,
        Field::Deprecated => entry.deprecated = map.next_value()?,
        Field::Aliases => entry.aliases = aliases(map.next_value()?)?,
        Field::Family => entry.family = map.next_value::<Option<bool>>()?.unwrap_or_default(),
    }
    Ok(())
}

/// `error`, met reading `field`, with the field's name in front.
fn in_field<E: de::Error>(field: Field, error: E) -> E {
    E::custom(format_args!("`{}`: {error}", field.name()))
}

/// A text, empty when missing or `null`.
fn text<'de, M: MapAccess<'de>>(map: &mut M) -> Result<String, M::Error> {
    Ok(map.next_value::<Option<String>>()?.unwrap_or_default())
}

/// `code`, unless blank: no entry is found by a blank code.
fn code<E: de::Error>(code: String) -> Result<String, E> {
    if code.trim().is_empty() {
        return Err(E::invalid_value(
            Unexpected::Str(&code),
            &"a code that is not blank",
        ));
    }
    Ok(code)
}

/// The aliases, none when `null`, each not blank, as codes are.
fn aliases<E: de::Error>(aliases: Option<Vec<String>>) -> Result<Vec<String>, E> {
    let aliases = aliases.unwrap_or_default();
    for alias in &aliases {
        code::<E>(alias.clone())?;
    }
    Ok(aliases)
}

/// A status as read: missing, `null`, or a number that [`is_status`], the
/// statuses a declaration may give.
struct Status(Option<u16>);

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_option(StatusVisitor)
    }
}

/// Reads a [`Status`]; what it expects is what its errors say.
struct StatusVisitor;

impl<'de> Visitor<'de> for StatusVisitor {
    type Value = Status;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an HTTP status in {STATUS_RANGE}")
    }

    fn visit_none<E: de::Error>(self) -> Result<Status, E> {
        Ok(Status(None))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Status, E> {
        Ok(Status(None))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Status, D::Error> {
        deserializer.deserialize_u64(self)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Status, E> {
        match u16::try_from(value) {
            Ok(status) if is_status(value) => Ok(Status(Some(status))),
            _ => Err(E::invalid_value(Unexpected::Unsigned(value), &self)),
        }
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Status, E> {
        match u64::try_from(value) {
            Ok(value) => self.visit_u64(value),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
        }
    }
}

/// `entry`, unless a family whose code is no family's: a prefix then `*`.
fn check_family<E: de::Error>(entry: OwnedEntry) -> Result<OwnedEntry, E> {
    if entry.family && !is_family_code(&entry.code) {
        let error = E::invalid_value(
            Unexpected::Str(&entry.code),
            &"a family's code (`family` is true): a prefix, then `*`",
        );
        return Err(in_field(Field::Code, error));
    }
    Ok(entry)
}

#[cfg(test)]
mod tests {
    use alloc::string::{String, ToString as _};
    use alloc::vec::Vec;

    use super::Field;
    use crate::owned_entry::tests::QUOTA;
    use crate::{Entry, OwnedEntry};

    /// `entries` written as JSON and read back.
    fn round_trip(entries: &[Entry]) -> (String, Vec<OwnedEntry>) {
        let json = serde_json::to_string(entries).unwrap();
        let read = serde_json::from_str(&json).unwrap();
        (json, read)
    }

    /// The message of the error that refuses `json`.
    fn refusal(json: &str) -> String {
        serde_json::from_str::<OwnedEntry>(json).unwrap_err().to_string()
    }

    #[cfg(feature = "ons")]
    #[test]
    fn every_ons_entry_reads_back_as_it_was() {
        use crate::ErrorCatalog;
        use crate::ons::{MqttError, OnsError};

        for entries in [OnsError::entries(), MqttError::entries()] {
            let (json, read) = round_trip(entries);
            let owned: Vec<_> = entries.iter().map(OwnedEntry::from).collect();
            assert_eq!(read, owned);
            assert_eq!(serde_json::to_string(&read).unwrap(), json);
        }
    }

    #[test]
    fn an_entry_with_every_field_reads_back_as_it_was() {
        let (json, read) = round_trip(&[QUOTA]);
        assert_eq!(read, [OwnedEntry::from(&QUOTA)]);
        assert_eq!(read[0].aliases(), ["QUOTA_OVER", "OVER_QUOTA"]);
        assert_eq!(read[0].family_prefix(), Some("QUOTA_"));
        assert_eq!(serde_json::to_string(&read).unwrap(), json);
    }

    #[test]
    fn fields_are_written_in_the_order_of_the_list() {
        let json = serde_json::to_string(&QUOTA).unwrap();
        let at = Field::NAMES.map(|name| json.find(&alloc::format!("\"{name}\":")).unwrap());
        assert!(at.is_sorted(), "{json}");
        assert_eq!(at[0], 1);
    }

    #[test]
    fn only_the_code_is_required_and_null_is_missing() {
        let nulls = r#"{"code": "SHOP_GONE", "symptom": null, "status": null, "url": null,
            "aliases": null, "family": null, "doc": null}"#;
        for json in [r#"{"code": "SHOP_GONE"}"#, nulls] {
            let entry: OwnedEntry = serde_json::from_str(json).unwrap();
            assert_eq!(
                (entry.code(), entry.symptom(), entry.status()),
                ("SHOP_GONE", "", None)
            );
            assert_eq!(
                (entry.aliases(), entry.is_family(), entry.doc()),
                (&[][..], false, None)
            );
        }
    }

    #[test]
    fn unknown_fields_are_skipped() {
        let json = r#"{"retry": {"after": 3}, "code": "SHOP_GONE", "fault": "client"}"#;
        let entry: OwnedEntry = serde_json::from_str(json).unwrap();
        assert_eq!(entry.code(), "SHOP_GONE");
    }

    #[test]
    fn a_status_outside_100_to_599_is_refused() {
        for (status, unexpected) in [
            ("600", "invalid value: integer `600`"),
            ("99", "invalid value: integer `99`"),
            ("70000", "invalid value: integer `70000`"),
            ("-1", "invalid value: integer `-1`"),
            ("\"402\"", "invalid type: string \"402\""),
            ("402.0", "invalid type: floating point `402.0`"),
        ] {
            let json = alloc::format!(r#"{{"code": "A", "status": {status}}}"#);
            let expected = alloc::format!("`status`: {unexpected}, expected an HTTP status in 100..=599");
            assert!(refusal(&json).starts_with(&expected), "{}", refusal(&json));
        }
        let entry: OwnedEntry = serde_json::from_str(r#"{"code": "A", "status": 599}"#).unwrap();
        assert_eq!(entry.status(), Some(599));
    }

    #[test]
    fn a_blank_alias_is_refused() {
        let json = r#"{"code": "A", "aliases": ["B", " "]}"#;
        assert!(
            refusal(json).starts_with("`aliases`: invalid value: string \" \""),
            "{}",
            refusal(json)
        );
    }

    #[test]
    fn a_family_s_code_is_a_prefix_and_the_mark() {
        for code in ["*", "SHOP_", "*SHOP"] {
            let json = alloc::format!(r#"{{"code": "{code}", "family": true}}"#);
            let expected =
                alloc::format!("`code`: invalid value: string \"{code}\", expected a family's code");
            assert!(refusal(&json).starts_with(&expected), "{}", refusal(&json));
        }
        // Not a family, `*` is a code like any other.
        let entry: OwnedEntry = serde_json::from_str(r#"{"code": "*"}"#).unwrap();
        assert_eq!(entry.family_prefix(), None);
    }

    #[test]
    fn a_missing_or_blank_code_is_refused() {
        assert!(refusal(r#"{"symptom": "s"}"#).starts_with("missing field `code`"));
        for code in ["", " \\t"] {
            let json = alloc::format!(r#"{{"code": "{code}"}}"#);
            assert!(
                refusal(&json).starts_with("`code`: invalid value: string"),
                "{}",
                refusal(&json)
            );
        }
        assert!(refusal(r#"{"code": null}"#).starts_with("`code`: invalid type: null, expected a string"));
    }

    #[test]
    fn wrong_values_are_named_with_their_field() {
        for (json, expected) in [
            (
                r#"{"code": 7}"#,
                "`code`: invalid type: integer `7`, expected a string",
            ),
            (
                r#"{"code": "A", "aliases": "B"}"#,
                "`aliases`: invalid type: string \"B\"",
            ),
            (
                r#"{"code": "A", "family": "yes"}"#,
                "`family`: invalid type: string \"yes\"",
            ),
            (r#"{"code": "A", "code": "B"}"#, "duplicate field `code`"),
            (
                "[1]",
                "invalid type: sequence, expected an entry of an error catalog",
            ),
        ] {
            assert!(refusal(json).starts_with(expected), "{json}: {}", refusal(json));
        }
        // The position is the one serde_json gives, once.
        let error = refusal("{\"code\": \"A\",\n \"status\": 600}");
        assert_eq!(error.matches(" at line ").count(), 1, "{error}");
        assert!(error.contains(" at line 2 column "), "{error}");
    }
}

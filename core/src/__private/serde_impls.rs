//! The serde impls of catalogs (feature `serde`): `__serde_impls!` expands
//! to them, or to nothing without the feature.

#[cfg(feature = "serde")]
pub use serde;

/// `Deserialize` of a catalog: its code as a string, or the object its
/// values with data serialize as (of which the code is read): the value
/// `FromStr` gives, and its error (which says when the code's variant
/// carries data a code cannot give: `Received` keeps that entry).
#[cfg(feature = "serde")]
pub fn deserialize_code<'de, C, D>(deserializer: D) -> Result<C, D::Error>
where
    C: core::str::FromStr<Err = crate::ParseCodeError>,
    D: serde::Deserializer<'de>,
{
    let parse = |code: &str| {
        code.parse::<C>()
            .map_err(|error| alloc::string::ToString::to_string(&error))
    };
    deserializer.deserialize_any(CodeVisitor(parse))
}

/// Reads a code, as a string or as the `code` member of an object, and
/// makes a value of it with its function.
#[cfg(feature = "serde")]
pub(crate) struct CodeVisitor<F>(pub(crate) F);

#[cfg(feature = "serde")]
impl<'de, T, F: FnOnce(&str) -> Result<T, alloc::string::String>> serde::de::Visitor<'de> for CodeVisitor<F> {
    type Value = T;

    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("an error code, or an object with its `code`")
    }

    fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<T, E> {
        (self.0)(code).map_err(E::custom)
    }

    fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<T, M::Error> {
        let mut code: Option<alloc::string::String> = None;
        while let Some(key) = map.next_key::<alloc::string::String>()? {
            if key == "code" && code.is_none() {
                code = Some(map.next_value()?);
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        let code = code.ok_or_else(|| serde::de::Error::missing_field("code"))?;
        self.visit_str(&code)
    }
}

/// `Serialize` of a catalog whose variants carry data: the code with the
/// texts filled in, and the status and the entry's url when there are.
#[cfg(feature = "serde")]
pub fn serialize_object<C: crate::CatalogError, S: serde::Serializer>(
    value: &C,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct as _;

    let status = value.status();
    let url = value.entry().and_then(crate::Entry::url);
    let mut object = serializer.serialize_struct("CatalogError", 5)?;
    object.serialize_field("code", value.code())?;
    object.serialize_field("symptom", &value.symptom())?;
    object.serialize_field("solution", &value.solution())?;
    match status {
        Some(status) => object.serialize_field("status", &status)?,
        None => object.skip_field("status")?,
    }
    match url {
        Some(url) => object.serialize_field("url", url)?,
        None => object.skip_field("url")?,
    }
    object.end()
}

/// The serde impls of a catalog: a catalog none of whose variants carries
/// data, its own or an embedded catalog's (`ErrorCatalog::__WITH_DATA`),
/// serializes as its code; any other serializes every value as one object
/// shape. Both deserialize from the code, or from the object's `code`.
/// Without the `serde` feature, nothing.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($ty:ty) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                if <Self as $crate::ErrorCatalog>::__WITH_DATA {
                    $crate::__private::serialize_object(self, serializer)
                } else {
                    serializer.serialize_str($crate::CatalogError::code(self))
                }
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize_code(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($($catalog:tt)*) => {};
}

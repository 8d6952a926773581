//! The serde impls of catalogs (feature `serde`): `__serde_impls!` expands
//! to them, or to nothing without the feature.

#[cfg(feature = "serde")]
pub use serde;

/// `Deserialize` of a catalog whose values are named by their codes alone.
#[cfg(feature = "serde")]
pub fn deserialize_code<'de, C, D>(deserializer: D) -> Result<C, D::Error>
where
    C: core::str::FromStr<Err = crate::ParseCodeError>,
    D: serde::Deserializer<'de>,
{
    struct CodeVisitor<C>(core::marker::PhantomData<C>);

    impl<C: core::str::FromStr<Err = crate::ParseCodeError>> serde::de::Visitor<'_> for CodeVisitor<C> {
        type Value = C;

        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("an error code")
        }

        fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<C, E> {
            code.parse().map_err(E::custom)
        }
    }

    deserializer.deserialize_str(CodeVisitor(core::marker::PhantomData))
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

/// The serde impls of a catalog: `code` for catalogs whose own variants
/// carry no data (serialized as the code, deserialized from it), `object`
/// for the others (every value, transparent ones too, serialized as one
/// object shape). Without the `serde` feature, nothing.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($form:ident $ty:ty) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__serde_impls!(@serialize $form self serializer)
            }
        }

        $crate::__serde_impls!(@deserialize $form $ty);
    };
    (@serialize code $self:ident $serializer:ident) => {
        $serializer.serialize_str($crate::CatalogError::code($self))
    };
    (@serialize object $self:ident $serializer:ident) => {
        $crate::__private::serialize_object($self, $serializer)
    };
    (@deserialize code $ty:ty) => {
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize_code(deserializer)
            }
        }
    };
    (@deserialize object $ty:ty) => {};
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($($catalog:tt)*) => {};
}

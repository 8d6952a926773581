//! [`code!`](crate::code!): a code literal checked against a catalog at
//! compile time.

/// A code of a catalog, checked at compile time.
///
/// `code!(Catalog, "LITERAL")` is a `&'static str` equal to the literal when
/// `Catalog` (any path to a type implementing [`ErrorCatalog`](crate::ErrorCatalog), from any
/// crate) has that code, the codes of its `transparent` variants included.
/// Otherwise the build fails with a message that names the literal and the
/// catalog, and suggests the nearest code. It works in const context: a
/// `match` pattern takes it through a `const` item
/// (`const TOPIC_NOT_FOUND: &str = code!(...)`, then `TOPIC_NOT_FOUND =>`),
/// since a macro call is no pattern.
///
/// The literal is checked by `cargo check` wherever the macro stands, in
/// generic functions too. `code!(Self, "...")`, in the catalog's own impls,
/// is checked when the code is compiled (`cargo build`, `cargo test`), not
/// by `cargo check`: `Self` cannot be named in the const item that the
/// check needs; name the catalog's type instead where that matters.
///
/// ```
/// # #[cfg(feature = "ons")] {
/// use error_catalog::{code, ons::OnsError};
///
/// const TOPIC_NOT_FOUND: &str = code!(OnsError, "BIZ_TOPIC_NOT_FOUND");
///
/// fn is_missing_topic(code_from_the_wire: &str) -> bool {
///     code_from_the_wire == code!(OnsError, "BIZ_TOPIC_NOT_FOUND")
/// }
/// assert!(is_missing_topic(TOPIC_NOT_FOUND));
/// # }
/// ```
///
/// A typo fails the build: ``error code `BIZ_TOPIC_NOT_FUOND` is not in the
/// catalog `OnsError`; did you mean `BIZ_TOPIC_NOT_FOUND`?``
///
/// ```compile_fail
/// # #[cfg(feature = "ons")] {
/// use error_catalog::{code, ons::OnsError};
///
/// let _ = code!(OnsError, "BIZ_TOPIC_NOT_FUOND");
/// # }
/// # #[cfg(not(feature = "ons"))] compile_error!("the example needs `ons`");
/// ```
#[macro_export]
macro_rules! code {
    // `Self` cannot be named in a nested item: an inline const, which the
    // compiler evaluates when it generates code (`cargo build`), not in
    // `cargo check`.
    (Self, $code:literal $(,)?) => {
        const {
            $crate::__checked!($crate::__private::checked_code(
                &<Self as $crate::ErrorCatalog>::__NAMES,
                $code,
                "Self",
            ))
        }
    };
    // A const item, which `cargo check` evaluates wherever it stands, in
    // generic functions too.
    ($catalog:ty, $code:literal $(,)?) => {{
        const CODE: &'static ::core::primitive::str = $crate::__checked!($crate::__private::checked_code(
            &<$catalog as $crate::ErrorCatalog>::__NAMES,
            $code,
            ::core::stringify!($catalog),
        ));
        CODE
    }};
}

/// The code of a `checked_code` result, or a panic with its message where
/// the macro stands.
#[doc(hidden)]
#[macro_export]
macro_rules! __checked {
    ($checked:expr) => {
        match $checked {
            ::core::result::Result::Ok(code) => code,
            ::core::result::Result::Err(message) => ::core::panic!("{}", message.as_str()),
        }
    };
}

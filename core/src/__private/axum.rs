//! `axum::response::IntoResponse` for `#[error_catalog(axum)]` (feature
//! `axum`): `__axum_impl!` expands to it, or, without the feature, to an
//! error saying which feature to enable.

#[cfg(feature = "axum")]
pub use axum_core;

/// The response of a catalog value: its status, `Content-Type:
/// application/problem+json`, and its problem document.
#[cfg(feature = "axum")]
pub fn problem_response(error: &dyn crate::CatalogError) -> axum_core::response::Response {
    axum_core::response::IntoResponse::into_response(crate::http::ProblemDetails::from_error(error))
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impl {
    ($ty:ty) => {
        #[automatically_derived]
        impl $crate::__private::axum_core::response::IntoResponse for $ty {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::problem_response(&self)
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impl {
    ($ty:ty) => {
        ::core::compile_error!(
            "`#[error_catalog(axum)]` implements `axum::response::IntoResponse`, which needs the `axum` \
             feature of error-catalog: `error-catalog = { version = \"...\", features = [\"axum\"] }`"
        );
    };
}

//! `miette::Diagnostic` for `#[error_catalog(diagnostic)]` (feature
//! `miette`): `__diagnostic_impl!` expands to it, or, without the feature,
//! to an error saying which feature to enable.

#[cfg(feature = "miette")]
pub use miette;

/// `miette::Diagnostic` for `#[error_catalog(diagnostic)]`: the code, the
/// solution as help, and the entry's `url`.
#[cfg(feature = "miette")]
#[doc(hidden)]
#[macro_export]
macro_rules! __diagnostic_impl {
    ($ty:ty) => {
        #[automatically_derived]
        impl $crate::__private::miette::Diagnostic for $ty {
            fn code<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                $crate::__private::diagnostic_code(self)
            }

            fn help<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                $crate::__private::diagnostic_help(self)
            }

            fn url<'a>(
                &'a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + 'a>> {
                $crate::__private::diagnostic_url(self)
            }
        }
    };
}

#[cfg(not(feature = "miette"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __diagnostic_impl {
    ($ty:ty) => {
        ::core::compile_error!(
            "`#[error_catalog(diagnostic)]` implements `miette::Diagnostic`, which needs the `miette` \
             feature of error-catalog: `error-catalog = { version = \"...\", features = [\"miette\"] }`"
        );
    };
}

#[cfg(feature = "miette")]
pub use alloc::boxed::Box;

#[cfg(feature = "miette")]
pub fn diagnostic_code<'a, C: crate::CatalogError>(value: &'a C) -> Option<Box<dyn core::fmt::Display + 'a>> {
    Some(Box::new(value.code()))
}

#[cfg(feature = "miette")]
pub fn diagnostic_help<'a, C: crate::CatalogError>(value: &'a C) -> Option<Box<dyn core::fmt::Display + 'a>> {
    Some(Box::new(value.solution()))
}

#[cfg(feature = "miette")]
pub fn diagnostic_url<'a, C: crate::CatalogError>(value: &'a C) -> Option<Box<dyn core::fmt::Display + 'a>> {
    let url = value.entry()?.url()?;
    Some(Box::new(url))
}

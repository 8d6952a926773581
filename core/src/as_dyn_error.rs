//! [`AsDynError`]: what the source of a catalog error may be.

/// What a `#[source]` or `#[from]` field may be: any type that implements
/// [`core::error::Error`], or a `dyn Error` trait object (with `Send` and
/// `Sync` or without) behind a `Box`, an `Arc` or a reference.
///
/// The `source()` that `#[error_catalog]` generates calls
/// [`as_dyn_error`](AsDynError::as_dyn_error) on the field, whose
/// auto-deref reaches the impls for the trait objects: so a field of an
/// alias such as `type BoxError = Box<dyn Error + Send + Sync>` is a
/// source too. A field of another type fails the build at the field, with
/// the compiler's note that it does not implement `Error`. There is no
/// reason to implement this trait yourself; implement `Error`.
///
/// ```
/// use error_catalog::AsDynError;
///
/// let boxed: Box<dyn core::error::Error + Send + Sync> = "disk full".into();
/// assert_eq!(boxed.as_dyn_error().to_string(), "disk full");
/// ```
pub trait AsDynError<'a> {
    /// The field as `&dyn Error`, what `Error::source` gives.
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a);
}

impl<'a, T: core::error::Error + 'a> AsDynError<'a> for T {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

/// The impls for the `dyn Error` trait objects, which are unsized: method
/// calls reach them through a `Box` by auto-deref.
macro_rules! as_dyn_error_for_trait_objects {
    ($($object:ty),*) => {$(
        impl<'a> AsDynError<'a> for $object {
            #[inline]
            fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
                self
            }
        }
    )*};
}

as_dyn_error_for_trait_objects!(
    dyn core::error::Error + 'a,
    dyn core::error::Error + Send + 'a,
    dyn core::error::Error + Sync + 'a,
    dyn core::error::Error + Send + Sync + 'a
);

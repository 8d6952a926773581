//! The texts of a catalog value, written into a formatter, and the types
//! and traits the generated `symptom`, `solution` and `Display` name.

pub use alloc::borrow::Cow;
pub use alloc::string::String;

/// The texts of a catalog value, written straight into a formatter: one
/// formatting path for `Display` and for `symptom()`/`solution()`.
pub trait WriteTexts {
    fn write_symptom(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result;
    fn write_solution(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result;
}

/// `CODE: symptom`, and ` (solution: ...)` in the alternate form.
pub fn display<T: crate::CatalogError + WriteTexts>(
    value: &T,
    f: &mut core::fmt::Formatter<'_>,
) -> core::fmt::Result {
    f.write_str(value.code())?;
    f.write_str(": ")?;
    value.write_symptom(f)?;
    if f.alternate() {
        f.write_str(" (solution: ")?;
        value.write_solution(f)?;
        f.write_str(")")?;
    }
    Ok(())
}

/// What a closure writes, displayed.
struct Written<F>(F);

impl<F: Fn(&mut core::fmt::Formatter<'_>) -> core::fmt::Result> core::fmt::Display for Written<F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        (self.0)(f)
    }
}

/// What `write` writes, as a `String`.
pub fn render(write: impl Fn(&mut core::fmt::Formatter<'_>) -> core::fmt::Result) -> String {
    alloc::string::ToString::to_string(&Written(write))
}

/// Hands `visit` the placeholder `name` with what `write` writes: the
/// generated `placeholders()` writes each field with `write!`, as its texts
/// do, so that a field that cannot be formatted is one error, not two.
pub fn visit_field(
    visit: &mut dyn FnMut(&str, core::fmt::Arguments<'_>),
    name: &str,
    write: impl Fn(&mut core::fmt::Formatter<'_>) -> core::fmt::Result,
) {
    visit(name, format_args!("{}", Written(write)));
}

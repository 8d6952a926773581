//! thiserror's own test cases (its tests/test_display.rs, test_source.rs,
//! test_from.rs, test_transparent.rs and test_path.rs) as catalogs, case by
//! case: the expected strings are thiserror's. Each case is declared twice
//! where both ways apply: on a thiserror enum (`thiserror_style`: the
//! derive's `Display`, and the symptom taken from its `#[error]` text) and
//! as a catalog of its own (`catalog_style`: the same text as `symptom`).
//! A struct of thiserror's becomes a one-variant enum.
//!
//! Out of scope, and what each gets instead:
//!
//! - Format arguments and expressions (`test_expr`, `test_nested`,
//!   `test_match`, `test_nested_display`, `test_mixed`, the second variant
//!   of `test_ints`, `test_field`, `test_nested_tuple_field`,
//!   `test_keyword`) and placeholders of names from the scope
//!   (`test_constants`, `test_self`): thiserror writes such a `Display`,
//!   but a symptom shows fields alone. Without a `symptom` of its own the
//!   entry fails to build with "the symptom cannot be taken from this
//!   `#[error(...)]`: it has formatting arguments, which thiserror
//!   evaluates, and a symptom shows fields alone; give the entry a
//!   `symptom = "..."` of its own in `#[entry(...)]`" (at the first
//!   argument), or "... `{MSG}` is no field of `Error`, and thiserror takes
//!   it from the scope; ..." (at the text). With one, they work:
//!   `formatted_texts_with_a_symptom_of_their_own` below.
//! - `fmt = path` (`test_fmt_path`, `test_fmt_path_inherited`): "... `fmt =
//!   ...` formats with a function, not a text; give the entry a `symptom =
//!   "..."` of its own", at `fmt`.
//! - Generics and lifetimes (`test_transparent_enum_generic`,
//!   `test_non_static`): "`#[error_catalog]` does not support generic
//!   enums: a catalog is one `'static` table; put the generic data in a
//!   field of a concrete type, such as `Box<dyn Error + Send + Sync>`".
//! - Structs (thiserror's structs, `test_transparent_struct` and
//!   `test_anyhow` among them, and the unsized fields of `test_path`, which
//!   only a struct's last field may have): "`#[error_catalog]` applies to
//!   enums only, not to a struct: declare the catalog as an enum with one
//!   `#[entry(...)]` per variant". Their texts are tested here as variants.
//! - `#[error(transparent)]` over a type that is no catalog
//!   (`test_transparent_enum`) in the catalog's own style, whose
//!   `transparent` reuses a catalog's entries: a thiserror enum gives the
//!   variant an entry of its own (below).

// thiserror's cases keep fields that their texts do not show, and name
// their variants after thiserror's structs.
#![allow(dead_code, clippy::enum_variant_names)]

use std::error::Error as _;
use std::fmt::Display;
use std::io;
use std::path::{Path, PathBuf};

use error_catalog::{CatalogError, error_catalog};

/// thiserror's check, and the symptom taken from the same text.
fn assert_shows<T: Display + CatalogError>(expected: &str, value: T) {
    assert_eq!(expected, value.to_string());
    assert_eq!(expected, value.symptom());
}

/// The symptom of a catalog of its own, which its `Display` follows.
fn assert_symptom<T: CatalogError>(expected: &str, value: T) {
    assert_eq!(expected, value.symptom());
    assert_eq!(format!("{}: {expected}", value.code()), value.to_string());
}

mod display {
    use super::*;

    mod thiserror_style {
        use super::*;

        #[test]
        fn braced_unused_tuple_unit() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            enum Error {
                #[error("braced error: {msg}")]
                #[entry(solution = "s")]
                Braced { msg: String },
                #[error("braced error")]
                #[entry(solution = "s")]
                BracedUnused { extra: usize },
                #[error("tuple error: {0}")]
                #[entry(solution = "s")]
                Tuple(usize),
                #[error("unit error")]
                #[entry(solution = "s")]
                Unit,
            }

            let msg = "T".to_owned();
            assert_shows("braced error: T", Error::Braced { msg });
            assert_shows("braced error", Error::BracedUnused { extra: 0 });
            assert_shows("tuple error: 0", Error::Tuple(0));
            assert_shows("unit error", Error::Unit);
        }

        #[test]
        fn test_enum() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            enum Error {
                #[error("braced error: {id}")]
                #[entry(solution = "s")]
                Braced { id: usize },
                #[error("tuple error: {0}")]
                #[entry(solution = "s")]
                Tuple(usize),
                #[error("unit error")]
                #[entry(solution = "s")]
                Unit,
            }

            assert_shows("braced error: 0", Error::Braced { id: 0 });
            assert_shows("tuple error: 0", Error::Tuple(0));
            assert_shows("unit error", Error::Unit);
        }

        #[test]
        fn test_inherit() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            #[error("{0}")]
            enum Error {
                #[entry(solution = "s")]
                Some(&'static str),
                #[error("other error")]
                #[entry(solution = "s")]
                Other(&'static str),
            }

            assert_shows("some error", Error::Some("some error"));
            assert_shows("other error", Error::Other("..."));
        }

        #[test]
        fn test_brace_escape() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            enum Error {
                #[error("fn main() {{}}")]
                #[entry(solution = "s")]
                Main,
            }

            assert_shows("fn main() {}", Error::Main);
        }

        #[test]
        fn test_void() {
            #[allow(clippy::empty_enums)]
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            #[error("...")]
            pub enum Error {}

            let _: Error;
        }

        #[test]
        fn test_ints_and_trailing_comma() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            enum Error {
                #[error("error {0}")]
                #[entry(solution = "s")]
                Tuple(usize, usize),
                #[error(
                    "error {0}",
                )]
                #[entry(solution = "s")]
                #[rustfmt::skip]
                Char(char),
            }

            assert_shows("error 9", Error::Tuple(9, 0));
            assert_shows("error ?", Error::Char('?'));
        }

        #[test]
        fn test_pointer() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            pub enum Error {
                #[error("{field:p}")]
                #[entry(solution = "s")]
                Struct { field: Box<i32> },
            }

            let s = Error::Struct { field: Box::new(-1) };
            let Error::Struct { field } = &s;
            assert_eq!(s.to_string(), format!("{:p}", *field));
            assert_eq!(s.symptom(), format!("{:p}", *field));
        }

        #[test]
        fn test_macro_rules_variant_from_call_site() {
            macro_rules! decl_error {
                ($variant:ident($value:ident)) => {
                    #[error_catalog(prefix = "T_")]
                    #[derive(thiserror::Error, Debug)]
                    pub enum Error0 {
                        #[error("{0:?}")]
                        #[entry(solution = "s")]
                        $variant($value),
                    }

                    #[error_catalog(prefix = "T_")]
                    #[derive(thiserror::Error, Debug)]
                    #[error("{0:?}")]
                    pub enum Error1 {
                        #[entry(solution = "s")]
                        $variant($value),
                    }
                };
            }

            decl_error!(Repro(u8));

            assert_shows("0", Error0::Repro(0));
            assert_shows("0", Error1::Repro(0));
        }

        #[test]
        fn test_macro_rules_message_from_call_site() {
            macro_rules! decl_error {
                ($($errors:tt)*) => {
                    #[error_catalog(prefix = "T_")]
                    #[derive(thiserror::Error, Debug)]
                    pub enum Error {
                        $($errors)*
                    }
                };
            }

            decl_error! {
                #[error("{0}")]
                #[entry(solution = "s")]
                Unnamed(u8),
                #[error("{x}")]
                #[entry(solution = "s")]
                Named { x: u8 },
            }

            assert_shows("0", Error::Unnamed(0));
            assert_shows("0", Error::Named { x: 0 });
        }

        #[test]
        fn test_raw_and_raw_enum() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            enum Error {
                #[error("braced raw error: {fn}")]
                #[entry(solution = "s")]
                Braced { r#fn: &'static str },
            }

            assert_shows("braced raw error: T", Error::Braced { r#fn: "T" });
        }

        #[test]
        fn test_str_special_chars() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            pub enum Error {
                #[error("brace left {{")]
                #[entry(solution = "s")]
                BraceLeft,
                #[error("brace left 2 \x7B\x7B")]
                #[entry(solution = "s")]
                BraceLeft2,
                #[error("brace left 3 \u{7B}\u{7B}")]
                #[entry(solution = "s")]
                BraceLeft3,
                #[error("brace right }}")]
                #[entry(solution = "s")]
                BraceRight,
                #[error("brace right 2 \x7D\x7D")]
                #[entry(solution = "s")]
                BraceRight2,
                #[error("brace right 3 \u{7D}\u{7D}")]
                #[entry(solution = "s")]
                BraceRight3,
                #[error(
                    "new_\
line"
                )]
                #[entry(solution = "s")]
                NewLine,
                #[error("escape24 \u{78}")]
                #[entry(solution = "s")]
                Escape24,
            }

            assert_shows("brace left {", Error::BraceLeft);
            assert_shows("brace left 2 {", Error::BraceLeft2);
            assert_shows("brace left 3 {", Error::BraceLeft3);
            assert_shows("brace right }", Error::BraceRight);
            assert_shows("brace right 2 }", Error::BraceRight2);
            assert_shows("brace right 3 }", Error::BraceRight3);
            assert_shows("new_line", Error::NewLine);
            assert_shows("escape24 x", Error::Escape24);
        }

        #[test]
        fn test_raw_str() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            pub enum Error {
                #[error(r#"raw brace left {{"#)]
                #[entry(solution = "s")]
                BraceLeft,
                #[error(r#"raw brace left 2 \x7B"#)]
                #[entry(solution = "s")]
                BraceLeft2,
                #[error(r#"raw brace right }}"#)]
                #[entry(solution = "s")]
                BraceRight,
                #[error(r#"raw brace right 2 \x7D"#)]
                #[entry(solution = "s")]
                BraceRight2,
            }

            assert_shows(r#"raw brace left {"#, Error::BraceLeft);
            assert_shows(r#"raw brace left 2 \x7B"#, Error::BraceLeft2);
            assert_shows(r#"raw brace right }"#, Error::BraceRight);
            assert_shows(r#"raw brace right 2 \x7D"#, Error::BraceRight2);
        }

        #[test]
        fn formatted_texts_with_a_symptom_of_their_own() {
            const MSG: &str = "failed to do";
            const CODE: usize = 9;

            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            enum Error {
                #[error("{MSG}: {id:?} (code {CODE:?})")]
                #[entry(symptom = "Failed on {id:?}", solution = "s")]
                Constants { id: &'static str },
                #[error("1 + 1 = {}", 1 + 1)]
                #[entry(symptom = "Arithmetic", solution = "s")]
                Expr,
                #[error("a={a} :: b={} :: c={c} :: d={d}", 1, c = 2, d = 3)]
                #[entry(symptom = "Mixed {a}", solution = "s")]
                Mixed { a: usize, d: usize },
                #[error("error {0}", '?')]
                #[entry(symptom = "Ints", solution = "s")]
                Ints { v: usize },
                #[error("error: {self:?}")]
                #[entry(symptom = "Itself", solution = "s")]
                Itself,
            }

            let constants = Error::Constants { id: "" };
            assert_eq!(constants.to_string(), "failed to do: \"\" (code 9)");
            assert_eq!(constants.symptom(), "Failed on \"\"");
            assert_eq!(Error::Expr.to_string(), "1 + 1 = 2");
            assert_eq!(
                Error::Mixed { a: 0, d: 0 }.to_string(),
                "a=0 :: b=1 :: c=2 :: d=3"
            );
            assert_eq!(Error::Mixed { a: 0, d: 0 }.symptom(), "Mixed 0");
            assert_eq!(Error::Ints { v: 0 }.to_string(), "error ?");
            assert_eq!(Error::Itself.to_string(), "error: Itself");
        }
    }

    mod catalog_style {
        use super::*;

        #[test]
        fn braced_unused_tuple_unit_enum() {
            #[error_catalog(prefix = "T_")]
            #[derive(Debug)]
            enum Error {
                #[entry(symptom = "braced error: {msg}", solution = "s")]
                Braced { msg: String },
                #[entry(symptom = "braced error", solution = "s")]
                BracedUnused { extra: usize },
                #[entry(symptom = "braced error: {id}", solution = "s")]
                BracedId { id: usize },
                #[entry(symptom = "tuple error: {0}", solution = "s")]
                Tuple(usize),
                #[entry(symptom = "unit error", solution = "s")]
                Unit,
            }

            let msg = "T".to_owned();
            assert_symptom("braced error: T", Error::Braced { msg });
            assert_symptom("braced error", Error::BracedUnused { extra: 0 });
            assert_symptom("braced error: 0", Error::BracedId { id: 0 });
            assert_symptom("tuple error: 0", Error::Tuple(0));
            assert_symptom("unit error", Error::Unit);
        }

        #[test]
        fn test_brace_escape_void_ints_trailing_comma() {
            #[error_catalog(prefix = "T_")]
            #[derive(Debug)]
            enum Error {
                #[entry(symptom = "fn main() {{}}", solution = "s")]
                Main,
                #[entry(symptom = "error {0}", solution = "s")]
                Tuple(usize, usize),
                #[entry(symptom = "error {0}", solution = "s")]
                Char(char),
            }

            #[allow(clippy::empty_enums)]
            #[error_catalog(prefix = "T_")]
            #[derive(Debug)]
            pub enum Void {}

            assert_symptom("fn main() {}", Error::Main);
            assert_symptom("error 9", Error::Tuple(9, 0));
            assert_symptom("error ?", Error::Char('?'));
            let _: Void;
        }

        #[test]
        fn test_pointer() {
            #[error_catalog(prefix = "T_")]
            #[derive(Debug)]
            pub enum Error {
                #[entry(symptom = "{field:p}", solution = "s")]
                Struct { field: Box<i32> },
            }

            let s = Error::Struct { field: Box::new(-1) };
            let Error::Struct { field } = &s;
            assert_eq!(s.symptom(), format!("{:p}", *field));
        }

        #[test]
        fn test_macro_rules_variant_from_call_site() {
            macro_rules! decl_error {
                ($variant:ident($value:ident)) => {
                    #[error_catalog(prefix = "T_")]
                    #[derive(Debug)]
                    pub enum Error0 {
                        #[entry(symptom = "{0:?}", solution = "s")]
                        $variant($value),
                    }
                };
            }

            decl_error!(Repro(u8));

            assert_symptom("0", Error0::Repro(0));
        }

        #[test]
        fn test_macro_rules_message_from_call_site() {
            macro_rules! decl_error {
                ($($errors:tt)*) => {
                    #[error_catalog(prefix = "T_")]
                    #[derive(Debug)]
                    pub enum Error {
                        $($errors)*
                    }
                };
            }

            decl_error! {
                #[entry(symptom = "{0}", solution = "s")]
                Unnamed(u8),
                #[entry(symptom = "{x}", solution = "s")]
                Named { x: u8 },
            }

            assert_symptom("0", Error::Unnamed(0));
            assert_symptom("0", Error::Named { x: 0 });
        }

        #[test]
        fn test_raw_and_raw_enum() {
            #[error_catalog(prefix = "T_")]
            #[derive(Debug)]
            enum Error {
                #[entry(symptom = "braced raw error: {fn}", solution = "s")]
                Braced { r#fn: &'static str },
            }

            assert_symptom("braced raw error: T", Error::Braced { r#fn: "T" });
        }

        #[test]
        fn test_str_special_chars() {
            #[error_catalog(prefix = "T_")]
            #[derive(Debug)]
            pub enum Error {
                #[entry(symptom = "brace left {{", solution = "s")]
                BraceLeft,
                #[entry(symptom = "brace left 2 \x7B\x7B", solution = "s")]
                BraceLeft2,
                #[entry(symptom = "brace left 3 \u{7B}\u{7B}", solution = "s")]
                BraceLeft3,
                #[entry(symptom = "brace right }}", solution = "s")]
                BraceRight,
                #[entry(symptom = "brace right 2 \x7D\x7D", solution = "s")]
                BraceRight2,
                #[entry(symptom = "brace right 3 \u{7D}\u{7D}", solution = "s")]
                BraceRight3,
                #[entry(
                    symptom = "new_\
line",
                    solution = "s"
                )]
                NewLine,
                #[entry(symptom = "escape24 \u{78}", solution = "s")]
                Escape24,
            }

            assert_symptom("brace left {", Error::BraceLeft);
            assert_symptom("brace left 2 {", Error::BraceLeft2);
            assert_symptom("brace left 3 {", Error::BraceLeft3);
            assert_symptom("brace right }", Error::BraceRight);
            assert_symptom("brace right 2 }", Error::BraceRight2);
            assert_symptom("brace right 3 }", Error::BraceRight3);
            assert_symptom("new_line", Error::NewLine);
            assert_symptom("escape24 x", Error::Escape24);
        }

        #[test]
        fn test_raw_str() {
            #[error_catalog(prefix = "T_")]
            #[derive(Debug)]
            pub enum Error {
                #[entry(symptom = r#"raw brace left {{"#, solution = "s")]
                BraceLeft,
                #[entry(symptom = r#"raw brace left 2 \x7B"#, solution = "s")]
                BraceLeft2,
                #[entry(symptom = r#"raw brace right }}"#, solution = "s")]
                BraceRight,
                #[entry(symptom = r#"raw brace right 2 \x7D"#, solution = "s")]
                BraceRight2,
            }

            assert_symptom(r#"raw brace left {"#, Error::BraceLeft);
            assert_symptom(r#"raw brace left 2 \x7B"#, Error::BraceLeft2);
            assert_symptom(r#"raw brace right }"#, Error::BraceRight);
            assert_symptom(r#"raw brace right 2 \x7D"#, Error::BraceRight2);
        }
    }
}

mod source {
    use super::*;

    /// thiserror's checks of `source()`, on the `Sources` and `MacroSource`
    /// of either style.
    macro_rules! sources_test {
        () => {
            #[test]
            fn sources() {
                let io = io::Error::other("oh no!");
                let error = Sources::ImplicitSource { source: io };
                error.source().unwrap().downcast_ref::<io::Error>().unwrap();

                let io = io::Error::other("oh no!");
                let error = Sources::ExplicitSource {
                    source: String::new(),
                    io,
                };
                error.source().unwrap().downcast_ref::<io::Error>().unwrap();

                let source = Box::new(io::Error::other("oh no!"));
                let error = Sources::BoxedSource { source };
                error.source().unwrap().downcast_ref::<io::Error>().unwrap();

                let error = MacroSource::from(io::Error::other("oh no!"));
                error.source().unwrap().downcast_ref::<io::Error>().unwrap();
            }
        };
    }

    mod thiserror_style {
        use super::*;

        #[error_catalog(prefix = "T_")]
        #[derive(thiserror::Error, Debug)]
        pub enum Sources {
            #[error("implicit source")]
            #[entry(solution = "s")]
            ImplicitSource { source: io::Error },
            #[error("explicit source")]
            #[entry(solution = "s")]
            ExplicitSource {
                source: String,
                #[source]
                io: io::Error,
            },
            #[error("boxed source")]
            #[entry(solution = "s")]
            BoxedSource {
                #[source]
                source: Box<dyn std::error::Error + Send + 'static>,
            },
            #[error("{source} ==> {destination}")]
            #[entry(solution = "s")]
            NotSource { r#source: char, destination: char },
        }

        macro_rules! error_from_macro {
            ($($variants:tt)*) => {
                #[error_catalog(prefix = "T_")]
                #[derive(thiserror::Error)]
                #[derive(Debug)]
                pub enum MacroSource {
                    $($variants)*
                }
            }
        }

        // The impls are generated with the proper hygiene.
        #[rustfmt::skip]
        error_from_macro! {
            #[error("Something")]
            #[entry(solution = "s")]
            Variant(#[from] io::Error)
        }

        sources_test!();

        #[test]
        fn test_not_source() {
            let error = Sources::NotSource {
                source: 'S',
                destination: 'D',
            };
            assert_shows("S ==> D", error);
            let error = Sources::NotSource {
                source: 'S',
                destination: 'D',
            };
            assert!(error.source().is_none());
        }
    }

    mod catalog_style {
        use super::*;

        #[error_catalog(prefix = "T_")]
        #[derive(Debug)]
        pub enum Sources {
            #[entry(symptom = "implicit source", solution = "s")]
            ImplicitSource { source: io::Error },
            #[entry(symptom = "explicit source", solution = "s")]
            ExplicitSource {
                source: String,
                #[source]
                io: io::Error,
            },
            #[entry(symptom = "boxed source", solution = "s")]
            BoxedSource {
                #[source]
                source: Box<dyn std::error::Error + Send + 'static>,
            },
            #[entry(symptom = "{source} ==> {destination}", solution = "s")]
            NotSource { r#source: char, destination: char },
        }

        macro_rules! error_from_macro {
            ($($variants:tt)*) => {
                #[error_catalog(prefix = "T_")]
                #[derive(Debug)]
                pub enum MacroSource {
                    $($variants)*
                }
            }
        }

        #[rustfmt::skip]
        error_from_macro! {
            #[entry(symptom = "Something", solution = "s")]
            Variant(#[from] io::Error)
        }

        sources_test!();

        #[test]
        fn test_not_source() {
            let error = Sources::NotSource {
                source: 'S',
                destination: 'D',
            };
            assert_eq!(error.symptom(), "S ==> D");
            assert!(error.source().is_none());
        }
    }
}

mod from {
    use super::*;

    fn assert_impl<T: From<io::Error>>() {}

    mod thiserror_style {
        use super::*;

        #[error_catalog(prefix = "T_")]
        #[derive(thiserror::Error, Debug)]
        #[error("...")]
        pub enum ErrorStruct {
            #[entry(solution = "s")]
            Test {
                #[from]
                source: io::Error,
            },
        }

        #[error_catalog(prefix = "T_")]
        #[derive(thiserror::Error, Debug)]
        #[error("...")]
        pub enum ErrorStructOptional {
            #[entry(solution = "s")]
            Test {
                #[from]
                source: Option<io::Error>,
            },
        }

        #[error_catalog(prefix = "T_")]
        #[derive(thiserror::Error, Debug)]
        #[error("...")]
        pub enum ErrorTuple {
            #[entry(solution = "s")]
            Test(#[from] io::Error),
        }

        #[error_catalog(prefix = "T_")]
        #[derive(thiserror::Error, Debug)]
        #[error("...")]
        pub enum ErrorTupleOptional {
            #[entry(solution = "s")]
            Test(#[from] Option<io::Error>),
        }

        #[error_catalog(prefix = "T_")]
        #[derive(thiserror::Error, Debug)]
        #[error("...")]
        pub enum Many {
            #[entry(solution = "s")]
            Any(#[from] anyhow::Error),
            #[entry(solution = "s")]
            Io(#[from] io::Error),
        }

        #[test]
        fn test_from() {
            assert_impl::<ErrorStruct>();
            assert_impl::<ErrorStructOptional>();
            assert_impl::<ErrorTuple>();
            assert_impl::<ErrorTupleOptional>();
            assert_impl::<Many>();
            let error = ErrorTupleOptional::from(io::Error::other("oh no!"));
            assert_shows("...", ErrorTupleOptional::from(io::Error::other("x")));
            assert!(error.source().is_some());
        }
    }

    mod catalog_style {
        use super::*;

        #[error_catalog(prefix = "T_")]
        #[derive(Debug)]
        pub enum ErrorStruct {
            #[entry(symptom = "...", solution = "s")]
            Test {
                #[from]
                source: io::Error,
            },
        }

        #[error_catalog(prefix = "T_")]
        #[derive(Debug)]
        pub enum ErrorStructOptional {
            #[entry(symptom = "...", solution = "s")]
            Test {
                #[from]
                source: Option<io::Error>,
            },
        }

        #[error_catalog(prefix = "T_")]
        #[derive(Debug)]
        pub enum ErrorTuple {
            #[entry(symptom = "...", solution = "s")]
            Test(#[from] io::Error),
        }

        #[error_catalog(prefix = "T_")]
        #[derive(Debug)]
        pub enum ErrorTupleOptional {
            #[entry(symptom = "...", solution = "s")]
            Test(#[from] Option<io::Error>),
            #[entry(symptom = "...", solution = "s")]
            Sourced(#[source] Option<io::Error>),
        }

        #[error_catalog(prefix = "T_")]
        #[derive(Debug)]
        pub enum Many {
            #[entry(symptom = "...", solution = "s")]
            Any(#[from] anyhow::Error),
            #[entry(symptom = "...", solution = "s")]
            Io(#[from] io::Error),
        }

        #[test]
        fn test_from() {
            assert_impl::<ErrorStruct>();
            assert_impl::<ErrorStructOptional>();
            assert_impl::<ErrorTuple>();
            assert_impl::<ErrorTupleOptional>();
            assert_impl::<Many>();
            let error = ErrorTupleOptional::from(io::Error::other("oh no!"));
            assert_eq!(error.source().unwrap().to_string(), "oh no!");
            assert!(ErrorTupleOptional::Sourced(None).source().is_none());
            let some = ErrorTupleOptional::Sourced(Some(io::Error::other("x")));
            some.source().unwrap().downcast_ref::<io::Error>().unwrap();
            assert_symptom("...", error);
        }
    }
}

mod transparent {
    use super::*;
    use anyhow::anyhow;

    mod thiserror_style {
        use super::*;

        #[test]
        fn test_transparent_over_a_catalog() {
            #[error_catalog(prefix = "KIND_")]
            #[derive(thiserror::Error, Debug)]
            enum ErrorKind {
                #[error("E0")]
                #[entry(solution = "s")]
                E0,
                #[error("E1")]
                #[entry(solution = "s")]
                E1(#[from] io::Error),
            }

            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            enum Error {
                #[error(transparent)]
                #[entry(transparent)]
                Kind(#[from] ErrorKind),
            }

            let error = Error::Kind(ErrorKind::E0);
            assert_shows("E0", error);
            assert!(Error::Kind(ErrorKind::E0).source().is_none());
            assert_eq!(Error::Kind(ErrorKind::E0).code(), "KIND_E0");

            let io = io::Error::other("oh no!");
            let error = Error::from(ErrorKind::from(io));
            assert_eq!("E1", error.to_string());
            error.source().unwrap().downcast_ref::<io::Error>().unwrap();
        }

        #[test]
        fn test_transparent_enum() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            enum Error {
                #[error("this failed")]
                #[entry(solution = "s")]
                This,
                #[error(transparent)]
                #[entry(code = "T_OTHER", symptom = "Another error", solution = "s")]
                Other(anyhow::Error),
            }

            assert_shows("this failed", Error::This);

            let error = Error::Other(anyhow!("inner").context("outer"));
            assert_eq!("outer", error.to_string());
            assert_eq!("inner", error.source().unwrap().to_string());
            assert_eq!("Another error", error.symptom());
        }

        #[test]
        fn test_transparent_enum_with_default_message() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            #[error("this failed: {0}_{1}")]
            enum Error {
                #[entry(solution = "s")]
                This(i32, i32),
                #[error(transparent)]
                #[entry(code = "T_OTHER", symptom = "Another error", solution = "s")]
                Other(anyhow::Error),
            }

            assert_shows("this failed: -1_-1", Error::This(-1, -1));

            let error = Error::Other(anyhow!("inner").context("outer"));
            assert_eq!("outer", error.to_string());
            assert_eq!("inner", error.source().unwrap().to_string());
        }

        #[test]
        fn test_anyhow() {
            #[error_catalog(prefix = "T_")]
            #[derive(thiserror::Error, Debug)]
            enum Any {
                #[error(transparent)]
                #[entry(symptom = "Any error", solution = "s")]
                Any(#[from] anyhow::Error),
            }

            let error = Any::from(anyhow!("inner").context("outer"));
            assert_eq!("outer", error.to_string());
            assert_eq!("inner", error.source().unwrap().to_string());
        }
    }

    mod catalog_style {
        use super::*;

        #[test]
        fn test_transparent_over_a_catalog() {
            #[error_catalog(prefix = "KIND_")]
            #[derive(Debug)]
            enum ErrorKind {
                #[entry(symptom = "E0", solution = "s")]
                E0,
                #[entry(symptom = "E1", solution = "s")]
                E1(#[from] io::Error),
            }

            #[error_catalog(prefix = "T_")]
            #[derive(Debug)]
            enum Error {
                #[entry(transparent)]
                Kind(ErrorKind),
            }

            let error = Error::Kind(ErrorKind::E0);
            assert_symptom("E0", error);
            assert!(Error::Kind(ErrorKind::E0).source().is_none());

            let io = io::Error::other("oh no!");
            let error = Error::from(ErrorKind::from(io));
            assert_eq!("E1", error.symptom());
            error.source().unwrap().downcast_ref::<io::Error>().unwrap();
        }

        #[test]
        fn test_transparent_enum_with_default_message() {
            #[error_catalog(prefix = "T_")]
            #[derive(Debug)]
            enum Error {
                #[entry(symptom = "this failed: {0}_{1}", solution = "s")]
                This(i32, i32),
                #[entry(symptom = "this failed", solution = "s")]
                Other(#[source] anyhow::Error),
            }

            assert_symptom("this failed: -1_-1", Error::This(-1, -1));
            let error = Error::Other(anyhow!("inner").context("outer"));
            assert_eq!("outer", error.source().unwrap().to_string());
        }
    }
}

mod path {
    use super::*;

    mod thiserror_style {
        use super::*;

        #[error_catalog(prefix = "T_")]
        #[derive(thiserror::Error, Debug)]
        enum EnumPathBuf {
            #[error("failed to read '{file}'")]
            #[entry(solution = "s")]
            StructPathBuf { file: PathBuf },
            #[error("failed to read '{0}'")]
            #[entry(solution = "s")]
            Read(PathBuf),
            #[error("failed to read '{0}'")]
            #[entry(solution = "s")]
            Borrowed(&'static Path),
        }

        #[error_catalog(prefix = "T_")]
        #[derive(thiserror::Error, Debug)]
        pub enum BothError {
            #[error("display:{0} debug:{0:?}")]
            #[entry(solution = "s")]
            DisplayDebug(PathBuf),
            #[error("debug:{0:?} display:{0}")]
            #[entry(solution = "s")]
            DebugDisplay(PathBuf),
        }

        #[test]
        fn test_display() {
            let path = Path::new("/thiserror");
            let file = path.to_owned();
            assert_shows("failed to read '/thiserror'", EnumPathBuf::StructPathBuf { file });
            let file = path.to_owned();
            assert_shows("failed to read '/thiserror'", EnumPathBuf::Read(file));
            assert_shows(
                "failed to read '/thiserror'",
                EnumPathBuf::Borrowed(Path::new("/thiserror")),
            );
            let both = BothError::DisplayDebug(path.to_owned());
            assert_shows("display:/thiserror debug:\"/thiserror\"", both);
            let both = BothError::DebugDisplay(path.to_owned());
            assert_shows("debug:\"/thiserror\" display:/thiserror", both);
        }
    }

    mod catalog_style {
        use super::*;

        #[error_catalog(prefix = "T_")]
        #[derive(Debug)]
        enum EnumPathBuf {
            #[entry(symptom = "failed to read '{file}'", solution = "s")]
            StructPathBuf { file: PathBuf },
            #[entry(symptom = "failed to read '{0}'", solution = "Check {0}")]
            Read(std::path::PathBuf),
            #[entry(symptom = "display:{0} debug:{0:?}", solution = "s")]
            DisplayDebug(&'static Path),
        }

        #[test]
        fn test_display() {
            let path = Path::new("/thiserror");
            let file = path.to_owned();
            assert_symptom("failed to read '/thiserror'", EnumPathBuf::StructPathBuf { file });
            let read = EnumPathBuf::Read(path.to_owned());
            assert_eq!(read.solution(), "Check /thiserror");
            assert_symptom("failed to read '/thiserror'", read);
            assert_symptom(
                "display:/thiserror debug:\"/thiserror\"",
                EnumPathBuf::DisplayDebug(path),
            );
        }
    }
}

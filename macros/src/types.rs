//! What the macro reads from a field's type. A macro sees tokens, not
//! types, so each rule reads how the type is written, as thiserror's do: an
//! alias of `String`, `Option` or `PathBuf` is not seen through.

use syn::{GenericArgument, PathArguments, Type};

/// The last segment of the path `ty` is written as, behind references and
/// parentheses.
fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Reference(reference) => last_segment(&reference.elem),
        Type::Paren(paren) => last_segment(&paren.elem),
        Type::Group(group) => last_segment(&group.elem),
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        _ => None,
    }
}

/// Whether `ty` is written `String` (by any path), not behind a reference.
pub fn is_string(ty: &Type) -> bool {
    matches!(ty, Type::Path(path) if path.qself.is_none()
        && path.path.segments.last().is_some_and(|s| s.ident == "String" && s.arguments.is_none()))
}

/// Whether `ty` is written `Path` or `PathBuf` (by any path, behind
/// references): such a field shows with `{field}` through its `display()`,
/// as in thiserror.
pub fn is_path(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|segment| {
        (segment.ident == "Path" || segment.ident == "PathBuf") && segment.arguments.is_none()
    })
}

/// `T`, when `ty` is written `Option<T>` (by any path): a `#[source]` of
/// it is the error when there is one, and `#[from]` converts from `T`.
pub fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else {
        return None;
    };
    let segment = path.path.segments.last().filter(|_| path.qself.is_none())?;
    let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return None;
    };
    match arguments.args.iter().collect::<Vec<_>>().as_slice() {
        [GenericArgument::Type(inner)] if segment.ident == "Option" => Some(inner),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(source: &str) -> Type {
        syn::parse_str(source).expect("a type")
    }

    #[test]
    fn reads_how_the_type_is_written() {
        assert!(is_string(&ty("String")) && is_string(&ty("alloc::string::String")));
        assert!(!is_string(&ty("Str")) && !is_string(&ty("String<u8>")) && !is_string(&ty("&String")));
        for path in ["PathBuf", "std::path::PathBuf", "&'static Path", "&(Path)"] {
            assert!(is_path(&ty(path)), "{path}");
        }
        for other in ["Path<u32>", "Box<Path>", "PathBufs", "<T as X>::Path"] {
            assert!(!is_path(&ty(other)), "{other}");
        }
        let inner = |source: &str| option_inner(&ty(source)).map(|t| quote::quote!(#t).to_string());
        assert_eq!(inner("Option<io::Error>").as_deref(), Some("io :: Error"));
        assert_eq!(inner("core::option::Option<E>").as_deref(), Some("E"));
        assert_eq!(inner("Option<'a, E>"), None);
        assert_eq!(inner("Options<E>"), None);
        assert_eq!(inner("&Option<E>"), None);
    }
}

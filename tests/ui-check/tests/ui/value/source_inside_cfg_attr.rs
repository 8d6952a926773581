// `#[source]` behind `cfg_attr`: the attribute cannot read it, and says so,
// without an unknown attribute `source` after it.
use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum UploadError {
    #[entry(symptom = "The file cannot be read", solution = "Check its permissions")]
    Unreadable(#[cfg_attr(unix, source)] std::io::Error),
}

fn main() {}

// `#[entry]` behind `cfg_attr`: the attribute reads the enum before the
// compiler expands `cfg_attr`, so it says so, once, and nothing follows from
// it (no "missing entry", no unknown attribute `entry`).
use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum UploadError {
    #[cfg_attr(unix, entry(symptom = "The path is not valid UTF-8", solution = "Rename the file"))]
    BadPath,
    #[entry(symptom = "The file is too large", solution = "Split the file")]
    TooLarge,
}

fn main() {
    let _ = (UploadError::BadPath, UploadError::TooLarge);
}

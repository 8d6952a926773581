use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Service {
    #[entry(other, code = "UNKNOWN", symptom = "Unknown code {0}", solution = "Report it")]
    Unknown(String),
}

fn main() {}

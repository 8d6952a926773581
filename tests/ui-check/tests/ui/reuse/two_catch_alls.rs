use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Service {
    #[entry(other, symptom = "Unknown code {0}", solution = "Report it")]
    Unknown(String),
    #[entry(other, symptom = "Unknown code {0}", solution = "Report it")]
    AlsoUnknown(String),
}

fn main() {}

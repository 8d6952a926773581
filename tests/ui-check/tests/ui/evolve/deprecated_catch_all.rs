use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Api {
    #[entry(other, deprecated = "nothing", symptom = "Unknown {0}", solution = "Report it")]
    Unknown(String),
}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Api {
    #[entry(alias = "invalidParameter", symptom = "Invalid", solution = "Fix it")]
    InvalidParameter,
}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Api {
    #[entry(alias = "INVALID_PARAMATER", symptom = "Invalid", solution = "Fix it")]
    InvalidParameter,
    #[entry(alias = "INVALID_PARAMATER", symptom = "Invalid too", solution = "Fix it")]
    InvalidParam,
}

fn main() {}

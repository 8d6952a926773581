use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Service {
    #[entry(other, solution = "Report it")]
    Unknown(String),
}

fn main() {}

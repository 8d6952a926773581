use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Api {
    #[entry(family = "invalid.", symptom = "Invalid {0}", solution = "Check it")]
    Invalid(String),
}

fn main() {}

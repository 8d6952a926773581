use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Api {
    #[entry(family = "", symptom = "Any code {0}", solution = "Check it")]
    Any(String),
}

fn main() {}

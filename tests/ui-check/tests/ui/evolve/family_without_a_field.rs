use error_catalog::error_catalog;

#[error_catalog(code_style = "Dotted.PascalCase")]
#[derive(Debug)]
enum Api {
    #[entry(family = "InvalidParameter.", symptom = "A parameter is invalid", solution = "Check it")]
    InvalidParameter,
}

fn main() {}

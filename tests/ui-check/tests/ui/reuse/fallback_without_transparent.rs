use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Service {
    #[entry(symptom = "Down", solution = "Wait", fallback)]
    Down,
}

fn main() {}

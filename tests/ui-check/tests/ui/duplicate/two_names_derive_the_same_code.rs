use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Network {
    #[entry(symptom = "The request timed out", solution = "Retry later")]
    HttpTimeout,
    #[entry(symptom = "The HTTP request timed out", solution = "Retry later")]
    HTTPTimeout,
}

fn main() {}

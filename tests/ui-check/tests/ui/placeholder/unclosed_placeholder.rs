use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = "Quota of {limit exceeded", solution = "Raise the quota")]
    QuotaExceeded { limit: u64 },
}

fn main() {}

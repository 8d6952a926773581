use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = "Quota {limit} exceeded", solution = "Raise the quota} now")]
    QuotaExceeded { limit: u64 },
}

fn main() {}

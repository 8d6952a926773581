use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(
        symptom = "Quota of {limit} exceeded ({usd} used)",
        solution = "Raise the quota"
    )]
    QuotaExceeded { used: u64, limit: u64 },
}

fn main() {}

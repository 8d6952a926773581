use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(
        symptom = "Quota exceeded",
        solution = "Ask {administrator} to raise the quota"
    )]
    QuotaExceeded { used: u64, limit: u64 },
}

fn main() {}

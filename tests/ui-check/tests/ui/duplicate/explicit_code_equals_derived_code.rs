use error_catalog::error_catalog;

#[error_catalog(prefix = "BILLING_")]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = "The quota is exceeded", solution = "Raise the quota")]
    QuotaExceeded,
    #[entry(
        code = "BILLING_QUOTA_EXCEEDED",
        symptom = "Too many requests",
        solution = "Slow down"
    )]
    TooManyRequests,
}

fn main() {}

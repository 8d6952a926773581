use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Api {
    #[entry(family = "QUOTA_", symptom = "Quota {0}", solution = "Check it")]
    Quota(String),
    #[entry(family = "QUOTA_", symptom = "Quota again {0}", solution = "Check it")]
    QuotaAgain(String),
}

fn main() {}

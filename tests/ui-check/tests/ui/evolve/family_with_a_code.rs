use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Api {
    #[entry(family = "QUOTA_", code = "QUOTA", symptom = "Quota {0}", solution = "Check it")]
    Quota(String),
}

fn main() {}

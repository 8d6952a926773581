#![deny(deprecated)]

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
pub enum Api {
    #[entry(deprecated = "use QUOTA_REACHED", symptom = "Quota exceeded", solution = "Wait")]
    QuotaExceeded,
    #[entry(symptom = "Quota reached", solution = "Wait")]
    QuotaReached,
}

fn main() {
    // Only this use warns: the generated impls allow it.
    let _ = Api::QuotaExceeded;
}

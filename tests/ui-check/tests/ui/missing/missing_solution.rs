use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(code = "FROZEN", symptom = "The account is frozen")]
    Frozen,
}

fn main() {}

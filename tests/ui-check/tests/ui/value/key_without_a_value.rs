use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(symptom, solution = "Contact the owner")]
    Frozen,
}

fn main() {}

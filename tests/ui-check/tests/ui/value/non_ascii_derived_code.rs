use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(symptom = "The transfer failed", solution = "Try again tomorrow")]
    ÜberweisungFehlgeschlagen,
}

fn main() {}

// A `#[source]` field whose type is no error: reported at the field's type.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "Rejected by {origin}", solution = "Ask the origin")]
    Rejected { origin: String, #[source] cause: u32 },
}

fn main() {
    let _ = ShopError::Rejected { origin: String::new(), cause: 1 };
}

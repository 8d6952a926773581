// `#[from]` on the catch-all, whose field keeps the unknown code.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "The shop is closed", solution = "Come back tomorrow")]
    Closed,
    #[entry(other, symptom = "Unknown code {0}", solution = "Upgrade")]
    Unknown(#[from] String),
}

fn main() {}

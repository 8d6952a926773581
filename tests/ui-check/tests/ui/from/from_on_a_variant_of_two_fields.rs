// `#[from]` on a variant of two fields: `From` could not build the other.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "Reading {path} failed", solution = "Check the file")]
    Read { path: String, #[from] cause: std::io::Error },
}

fn main() {}

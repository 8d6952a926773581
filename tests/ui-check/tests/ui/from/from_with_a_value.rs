// `#[from = ...]`: it takes no value.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "Reading failed: {0}", solution = "Check the file")]
    Read(#[from = true] std::io::Error),
}

fn main() {}

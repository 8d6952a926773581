// `#[from]` with arguments: it takes none.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "Reading failed: {0}", solution = "Check the file")]
    Read(#[from(std::io::Error)] std::io::Error),
}

fn main() {}

// Two variants convert from one type: the second `#[from]` is the error,
// naming the first variant.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "Reading failed: {0}", solution = "Check the file")]
    Read(#[from] std::io::Error),
    #[entry(symptom = "Writing failed: {cause}", solution = "Check the disk")]
    Write { #[from] cause: std::io::Error },
}

fn main() {}

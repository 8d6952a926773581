// One unreadable entry, on a `#[from]` variant, beside others, one of them
// configured out: the fallback keeps every `From` impl, each behind its
// `#[cfg]`, so `?` still compiles and the build shows the bad entry and
// nothing else.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "Reading failed: {0}", solution = "Check the file")]
    Read(#[from] std::io::Error),
    #[entry(symptom = "Count {cause} is no number")]
    Count { #[from] cause: std::num::ParseIntError },
    #[cfg(any())]
    #[entry(symptom = "The file is no UTF-8: {0}", solution = "Save it as UTF-8")]
    Text(#[from] std::string::FromUtf8Error),
}

fn count(text: &str) -> Result<u32, ShopError> {
    let text = std::fs::read_to_string(text)?;
    Ok(text.trim().parse()?)
}

fn main() {
    let _ = count("count.txt");
}

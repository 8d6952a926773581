// A `#[from]` field of the type a transparent variant converts from already.
use error_catalog::error_catalog;
use error_catalog::ons::OnsError;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(transparent)]
    Mq(OnsError),
    #[entry(symptom = "The queue failed: {0}", solution = "Retry")]
    Queue(#[from] OnsError),
}

fn main() {}

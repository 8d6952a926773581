// One bad entry beside a transparent variant that the configuration leaves
// out: the stand-in `From` of the fallback is left out with it, as the
// real one is, so the build shows the bad entry and nothing else.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(symptom = "The shop is closed", solution = "")]
    Closed,
    #[cfg(any())]
    #[entry(transparent)]
    Mq(error_catalog::ons::OnsError),
}

fn main() {
    let _ = ShopError::Closed;
}

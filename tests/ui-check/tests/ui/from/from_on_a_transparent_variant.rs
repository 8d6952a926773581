// `#[from]` on a transparent variant, which converts from its inner catalog already.
use error_catalog::error_catalog;
use error_catalog::ons::OnsError;

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug)]
enum ShopError {
    #[entry(transparent)]
    Mq(#[from] OnsError),
}

fn main() {
    let _ = ShopError::from(OnsError::BizNoMessage);
}

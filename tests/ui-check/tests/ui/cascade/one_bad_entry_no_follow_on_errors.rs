// One bad entry: the build shows its error and nothing that merely follows
// from it, though the rest of the crate uses the enum and its generated impls.
use error_catalog::ons::OnsError;
use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

#[error_catalog(prefix = "SHOP_")]
#[derive(Debug, PartialEq)]
enum ShopError {
    #[entry(symptom = "Cart {cart} is empty", solution = "Add an item")]
    EmptyCart { id: u64 },
    #[entry(symptom = "The shop is closed", solution = "Come back tomorrow")]
    Closed,
    #[entry(transparent)]
    Mq(OnsError),
}

fn describe(error: &ShopError) -> String {
    format!("{error:#} [{}] {:?}", error.code(), error.status())
}

fn main() {
    let parsed: Result<ShopError, _> = "SHOP_CLOSED".parse();
    let from_mq: ShopError = OnsError::BizNoMessage.into();
    let _ = (describe(&ShopError::Closed), parsed, from_mq, ShopError::entries(), ShopError::EmptyCart { id: 1 });
    let _ = ShopError::lookup("SHOP_CLOSED").map(|entry| entry.code());
}

use error_catalog::error_catalog;
use error_catalog::ons::OnsError;

#[error_catalog]
#[derive(Debug)]
enum Service {
    #[entry(transparent)]
    Mq(OnsError, u32),
}

fn main() {}

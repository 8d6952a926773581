use error_catalog::error_catalog;
use error_catalog::ons::OnsError;

#[error_catalog]
#[derive(Debug)]
enum Service {
    #[entry(transparent, symptom = "MQ failed")]
    Mq(OnsError),
}

fn main() {}

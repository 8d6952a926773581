use error_catalog::error_catalog;
use error_catalog::ons::{MqttError, OnsError};

#[error_catalog]
#[derive(Debug)]
enum Service {
    #[entry(transparent)]
    Mq(OnsError),
    #[entry(transparent)]
    Mqtt(MqttError),
}

fn main() {}

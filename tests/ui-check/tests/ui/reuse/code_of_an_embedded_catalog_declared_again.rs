use error_catalog::error_catalog;
use error_catalog::ons::OnsError;

#[error_catalog]
#[derive(Debug)]
enum Service {
    #[entry(symptom = "No such topic", solution = "Create it")]
    BizTopicNotFound,
    #[entry(transparent)]
    Mq(OnsError),
}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry(code = "InvalidParameter.TopicName", symptom = "The topic name is invalid", solution = "Rename it")]
    InvalidTopicName,
}

fn main() {}

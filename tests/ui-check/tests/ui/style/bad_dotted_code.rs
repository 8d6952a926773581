use error_catalog::error_catalog;

#[error_catalog(code_style = "Dotted.PascalCase")]
#[derive(Debug)]
enum Mq {
    #[entry(code = "InvalidParameter..topicName", symptom = "The topic name is invalid", solution = "Rename it")]
    InvalidTopicName,
}

fn main() {}

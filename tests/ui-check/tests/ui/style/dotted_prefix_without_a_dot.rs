use error_catalog::error_catalog;

#[error_catalog(code_style = "Dotted.PascalCase", prefix = "InvalidParameter")]
#[derive(Debug)]
enum Mq {
    #[entry(symptom = "The topic name is invalid", solution = "Rename it")]
    TopicName,
}

fn main() {}

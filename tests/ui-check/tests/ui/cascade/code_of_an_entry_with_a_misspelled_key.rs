// A misspelled key leaves the entry without a solution, but its code is
// still known: a `code!` of it compiles, and only the misspelling is an
// error (with a "did you mean").
use error_catalog::{code, error_catalog};

#[error_catalog(prefix = "SVC_")]
#[derive(Debug)]
enum Svc {
    #[entry(symptom = "The topic is missing", soluton = "Create the topic")]
    TopicMissing,
    #[entry(code = "SVC_GONE", symptom = "Gone", solutoin = "Come back")]
    Gone,
}

const MISSING: &str = code!(Svc, "SVC_TOPIC_MISSING");

fn main() {
    let _ = (MISSING, code!(Svc, "SVC_GONE"), Svc::TopicMissing, Svc::Gone);
}

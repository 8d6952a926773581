use error_catalog::error_catalog;

// Three unrelated mistakes; one build reports all three.
#[error_catalog]
#[derive(Debug)]
enum Billing {
    // 1. no solution
    #[entry(symptom = "The account is frozen")]
    Frozen,
    // 2. not an HTTP status
    #[entry(symptom = "The quota is exceeded", solution = "Raise the quota", status = 600)]
    QuotaExceeded,
    // 3. no field `card`
    #[entry(symptom = "Card {card} is blocked", solution = "Use another card")]
    CardBlocked { number: String },
}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog]
const BILLING: &str = "BILLING";

fn main() {}

use error_catalog::error_catalog;

#[error_catalog]
trait Billing {}

fn main() {}

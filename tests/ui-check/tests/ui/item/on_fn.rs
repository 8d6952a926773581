use error_catalog::error_catalog;

#[error_catalog]
fn billing() {}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
struct Billing {
    code: &'static str,
}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing {
    #[entry = "The account is frozen"]
    Frozen,
}

fn main() {}

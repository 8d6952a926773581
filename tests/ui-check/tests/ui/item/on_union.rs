use error_catalog::error_catalog;

#[error_catalog]
union Billing {
    code: u32,
    status: u16,
}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Billing
where
    u8: Copy,
{
    #[entry(symptom = "The account is frozen", solution = "Contact the owner")]
    Frozen,
}

fn main() {}

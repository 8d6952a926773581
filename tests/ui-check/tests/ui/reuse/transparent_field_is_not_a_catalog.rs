use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum Service {
    #[entry(transparent)]
    Io(std::io::Error),
}

fn main() {}

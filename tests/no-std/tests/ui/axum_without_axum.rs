use error_catalog::error_catalog;

#[error_catalog(axum)]
#[derive(Debug)]
enum Deploy {
    #[entry(symptom = "The region is disabled", solution = "Enable it", status = 403)]
    RegionDisabled,
}

fn main() {}

use error_catalog::error_catalog;

#[error_catalog(diagnostic)]
#[derive(Debug)]
enum Deploy {
    #[entry(symptom = "The region is disabled", solution = "Enable it")]
    RegionDisabled,
}

fn main() {}

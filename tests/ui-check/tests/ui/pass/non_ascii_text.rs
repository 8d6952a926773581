use error_catalog::{CatalogError, ErrorCatalog, error_catalog};

// Texts, field names and the catalog's name may be any Unicode; codes stay ASCII.
#[error_catalog(name = "Überweisungen — 送金", prefix = "TRANSFER_")]
#[derive(Debug)]
enum Überweisung {
    #[entry(
        symptom = "Die Größe {größe} überschreitet das Limit — 制限を超えました 🚦",
        solution = "Teilen Sie die Überweisung auf {{max. {limit:>5}}} — 分割してください"
    )]
    ZuGroß { größe: u32, limit: u32 },
}

fn main() {
    let (größe, limit) = (12, 10);
    let error = Überweisung::ZuGroß { größe, limit };
    assert_eq!(error.code(), "TRANSFER_ZU_GROSS");
    assert_eq!(
        error.symptom(),
        "Die Größe 12 überschreitet das Limit — 制限を超えました 🚦"
    );
    assert_eq!(
        error.solution(),
        "Teilen Sie die Überweisung auf {max.    10} — 分割してください"
    );
    assert_eq!(
        format!("{error:#}"),
        "TRANSFER_ZU_GROSS: Die Größe 12 überschreitet das Limit — 制限を超えました 🚦 \
         (solution: Teilen Sie die Überweisung auf {max.    10} — 分割してください)"
    );
    assert_eq!(Überweisung::NAME, "Überweisungen — 送金");
    assert_eq!(Überweisung::entries()[0].variant(), "ZuGroß");
}

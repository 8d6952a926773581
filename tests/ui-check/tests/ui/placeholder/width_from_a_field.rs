// A width taken from an argument: a text has none, and the compiler would
// take `w` from whatever is in scope (here the constant), not the field.
use error_catalog::error_catalog;

#[allow(non_upper_case_globals, dead_code)]
const w: usize = 3;

#[error_catalog]
#[derive(Debug)]
enum TableError {
    #[entry(symptom = "Cell {cell:w$} is too wide", solution = "Shorten the cell")]
    TooWide { cell: String, w: usize },
}

fn main() {}

//! Tests that read across the phases: the rules of `valid`, one test each,
//! the property tests of the whole attribute, and a measurement.

mod fuzz;
mod measure;
mod valid;

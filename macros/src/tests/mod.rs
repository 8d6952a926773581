//! Tests that read across the phases: the rules of `valid`, one test each,
//! the property tests of the whole attribute, the keys against the
//! attribute's reference, and a measurement.

mod fuzz;
mod keys;
mod measure;
mod valid;

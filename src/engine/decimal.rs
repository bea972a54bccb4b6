//! Decimal text to `f64` and back, without core's float parsing and formatting.
//!
//! `str::parse::<f64>` carried about 12 KB of tables (128-bit powers of five for the
//! Eisel–Lemire algorithm, and a shift table for its slow path) and 4.6 KB of code in the
//! wasm, and `f64`'s `Display` (Grisu with a Dragon fallback, shortest and exact) about
//! 8 KB of code and 1.3 KB of cached powers. The analyzer reads and writes a number only
//! now and then (a rule override, a price, an average, a chart coordinate), so this module
//! does both with plain big-integer arithmetic ([`big::Big`]) instead: exact, and slower,
//! which does not show at these counts.
//!
//! Each function reads or writes exactly what the standard library does (the tests
//! compare them on generated numbers and text, halfway cases included).

mod big;
mod read;
mod write;

pub use read::finite;
pub use write::{fixed, shortest};

#[cfg(test)]
mod read_tests;
#[cfg(test)]
mod write_tests;

//! Chart geometry: where each mark of the two SVG charts goes and what its caption says.
//!
//! This is plain Rust that compiles natively, so that a property test can feed it every
//! report the engine can produce; the components in `super::components` only turn these
//! numbers into SVG. Every date step is checked: no report can make it panic.

pub mod ratings;
pub mod timeline;

/// A number as an SVG attribute value with one decimal ("12.5").
pub fn px(v: f64) -> String {
    format!("{v:.1}")
}

//! Chart geometry: where each mark of the two SVG charts goes and what its caption says.
//!
//! This is plain Rust that compiles natively, so that a property test can feed it every
//! report the engine can produce; the components in `super::components` only turn these
//! numbers into SVG. Every date step is checked: no report can make it panic.

pub mod ratings;
pub mod timeline;

/// How wide a chart is drawn, in SVG units, and how many axis labels fit across it.
///
/// The page draws each chart twice, [`WIDE`] and [`NARROW`], and shows one by a CSS media
/// query: a narrow screen shrinks the wide drawing's text to about 5 px, while the narrow
/// drawing keeps it readable (its text is set larger than its units).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// The drawing's width in SVG units.
    pub width: f64,
    /// The most month labels drawn under an axis.
    pub max_labels: usize,
}

/// The drawing for screens from 600 px wide, and for print.
pub const WIDE: Frame = Frame {
    width: 640.0,
    max_labels: 8,
};

/// The drawing for phones (below 600 px): half the units, half the labels.
pub const NARROW: Frame = Frame {
    width: 320.0,
    max_labels: 4,
};

/// A number as an SVG attribute value with one decimal ("12.5").
pub fn px(v: f64) -> String {
    crate::engine::decimal::fixed(v, 1)
}

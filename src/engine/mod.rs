//! The analysis engine: parsers, rule data, estimators and the report.
//!
//! Everything here is deterministic, free of I/O and free of panics on any input. Each
//! stage returns what it could compute together with [`report::Diagnostic`]s that name the
//! input and 1-based line of everything it did not understand.
//!
//! The single entry point for callers is [`analyze`]; [`analyze_json`] wraps it for the
//! JSON public API used by the command line and the browser's `window.ListingAnalyzer`.

// Every public item carries its contract, and no code path may panic: unwrapping,
// `expect`, `panic!` and indexing are errors here. Test code may use them again (see
// `clippy.toml`), since a panic in a test is a failed test rather than a crash.
#![deny(missing_docs)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod calendar;
pub mod decimal;
pub mod estimate;
pub mod input;
pub mod iso_date;
pub mod marketplace;
pub mod model;
pub mod parse;
pub mod report;
pub mod rules;
pub mod share;
pub mod terms;
pub mod words;

mod api;
pub mod session;

pub use api::{
    analyze, analyze_json, check_input, parse_input, parse_listing, parse_log, parse_reviews,
    InputError, ParsedListing, ParsedLog, ParsedReviews,
};
pub use session::Session;
pub use terms::Term;

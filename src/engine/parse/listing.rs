//! Listing-details parser.
// STUB: owned by the parsers work; replaced by the real implementation.
use crate::engine::model::ListingDetails;
use crate::engine::report::Diagnostic;

/// Parses pasted listing details.
pub fn parse(_text: &str) -> (ListingDetails, Vec<Diagnostic>) {
    (ListingDetails::default(), Vec::new())
}

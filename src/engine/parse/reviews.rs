//! Review-history parser.
// STUB: owned by the parsers work; replaced by the real implementation.
use crate::engine::input::DateOrder;
use crate::engine::model::ReviewHistory;
use crate::engine::report::Diagnostic;

/// Parses a pasted review history.
pub fn parse(_text: &str, _order: DateOrder) -> (ReviewHistory, Vec<Diagnostic>) {
    (ReviewHistory::default(), Vec::new())
}

//! Security-review log parser.
// STUB: owned by the parsers work; replaced by the real implementation.
use crate::engine::input::DateOrder;
use crate::engine::model::SecurityLog;
use crate::engine::report::Diagnostic;

/// Parses a pasted security-review log.
pub fn parse(_text: &str, _order: DateOrder) -> (SecurityLog, Vec<Diagnostic>) {
    (SecurityLog::default(), Vec::new())
}

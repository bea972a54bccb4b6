//! The engine's entry points.
// STUB: owned by the estimators work; replaced by the real implementation.
use chrono::NaiveDate;

use super::input::Input;
use super::report::Report;

/// Why a JSON input was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Not JSON of the input shape.
    Json(String),
    /// A schema version this engine does not read.
    SchemaVersion(u32),
}

/// Analyzes `input`; `default_today` is used when `input.today` is `None`.
pub fn analyze(_input: &Input, _default_today: NaiveDate) -> Report {
    unimplemented!("stub")
}

/// Parses JSON input, analyzes it and returns the report as JSON.
pub fn analyze_json(_json: &str, _default_today: NaiveDate) -> Result<String, InputError> {
    unimplemented!("stub")
}

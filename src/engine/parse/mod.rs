//! Parsers for the three pasted inputs. Each returns what it could read plus diagnostics
//! with 1-based line numbers; nothing is silently dropped and nothing panics.

pub mod date;
pub mod listing;
pub mod reviews;
pub mod security_log;

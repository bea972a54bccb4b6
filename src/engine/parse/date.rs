//! Date and rating-free date recognition shared by the parsers.
// STUB: owned by the parsers work; replaced by the real implementation.

//! Rule data: every threshold, range and fee, with its source and as-of date.
// STUB: owned by the estimators work; replaced by the real implementation.

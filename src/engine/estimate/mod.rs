//! Estimators: time to listing, review score, readiness.
// STUB: owned by the estimators work; replaced by the real implementation.

//! Engine benchmark. STUB: owned by the estimators work.
fn main() {}

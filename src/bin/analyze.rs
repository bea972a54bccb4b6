//! Native command line. STUB: owned by the estimators work.
fn main() {}

//! Estimators: time to listing, review score, readiness and the partner context, plus the
//! fiscal calendar they share. Each takes parsed model values and a [`crate::engine::rules::RuleBook`] and reads
//! every figure from it.

pub mod checklist;
pub mod fiscal;
pub mod partner;
pub mod readiness;
pub mod review_score;
pub mod security_log;
pub mod summary;
pub mod timeline;

/// "s" unless `n` is 1: the plural ending that the estimators' sentences share.
pub(crate) fn plural(n: impl Into<u64>) -> &'static str {
    if n.into() == 1 {
        ""
    } else {
        "s"
    }
}

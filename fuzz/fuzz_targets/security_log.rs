//! Fuzzes the security-review log parser in both date orders: it must never panic and
//! diagnostics must name lines inside the text.
#![no_main]

#[path = "../common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use listing_analyzer::engine::parse::security_log;

fuzz_target!(|data: &[u8]| {
    let Some((order, text)) = common::order_and_text(data) else {
        return;
    };
    let lines = text.split('\n').count();
    let (log, diags) = security_log::parse(text, order);
    assert!(log.lines_skipped == 0 || !diags.is_empty());
    assert!(diags.iter().all(|d| d.line <= lines));
});

//! Fuzzes the security-review log parser in both date orders: it must never panic and
//! diagnostics must name lines inside the text.
#![no_main]

#[path = "../common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use listing_analyzer::engine::parse::date::DateContext;
use listing_analyzer::engine::parse::security_log;

fuzz_target!(|data: &[u8]| {
    let Some(case) = common::case(data) else {
        return;
    };
    let (log, diags) = security_log::parse(case.text, DateContext { today: chrono::NaiveDate::default(), order: case.order });
    assert!(log.lines_skipped == 0 || !diags.is_empty());
    assert!(diags.iter().all(|d| d.line <= case.lines));
});

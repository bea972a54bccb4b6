//! Fuzzes the review-history parser in both date orders: it must never panic, ratings must
//! stay in range and diagnostics must name lines inside the text.
#![no_main]

#[path = "../common.rs"]
mod common;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use listing_analyzer::engine::parse::date::DateContext;
use listing_analyzer::engine::parse::reviews;

fuzz_target!(|data: &[u8]| {
    let Some(case) = common::case(data) else {
        return;
    };
    let ctx = DateContext {
        today: NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default(),
        order: case.order,
    };
    let (h, diags) = reviews::parse(case.text, ctx);
    assert!(h
        .reviews
        .iter()
        .all(|r| (100..=500).contains(&r.rating.hundredths())));
    assert!(h.lines_skipped == 0 || !diags.is_empty());
    assert!(diags.iter().all(|d| d.line <= case.lines));
});

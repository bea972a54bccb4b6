//! Fuzzes the review-history parser in both date orders: it must never panic, ratings must
//! stay in range and diagnostics must name lines inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use listing_analyzer::engine::input::DateOrder;
use listing_analyzer::engine::parse::reviews;

fuzz_target!(|data: &[u8]| {
    let Some((&flag, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let order = if flag & 1 == 0 {
        DateOrder::MonthFirst
    } else {
        DateOrder::DayFirst
    };
    let lines = text.split('\n').count();
    let (h, diags) = reviews::parse(text, order);
    assert!(h
        .reviews
        .iter()
        .all(|r| (100..=500).contains(&r.rating.hundredths())));
    assert!(h.lines_skipped == 0 || !diags.is_empty());
    assert!(diags.iter().all(|d| d.line <= lines));
});

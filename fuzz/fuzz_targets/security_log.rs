//! Fuzzes the security-review log parser in both date orders: it must never panic and
//! diagnostics must name lines inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use listing_analyzer::engine::input::DateOrder;
use listing_analyzer::engine::parse::security_log;

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
    let (log, diags) = security_log::parse(text, order);
    assert!(log.lines_skipped == 0 || !diags.is_empty());
    assert!(diags.iter().all(|d| d.line <= lines));
});

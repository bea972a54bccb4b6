//! Fuzzes the listing-details parser: it must never panic, and every diagnostic and every
//! "how it was read" row must name a line inside the text, rows in input order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use listing_analyzer::engine::parse::listing;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines = text.split('\n').count();
    let (details, diags) = listing::parse(text);
    assert!(diags.iter().all(|d| d.line <= lines));
    assert!(details.read.iter().all(|r| r.line >= 1 && r.line <= lines));
    assert!(details.read.windows(2).all(|w| w[0].line <= w[1].line));
});

//! Fuzzes the listing-details parser: it must never panic, and every diagnostic must name
//! a line inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use listing_analyzer::engine::parse::listing;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines = text.split('\n').count();
    let (_, diags) = listing::parse(text);
    assert!(diags.iter().all(|d| d.line <= lines));
});

//! Dates, counts and ratings in words, as every surface shows them (page, widget, exports,
//! command line). The engine composes its summary sentences with these, and the app's
//! display helpers are these same functions, so a figure is worded one way everywhere.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date as "7 Dec 2026" (unambiguous in every locale, and cheap: no chrono formatter).
pub fn date(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month(d), d.year())
}

/// A month's short name ("Dec").
pub fn month(d: NaiveDate) -> &'static str {
    // `month0` is 0–11, so the remainder only satisfies the no-indexing rule.
    MONTHS
        .get(d.month0() as usize % 12)
        .copied()
        .unwrap_or_default()
}

/// `n` followed by the singular or plural noun ("1 review", "3 reviews").
pub fn count(n: u32, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// An average rating with two decimals ("4.75"), or "—" when there is none.
pub fn stars(avg: Option<f64>) -> String {
    match avg {
        Some(a) => crate::engine::decimal::fixed(a, 2),
        None => "—".to_owned(),
    }
}

/// `text` with its first letter in upper case ("agreement signed" → "Agreement signed"),
/// for the engine's own English words: only an ASCII letter changes (no Unicode case
/// tables in the wasm for it).
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

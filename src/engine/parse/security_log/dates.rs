//! Log-side date glue: the day/month order a whole log uses, and dates written without a
//! year ("Sep 8", "14 October").
//!
//! This is the security-review log's own reading until the shared date module offers the
//! same as a reusable API; the parser calls only [`input_order`], [`yearless`] and
//! [`resolve_year`], so switching means replacing these three functions.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::engine::input::DateOrder;
use crate::engine::parse::date::{find_date, month_from_word};
use crate::engine::parse::numbered_lines;

/// The order to read ambiguous numeric dates in, given the whole `text`.
///
/// When some numeric date can only be read one way (`21/05/2026` is day-first,
/// `05/21/2026` month-first), every ambiguous date of the input is read the same way; the
/// line and text of that evidence are returned so the parser can say so. Evidence both ways
/// leaves `order` as chosen.
pub(super) fn input_order(text: &str, order: DateOrder) -> (DateOrder, Option<(usize, String)>) {
    let mut day_first = None;
    let mut month_first = None;
    for (no, line) in numbered_lines(text) {
        let Some((_, r)) = find_date(line, order) else {
            continue;
        };
        let Some(s) = line.get(r) else { continue };
        let parts: Vec<&str> = s.split(['/', '.', '-']).collect();
        let [a, b, _] = parts.as_slice() else {
            continue;
        };
        let (Ok(a), Ok(b)) = (a.trim().parse::<u32>(), b.trim().parse::<u32>()) else {
            continue;
        };
        if a > 31 {
            continue;
        }
        if a > 12 && b <= 12 {
            day_first.get_or_insert((no, s.to_string()));
        } else if b > 12 && a <= 12 {
            month_first.get_or_insert((no, s.to_string()));
        }
    }
    match (day_first, month_first) {
        (Some(e), None) => (DateOrder::DayFirst, Some(e)),
        (None, Some(e)) => (DateOrder::MonthFirst, Some(e)),
        _ => (order, None),
    }
}

/// A month and day written without a year: `Sep 8`, `September 8th`, `8 Sep`, `14 October`.
///
/// Returns the month, the day and the byte range of the text.
pub(super) fn yearless(line: &str) -> Option<(u32, u32, Range<usize>)> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b.get(i).is_some_and(u8::is_ascii_alphabetic)
            || (i > 0 && b.get(i - 1).is_some_and(u8::is_ascii_alphanumeric))
        {
            i += 1;
            continue;
        }
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
        }
        let Some(month) = b.get(start..i).and_then(month_from_word) else {
            continue;
        };
        // Month first: "Sep 8", "Sept. 8th".
        let mut j = i;
        if b.get(j) == Some(&b'.') {
            j += 1;
        }
        if let Some((day, end)) = day_after_space(b, j) {
            return Some((month, day, start..end));
        }
        // Day first: "8 Sep", "14th October".
        if let Some((day, from)) = day_before_space(b, start) {
            return Some((month, day, from..i));
        }
    }
    None
}

/// A day number (1–31, optional ordinal suffix) after one or more spaces at `j`.
fn day_after_space(b: &[u8], mut j: usize) -> Option<(u32, usize)> {
    let spaced = j;
    while b.get(j) == Some(&b' ') {
        j += 1;
    }
    if j == spaced {
        return None;
    }
    let from = j;
    while b.get(j).is_some_and(u8::is_ascii_digit) {
        j += 1;
    }
    let day = day_number(b.get(from..j)?)?;
    let mut end = j;
    if b.get(j..j + 2).is_some_and(|s| {
        [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|x| s.eq_ignore_ascii_case(*x))
    }) {
        end = j + 2;
    }
    if b.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some((day, end))
}

/// A day number (optional ordinal suffix) ending with one or more spaces before `start`.
fn day_before_space(b: &[u8], start: usize) -> Option<(u32, usize)> {
    let mut j = start;
    while j > 0 && b.get(j - 1) == Some(&b' ') {
        j -= 1;
    }
    if j == start {
        return None;
    }
    let mut k = j;
    if k >= 2
        && b.get(k - 2..k).is_some_and(|s| {
            [b"st", b"nd", b"rd", b"th"]
                .iter()
                .any(|x| s.eq_ignore_ascii_case(*x))
        })
    {
        k -= 2;
    }
    let end = k;
    while k > 0 && b.get(k - 1).is_some_and(u8::is_ascii_digit) {
        k -= 1;
    }
    if k > 0
        && b.get(k - 1)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'/')
    {
        return None;
    }
    Some((day_number(b.get(k..end)?)?, k))
}

fn day_number(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let day = std::str::from_utf8(digits).ok()?.parse::<u32>().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// Where a year-less date took its year from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearFrom {
    /// The nearest dated line of the log.
    Neighbour,
    /// The analysis date: the latest such day on or before it (or, for a planned
    /// submission, the first on or after it).
    Today,
}

/// The date of `month`/`day` nearest to `anchor` (a neighbouring dated line), else relative
/// to `today`. `None` when the day exists in none of the candidate years (30 February).
pub(super) fn resolve_year(
    month: u32,
    day: u32,
    anchor: Option<NaiveDate>,
    today: NaiveDate,
    planned: bool,
) -> Option<(NaiveDate, YearFrom)> {
    let around = anchor.unwrap_or(today);
    let candidates = [around.year() - 1, around.year(), around.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day));
    if let Some(anchor) = anchor {
        return candidates
            .min_by_key(|d| (*d - anchor).num_days().abs())
            .map(|d| (d, YearFrom::Neighbour));
    }
    let pick = if planned {
        candidates.filter(|d| *d >= today).min()
    } else {
        candidates.filter(|d| *d <= today).max()
    };
    pick.map(|d| (d, YearFrom::Today))
}

//! Years of yearless dates in an input with no full date at all: a log or an export tells
//! what happened, so its dates lie on or before the analysis date, unless the line itself
//! says the date is planned.
//!
//! The rule, applied to the yearless dates of lines that are not planned:
//! - **Oldest first** (the usual log): from the last line back, the last date takes the
//!   latest year that puts it on or before the analysis date, and each line above takes
//!   the latest year that puts it on or before the line below it, so a log may cross a
//!   new year.
//! - **Newest first** (the usual export): the same from the first line down.
//! - A chain is taken when it spans at most [`MAX_ORDERED_SPAN_DAYS`] (oldest first
//!   preferred); otherwise the lines are not in time order and each date takes its most
//!   recent past date.
//!
//! Planned lines take the year nearest the analysis date, so they may lie in the future.

use chrono::{Datelike, NaiveDate};

use super::notes::HistoryRead;
use super::{inferred, nearest_year, Candidate, DateError, RawDate, ResolvedDate};

/// The longest span (in days) a chain of yearless dates may cover and still be read as
/// written in time order: one year, since people add the year to longer histories.
pub(super) const MAX_ORDERED_SPAN_DAYS: i64 = 366;

/// How many years back a month and day are looked for (29 February needs up to eight).
const YEARS_BACK: i32 = 8;

/// The latest `month`/`day` on or before `limit`, looking at most [`YEARS_BACK`] years back.
pub(super) fn latest_on_or_before(month: u32, day: u32, limit: NaiveDate) -> Option<NaiveDate> {
    (0..=YEARS_BACK)
        .filter_map(|back| NaiveDate::from_ymd_opt(limit.year().checked_sub(back)?, month, day))
        .find(|d| *d <= limit)
}

/// Reads the month-day pairs of `past` as a chain starting from `today`, each on or before
/// the one read before it; `None` when one names no day in the years looked at.
fn chain<'a>(
    past: impl Iterator<Item = &'a (usize, u32, u32)>,
    today: NaiveDate,
) -> Vec<(usize, Option<NaiveDate>)> {
    let mut limit = today;
    past.map(|&(i, m, d)| {
        let date = latest_on_or_before(m, d, limit);
        limit = date.unwrap_or(limit);
        (i, date)
    })
    .collect()
}

/// Days from the earliest to the latest date of a chain.
fn span(chain: &[(usize, Option<NaiveDate>)]) -> i64 {
    let dates = chain.iter().filter_map(|(_, d)| *d);
    match (dates.clone().min(), dates.max()) {
        (Some(a), Some(b)) => (b - a).num_days(),
        _ => 0,
    }
}

/// Gives every yearless candidate a year by the rule of this module, and says which way
/// the lines were read. Only call it when the input holds no full or relative date.
pub(super) fn fill(
    cands: &[Candidate],
    dates: &mut [Result<ResolvedDate, DateError>],
    today: NaiveDate,
) -> HistoryRead {
    let mut past = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let RawDate::NoYear { month, day } = c.raw else {
            continue;
        };
        if c.planned {
            let date = nearest_year(month, day, today);
            set(dates, i, date);
        } else {
            past.push((i, month, day));
        }
    }
    let oldest_first = chain(past.iter().rev(), today);
    let newest_first = chain(past.iter(), today);
    let (read, how) = if span(&oldest_first) <= MAX_ORDERED_SPAN_DAYS {
        (oldest_first, HistoryRead::OldestFirst)
    } else if span(&newest_first) <= MAX_ORDERED_SPAN_DAYS {
        (newest_first, HistoryRead::NewestFirst)
    } else {
        let each = past
            .iter()
            .map(|&(i, m, d)| (i, latest_on_or_before(m, d, today)))
            .collect();
        (each, HistoryRead::EachInThePast)
    };
    for (i, date) in read {
        set(dates, i, date);
    }
    how
}

/// Stores the inferred `date` of candidate `i` (or the error when it names no day).
fn set(dates: &mut [Result<ResolvedDate, DateError>], i: usize, date: Option<NaiveDate>) {
    if let Some(slot) = dates.get_mut(i) {
        *slot = inferred(date);
    }
}

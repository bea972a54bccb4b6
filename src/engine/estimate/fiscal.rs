//! Salesforce fiscal-year arithmetic.
//!
//! A Salesforce fiscal year runs from 1 February to 31 January and is named for the
//! calendar year it ends in: FY2027 is 1 February 2026 – 31 January 2027. The start month
//! is rule data ([`FISCAL_YEAR_START_MONTH`]). Every function here is total: dates at the
//! very ends of chrono's range saturate to `NaiveDate::MIN`/`MAX` instead of failing.

use chrono::{Datelike, NaiveDate};

use crate::engine::rules::vocab::FISCAL_YEAR_START_MONTH;

/// The fiscal year `date` falls in (1 Feb 2026 → 2027, 31 Jan 2026 → 2026).
pub fn fiscal_year_of(date: NaiveDate) -> i32 {
    if date.month() >= FISCAL_YEAR_START_MONTH {
        date.year().saturating_add(1)
    } else {
        date.year()
    }
}

/// The first day of fiscal year `fy` (FY2027 → 1 February 2026).
pub fn fiscal_year_start(fy: i32) -> NaiveDate {
    let year = fy.saturating_sub(1);
    NaiveDate::from_ymd_opt(year, FISCAL_YEAR_START_MONTH, 1).unwrap_or(if year < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// The last day of fiscal year `fy` (FY2027 → 31 January 2027).
pub fn fiscal_year_end(fy: i32) -> NaiveDate {
    fiscal_year_start(fy.saturating_add(1))
        .pred_opt()
        .unwrap_or(NaiveDate::MAX)
}

/// The review-score window in force on `today`: the previous and current fiscal years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewWindow {
    /// First day of the previous fiscal year.
    pub start: NaiveDate,
    /// Last day of the current fiscal year.
    pub end: NaiveDate,
}

impl ReviewWindow {
    /// The window in force on `today`. Reviews count from `start` through `today`.
    pub fn on(today: NaiveDate) -> Self {
        let fy = fiscal_year_of(today);
        Self {
            start: fiscal_year_start(fy.saturating_sub(1)),
            end: fiscal_year_end(fy),
        }
    }

    /// Whether a review dated `date` counts on `today`: inside `[start, today]`.
    pub fn counts(&self, date: NaiveDate, today: NaiveDate) -> bool {
        self.start <= date && date <= today
    }
}

/// The next 1 February strictly after `today`: the day the review window moves on.
pub fn next_window_change(today: NaiveDate) -> NaiveDate {
    fiscal_year_start(fiscal_year_of(today).saturating_add(1))
}

/// The window that takes effect on [`next_window_change`]: it starts on the first day of
/// the current fiscal year.
pub fn next_window(today: NaiveDate) -> ReviewWindow {
    ReviewWindow::on(next_window_change(today))
}

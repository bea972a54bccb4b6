//! ISO dates (`2026-11-25`) written and read without chrono's format machinery.
//!
//! chrono writes and reads a date through its general `strftime` engine, which the wasm
//! build would otherwise carry whole (about 12 KB of code) for two fixed layouts. The
//! functions here give the same text and, when reading, the same accepted inputs and the
//! same error messages as chrono's `Display` and `FromStr` for `NaiveDate`; tests compare
//! them with chrono on many inputs.

use std::fmt;

use chrono::{Datelike, NaiveDate};

/// Years that chrono writes as four plain digits; any other year gets a sign.
const PLAIN_YEARS: std::ops::RangeInclusive<i32> = 0..=9999;

/// Appends `n` in decimal with at least `width` digits (zeros in front).
fn push_padded(out: &mut String, n: u32, width: usize) {
    let digits = n.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

/// Appends `date` as chrono writes it: year, month and day separated by `sep`, the year
/// as four digits in 0..=9999 and with a sign and at least four digits otherwise
/// (`+10000`, `-0001`).
pub fn push_ymd(out: &mut String, date: NaiveDate, sep: &str) {
    let year = date.year();
    if !PLAIN_YEARS.contains(&year) {
        out.push(if year < 0 { '-' } else { '+' });
    }
    push_padded(out, year.unsigned_abs(), 4);
    out.push_str(sep);
    push_padded(out, date.month(), 2);
    out.push_str(sep);
    push_padded(out, date.day(), 2);
}

/// Why a text is not an ISO date, with chrono's wording for each kind of failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateTextError {
    /// A number is too large, or the month, day or date does not exist.
    OutOfRange,
    /// A character where a digit or a `-` belongs.
    Invalid,
    /// The text ends before the date does.
    TooShort,
    /// Something follows the date.
    TooLong,
}

impl fmt::Display for DateTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::OutOfRange => "input is out of range",
            Self::Invalid => "input contains invalid characters",
            Self::TooShort => "premature end of input",
            Self::TooLong => "trailing input",
        })
    }
}

/// Reads at least one and at most `max` ASCII digits at the start of `s`, as chrono does:
/// nothing left is [`DateTextError::TooShort`], a non-digit first is
/// [`DateTextError::Invalid`], a value beyond `i64` is [`DateTextError::OutOfRange`].
fn number(s: &str, max: usize) -> Result<(&str, i64), DateTextError> {
    if s.is_empty() {
        return Err(DateTextError::TooShort);
    }
    let count = s
        .bytes()
        .take(max)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if count == 0 {
        return Err(DateTextError::Invalid);
    }
    let (digits, rest) = s.split_at_checked(count).ok_or(DateTextError::Invalid)?;
    let mut n = 0i64;
    for b in digits.bytes() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(i64::from(b - b'0')))
            .ok_or(DateTextError::OutOfRange)?;
    }
    Ok((rest, n))
}

/// Reads the year: an optional sign followed by any number of digits, or up to four
/// digits without a sign.
fn year(s: &str) -> Result<(&str, i64), DateTextError> {
    if let Some(rest) = s.strip_prefix('-') {
        let (rest, v) = number(rest, usize::MAX)?;
        Ok((rest, 0i64.checked_sub(v).ok_or(DateTextError::OutOfRange)?))
    } else if let Some(rest) = s.strip_prefix('+') {
        number(rest, usize::MAX)
    } else {
        number(s, 4)
    }
}

/// Skips white space, then expects a `-`.
fn dash(s: &str) -> Result<&str, DateTextError> {
    let s = s.trim_start();
    if s.is_empty() {
        return Err(DateTextError::TooShort);
    }
    s.strip_prefix('-').ok_or(DateTextError::Invalid)
}

/// Reads a month or a day (one or two digits) within `range`.
fn part(s: &str, range: std::ops::RangeInclusive<i64>) -> Result<(&str, u32), DateTextError> {
    let (rest, v) = number(s.trim_start(), 2)?;
    if !range.contains(&v) {
        return Err(DateTextError::OutOfRange);
    }
    Ok((
        rest,
        u32::try_from(v).map_err(|_| DateTextError::OutOfRange)?,
    ))
}

/// Reads `text` as chrono's `NaiveDate::from_str` does: `year-month-day`, white space
/// allowed before each number and around each `-`, one- or two-digit month and day.
pub fn parse(text: &str) -> Result<NaiveDate, DateTextError> {
    let (s, y) = year(text.trim_start())?;
    let y = i32::try_from(y).map_err(|_| DateTextError::OutOfRange)?;
    let (s, m) = part(dash(s)?, 1..=12)?;
    let (s, d) = part(dash(s)?, 1..=31)?;
    if !s.trim_start().is_empty() {
        return Err(DateTextError::TooLong);
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateTextError::OutOfRange)
}

#[cfg(test)]
mod tests;

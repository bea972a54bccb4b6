//! Date candidates as written, before the input-wide decisions of [`super::resolve`]: which
//! way numeric dates read, which year a yearless date has, and what "4 weeks ago" means.
//!
//! Yearless dates need a month word (`Sep 8`, `14 October`, `8th of Sep`); `May` counts only
//! capitalised. A numeric day/month pair without a year (`21/05`, `8/9`) is a date only
//! where a date stands on its own ([`scan_bare`]: the start of a log line, a whole date
//! cell); elsewhere it is too often a score or a fraction. Relative dates: `today`, `yesterday`, `last week|month|year`,
//! and `<count> <unit>(s) ago` with a count in digits or words up to twelve (`a`, `an`,
//! `two`) and a unit of minutes, hours (both read as today), days, weeks, months or years.

use std::ops::Range;

use chrono::NaiveDate;

use super::{
    at, digits, letters, month_at, shape_from, skip_ordinal, skip_space, skip_word_sep,
    supported_year, DateError, Seen, Shape,
};

/// A bare numeric day and month (`21/05`, `5/21`, `14.06.`) that starts `text` (after
/// spaces, bullets and table bars) and is followed by no third number: a
/// [`RawDate::DayMonth`] with its range, when one reading is a real day. For the places
/// where a date stands on its own (a log line's start, a date cell), after [`scan_raw`]
/// found nothing. Never panics; the range starts and ends at ASCII bytes.
pub fn scan_bare(text: &str) -> Option<(RawDate, Range<usize>)> {
    let start = text
        .find(|c: char| !(c.is_whitespace() || matches!(c, '-' | '*' | '|' | '>' | '\u{2022}')))?;
    let b = text.as_bytes();
    let number = |i: usize| -> Option<(u32, usize)> {
        let len = digits(b, i);
        let n = text.get(i..i + len)?.parse().ok()?;
        (1..=2).contains(&len).then_some((n, i + len))
    };
    let (first, i) = number(start)?;
    let sep = *b.get(i).filter(|&&c| c == b'/' || c == b'.')?;
    let (second, mut end) = number(i + 1)?;
    if sep == b'.' && b.get(end) == Some(&b'.') {
        end += 1;
    }
    let more = b.get(end).is_some_and(|&c| {
        c.is_ascii_digit()
            || ((c == b'/' || c == b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit))
    });
    let raw = RawDate::DayMonth { first, second };
    (!more && raw.readings() != (false, false)).then_some((raw, start..end))
}

/// A span of time counted back from the analysis date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ago {
    /// Whole days (`today` is 0, `yesterday` 1, `3 days ago` 3; hours and minutes are 0).
    Days(u32),
    /// Weeks (`last week`, `4 weeks ago`).
    Weeks(u32),
    /// Calendar months (`last month`, `2 months ago`).
    Months(u32),
    /// Calendar years (`last year`, `a year ago`).
    Years(u32),
}

/// One date as written in a line, before input-wide resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawDate {
    /// A date whose reading does not depend on the date order: ISO (`2026-03-01`) or a
    /// month written as a word (`Mar 1, 2026`, `1 March 2026`).
    Fixed(NaiveDate),
    /// A numeric date whose day and month may be swapped (`03/04/2026`, `21/05/2026`):
    /// the first and second numbers as written, and the year. At least one reading is a
    /// real calendar day.
    Numeric {
        /// The first number as written.
        first: u32,
        /// The second number as written.
        second: u32,
        /// The year (two-digit years already read as 20YY).
        year: i32,
    },
    /// A month and day written without a year (`Sep 8`, `14 October`, `8 Sep`).
    NoYear {
        /// The month, 1–12.
        month: u32,
        /// The day, 1–31 (whether it exists depends on the year).
        day: u32,
    },
    /// A bare numeric day and month (`21/05`, `5/21`, `14.06.`), found by [`scan_bare`]:
    /// the numbers as written; the date order and the year are decided input-wide.
    DayMonth {
        /// The first number as written.
        first: u32,
        /// The second number as written.
        second: u32,
    },
    /// A date relative to the analysis date (`yesterday`, `4 weeks ago`, `last week`).
    Relative(Ago),
    /// Date-shaped text that names no real day (`2026-02-30`, `Feb 30`).
    Invalid(DateError),
}

impl RawDate {
    /// Whether the date can be read month-first and day-first respectively.
    pub(crate) fn readings(self) -> (bool, bool) {
        match self {
            RawDate::Numeric {
                first,
                second,
                year,
            } => (
                NaiveDate::from_ymd_opt(year, first, second).is_some(),
                NaiveDate::from_ymd_opt(year, second, first).is_some(),
            ),
            // Some year has the day (29 February: a leap year).
            RawDate::DayMonth { first, second } => (
                NaiveDate::from_ymd_opt(2024, first, second).is_some(),
                NaiveDate::from_ymd_opt(2024, second, first).is_some(),
            ),
            _ => (false, false),
        }
    }
}

impl Shape {
    /// The shape as a raw date, without choosing a date order.
    fn raw(&self) -> RawDate {
        let Some(y) = supported_year(self.year) else {
            return RawDate::Invalid(DateError::YearOutOfRange);
        };
        if !self.order_dependent {
            return NaiveDate::from_ymd_opt(y, self.a, self.b).map_or(
                RawDate::Invalid(DateError::NotACalendarDate),
                RawDate::Fixed,
            );
        }
        let raw = RawDate::Numeric {
            first: self.a,
            second: self.b,
            year: y,
        };
        match raw.readings() {
            (false, false) => RawDate::Invalid(DateError::NotACalendarDate),
            _ => raw,
        }
    }
}

/// Finds the date candidate of `line` and its byte range.
///
/// Preference: the first valid full date (with a year); else the first month and day
/// without a year; else the first relative date; else the first date-shaped text that is
/// not a real date ([`RawDate::Invalid`]). `None` when the line holds nothing date-like.
/// Never panics; returned ranges start and end at ASCII bytes.
pub fn scan_raw(line: &str) -> Option<(RawDate, Range<usize>)> {
    let b = line.as_bytes();
    let mut invalid = None;
    let mut from = 0;
    let mut seen = Seen::default();
    while let Some(shape) = shape_from(b, from, &mut seen) {
        let raw = shape.raw();
        if !matches!(raw, RawDate::Invalid(_)) {
            return Some((raw, shape.range));
        }
        from = shape.range.end.max(from + 1);
        invalid = invalid.or(Some((raw, shape.range)));
    }
    // When the scan above saw the whole line, it knows whether the other passes can match.
    let yearless = (!seen.whole || seen.month).then(|| no_year(b)).flatten();
    yearless
        .or_else(|| {
            (!seen.whole || seen.relative)
                .then(|| relative(b))
                .flatten()
        })
        .or(invalid)
}

/// Whether an ASCII word can start or end a relative date.
pub(super) fn is_relative_word(w: &[u8]) -> bool {
    let key: &[u8] = match w.len() {
        3 => b"ago",
        4 => b"last",
        5 => b"today",
        9 => b"yesterday",
        _ => return false,
    };
    w.eq_ignore_ascii_case(key)
}

/// The first `Sep 8` / `14 October` / `8th of Sep` in `b`.
fn no_year(b: &[u8]) -> Option<(RawDate, Range<usize>)> {
    if !b.iter().any(u8::is_ascii_digit) {
        return None;
    }
    let mut i = 0;
    while i < b.len() {
        let c = at(b, i);
        let prev = if i == 0 { 0 } else { at(b, i - 1) };
        if c.is_ascii_digit() && !prev.is_ascii_alphanumeric() && !b"/.-,".contains(&prev) {
            if let Some(found) = day_month_at(b, i) {
                return Some(found);
            }
            i += digits(b, i);
        } else if c.is_ascii_alphabetic() && !prev.is_ascii_alphabetic() {
            if let Some(found) = month_day_at(b, i) {
                return Some(found);
            }
            i += letters(b, i);
        } else {
            i += 1;
        }
    }
    None
}

/// A month word at `i` that may stand without a year: `May` only capitalised, since the
/// verb is far more common in prose.
fn month_word_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let (month, end) = month_at(b, i)?;
    let verb = month == 5 && at(b, i) == b'm';
    (!verb).then_some((month, end))
}

/// A day number of one or two digits at `i` that is not part of a larger number.
fn day_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let n = digits(b, i);
    if !(1..=2).contains(&n) {
        return None;
    }
    // `Mar 1.5`, `Sep 8/9`, `8,000` are not days.
    let next = at(b, i + n);
    if matches!(next, b'.' | b'/' | b',' | b':') && at(b, i + n + 1).is_ascii_digit() {
        return None;
    }
    let day = super::number(b, i, n);
    (1..=31).contains(&day).then_some((day, i + n))
}

/// A yearless date from its parts, or [`DateError::NotACalendarDate`] for a day no year
/// has (`Feb 30`, `Apr 31`).
fn yearless(month: u32, day: u32, range: Range<usize>) -> (RawDate, Range<usize>) {
    // 2024 is a leap year, so every day some year has exists in it.
    let raw = match NaiveDate::from_ymd_opt(2024, month, day) {
        Some(_) => RawDate::NoYear { month, day },
        None => RawDate::Invalid(DateError::NotACalendarDate),
    };
    (raw, range)
}

/// `Sep 8`, `September 8th` at `i`.
fn month_day_at(b: &[u8], i: usize) -> Option<(RawDate, Range<usize>)> {
    let (month, j) = month_word_at(b, i)?;
    let j = skip_word_sep(b, j);
    let (day, end) = day_at(b, j)?;
    if at(b, end).is_ascii_alphabetic() && skip_ordinal(b, end) == end {
        return None;
    }
    Some(yearless(month, day, i..skip_ordinal(b, end)))
}

/// `14 October`, `8 Sep`, `8th of September` at `i`.
fn day_month_at(b: &[u8], i: usize) -> Option<(RawDate, Range<usize>)> {
    let (day, j) = day_at(b, i)?;
    let mut j = skip_word_sep(b, skip_ordinal(b, j));
    if letters(b, j) == 2
        && b.get(j..j + 2)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"of"))
    {
        j = skip_space(b, j + 2);
    }
    let (month, end) = month_word_at(b, j)?;
    Some(yearless(month, day, i..end))
}

/// Small counts written as words (`a week ago`, `two weeks ago`).
const COUNT_WORDS: [&str; 13] = [
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// A word or number token of a line: its bytes and range.
type Word<'a> = (&'a [u8], usize, usize);

/// The count a token says (`3`, `a`, `an`, `two`).
fn count_of(w: &[u8]) -> Option<u32> {
    if w.first().is_some_and(u8::is_ascii_digit) {
        return (w.len() <= 4).then(|| super::number(w, 0, w.len()));
    }
    if w.eq_ignore_ascii_case(b"an") {
        return Some(1);
    }
    COUNT_WORDS
        .iter()
        .zip(0u32..)
        .find_map(|(name, n)| w.eq_ignore_ascii_case(name.as_bytes()).then_some(n.max(1)))
}

/// The unit a word names, singular or plural, as a span of `n`.
fn unit_of(w: &[u8], n: u32) -> Option<Ago> {
    let w = w.strip_suffix(b"s").unwrap_or(w);
    let is = |u: &str| w.eq_ignore_ascii_case(u.as_bytes());
    if is("minute") || is("min") || is("hour") || is("hr") || is("second") {
        Some(Ago::Days(0))
    } else if is("day") {
        Some(Ago::Days(n))
    } else if is("week") || is("wk") {
        Some(Ago::Weeks(n))
    } else if is("month") || is("mo") {
        Some(Ago::Months(n))
    } else if is("year") || is("yr") {
        Some(Ago::Years(n))
    } else {
        None
    }
}

/// The first relative date in `b`: `today`, `yesterday`, `last week|month|year`,
/// `<count> <unit>(s) ago`.
fn relative(b: &[u8]) -> Option<(RawDate, Range<usize>)> {
    let mut prev: [Option<Word>; 2] = [None, None];
    let mut i = 0;
    while i < b.len() {
        let c = at(b, i);
        let n = if c.is_ascii_alphabetic() {
            letters(b, i)
        } else {
            digits(b, i)
        };
        if n == 0 {
            i += 1;
            continue;
        }
        let w = b.get(i..i + n).unwrap_or(&[]);
        let is = |s: &str| w.eq_ignore_ascii_case(s.as_bytes());
        let found = if is("today") {
            Some((Ago::Days(0), i))
        } else if is("yesterday") {
            Some((Ago::Days(1), i))
        } else if let Some((_, s, _)) = prev[1].filter(|(p, _, _)| p.eq_ignore_ascii_case(b"last"))
        {
            unit_of(w, 1)
                .filter(|u| !matches!(u, Ago::Days(_)))
                .map(|u| (u, s))
        } else if is("ago") {
            match prev {
                [Some((count, s, _)), Some((unit, _, _))] => {
                    count_of(count).and_then(|n| unit_of(unit, n).map(|u| (u, s)))
                }
                _ => None,
            }
        } else {
            None
        };
        if let Some((ago, start)) = found {
            return Some((RawDate::Relative(ago), start..i + n));
        }
        prev = [prev[1], Some((w, i, i + n))];
        i += n;
    }
    None
}

#[cfg(test)]
mod tests;

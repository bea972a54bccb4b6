//! Date recognition shared by the parsers.
//!
//! Recognised forms (month names in English, full or abbreviated, any case):
//! - ISO and year-first: `2026-03-01`, `2026/03/01`, `2026.03.01` (also the date part of
//!   `2026-03-01T10:00:00Z`).
//! - Numeric day and month: `03/01/2026`, `3/1/26`, `03-01-2026`, `03.01.2026`. Two-digit
//!   years are read as 20YY and are only accepted with `/`. The [`DateOrder`] decides
//!   which part is the month; when only one reading is a valid month (`03/25/2026`) that
//!   reading is used whatever the order. Both parts ≤ 12 and different makes the date
//!   [`ParsedDate::ambiguous`].
//! - Month first: `Mar 1, 2026`, `March 1st, 2026`, `Sept. 1 2026`, `Mar-01-2026`.
//! - Day first: `1 March 2026`, `1 Mar 2026`, `1st of March, 2026`, `01-Mar-2026`.
//!
//! Years outside [`SUPPORTED_YEARS`] and impossible days (`2026-02-30`) are reported as
//! [`DateError`]s by [`scan_date`] so that callers can say why a date-like text was refused.
//! Scanning is done on bytes with no allocation; it never panics and returned ranges always
//! fall on character boundaries (they start and end at ASCII bytes).
//!
//! Two layers:
//! - **One date at a time**: [`parse_date`], [`find_date`], [`scan_date`] read full dates
//!   (with a year), the [`DateOrder`] deciding numeric dates that could be read either way.
//! - **A whole input at once**, for dates as people write them in notes and exports:
//!   [`scan_raw`] finds each line's [`RawDate`] candidate (a full date, a numeric date whose
//!   order is not decided yet, a month and day without a year such as `Sep 8` or
//!   `14 October`, a relative date such as `4 weeks ago`), then [`resolve`] decides them
//!   all together against a [`DateContext`] (the analysis date and the user's order) and
//!   explains each decision in notes ([`resolve`] documents the exact rules). A parser
//!   calls [`scan_raw`] per line or cell, collects [`Candidate`]s, calls [`resolve`] once,
//!   and reads `Resolution::dates[i]` for candidate `i`.

use std::ops::Range;

use chrono::NaiveDate;

use crate::engine::input::{DateOrder, SUPPORTED_YEARS};

mod bytes;
mod raw;
mod resolve;

use bytes::{at, digits, letters, number, skip_space, skip_word_sep};

pub use raw::{scan_bare, scan_raw, Ago, RawDate};
pub use resolve::{resolve, Candidate, DateContext, Resolution, ResolvedDate};

/// A calendar date read from text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsedDate {
    /// The date.
    pub date: NaiveDate,
    /// Whether a numeric day/month could be read either way (`03/04/2026`), so the
    /// [`DateOrder`] decided it.
    pub ambiguous: bool,
}

/// Why a date-shaped text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// The parts name no real calendar day (`2026-02-30`, `13/13/2026`).
    NotACalendarDate,
    /// The year is outside [`SUPPORTED_YEARS`].
    YearOutOfRange,
}

impl DateError {
    /// A short explanation for diagnostics ("is not a real calendar date").
    pub fn describe(self) -> &'static str {
        match self {
            DateError::NotACalendarDate => "is not a real calendar date",
            DateError::YearOutOfRange => "has a year outside 1900–2199",
        }
    }
}

/// `year` as a calendar year when it is one of the [`SUPPORTED_YEARS`], else `None`.
fn supported_year(year: u32) -> Option<i32> {
    i32::try_from(year)
        .ok()
        .filter(|y| SUPPORTED_YEARS.contains(y))
}

/// Reads `s` (surrounding whitespace ignored) as exactly one date and nothing else.
///
/// Returns `None` when `s` is not a date in one of the recognised forms, or is a date-shaped
/// text that names no real day.
pub fn parse_date(s: &str, order: DateOrder) -> Option<ParsedDate> {
    let t = s.trim();
    match scan_date(t, order) {
        Some((Ok(d), r)) if r.start == 0 && r.end == t.len() => Some(d),
        // Allow a trailing time, as in ISO date-times (`2026-03-01T10:00Z`, `2026-03-01 10:00`).
        Some((Ok(d), r)) if r.start == 0 && is_time_suffix(t.get(r.end..).unwrap_or("")) => Some(d),
        _ => None,
    }
}

/// Finds the first valid date anywhere in `line` and its byte range.
///
/// Date-shaped texts that are not real dates are passed over; use [`scan_date`] to see them.
pub fn find_date(line: &str, order: DateOrder) -> Option<(ParsedDate, Range<usize>)> {
    let mut from = 0;
    while let Some((res, r)) = scan_from(line.as_bytes(), from, order) {
        if let Ok(d) = res {
            return Some((d, r));
        }
        from = r.end.max(from + 1);
    }
    None
}

/// Finds the first date-shaped text in `line`: a valid date, or the reason it is not one.
///
/// A valid date later in the line is preferred over an earlier invalid one; the error is
/// returned only when the line holds no valid date at all.
pub fn scan_date(
    line: &str,
    order: DateOrder,
) -> Option<(Result<ParsedDate, DateError>, Range<usize>)> {
    let mut first_err = None;
    let mut from = 0;
    while let Some((res, r)) = scan_from(line.as_bytes(), from, order) {
        match res {
            Ok(d) => return Some((Ok(d), r)),
            Err(e) => {
                if first_err.is_none() {
                    first_err = Some((Err(e), r.clone()));
                }
                from = r.end.max(from + 1);
            }
        }
    }
    first_err
}

fn is_time_suffix(rest: &str) -> bool {
    let rest = rest.trim_start_matches(['T', ' ']);
    rest.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && rest.contains(':')
        && rest
            .bytes()
            .all(|b| b.is_ascii_digit() || b":.+-Z ".contains(&b) || b.is_ascii_alphabetic())
}

/// The English month names; a word matches a month when it is the full name, its first
/// three letters, or `sept`.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month (1–12) named by an ASCII word, any case.
pub(crate) fn month_from_word(w: &[u8]) -> Option<u32> {
    let first = w.first().map_or(0, u8::to_ascii_lowercase);
    if w.len() < 3 || w.len() > 9 || !b"jfmasond".contains(&first) {
        return None;
    }
    if w.eq_ignore_ascii_case(b"sept") {
        return Some(9);
    }
    MONTHS.iter().zip(1u32..).find_map(|(name, n)| {
        let name = name.as_bytes();
        let full = w.eq_ignore_ascii_case(name);
        let abbr = w.len() == 3 && name.get(..3).is_some_and(|p| w.eq_ignore_ascii_case(p));
        (full || abbr).then_some(n)
    })
}

/// Finds the next date-shaped text starting at or after byte `from`.
fn scan_from(
    b: &[u8],
    i: usize,
    order: DateOrder,
) -> Option<(Result<ParsedDate, DateError>, Range<usize>)> {
    shape_from(b, i, &mut Seen::default()).map(|s| s.resolve(order))
}

/// What [`shape_from`] noticed on its way, so that [`scan_raw`] can skip passes that would
/// find nothing.
#[derive(Default)]
struct Seen {
    /// Whether the scan reached the end of the text (else the flags below are incomplete).
    whole: bool,
    /// Whether a month word was seen.
    month: bool,
    /// Whether a word of a relative date (`ago`, `today`…) was seen.
    relative: bool,
}

/// Finds the next full date shape (with a year) starting at or after byte `i`, noting in
/// `seen` the words it passed.
fn shape_from(b: &[u8], mut i: usize, seen: &mut Seen) -> Option<Shape> {
    seen.whole = false;
    // Every recognised form holds a digit; most prose lines can be passed over at once.
    if !b.get(i..).unwrap_or(&[]).iter().any(u8::is_ascii_digit) {
        return None;
    }
    while i < b.len() {
        let c = b.get(i).copied().unwrap_or(0);
        let prev = if i == 0 {
            0
        } else {
            b.get(i - 1).copied().unwrap_or(0)
        };
        if c.is_ascii_digit() && !prev.is_ascii_digit() {
            if let Some(m) = numeric_at(b, i).or_else(|| day_month_year_at(b, i)) {
                return Some(m);
            }
            i += digits(b, i);
        } else if c.is_ascii_alphabetic() && !prev.is_ascii_alphabetic() {
            let n = letters(b, i);
            let word = b.get(i..i + n).unwrap_or(&[]);
            if month_from_word(word).is_some() {
                seen.month = true;
                if let Some(m) = month_day_year_at(b, i) {
                    return Some(m);
                }
            } else {
                seen.relative |= raw::is_relative_word(word);
            }
            i += n;
        } else {
            i += 1;
        }
    }
    seen.whole = true;
    None
}

/// Raw date parts before validation.
struct Shape {
    year: u32,
    /// For numeric day/month forms, the first and second numbers; otherwise month and day.
    a: u32,
    b: u32,
    /// Whether `a`/`b` are a numeric pair whose reading depends on the [`DateOrder`].
    order_dependent: bool,
    range: Range<usize>,
}

impl Shape {
    /// A date whose month and day are known apart (ISO, or a month written as a word).
    fn fixed(year: u32, month: u32, day: u32, range: Range<usize>) -> Self {
        Shape {
            year,
            a: month,
            b: day,
            order_dependent: false,
            range,
        }
    }

    fn resolve(self, order: DateOrder) -> (Result<ParsedDate, DateError>, Range<usize>) {
        let range = self.range.clone();
        let Some(y) = supported_year(self.year) else {
            return (Err(DateError::YearOutOfRange), range);
        };
        let ymd = |m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
        if !self.order_dependent {
            let r = ymd(self.a, self.b)
                .map(|date| ParsedDate {
                    date,
                    ambiguous: false,
                })
                .ok_or(DateError::NotACalendarDate);
            return (r, range);
        }
        let (first, second) = (self.a, self.b);
        let preferred = match order {
            DateOrder::MonthFirst => ymd(first, second),
            DateOrder::DayFirst => ymd(second, first),
        };
        let ambiguous = first <= 12 && second <= 12 && first != second;
        let r = match preferred {
            Some(date) => Ok(ParsedDate { date, ambiguous }),
            // Only the other reading has a valid month (e.g. 25/03/2026 in month-first order).
            None if first > 12 || second > 12 => {
                let other = match order {
                    DateOrder::MonthFirst => ymd(second, first),
                    DateOrder::DayFirst => ymd(first, second),
                };
                other
                    .map(|date| ParsedDate {
                        date,
                        ambiguous: false,
                    })
                    .ok_or(DateError::NotACalendarDate)
            }
            None => Err(DateError::NotACalendarDate),
        };
        (r, range)
    }
}

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, or `MM/DD/YYYY`-style numeric dates at `i`.
fn numeric_at(b: &[u8], i: usize) -> Option<Shape> {
    let n1 = digits(b, i);
    let sep = at(b, i + n1);
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let j = i + n1 + 1;
    let n2 = digits(b, j);
    if !(1..=2).contains(&n2) || at(b, j + n2) != sep {
        return None;
    }
    let k = j + n2 + 1;
    let n3 = digits(b, k);
    let end = k + n3;
    if n1 == 4 && (1..=2).contains(&n3) {
        return Some(Shape::fixed(
            number(b, i, 4),
            number(b, j, n2),
            number(b, k, n3),
            i..end,
        ));
    }
    let year = match n3 {
        4 => number(b, k, 4),
        2 if sep == b'/' => 2000 + number(b, k, 2),
        _ => return None,
    };
    if !(1..=2).contains(&n1) {
        return None;
    }
    Some(Shape {
        year,
        a: number(b, i, n1),
        b: number(b, j, n2),
        order_dependent: true,
        range: i..end,
    })
}

/// Skips an ordinal suffix (`st`, `nd`, `rd`, `th`) right after a day number.
fn skip_ordinal(b: &[u8], i: usize) -> usize {
    let two = [
        at(b, i).to_ascii_lowercase(),
        at(b, i + 1).to_ascii_lowercase(),
    ];
    let is_suffix = matches!(&two, b"st" | b"nd" | b"rd" | b"th");
    if is_suffix && !at(b, i + 2).is_ascii_alphanumeric() {
        i + 2
    } else {
        i
    }
}

/// Reads a 4-digit year at `i` that is not followed by another digit.
fn year_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    (digits(b, i) == 4).then(|| (number(b, i, 4), i + 4))
}

/// A month word at `i`, with an optional trailing `.`; returns the month and the end.
fn month_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let n = letters(b, i);
    let m = month_from_word(b.get(i..i + n)?)?;
    let end = if at(b, i + n) == b'.' {
        i + n + 1
    } else {
        i + n
    };
    Some((m, end))
}

/// `Mar 1, 2026`, `March 1st, 2026`, `Mar-01-2026` at `i`.
fn month_day_year_at(b: &[u8], i: usize) -> Option<Shape> {
    let (month, j) = month_at(b, i)?;
    let j = skip_word_sep(b, j);
    let nd = digits(b, j);
    if !(1..=2).contains(&nd) {
        return None;
    }
    let day = number(b, j, nd);
    let k = skip_word_sep(b, skip_ordinal(b, j + nd));
    let (year, end) = year_at(b, k)?;
    Some(Shape::fixed(year, month, day, i..end))
}

/// `1 March 2026`, `1st of March, 2026`, `01-Mar-2026` at `i`.
fn day_month_year_at(b: &[u8], i: usize) -> Option<Shape> {
    let nd = digits(b, i);
    if !(1..=2).contains(&nd) {
        return None;
    }
    let day = number(b, i, nd);
    let mut j = skip_word_sep(b, skip_ordinal(b, i + nd));
    if letters(b, j) == 2
        && b.get(j..j + 2)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"of"))
    {
        j = skip_space(b, j + 2);
    }
    let (month, k) = month_at(b, j)?;
    let (year, end) = year_at(b, skip_word_sep(b, k))?;
    Some(Shape::fixed(year, month, day, i..end))
}

#[cfg(test)]
mod tests;

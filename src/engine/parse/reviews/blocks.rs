//! Review blocks copied from a listing page (see the parent module for the rules).

use std::borrow::Cow;
use std::ops::Range;

use super::table::hundredths_text;
use super::{candidate, Acc, RowFacts};
use crate::engine::model::Rating;
use crate::engine::parse::date::{scan_raw, DateError, RawDate};
use crate::engine::parse::rating::{find_rating_in, RatingRead, Spanned};
use crate::engine::parse::{is_blank, numbered_lines, snippet, span_of};

/// Which element opened a review group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Elem {
    Rating,
    Date,
}

/// The review being assembled from consecutive lines.
#[derive(Default)]
struct Group<'a> {
    first: usize,
    last: usize,
    /// A rating from a rating line (strong), valid or out of range.
    strong: Option<RatingRead>,
    /// A rating found inside prose, used only when there is no strong one.
    weak: Option<Rating>,
    date: Option<(RawDate, &'a str)>,
    bad_date: Option<(DateError, &'a str)>,
    leading: Option<Elem>,
    /// Whether the group was split off a complete review inside the same block.
    after_review: bool,
    /// The group's lines as written.
    text: Option<&'a str>,
    /// Whether a line holds neither a date nor a rating line (review text, a reviewer).
    prose: bool,
}

impl Group<'_> {
    fn is_empty(&self) -> bool {
        self.first == 0
    }

    fn rating(&self) -> Option<Rating> {
        match self.strong {
            Some(RatingRead::Valid(r)) => Some(r),
            _ => self.weak,
        }
    }

    fn complete(&self) -> bool {
        self.date.is_some() && self.rating().is_some()
    }
}

/// What one line holds.
struct LineInfo {
    date: Option<(RawDate, Range<usize>)>,
    bad_date: Option<(DateError, Range<usize>)>,
    strong: Option<(RatingRead, usize)>,
    weak: Option<Rating>,
}

fn inspect(toks: &mut Vec<Spanned>, line: &str) -> LineInfo {
    let (date, bad_date) = match scan_raw(line) {
        Some((RawDate::Invalid(e), r)) => (None, Some((e, r))),
        Some((d, r)) => (Some((d, r)), None),
        None => (None, None),
    };
    let skip = date
        .as_ref()
        .map(|(_, r)| r.clone())
        .or_else(|| bad_date.as_ref().map(|(_, r)| r.clone()));
    let found = find_rating_in(toks, line, skip);
    let (strong, weak) = match found {
        Some(f) if f.strong => (Some((f.read, f.range.start)), None),
        Some(f) => match f.read {
            RatingRead::Valid(r) => (None, Some(r)),
            RatingRead::OutOfRange(_) | RatingRead::Negative(_) => (None, None),
        },
        None => (None, None),
    };
    LineInfo {
        date,
        bad_date,
        strong,
        weak,
    }
}

/// Reads blocks of lines into `acc`.
pub(super) fn read<'a>(text: &'a str, acc: &mut Acc<'a>) {
    let mut toks = Vec::new();
    let mut g = Group::default();
    for (no, line) in numbered_lines(text) {
        if is_blank(line) {
            close(std::mem::take(&mut g), acc);
            continue;
        }
        let info = inspect(&mut toks, line);
        let has_rating = info.strong.is_some();
        let has_date = info.date.is_some();
        let split = if g.is_empty() {
            false
        } else if g.complete() {
            match g.leading {
                Some(Elem::Rating) => has_rating,
                Some(Elem::Date) => has_date,
                None => false,
            }
        } else {
            (g.strong.is_some() && has_rating) || (g.date.is_some() && has_date)
        };
        if split {
            let was_complete = g.complete();
            close(std::mem::take(&mut g), acc);
            g.after_review = was_complete;
        }
        if g.is_empty() {
            g.first = no;
        }
        g.last = no;
        g.text = span_of(text, g.text.unwrap_or(line), line);
        g.prose |= info.strong.is_none() && info.date.is_none();
        if g.leading.is_none() {
            g.leading = match (&info.strong, &info.date) {
                (Some((_, rs)), Some((_, dr))) if *rs < dr.start => Some(Elem::Rating),
                (_, Some(_)) => Some(Elem::Date),
                (Some(_), None) => Some(Elem::Rating),
                (None, None) => None,
            };
        }
        if g.strong.is_none() {
            g.strong = info.strong.map(|(r, _)| r);
        }
        if g.weak.is_none() {
            g.weak = info.weak;
        }
        if g.date.is_none() {
            g.date = info.date.map(|(d, r)| (d, line.get(r).unwrap_or("")));
        }
        if g.bad_date.is_none() {
            g.bad_date = info.bad_date.map(|(e, r)| (e, line.get(r).unwrap_or("")));
        }
    }
    close(g, acc);
}

/// Emits the group as a review, or skips its lines with diagnostics.
fn close<'a>(g: Group<'a>, acc: &mut Acc<'a>) {
    if g.is_empty() {
        return;
    }
    let lines = g.last.saturating_sub(g.first) + 1;
    if let (Some(rating), Some((date, text))) = (g.rating(), g.date) {
        let date = candidate(g.first, date, Cow::Borrowed(text));
        let facts = RowFacts {
            key: g.text.filter(|_| g.prose),
            app: None,
        };
        acc.review(date, rating, (g.first, lines), facts);
        return;
    }
    if g.after_review && g.strong.is_none() {
        // A dated line of review text after a complete review ("using it since 2026-01-01")
        // split the block but starts no review: the lines are the previous review's text.
        acc.accounting.used += lines;
        return;
    }
    let why = match (&g.strong, &g.date, &g.bad_date) {
        (Some(RatingRead::OutOfRange(v)), _, _) => {
            format!("its rating {} is outside 1–5 stars", hundredths_text(*v))
        }
        (Some(RatingRead::Negative(v)), _, _) => {
            format!(
                "its rating -{} is negative, not 1–5 stars",
                hundredths_text(*v)
            )
        }
        (_, None, Some((e, t))) => format!(
            "its date \u{201c}{}\u{201d} {}",
            snippet(t, 30),
            e.describe()
        ),
        (None, None, None) if g.weak.is_none() => "no rating and no date found".to_string(),
        (_, None, _) => "a rating but no date found".to_string(),
        (_, Some(_), _) => "a date but no rating found".to_string(),
    };
    if lines == 1 {
        acc.skip(g.first, 1, || format!("Line skipped: {why}."));
        return;
    }
    let (first, last) = (g.first, g.last);
    acc.skip(first, 1, || {
        format!("Block of lines {first}–{last} skipped: {why}.")
    });
    for no in first + 1..=last {
        acc.skip(no, 1, || {
            format!("Part of the block of lines {first}–{last}, skipped: {why}.")
        });
    }
}

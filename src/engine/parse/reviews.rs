//! Review-history parser.
//!
//! Two layouts are read:
//! - **Tables**: CSV, TSV (as copied from a spreadsheet) or semicolon-separated rows, quoted
//!   fields allowed (a quoted field may span lines and hold doubled quotes). Columns are
//!   found by a header row first (`Date`/`Review Date`/`Posted`…, `Rating`/`Stars`/`Score`/
//!   `Review Valence`/`Overall`…), which may follow a few title lines; a column named for a
//!   count (`Likes`, `Helpful votes`, `MVP Count`) is never the rating. Without a header,
//!   or when the header names no rating, columns are chosen by content: the column whose
//!   cells are dates, and the rating column, where star-like cells (`5 stars`, `★★★★☆`,
//!   `4/5`) beat bare numbers and a column holding numbers outside 1–5 is a count. Any
//!   choice that is not plain is explained in a note saying how to change it. The input is
//!   a table when a header is found, or when at least a third of the first 50 records are
//!   rows with a date cell and a rating cell.
//! - **Blocks** copied from a listing page: consecutive non-blank lines form a block, and a
//!   block holding a rating and a date is one review. Inside a block, once the current
//!   review has both, a line carrying the element that opened it (its rating line, or its
//!   date line) starts the next review, so pages pasted without blank lines between reviews
//!   still split; an incomplete review is cut when a line repeats an element it already
//!   has. Lines split off a complete review that start no review of their own (no rating
//!   line: review text that mentions a date) stay with that review. Ratings inside prose
//!   ("5 stars from us") count only when the review has no rating line of its own.
//!
//! Every non-blank line is either part of a review, a header row, or skipped with a
//! diagnostic (`lines_skipped`). Dates are resolved for the whole input at once with
//! [`date::resolve`]: a date that can only be read one way (`28/10/2026`) decides how the
//! ambiguous ones read; dates without a year (`Sep 8`) take the year of their neighbours;
//! relative dates (`4 weeks ago`) count back from the analysis date. Each decision is
//! explained in a note; dates decided by the user's order alone are counted in
//! `ambiguous_dates`. Dates after the analysis date are judged by the estimator, not here.

mod blocks;
mod columns;
mod records;
mod table;

use std::borrow::Cow;

use crate::engine::model::{Rating, Review, ReviewHistory};
use crate::engine::parse::date::{self, Candidate, DateContext};
use crate::engine::parse::DiagSink;
use crate::engine::report::{Diagnostic, InputKind};

/// Parses a pasted review history into reviews in input order plus diagnostics. `ctx` gives
/// the user's date order and the analysis date.
///
/// Never panics; runs in time linear in the input.
pub fn parse(text: &str, ctx: DateContext) -> (ReviewHistory, Vec<Diagnostic>) {
    let (history, diags, _) = parse_counted(text, ctx);
    (history, diags)
}

/// How the non-blank lines of the input were used, for tests of "nothing is dropped".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Accounting {
    /// Lines belonging to a review (its row, quoted continuation lines or block).
    pub used: usize,
    /// Header rows, which are neither reviews nor errors.
    pub headers: usize,
}

/// [`parse`], also returning how the lines were used.
pub(crate) fn parse_counted(
    text: &str,
    ctx: DateContext,
) -> (ReviewHistory, Vec<Diagnostic>, Accounting) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut acc = Acc::new(ctx);
    match table::detect(text) {
        Some(layout) => table::read(text, &layout, &mut acc),
        None => blocks::read(text, &mut acc),
    }
    acc.finish()
}

/// A review whose date is not resolved yet.
struct Pending {
    rating: Rating,
    line: usize,
    lines: usize,
}

/// What the readers accumulate.
pub(crate) struct Acc<'a> {
    ctx: DateContext,
    history: ReviewHistory,
    sink: DiagSink,
    /// One date candidate per pending review, in the same order.
    dates: Vec<Candidate<'a>>,
    pending: Vec<Pending>,
    accounting: Accounting,
}

impl<'a> Acc<'a> {
    fn new(ctx: DateContext) -> Self {
        Self {
            ctx,
            history: ReviewHistory::default(),
            sink: DiagSink::new(InputKind::Reviews),
            dates: Vec::new(),
            pending: Vec::new(),
            accounting: Accounting::default(),
        }
    }

    /// Records a review starting at `line` that covers `lines` input lines; its date is
    /// resolved with the others when the input is read.
    fn review(&mut self, date: Candidate<'a>, rating: Rating, line: usize, lines: usize) {
        self.dates.push(date);
        self.pending.push(Pending {
            rating,
            line,
            lines,
        });
    }

    /// Counts `lines` skipped lines and records one diagnostic at `line`.
    fn skip(&mut self, line: usize, lines: usize, why: impl FnOnce() -> String) {
        self.history.lines_skipped += lines;
        self.sink.line(line, why);
    }

    /// Counts a header row (or an empty record) spanning `lines` lines.
    fn header(&mut self, lines: usize) {
        self.accounting.headers += lines;
    }

    /// Records a note about the input as a whole (never capped).
    fn note(&mut self, line: usize, message: String) {
        self.sink.always(line, message);
    }

    fn finish(mut self) -> (ReviewHistory, Vec<Diagnostic>, Accounting) {
        let res = date::resolve(&self.dates, self.ctx, InputKind::Reviews);
        self.history.ambiguous_dates = res.either_way;
        for ((p, d), c) in self.pending.iter().zip(&res.dates).zip(&self.dates) {
            match d {
                Ok(d) => {
                    self.history.approximate_dates += usize::from(d.approximate);
                    self.history.inferred_years += usize::from(d.year_inferred);
                    self.history.reviews.push(Review {
                        date: d.date,
                        rating: p.rating,
                        line: p.line,
                    });
                    self.accounting.used += p.lines;
                }
                Err(e) => {
                    let text = crate::engine::parse::snippet(&c.text, 30);
                    self.history.lines_skipped += p.lines;
                    self.sink.line(p.line, || {
                        format!(
                            "Review skipped: its date \u{201c}{text}\u{201d} {}.",
                            e.describe()
                        )
                    });
                }
            }
        }
        for n in res.notes {
            self.sink.always(n.line, n.message);
        }
        (self.history, self.sink.finish(), self.accounting)
    }
}

/// A candidate for `raw` found at `line`, quoting `text` unless the date is fixed.
fn candidate<'a>(line: usize, raw: date::RawDate, text: Cow<'a, str>) -> Candidate<'a> {
    let text = match raw {
        date::RawDate::Fixed(_) => Cow::Borrowed(""),
        _ => text,
    };
    Candidate { line, raw, text }
}

#[cfg(test)]
mod tests;

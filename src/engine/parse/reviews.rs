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

pub mod apps;
mod blocks;
mod columns;
mod records;
mod table;

use std::borrow::Cow;

use crate::engine::model::{AppRows, Rating, Review, ReviewHistory};
use crate::engine::parse::date::{self, Candidate, DateContext};
use crate::engine::parse::{earlier_equal, DiagSink};
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
    /// Lines of reviews set aside as exact repeats of an earlier review.
    pub repeats: usize,
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
struct Pending<'a> {
    rating: Rating,
    line: usize,
    lines: usize,
    facts: RowFacts<'a>,
}

/// What a review carries besides its date and rating, as written.
#[derive(Debug, Clone, Default)]
pub(super) struct RowFacts<'a> {
    /// The review as written (its row or block), when it carries text, a reviewer or an
    /// id: an exact repeat of it is the same review. `None` for a row of only a date and a
    /// rating, since different reviews share those.
    pub key: Option<&'a str>,
    /// The cell of the app or listing id column, when the export has one and it is filled.
    pub app: Option<String>,
}

/// What the readers accumulate.
pub(crate) struct Acc<'a> {
    ctx: DateContext,
    history: ReviewHistory,
    sink: DiagSink,
    /// One date candidate per pending review, in the same order.
    dates: Vec<Candidate<'a>>,
    pending: Vec<Pending<'a>>,
    /// The header of the app or listing id column, when the table has one.
    app_column: Option<String>,
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
            app_column: None,
            accounting: Accounting::default(),
        }
    }

    /// Records a review starting at `line` that covers `lines` input lines; its date is
    /// resolved with the others when the input is read.
    fn review(
        &mut self,
        date: Candidate<'a>,
        rating: Rating,
        (line, lines): (usize, usize),
        facts: RowFacts<'a>,
    ) {
        self.dates.push(date);
        self.pending.push(Pending {
            rating,
            line,
            lines,
            facts,
        });
    }

    /// Sets aside the reviews that repeat an earlier review exactly, with one note.
    fn drop_repeats(&mut self) {
        let keys: Vec<Option<&str>> = self.pending.iter().map(|p| p.facts.key).collect();
        let earlier = earlier_equal(&keys);
        let mut first = None;
        let mut keep = Vec::with_capacity(self.pending.len());
        for (p, of) in self.pending.iter().zip(&earlier) {
            let repeat = of.and_then(|k| self.pending.get(k)).map(|o| o.line);
            if let Some(of) = repeat {
                self.history.repeats += 1;
                self.accounting.repeats += p.lines;
                first = first.or(Some((p.line, of)));
            }
            keep.push(repeat.is_none());
        }
        let Some((line, of)) = first else { return };
        let mut flags = keep.iter();
        self.pending
            .retain(|_| flags.next().copied().unwrap_or(true));
        let mut flags = keep.iter();
        self.dates.retain(|_| flags.next().copied().unwrap_or(true));
        let n = self.history.repeats;
        let (reviews, were) = if n == 1 {
            ("review repeats", "it was")
        } else {
            ("reviews repeat", "they were")
        };
        self.note(
            line,
            format!(
                "{n} {reviews} an earlier one exactly (the first, line {line}, repeats line \
                 {of}): a review is counted once, so {were} set aside. Rows of only a date \
                 and a rating are all kept, since different reviews share those."
            ),
        );
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
        self.drop_repeats();
        let res = date::resolve(&self.dates, self.ctx, InputKind::Reviews);
        let mut apps: Vec<(&str, u32)> = Vec::new();
        self.history.app_column = self.app_column.take();
        self.history.ambiguous_dates = res.either_way;
        for ((p, d), c) in self.pending.iter().zip(&res.dates).zip(&self.dates) {
            match d {
                Ok(d) => {
                    self.history.approximate_dates += usize::from(d.approximate);
                    self.history.inferred_years += usize::from(d.year_inferred);
                    let app = p
                        .facts
                        .app
                        .as_deref()
                        .map(|id| count_app(&mut apps, &mut self.history.apps, id));
                    self.history.reviews.push(Review {
                        date: d.date,
                        rating: p.rating,
                        line: p.line,
                        app,
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

/// Counts one review of app `id`: its index in `list` (apps in order of first appearance),
/// added when new; `sorted` keeps the ids seen with their index, in id order.
fn count_app<'a>(sorted: &mut Vec<(&'a str, u32)>, list: &mut Vec<AppRows>, id: &'a str) -> u32 {
    let i = match sorted.binary_search_by(|(k, _)| (*k).cmp(id)) {
        Ok(at) => sorted.get(at).map_or(0, |(_, i)| *i),
        Err(at) => {
            let i = u32::try_from(list.len()).unwrap_or(u32::MAX);
            list.push(AppRows {
                id: id.to_string(),
                rows: 0,
            });
            sorted.insert(at, (id, i));
            i
        }
    };
    if let Some(a) = usize::try_from(i).ok().and_then(|i| list.get_mut(i)) {
        a.rows += 1;
    }
    i
}

/// A candidate for `raw` found at `line`, quoting `text` unless the date is fixed.
fn candidate<'a>(line: usize, raw: date::RawDate, text: Cow<'a, str>) -> Candidate<'a> {
    let text = match raw {
        date::RawDate::Fixed(_) => Cow::Borrowed(""),
        _ => text,
    };
    // A review is written after what it tells: its date is never planned.
    Candidate {
        line,
        raw,
        text,
        planned: false,
    }
}

#[cfg(test)]
mod tests;

//! Review-history parser.
//!
//! Two layouts are read:
//! - **Tables**: CSV, TSV or semicolon-separated rows, quoted fields allowed (a quoted field
//!   may span lines). Columns are found by a header row (`date`/`posted`/`reviewed on`…,
//!   `rating`/`stars`/`score`…), which may follow a few title lines, or, without a header,
//!   by content: the column whose cells are dates and the one whose cells are ratings.
//!   The input is a table when a header is found, or when at least a third of the first 50
//!   non-blank lines are rows with a date cell and a rating cell.
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
//! diagnostic (`lines_skipped`). Dates whose day and month could be swapped are counted in
//! `ambiguous_dates` and summarised in one diagnostic at the first such line. Dates after
//! the analysis date are not judged here: the parser does not know "today".

mod blocks;
mod table;

use crate::engine::input::DateOrder;
use crate::engine::model::{Rating, Review, ReviewHistory};
use crate::engine::parse::date::ParsedDate;
use crate::engine::parse::{snippet, DiagSink};
use crate::engine::report::{Diagnostic, InputKind};

/// Parses a pasted review history into reviews in input order plus diagnostics.
///
/// Never panics; runs in time linear in the input.
pub fn parse(text: &str, order: DateOrder) -> (ReviewHistory, Vec<Diagnostic>) {
    let (history, diags, _) = parse_counted(text, order);
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
    order: DateOrder,
) -> (ReviewHistory, Vec<Diagnostic>, Accounting) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut acc = Acc::new(order);
    match table::detect(text, order) {
        Some(layout) => table::read(text, &layout, &mut acc),
        None => blocks::read(text, &mut acc),
    }
    acc.finish()
}

/// What the readers accumulate.
pub(crate) struct Acc {
    order: DateOrder,
    history: ReviewHistory,
    sink: DiagSink,
    first_ambiguous: Option<(usize, String)>,
    accounting: Accounting,
}

impl Acc {
    fn new(order: DateOrder) -> Self {
        Self {
            order,
            history: ReviewHistory::default(),
            sink: DiagSink::new(InputKind::Reviews),
            first_ambiguous: None,
            accounting: Accounting::default(),
        }
    }

    /// Records a review starting at `line` that covers `lines` input lines.
    fn review(
        &mut self,
        date: ParsedDate,
        date_text: &str,
        rating: Rating,
        line: usize,
        lines: usize,
    ) {
        if date.ambiguous {
            self.history.ambiguous_dates += 1;
            if self.first_ambiguous.is_none() {
                self.first_ambiguous = Some((line, snippet(date_text, 30)));
            }
        }
        self.history.reviews.push(Review {
            date: date.date,
            rating,
            line,
        });
        self.accounting.used += lines;
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

    fn finish(mut self) -> (ReviewHistory, Vec<Diagnostic>, Accounting) {
        if let Some((line, example)) = self.first_ambiguous.take() {
            let n = self.history.ambiguous_dates;
            let (read_as, other) = match self.order {
                DateOrder::MonthFirst => ("month/day", "day/month"),
                DateOrder::DayFirst => ("day/month", "month/day"),
            };
            let dates = if n == 1 { "date" } else { "dates" };
            self.sink.always(
                line,
                format!(
                    "{n} {dates} such as \u{201c}{example}\u{201d} could be read either way and \
                     {} read as {read_as}; switch the date order to {other} if that is wrong.",
                    if n == 1 { "was" } else { "were" }
                ),
            );
        }
        (self.history, self.sink.finish(), self.accounting)
    }
}

#[cfg(test)]
mod tests;

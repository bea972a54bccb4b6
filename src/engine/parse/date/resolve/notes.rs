//! The notes that explain [`resolve`](super::resolve)'s decisions: one per decision, with
//! a count and the first date concerned as written.

use chrono::{Datelike, NaiveDate};

use super::{Candidate, DateContext, Evidence};
use crate::engine::input::DateOrder;
use crate::engine::parse::snippet;
use crate::engine::report::{Diagnostic, InputKind};

/// A count of dates read one way, with the first one's index and date, and the years taken.
#[derive(Default)]
pub(super) struct Tally {
    count: usize,
    first: Option<(usize, NaiveDate)>,
    years: Option<(i32, i32)>,
}

impl Tally {
    pub(super) fn add(&mut self, i: usize, d: NaiveDate) {
        self.count += 1;
        self.first = self.first.or(Some((i, d)));
        let y = d.year();
        self.years = Some(self.years.map_or((y, y), |(a, b)| (a.min(y), b.max(y))));
    }

    /// "year 2026" or "years 2025–2026".
    fn years(&self) -> String {
        match self.years {
            Some((a, b)) if a == b => format!("year {a}"),
            Some((a, b)) => format!("years {a}\u{2013}{b}"),
            None => String::new(),
        }
    }
}

/// How the yearless dates of a history (an input without a full date) were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HistoryRead {
    /// In time order, from the last line back.
    OldestFirst,
    /// Newest first, from the first line down.
    NewestFirst,
    /// Not in time order: each date on its own.
    EachInThePast,
}

impl HistoryRead {
    /// How the years were chosen, for the note.
    fn words(self, today: NaiveDate) -> String {
        match self {
            HistoryRead::OldestFirst => format!(
                "a log tells what happened, so, read in time order from the last line back, \
                 each took the latest year that puts it on or before the line below it (the \
                 last one on or before the analysis date {today})"
            ),
            HistoryRead::NewestFirst => format!(
                "a log tells what happened, so, read newest first from the top line down, each \
                 took the latest year that puts it on or before the line above it (the first \
                 one on or before the analysis date {today})"
            ),
            HistoryRead::EachInThePast => format!(
                "a log tells what happened and the lines are not in time order, so each took \
                 its most recent date on or before the analysis date {today}"
            ),
        }
    }
}

/// The notes being gathered.
pub(super) struct Notes {
    kind: InputKind,
    ctx: DateContext,
    out: Vec<Diagnostic>,
    pub(super) from_neighbours: Tally,
    /// Yearless dates of a history read on the rule of `history_read`.
    pub(super) history: Tally,
    /// Yearless dates of planned lines in a history.
    pub(super) planned: Tally,
    pub(super) history_read: Option<HistoryRead>,
    pub(super) relative: Tally,
}

/// `n` followed by `one` or `many`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// How an order is written in notes.
fn order_name(o: DateOrder) -> &'static str {
    match o {
        DateOrder::MonthFirst => "month/day",
        DateOrder::DayFirst => "day/month",
    }
}

impl Notes {
    pub(super) fn new(kind: InputKind, ctx: DateContext) -> Self {
        Self {
            kind,
            ctx,
            out: Vec::new(),
            from_neighbours: Tally::default(),
            history: Tally::default(),
            planned: Tally::default(),
            history_read: None,
            relative: Tally::default(),
        }
    }

    /// The order note, when some date could be read either way or the dates disagree.
    pub(super) fn order(
        &mut self,
        cands: &[Candidate],
        ev: &Evidence,
        order: DateOrder,
        first_ambiguous: Option<usize>,
        ambiguous: usize,
        by_evidence: usize,
    ) {
        let quote = |i: usize| {
            cands.get(i).map_or((0, String::new()), |c| {
                (c.line, format!("\u{201c}{}\u{201d}", snippet(&c.text, 30)))
            })
        };
        let (line, example) = quote(first_ambiguous.unwrap_or(0));
        let setting = order_name(self.ctx.order);
        let other = order_name(match self.ctx.order {
            DateOrder::MonthFirst => DateOrder::DayFirst,
            DateOrder::DayFirst => DateOrder::MonthFirst,
        });
        let msg = match (ev.month_first.1, ev.day_first.1) {
            (Some(m), Some(d)) => {
                let ((ml, mt), (dl, dt)) = (quote(m), quote(d));
                let line = ml.min(dl);
                let read = if ambiguous > 0 {
                    format!(
                        "; the {} that could be read either way followed the setting ({setting}): check {}",
                        count(ambiguous, "date", "dates"),
                        if ambiguous == 1 { "it" } else { "them" }
                    )
                } else {
                    String::new()
                };
                let msg = format!(
                    "Dates here are written both ways: {dt} (line {dl}) can only be day/month and \
                     {mt} (line {ml}) only month/day. Each was read the only way it can be{read}."
                );
                return self.out.push(Diagnostic::new(self.kind, line, msg));
            }
            _ if by_evidence > 0 => {
                let (el, et) = quote(ev.month_first.1.or(ev.day_first.1).unwrap_or(0));
                let changed = if order == self.ctx.order {
                    String::new()
                } else {
                    format!(" (the date order setting says {setting})")
                };
                format!(
                    "{} such as {example} could be read either way; read as {} like {et} on line \
                     {el}, which can only be read that way{changed}.",
                    count(by_evidence, "date", "dates"),
                    order_name(order)
                )
            }
            _ if ambiguous > 0 => format!(
                "{} such as {example} could be read either way and {} read as {setting}; switch \
                 the date order to {other} if that is wrong.",
                count(ambiguous, "date", "dates"),
                if ambiguous == 1 { "was" } else { "were" }
            ),
            _ => return,
        };
        self.out.push(Diagnostic::new(self.kind, line, msg));
    }

    pub(super) fn finish(mut self, cands: &[Candidate]) -> Vec<Diagnostic> {
        let today = self.ctx.today;
        let history = self
            .history_read
            .unwrap_or(HistoryRead::EachInThePast)
            .words(today);
        let parts = [
            (
                &self.from_neighbours,
                "without a year",
                "the year was taken from the neighbouring dated lines".to_string(),
                false,
            ),
            (&self.history, "without a year", history, true),
            (
                &self.planned,
                "without a year on lines that say they are planned",
                format!("each took the year nearest the analysis date {today}"),
                true,
            ),
            (
                &self.relative,
                "relative to the analysis date",
                format!("counted back from {today}, so approximate"),
                false,
            ),
        ];
        for (tally, what, done, years) in parts {
            let Some((i, date)) = tally.first else {
                continue;
            };
            let Some(c) = cands.get(i) else { continue };
            let written = snippet(&c.text, 30);
            let taken = if years {
                format!(
                    "; {} taken. Write the year (\u{201c}{written}, {}\u{201d}) where that is wrong",
                    tally.years(),
                    date.year().saturating_sub(1)
                )
            } else {
                String::new()
            };
            let msg = format!(
                "{} {what}, such as \u{201c}{written}\u{201d} (read as {date}): {done}{taken}.",
                count(tally.count, "date", "dates"),
            );
            self.out.push(Diagnostic::new(self.kind, c.line, msg));
        }
        self.out
    }
}

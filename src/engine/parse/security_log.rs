//! Security-review log parser.
//!
//! One event per line: a date and a keyword, in any order, with any other words, emoji or
//! table pipes around them, so plain lines, chat-style lines ("Sep 8 – submitted") and
//! Markdown table rows (`| 21/05/2026 | Failed | 30 findings |`) all read. Dates are any
//! form [`super::date`] reads, plus a month and day without a year ("14 October"), which
//! takes its year from the nearest dated line, else from the analysis date (the latest such
//! day on or before it; the first on or after it for a planned submission), with a note.
//! When one numeric date can only be read day-first (`21/05/2026`) or month-first, the
//! ambiguous dates of the whole log are read the same way, with a note.
//!
//! Keywords (any case; see [`keywords`] for the full lists and which wins on a line):
//! preparation (`began preparing`, `prep`, `hardening`, `kick-off`) →
//! [`EventKind::PreparationStarted`]; `Checkmarx`, `Code Analyzer`, `scan` →
//! [`EventKind::Scan`]; `planning to submit`, `will submit` →
//! [`EventKind::PlannedSubmission`]; `submitted` → [`EventKind::Submitted`] (a later one is
//! a resubmission for the estimator); `resubmitted` → [`EventKind::Resubmitted`];
//! `bounced`, `returned`, `incomplete` → [`EventKind::Bounced`]; `failed`, `rejected`,
//! `not approved`, `findings` → [`EventKind::Failed`]; `provisional pass` →
//! [`EventKind::ProvisionalPass`]; `passed`, `approved` → [`EventKind::Passed`]; `listed`,
//! `published`, `live` → [`EventKind::Listed`]; `re-review`, `periodic review` →
//! [`EventKind::ReReview`].
//!
//! Not events and not errors, so ignored without a diagnostic: blank lines, comment and
//! heading lines starting with `#` or `//`, Markdown table rules (`|---|---|`), and a header
//! row without a date made only of column words (`Date, Event, Notes`). Every other line
//! without a valid date or a keyword is counted in `lines_skipped` with a diagnostic naming
//! why.

use chrono::NaiveDate;

use crate::engine::input::DateOrder;
use crate::engine::model::{EventKind, SecurityEvent, SecurityLog};
use crate::engine::parse::date::{scan_date, DateError};
use crate::engine::parse::{is_blank, numbered_lines, snippet, DiagSink};
use crate::engine::report::{Diagnostic, InputKind};

mod dates;
mod keywords;

use dates::{input_order, resolve_year, yearless, YearFrom};
use keywords::event_kind;

/// The date a line holds, before year-less dates are given a year.
enum LineDate {
    /// A full date.
    Full(NaiveDate),
    /// A month and day without a year, with the text as written.
    Yearless(u32, u32, String),
    /// A date-shaped text that is not a date, with the text as written.
    Invalid(DateError, String),
    /// No date.
    None,
}

/// One line that is not blank, a comment, a table rule or a header.
struct Candidate {
    no: usize,
    date: LineDate,
    kind: Option<EventKind>,
}

/// Whether `t` (trimmed) is ignored without a diagnostic.
fn is_ignored(t: &str) -> bool {
    is_blank(t)
        || t.starts_with('#')
        || t.starts_with("//")
        || (t.contains('-') && t.chars().all(|c| "|-:+ \t".contains(c)))
}

/// Parses a pasted security-review log into events in input order plus diagnostics.
///
/// `today` is the analysis date, used only to give a year to a year-less date when no line
/// of the log has a full date. Never panics; runs in time linear in the input.
pub fn parse(text: &str, order: DateOrder, today: NaiveDate) -> (SecurityLog, Vec<Diagnostic>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut log = SecurityLog::default();
    let mut sink = DiagSink::new(InputKind::SecurityReview);
    let (order, evidence) = input_order(text, order);
    let mut ambiguous: Option<(usize, String, usize)> = None;
    let mut words = Vec::new();
    let mut lines: Vec<Candidate> = Vec::new();
    for (no, line) in numbered_lines(text) {
        if is_ignored(line.trim()) {
            continue;
        }
        let scanned = scan_date(line, order);
        let skip = scanned.as_ref().map(|(_, r)| r.clone());
        let date = match scanned {
            Some((Ok(d), r)) => {
                if d.ambiguous {
                    let a = ambiguous
                        .get_or_insert_with(|| (no, snippet(line.get(r).unwrap_or(""), 30), 0));
                    a.2 += 1;
                }
                LineDate::Full(d.date)
            }
            Some((Err(e), r)) => LineDate::Invalid(e, snippet(line.get(r).unwrap_or(""), 30)),
            None => match yearless(line) {
                Some((m, d, r)) => LineDate::Yearless(m, d, snippet(line.get(r).unwrap_or(""), 30)),
                None => LineDate::None,
            },
        };
        let skip = skip.or_else(|| yearless(line).map(|(_, _, r)| r));
        split_words(line, skip, &mut words);
        let kind = event_kind(line, &words);
        if matches!(date, LineDate::None) && kind.is_none() && is_header(line, &words) {
            continue;
        }
        lines.push(Candidate { no, date, kind });
    }
    let anchors = anchors(&lines);
    for (c, anchor) in lines.iter().zip(anchors) {
        let date = match (&c.date, c.kind) {
            (LineDate::Full(d), Some(_)) => Some(*d),
            (LineDate::Yearless(m, d, written), Some(kind)) => {
                let planned = kind == EventKind::PlannedSubmission;
                match resolve_year(*m, *d, anchor, today, planned) {
                    Some((date, from)) => {
                        sink.line(c.no, || year_note(written, date, from));
                        Some(date)
                    }
                    None => None,
                }
            }
            _ => None,
        };
        match (date, c.kind) {
            (Some(date), Some(kind)) => log.events.push(SecurityEvent {
                date,
                kind,
                line: c.no,
            }),
            _ => {
                log.lines_skipped += 1;
                sink.line(c.no, || skip_reason(&c.date, c.kind));
            }
        }
    }
    order_notes(&mut sink, order, evidence, ambiguous);
    (log, sink.finish())
}

/// For each candidate line, the full date of the nearest dated line before it, else after it.
fn anchors(lines: &[Candidate]) -> Vec<Option<NaiveDate>> {
    let full = |c: &Candidate| match c.date {
        LineDate::Full(d) => Some(d),
        _ => None,
    };
    let mut before = Vec::with_capacity(lines.len());
    let mut last = None;
    for c in lines {
        before.push(last);
        last = full(c).or(last);
    }
    let mut next = None;
    let mut out = vec![None; lines.len()];
    for (i, c) in lines.iter().enumerate().rev() {
        if let Some(slot) = out.get_mut(i) {
            *slot = before.get(i).copied().flatten().or(next);
        }
        next = full(c).or(next);
    }
    out
}

/// The note for a date written without a year.
fn year_note(written: &str, date: NaiveDate, from: YearFrom) -> String {
    let why = match from {
        YearFrom::Neighbour => "the year of the nearest dated line",
        YearFrom::Today => "the nearest such day relative to the analysis date",
    };
    format!(
        "\u{201c}{written}\u{201d} has no year: read as {} ({why}). Add the year if that is wrong.",
        date.format("%-d %b %Y")
    )
}

/// Why a candidate line gave no event.
fn skip_reason(date: &LineDate, kind: Option<EventKind>) -> String {
    match (date, kind) {
        (LineDate::Invalid(e, written), _) => {
            format!("\u{201c}{written}\u{201d} {}; line skipped.", e.describe())
        }
        (LineDate::Full(_), Some(_)) => "Line skipped.".to_string(),
        (LineDate::Yearless(_, _, written), Some(_)) => {
            format!("\u{201c}{written}\u{201d} is not a day of any nearby year; line skipped.")
        }
        (LineDate::Full(..) | LineDate::Yearless(..), None) => "No event keyword found \
            (prepared, scan, submitted, resubmitted, bounced, failed, passed, listed, \
            re-review, planning to submit); line skipped."
            .to_string(),
        (LineDate::None, Some(_)) => "No date found; line skipped.".to_string(),
        (LineDate::None, None) => "No date and no event keyword found; line skipped.".to_string(),
    }
}

/// The notes on how ambiguous day/month dates were read.
fn order_notes(
    sink: &mut DiagSink,
    order: DateOrder,
    evidence: Option<(usize, String)>,
    ambiguous: Option<(usize, String, usize)>,
) {
    let Some((line, example, n)) = ambiguous else {
        return;
    };
    let read_as = match order {
        DateOrder::MonthFirst => "month/day",
        DateOrder::DayFirst => "day/month",
    };
    let plural = if n == 1 { "" } else { "s" };
    let message = match evidence {
        Some((_, proof)) => format!(
            "{n} log date{plural} such as \u{201c}{example}\u{201d} could be read either way; \
             read as {read_as} because \u{201c}{proof}\u{201d} in the same log can only be read \
             that way."
        ),
        None => format!(
            "{n} log date{plural} such as \u{201c}{example}\u{201d} could be read either way; read as \
             {read_as}. Change the date order setting if that is wrong."
        ),
    };
    sink.always(line, message);
}

/// Most words looked at per line.
const MAX_WORDS: usize = 64;

/// Collects the byte ranges of ASCII words of `line`, outside `skip`.
fn split_words(line: &str, skip: Option<std::ops::Range<usize>>, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() && out.len() < MAX_WORDS {
        if skip.as_ref().is_some_and(|r| r.contains(&i)) {
            i = skip.as_ref().map_or(i + 1, |r| r.end.max(i + 1));
            continue;
        }
        if b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
                i += 1;
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
}

/// Whether an undated, keyword-free line is a header row of column words.
fn is_header(line: &str, words: &[(usize, usize)]) -> bool {
    const COLUMN_WORDS: [&str; 16] = [
        "date",
        "event",
        "events",
        "status",
        "outcome",
        "step",
        "when",
        "what",
        "note",
        "notes",
        "comment",
        "comments",
        "description",
        "result",
        "type",
        "action",
    ];
    !words.is_empty()
        && words.iter().all(|&(s, e)| {
            let w = line.as_bytes().get(s..e).unwrap_or(&[]);
            COLUMN_WORDS
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c.as_bytes()))
        })
        && line
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c.is_whitespace() || ",;|\t/-:".contains(c))
}

#[cfg(test)]
mod tests;

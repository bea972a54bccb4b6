//! Security-review log parser.
//!
//! One event per line: a date and a keyword, in any order, with any other words, emoji or
//! table pipes around them, so plain lines, chat-style lines ("Sep 8 – submitted") and
//! Markdown table rows (`| 21/05/2026 | Failed | 30 findings |`) all read. Dates are read
//! across the whole log by the shared date module ([`scan_raw`] then [`resolve`]): a month
//! and day without a year ("14 October") takes its year from the nearest dated line, else
//! the analysis date; "4 weeks ago" counts back from the analysis date; when one numeric
//! date can only be read day-first (`21/05/2026`), the ambiguous ones are read the same
//! way. Each decision is explained in a note.
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
//! A line that repeats an earlier line exactly (a log pasted twice) is one event: the
//! repeat is counted in `repeats` and named in one note.
//!
//! Not events and not errors, so ignored without a diagnostic: blank lines, comment and
//! heading lines starting with `#` or `//`, Markdown table rules (`|---|---|`), and a header
//! row without a date made only of column words (`Date, Event, Notes`). Every other line
//! without a valid date or a keyword is counted in `lines_skipped` with a diagnostic naming
//! why.

use std::borrow::Cow;

use crate::engine::model::{EventKind, SecurityEvent, SecurityLog};
use crate::engine::parse::date::{resolve, scan_bare, scan_raw, Candidate, DateContext, DateError};
use crate::engine::parse::{earlier_equal, is_blank, numbered_lines, snippet, DiagSink};
use crate::engine::report::{Diagnostic, InputKind};

mod keywords;

use keywords::event_kind;

/// One line that is not blank, a comment, a table rule or a header.
struct Line {
    /// The 1-based line number.
    no: usize,
    /// The index of its date among the date candidates, when it has one.
    date: Option<usize>,
    /// The event its words name.
    kind: Option<EventKind>,
    /// Whether it negates an event word ("not yet submitted").
    negated: bool,
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
/// Dates are resolved across the whole log by [`resolve`] with `ctx` (the analysis date
/// and the user's date order); its notes are returned with the line diagnostics. Never
/// panics; runs in time linear in the input.
pub fn parse(text: &str, ctx: DateContext) -> (SecurityLog, Vec<Diagnostic>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut log = SecurityLog::default();
    let mut sink = DiagSink::new(InputKind::SecurityReview);
    let mut words = Vec::new();
    let mut lines: Vec<Line> = Vec::new();
    let mut cands: Vec<Candidate> = Vec::new();
    let mut first_repeat = None;
    let read: Vec<(usize, &str)> = numbered_lines(text)
        .filter(|(_, line)| !is_ignored(line.trim()))
        .collect();
    let keys: Vec<Option<&str>> = read.iter().map(|(_, l)| Some(l.trim())).collect();
    let earlier = earlier_equal(&keys);
    for (&(no, line), of) in read.iter().zip(earlier) {
        // An exact repeat of a line (a log pasted twice) tells the same event once.
        if let Some(of) = of.and_then(|k| read.get(k)) {
            log.repeats += 1;
            first_repeat = first_repeat.or(Some((no, of.0)));
            continue;
        }
        // A bare day and month (`21/05`) is read at the start of a line only.
        let raw = scan_raw(line).or_else(|| scan_bare(line));
        split_words(line, raw.as_ref().map(|(_, r)| r.clone()), &mut words);
        let kind = event_kind(line, &words);
        let date = match raw {
            Some((raw, r)) => {
                cands.push(Candidate {
                    line: no,
                    raw,
                    text: Cow::Borrowed(line.get(r).unwrap_or("")),
                    planned: keywords::is_planned(line, &words),
                });
                Some(cands.len() - 1)
            }
            None if kind.is_none() && is_header(line, &words) => continue,
            None => None,
        };
        let negated = kind.is_none() && keywords::negates_event(line, &words);
        lines.push(Line {
            no,
            date,
            kind,
            negated,
        });
    }
    let resolution = resolve(&cands, ctx, InputKind::SecurityReview);
    for l in &lines {
        let date = l
            .date
            .and_then(|i| Some((resolution.dates.get(i)?, cands.get(i)?)));
        match (date, l.kind) {
            (Some((Ok(d), _)), Some(kind)) => log.events.push(SecurityEvent {
                date: d.date,
                kind,
                line: l.no,
            }),
            (date, kind) => {
                log.lines_skipped += 1;
                sink.line(l.no, || {
                    if l.negated && kind.is_none() {
                        return "The line says an event did not happen (\u{201c}not yet \
                            submitted\u{201d}, \u{201c}failed to submit\u{201d}): it is not that \
                            event; line skipped."
                            .to_string();
                    }
                    skip_reason(date.map(|(d, c)| (d.map(|_| ()), &c.text)), kind)
                });
            }
        }
    }
    let mut diagnostics = sink.finish();
    if let Some((no, of)) = first_repeat {
        diagnostics.push(Diagnostic::new(
            InputKind::SecurityReview,
            no,
            repeats_note(log.repeats, no, of),
        ));
    }
    diagnostics.extend(resolution.notes);
    (log, diagnostics)
}

/// The note about `n` lines that repeat an earlier line exactly, the first at line `no`.
fn repeats_note(n: usize, no: usize, of: usize) -> String {
    let (lines, repeat) = if n == 1 {
        ("line repeats".to_string(), "it was")
    } else {
        ("lines repeat".to_string(), "they were")
    };
    format!(
        "{n} {lines} an earlier line exactly (the first, line {no}, repeats line {of}): an event \
         is read once, so {repeat} set aside."
    )
}

/// Why a line gave no event: its date (valid or not, with the text as written) and kind.
fn skip_reason(
    date: Option<(Result<(), DateError>, &Cow<'_, str>)>,
    kind: Option<EventKind>,
) -> String {
    match (date, kind) {
        (Some((Err(e), written)), _) => format!(
            "\u{201c}{}\u{201d} {}; line skipped.",
            snippet(written, 30),
            e.describe()
        ),
        (Some((Ok(()), _)), _) => "No event keyword found (prepared, scan, submitted, \
            resubmitted, bounced, failed, passed, listed, re-review, planning to submit); line \
            skipped."
            .to_string(),
        (None, Some(_)) => "No date found; line skipped.".to_string(),
        (None, None) => "No date and no event keyword found; line skipped.".to_string(),
    }
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
#[cfg(test)]
mod tests_arithmetic;

//! Security-review log parser.
//!
//! One event per line: a date (any form [`super::date`] reads) and a keyword, in any order,
//! with any other words around them. Keywords, any case:
//! - `failed`, `fail`, `failure`, `rejected`, `declined`, `not approved`, `not passed`,
//!   `did not pass` → [`EventKind::Failed`];
//! - `provisional pass`, `provisionally approved`, `provisional` → [`EventKind::ProvisionalPass`];
//! - `passed`, `pass`, `approved` → [`EventKind::Passed`];
//! - `resubmitted`, `re-submitted`, `resubmission`, `resubmit` → [`EventKind::Resubmitted`];
//! - `submitted`, `submission`, `submit` → [`EventKind::Submitted`]. A later plain
//!   "submitted" stays `Submitted`; the estimator treats later submissions as resubmissions.
//!
//! When a line holds several keywords the outcome wins, in the order above ("Submission
//! approved" is `Passed`), except that keywords within three words after `after`,
//! `following` or `since` only refer to an earlier event ("Resubmitted after failed review"
//! is `Resubmitted`).
//!
//! Not events and not errors, so ignored without a diagnostic: blank lines, comment lines
//! starting with `#` or `//`, and a header row without a date made only of column words
//! (`Date, Event, Notes`). Every other line without a valid date or a keyword is counted in
//! `lines_skipped` with a diagnostic naming why.

use crate::engine::input::DateOrder;
use crate::engine::model::{EventKind, SecurityEvent, SecurityLog};
use crate::engine::parse::date::scan_date;
use crate::engine::parse::{is_blank, numbered_lines, snippet, DiagSink};
use crate::engine::report::{Diagnostic, InputKind};

/// Parses a pasted security-review log into events in input order plus diagnostics.
///
/// Never panics; runs in time linear in the input.
pub fn parse(text: &str, order: DateOrder) -> (SecurityLog, Vec<Diagnostic>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut log = SecurityLog::default();
    let mut sink = DiagSink::new(InputKind::SecurityReview);
    let mut ambiguous: Option<(usize, String, usize)> = None;
    let mut words = Vec::new();
    for (no, line) in numbered_lines(text) {
        let t = line.trim();
        if is_blank(t) || t.starts_with('#') || t.starts_with("//") {
            continue;
        }
        let scanned = scan_date(line, order);
        let skip = scanned.as_ref().map(|(_, r)| r.clone());
        split_words(line, skip, &mut words);
        let kind = event_kind(line, &words);
        match (scanned, kind) {
            (Some((Ok(d), r)), Some(kind)) => {
                if d.ambiguous {
                    let a = ambiguous
                        .get_or_insert_with(|| (no, snippet(line.get(r).unwrap_or(""), 30), 0));
                    a.2 += 1;
                }
                log.events.push(SecurityEvent {
                    date: d.date,
                    kind,
                    line: no,
                });
            }
            (None, None) if is_header(line, &words) => {}
            (scanned, kind) => {
                log.lines_skipped += 1;
                sink.line(no, || match (scanned, kind) {
                    (Some((Err(e), r)), _) => format!(
                        "\u{201c}{}\u{201d} {}; line skipped.",
                        snippet(line.get(r).unwrap_or(""), 30),
                        e.describe()
                    ),
                    (Some(_), None) => "No event keyword found (submitted, resubmitted, failed, \
                                        provisional pass, passed); line skipped."
                        .to_string(),
                    (None, Some(_)) => "No date found; line skipped.".to_string(),
                    _ => "No date and no event keyword found; line skipped.".to_string(),
                });
            }
        }
    }
    if let Some((line, example, n)) = ambiguous {
        let read_as = match order {
            DateOrder::MonthFirst => "month/day",
            DateOrder::DayFirst => "day/month",
        };
        sink.always(
            line,
            format!(
                "{n} log date{} such as \u{201c}{example}\u{201d} could be read either way; read as \
                 {read_as}. Change the date order setting if that is wrong.",
                if n == 1 { "" } else { "s" }
            ),
        );
    }
    (log, sink.finish())
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

/// Reads the event kind from the words of a line (see the module documentation).
fn event_kind(line: &str, words: &[(usize, usize)]) -> Option<EventKind> {
    let w = |k: usize| -> &[u8] {
        words
            .get(k)
            .and_then(|&(s, e)| line.as_bytes().get(s..e))
            .unwrap_or(&[])
    };
    let is = |k: usize, list: &[&str]| list.iter().any(|x| w(k).eq_ignore_ascii_case(x.as_bytes()));
    let mut best: Option<EventKind> = None;
    let rank = |k: EventKind| match k {
        EventKind::Failed => 5,
        EventKind::ProvisionalPass => 4,
        EventKind::Passed => 3,
        EventKind::Resubmitted => 2,
        EventKind::Submitted => 1,
    };
    let mut reference_until = 0;
    let mut k = 0;
    while k < words.len() {
        if is(k, &["after", "following", "since"]) {
            reference_until = k + 4;
            k += 1;
            continue;
        }
        let negated = k > 0
            && (is(k - 1, &["not", "never"])
                || (k > 1 && is(k - 1, &["t"]) && is(k - 2, &["didn", "hasn", "wasn"])));
        let mut kind = None;
        let mut len = 1;
        if is(
            k,
            &[
                "failed",
                "fail",
                "fails",
                "failure",
                "rejected",
                "rejection",
                "declined",
                "denied",
            ],
        ) {
            kind = Some(EventKind::Failed);
        } else if is(k, &["provisional", "provisionally"]) {
            kind = Some(EventKind::ProvisionalPass);
            if is(k + 1, &["pass", "passed", "approved", "approval"]) {
                len = 2;
            }
        } else if is(k, &["passed", "pass", "approved"]) {
            kind = Some(if negated {
                EventKind::Failed
            } else {
                EventKind::Passed
            });
        } else if is(k, &["resubmitted", "resubmission", "resubmit", "resubmits"]) {
            kind = Some(EventKind::Resubmitted);
        } else if is(k, &["re"]) && is(k + 1, &["submitted", "submission", "submit"]) {
            kind = Some(EventKind::Resubmitted);
            len = 2;
        } else if is(k, &["submitted", "submission", "submit", "submits"]) {
            kind = Some(EventKind::Submitted);
        }
        if let Some(kind) = kind {
            if k >= reference_until && best.is_none_or(|b| rank(kind) > rank(b)) {
                best = Some(kind);
            }
        }
        k += len;
    }
    best
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

//! What a security-review log says so far: start, status, attempts and failures.

use chrono::NaiveDate;

use crate::engine::model::{EventKind, SecurityLog};
use crate::engine::report::{Diagnostic, InputKind, ReviewStatus, TimelineEvent};

/// The facts the time-to-listing estimate needs from the log.
#[derive(Debug, Clone, PartialEq)]
pub struct LogSummary {
    /// Events dated on or before today, sorted by date then line. A `submitted` line after
    /// an earlier submission is relabelled `resubmitted`.
    pub events: Vec<TimelineEvent>,
    /// The first submission, when the log has one (else the earliest event, reported).
    pub start: Option<NaiveDate>,
    /// Not started (no event), passed (the last event is a pass) or in review.
    pub status: ReviewStatus,
    /// The pass date when `status` is passed.
    pub passed_on: Option<NaiveDate>,
    /// Whether the final pass is provisional.
    pub provisional: bool,
    /// `failed` / `not approved` events.
    pub failed_attempts: u32,
    /// Submission attempts made so far (each failure or final pass implies one).
    pub attempts: u32,
    /// The date of the last event when it is a submission still awaiting a verdict.
    pub pending_since: Option<NaiveDate>,
    /// The date of the last event, if any.
    pub last_event: Option<NaiveDate>,
}

fn is_submission(kind: EventKind) -> bool {
    matches!(kind, EventKind::Submitted | EventKind::Resubmitted)
}

fn is_pass(kind: EventKind) -> bool {
    matches!(kind, EventKind::Passed | EventKind::ProvisionalPass)
}

fn count(events: &[TimelineEvent], pred: impl Fn(EventKind) -> bool) -> u32 {
    u32::try_from(events.iter().filter(|e| pred(e.kind)).count()).unwrap_or(u32::MAX)
}

/// Reads `log` as of `today`. Events dated after `today` are reported and left out.
pub fn summarize(log: &SecurityLog, today: NaiveDate) -> (LogSummary, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut events: Vec<TimelineEvent> = Vec::with_capacity(log.events.len());
    for e in &log.events {
        if e.date > today {
            diagnostics.push(Diagnostic::new(
                InputKind::SecurityReview,
                e.line,
                format!(
                    "Event dated {} is after the analysis date {today}: not used.",
                    e.date
                ),
            ));
        } else {
            events.push(TimelineEvent {
                date: e.date,
                kind: e.kind,
                line: e.line,
            });
        }
    }
    events.sort_by_key(|e| (e.date, e.line));

    let mut seen_submission = false;
    for e in &mut events {
        if is_submission(e.kind) {
            if seen_submission {
                e.kind = EventKind::Resubmitted;
            }
            seen_submission = true;
        }
    }

    let first_submission = events.iter().find(|e| is_submission(e.kind));
    let start = match (first_submission, events.first()) {
        (Some(s), _) => Some(s.date),
        (None, Some(first)) => {
            diagnostics.push(Diagnostic::new(
                InputKind::SecurityReview,
                first.line,
                "The log has no submission line: this earliest event is taken as the first submission.",
            ));
            Some(first.date)
        }
        (None, None) => None,
    };

    let last = events.last().cloned();
    let last = last.as_ref();
    let status = match last {
        None => ReviewStatus::NotStarted,
        Some(e) if is_pass(e.kind) => ReviewStatus::Passed,
        Some(_) => ReviewStatus::InReview,
    };
    let passed_on = last.filter(|e| is_pass(e.kind)).map(|e| e.date);
    let provisional = last.is_some_and(|e| e.kind == EventKind::ProvisionalPass);
    let pending_since = last.filter(|e| is_submission(e.kind)).map(|e| e.date);
    let failed_attempts = count(&events, |k| k == EventKind::Failed);
    let judged = failed_attempts.saturating_add(u32::from(passed_on.is_some()));
    let attempts = count(&events, is_submission).max(judged);

    let summary = LogSummary {
        events,
        start,
        status,
        passed_on,
        provisional,
        failed_attempts,
        attempts,
        pending_since,
        last_event: last.map(|e| e.date),
    };
    (summary, diagnostics)
}

//! What a security-review log says so far: the state, where the work started, attempts,
//! failures and the dates the estimate and the plan need.

use chrono::NaiveDate;

use crate::engine::model::{EventKind, SecurityLog};
use crate::engine::report::{Diagnostic, InputKind, ReviewStatus, TimelineEvent};

/// The facts the time-to-listing estimate needs from the log.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LogSummary {
    /// Events dated on or before today, plus planned submissions after it, sorted by date
    /// then line. A `submitted` line after an earlier submission is relabelled
    /// `resubmitted`.
    pub events: Vec<TimelineEvent>,
    /// The state after the last event on or before today.
    pub status: ReviewStatus,
    /// The first preparation or scan event before (or without) a submission.
    pub prepared_from: Option<NaiveDate>,
    /// The first submission (else the first verdict, reported).
    pub first_submission: Option<NaiveDate>,
    /// The first planned submission on or after today.
    pub planned: Option<NaiveDate>,
    /// The date of the first pass (or of the listing when no pass is logged).
    pub passed_on: Option<NaiveDate>,
    /// When the listing went live.
    pub listed_on: Option<NaiveDate>,
    /// Whether the pass is provisional.
    pub provisional: bool,
    /// Failed verdicts before the pass.
    pub failed_attempts: u32,
    /// Bounced submissions before the pass.
    pub bounces: u32,
    /// Submission attempts before the pass (each verdict implies one).
    pub attempts: u32,
    /// The last submission when it still awaits a verdict.
    pub pending_since: Option<NaiveDate>,
    /// The failed or bounced verdict awaiting a resubmission.
    pub verdict_on: Option<NaiveDate>,
    /// When the periodic re-review under way began.
    pub re_review_since: Option<NaiveDate>,
    /// When that re-review failed, if it did.
    pub re_review_failed_on: Option<NaiveDate>,
}

fn is_submission(kind: EventKind) -> bool {
    matches!(kind, EventKind::Submitted | EventKind::Resubmitted)
}

fn is_verdict(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Failed
            | EventKind::Bounced
            | EventKind::Passed
            | EventKind::ProvisionalPass
            | EventKind::Listed
    )
}

/// Keeps the events the estimate can use: past ones, and planned submissions after today.
fn usable_events(
    log: &SecurityLog,
    today: NaiveDate,
    diags: &mut Vec<Diagnostic>,
) -> Vec<TimelineEvent> {
    let mut events: Vec<TimelineEvent> = Vec::with_capacity(log.events.len());
    for e in &log.events {
        if e.date > today && e.kind != EventKind::PlannedSubmission {
            diags.push(Diagnostic::new(
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
    events
}

/// Reads `log` as of `today`. Events dated after `today` are reported and left out, except
/// planned submissions.
pub fn summarize(log: &SecurityLog, today: NaiveDate) -> (LogSummary, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut s = LogSummary {
        events: usable_events(log, today, &mut diagnostics),
        ..LogSummary::default()
    };
    let mut seen_submission = false;
    let mut submissions = 0u32;
    let mut events = std::mem::take(&mut s.events);
    for e in &mut events {
        if e.kind == EventKind::PlannedSubmission {
            if e.date >= today {
                s.planned = s.planned.or(Some(e.date));
            } else if !seen_submission {
                diagnostics.push(Diagnostic::new(
                    InputKind::SecurityReview,
                    e.line,
                    format!("The submission planned for {} is past and no submission is logged after it: the plan starts today.", e.date),
                ));
            }
            continue;
        }
        if is_submission(e.kind) {
            if seen_submission {
                e.kind = EventKind::Resubmitted;
            }
            seen_submission = true;
        }
        step(&mut s, e, &mut submissions);
    }
    s.events = events;
    if s.first_submission.is_none() {
        if let Some(first) = s
            .events
            .iter()
            .find(|e| is_verdict(e.kind) && e.date <= today)
        {
            diagnostics.push(Diagnostic::new(
                InputKind::SecurityReview,
                first.line,
                "The log has no submission line: this earliest verdict is taken as the first submission.",
            ));
            s.first_submission = Some(first.date);
        }
    }
    let judged = s
        .failed_attempts
        .saturating_add(s.bounces)
        .saturating_add(u32::from(s.passed_on.is_some()));
    s.attempts = submissions.max(judged);
    if s.status == ReviewStatus::NotStarted && s.planned.is_some() {
        s.status = ReviewStatus::Planned;
    }
    (s, diagnostics)
}

/// Moves the state on by one past event.
fn step(s: &mut LogSummary, e: &TimelineEvent, submissions: &mut u32) {
    use ReviewStatus as S;
    let passed = s.passed_on.is_some();
    match e.kind {
        EventKind::PreparationStarted | EventKind::Scan => {
            if s.first_submission.is_none() {
                s.prepared_from = s.prepared_from.or(Some(e.date));
            }
            if s.status == S::NotStarted {
                s.status = S::Preparing;
            }
        }
        EventKind::Submitted | EventKind::Resubmitted | EventKind::ReReview if passed => {
            if e.kind == EventKind::ReReview || s.status != S::ReReview {
                s.re_review_since = Some(e.date);
            }
            s.re_review_failed_on = None;
            s.status = S::ReReview;
        }
        EventKind::Submitted | EventKind::Resubmitted | EventKind::ReReview => {
            s.first_submission = s.first_submission.or(Some(e.date));
            *submissions = submissions.saturating_add(1);
            s.pending_since = Some(e.date);
            s.verdict_on = None;
            s.status = S::InReview;
        }
        EventKind::Failed | EventKind::Bounced if s.status == S::ReReview => {
            s.re_review_failed_on = Some(e.date);
        }
        EventKind::Failed | EventKind::Bounced if passed => {}
        EventKind::Failed | EventKind::Bounced => {
            if e.kind == EventKind::Failed {
                s.failed_attempts = s.failed_attempts.saturating_add(1);
            } else {
                s.bounces = s.bounces.saturating_add(1);
            }
            s.pending_since = None;
            s.verdict_on = Some(e.date);
            s.status = S::AwaitingResubmission;
        }
        EventKind::Passed | EventKind::ProvisionalPass => {
            if s.status == S::ReReview || !passed {
                s.provisional = e.kind == EventKind::ProvisionalPass;
            }
            s.passed_on = s.passed_on.or(Some(e.date));
            s.status = if s.listed_on.is_some() {
                S::Listed
            } else {
                S::Passed
            };
            s.clear_open();
        }
        EventKind::Listed => {
            s.passed_on = s.passed_on.or(Some(e.date));
            s.listed_on = s.listed_on.or(Some(e.date));
            s.status = S::Listed;
            s.clear_open();
        }
        EventKind::PlannedSubmission => {}
    }
}

impl LogSummary {
    /// Forgets the open parts of the review once it passed.
    fn clear_open(&mut self) {
        self.pending_since = None;
        self.verdict_on = None;
        self.re_review_since = None;
        self.re_review_failed_on = None;
    }
}

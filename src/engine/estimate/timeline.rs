//! Time to listing: when the security review is likely to be done (docs/domain.md §2), in every
//! real state from a planned submission to a live listing, with a dated plan.
//!
//! The model, with every figure from the rule table:
//! * Weeks are counted from `start`: preparation start when the log says so, else the
//!   first submission, else a planned submission, else today. Counted from preparation,
//!   the usual range (8–16 weeks connected, 16–32 native) fits the real timelines of
//!   docs/domain.md §6. A periodic re-review is counted from its own start.
//! * Open states (planned, not started, preparing, in review, awaiting resubmission,
//!   re-review): `likely` = range floor + a complexity share of the span + a round per
//!   failure or bounce + (before any verdict) the first-attempt risk + a bounce when
//!   required materials are missing; then never before what the state allows from today
//!   (see [`open`]). `earliest`, `likely` and `latest` are never before today; a review
//!   past its range is `overdue` and re-estimated from today.
//! * Done states (passed, listed) are the log's dates and the real weeks, never clamped.
//!
//! `factors` explain `likely` exactly: their weeks sum to `likely_weeks`.

use chrono::{Days, NaiveDate};

use super::checklist;
use super::security_log::{summarize, LogSummary};
use crate::engine::input::{AppType, SecurityReviewInput, SolutionReading};
use crate::engine::model::SecurityLog;
use crate::engine::report::{
    Diagnostic, Factor, InputKind, ReviewStatus, Source, SourceKind, TimeToListing,
};
use crate::engine::rules::sources::OFFICIAL_FEEDBACK_DONE;
use crate::engine::rules::vocab::DAYS_PER_WEEK;
use crate::engine::rules::{RuleBook, RuleId};

mod open;
pub mod plan;
mod span;

/// The rules holding the range in force: the app type's usual range, or, when nothing is
/// said about the solution, both ranges together (the connected floor to the native top).
fn range_rules(app_type: Option<AppType>) -> (RuleId, RuleId) {
    match app_type {
        Some(AppType::Connected) => (RuleId::SrConnectedMinWeeks, RuleId::SrConnectedMaxWeeks),
        Some(AppType::Native) => (RuleId::SrNativeMinWeeks, RuleId::SrNativeMaxWeeks),
        None => (RuleId::SrConnectedMinWeeks, RuleId::SrNativeMaxWeeks),
    }
}

fn app_name(app_type: Option<AppType>) -> &'static str {
    match app_type {
        Some(AppType::Connected) => "Connected app",
        Some(AppType::Native) => "Native app",
        None => "Solution not described (both ranges)",
    }
}

/// Whole weeks from `from` to `to`, rounded up; 0 when `to` is not after `from`.
pub(crate) fn weeks_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let days = u64::try_from((to - from).num_days()).unwrap_or(0);
    u32::try_from(days.div_ceil(DAYS_PER_WEEK)).unwrap_or(u32::MAX)
}

/// Weeks from `from` to `to`, rounded to the nearest week; 0 when `to` is not after `from`.
fn weeks_nearest(from: NaiveDate, to: NaiveDate) -> u32 {
    let days = u64::try_from((to - from).num_days()).unwrap_or(0);
    u32::try_from(days.saturating_add(DAYS_PER_WEEK / 2) / DAYS_PER_WEEK).unwrap_or(u32::MAX)
}

/// `start + weeks`, saturating at the end of the calendar.
pub(crate) fn add_weeks(start: NaiveDate, weeks: u32) -> NaiveDate {
    start
        .checked_add_days(Days::new(u64::from(weeks).saturating_mul(DAYS_PER_WEEK)))
        .unwrap_or(NaiveDate::MAX)
}

/// `start + days`, saturating at the end of the calendar.
pub(crate) fn add_days(start: NaiveDate, days: u32) -> NaiveDate {
    start
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// "1 week", "3 weeks".
pub(crate) fn weeks(n: impl Into<i64>) -> String {
    let n = n.into();
    format!("{n} week{}", if n.abs() == 1 { "" } else { "s" })
}

/// Factors under construction; their weeks must sum to `likely`.
#[derive(Default)]
pub(crate) struct Factors(pub(crate) Vec<Factor>);

impl Factors {
    /// Adds a factor of `weeks` (saturating into `i32`).
    pub(crate) fn add(&mut self, label: String, weeks: i64) {
        let weeks = i32::try_from(weeks).unwrap_or(if weeks < 0 { i32::MIN } else { i32::MAX });
        self.0.push(Factor { label, weeks });
    }

    /// Adds an explanatory factor of 0 weeks.
    pub(crate) fn note(&mut self, label: String) {
        self.add(label, 0);
    }
}

/// Where the weeks are counted from, and the words that say so.
fn start_of(summary: &LogSummary, today: NaiveDate) -> (NaiveDate, &'static str) {
    if summary.status == ReviewStatus::ReReview {
        if let Some(d) = summary.re_review_since {
            return (d, "the start of the periodic re-review");
        }
    }
    match (
        summary.prepared_from,
        summary.first_submission,
        summary.planned,
    ) {
        (Some(d), _, _) => (d, "the start of review preparation"),
        (None, Some(d), _) => (d, "the first submission"),
        (None, None, Some(d)) => (d, "the planned submission"),
        (None, None, None) => (today, "today: nothing is logged yet"),
    }
}

/// When a preparation entry is older than the review range's longest figure and nothing was
/// submitted since, it no longer dates the estimate: the preparation counts from today (as
/// for an app that has not started), and the returned diagnostic says so. Otherwise `None`.
fn stale_preparation(
    summary: &mut LogSummary,
    today: NaiveDate,
    range_max: u32,
) -> Option<Diagnostic> {
    let since = summary.prepared_from?;
    if summary.status != ReviewStatus::Preparing || weeks_between(since, today) <= range_max {
        return None;
    }
    let line = summary
        .events
        .iter()
        .find(|e| e.date == since)
        .map_or(0, |e| e.line);
    summary.prepared_from = None;
    Some(Diagnostic::new(
        InputKind::SecurityReview,
        line,
        format!(
            "The preparation entry of {since} is {} old, longer than the whole {range_max}-week review range, and nothing was submitted since: the estimate counts the preparation from today, as for an app that has not started. Add a newer entry if the work went on.",
            weeks(weeks_between(since, today))
        ),
    ))
}

/// The figures of one estimate, in weeks from `start`.
pub(crate) struct Figures {
    /// Shortest plausible.
    pub(crate) low: u32,
    /// Most likely.
    pub(crate) likely: u32,
    /// Longest plausible.
    pub(crate) high: u32,
    /// Whether the review runs past its range.
    pub(crate) overdue: bool,
}

/// Estimates the time to listing from the app facts, the parsed log and the rules.
///
/// `paid` says whether review fees apply (`None`: unknown, `fees_usd` is then `None`).
/// Diagnostics name log events that could not be used.
pub fn estimate(
    sr: &SecurityReviewInput,
    log: &SecurityLog,
    paid: Option<bool>,
    today: NaiveDate,
    rules: &RuleBook,
) -> (TimeToListing, Vec<Diagnostic>) {
    let (mut summary, mut diagnostics) = summarize(log, today);
    let (list, _) = checklist::build(sr, rules);
    let app_type = list.range_app_type;
    let (min_rule, max_rule) = range_rules(app_type);
    let (a, b) = (rules.whole(min_rule), rules.whole(max_rule));
    let range = (a.min(b), a.max(b));
    let logged_preparation = summary.prepared_from;
    if let Some(stale) = stale_preparation(&mut summary, today, range.1) {
        diagnostics.push(stale);
    }
    let (start, counted_from) = start_of(&summary, today);
    let before_submission = matches!(
        summary.status,
        ReviewStatus::Planned | ReviewStatus::NotStarted | ReviewStatus::Preparing
    );
    let partner_steps = plan::partner_steps(sr, today, rules);
    let before_review = match partner_steps.last() {
        Some(last) if before_submission => weeks_between(today, last.to),
        _ => 0,
    };

    let mut factors = Factors::default();
    let done_on = match summary.status {
        ReviewStatus::Listed => summary.listed_on,
        ReviewStatus::Passed => summary.passed_on,
        _ => None,
    };
    // The plan's steps from today, unstretched (open states): where they put the next
    // verdict and the publication at the earliest.
    let mut shortest = None;
    let (figures, dates) = match done_on {
        Some(on) => {
            let f = done(
                app_type,
                &summary,
                (start, counted_from),
                on,
                range,
                rules,
                &mut factors,
            );
            (f, (on, on, on))
        }
        None => {
            let ctx = open::Context {
                sr,
                app_type,
                checklist: &list,
                summary: &summary,
                start,
                counted_from,
                today,
                range,
                rules,
                before_review,
            };
            let mut f = open::estimate(&ctx, &mut factors);
            // A cap on the span must leave room for the plan's steps from today.
            let steps = plan::plan(sr, &list, (&summary, None), today, today, rules);
            let floor = plan::publication(&steps).map_or(0, |p| weeks_between(start, p.to));
            shortest = Some(steps);
            if let Some(note) = span::refuse(
                &mut f,
                (start, counted_from),
                (today, floor),
                rules,
                &mut factors,
            ) {
                diagnostics.push(note);
            }
            let dates = (
                add_weeks(start, f.low),
                add_weeks(start, f.likely),
                add_weeks(start, f.high),
            );
            (f, dates)
        }
    };

    if list.read_from == SolutionReading::NotSaid {
        factors.note(format!(
            "Not said what the solution is made of: the figures span both ranges ({}\u{2013}{} weeks without a package, {}\u{2013}{} with one); neither is your answer until you say",
            rules.whole(RuleId::SrConnectedMinWeeks),
            rules.whole(RuleId::SrConnectedMaxWeeks),
            rules.whole(RuleId::SrNativeMinWeeks),
            rules.whole(RuleId::SrNativeMaxWeeks),
        ));
    } else if list.range_source.kind != SourceKind::Seed {
        factors.note(format!(
            "{}: reviewed on the {} range ({})",
            list.solution_name,
            app_name(app_type).to_ascii_lowercase(),
            list.range_source.kind
        ));
    }
    fee_note(&summary, paid, rules, &mut factors);
    let fee = fee_per_attempt(paid, rules);
    let (mut figures, mut dates) = (figures, dates);
    let shortest = shortest.filter(|_| summary.status != ReviewStatus::ReReview);
    if let Some(shortest) = &shortest {
        // One schedule: the headline's dates hold the plan. A first-time pass publishes no
        // earlier than the plan's first verdict plus the publication week (after a failed
        // attempt: the resubmission plus the publication week)…
        let verdict = shortest
            .iter()
            .find(|s| s.step == plan::VERDICT_STEP)
            .map(|v| v.from)
            .or_else(|| {
                shortest
                    .iter()
                    .find(|s| s.step == plan::RESUBMIT_STEP)
                    .map(|s| s.to)
            });
        let publish_weeks = rules.whole(RuleId::PlanPublishWeeks);
        if let Some(v) = verdict {
            let first_pass = weeks_between(start, add_weeks(v, publish_weeks));
            figures.low = figures.low.max(first_pass);
            if first_pass > figures.likely {
                factors.add(
                    format!(
                        "The plan's next verdict comes no earlier than {v}: a pass publishes {} later at the earliest",
                        weeks(publish_weeks)
                    ),
                    i64::from(first_pass) - i64::from(figures.likely),
                );
                figures.likely = first_pass;
            }
        }
        // …and the plan publishes on the likely date: its review steps are stretched to it
        // when shorter; when longer, the likely date follows them.
        let published = plan::publication(shortest).map(|p| p.to);
        if let Some(on) = published.filter(|&on| on > add_weeks(start, figures.likely)) {
            let needed = weeks_between(start, on);
            factors.add(
                format!(
                    "The plan's steps from today publish the listing by {}: the likely date follows them",
                    add_weeks(start, needed)
                ),
                i64::from(needed) - i64::from(figures.likely),
            );
            figures.likely = needed;
        }
        dates.1 = add_weeks(start, figures.likely);
    }
    let plan = plan::plan(sr, &list, (&summary, fee), today, dates.1, rules);
    if shortest.is_some() {
        // The latest date includes the publication.
        if let Some(p) = plan::publication(&plan).filter(|p| p.to > add_weeks(start, figures.high))
        {
            figures.high = weeks_between(start, p.to);
            factors.note(format!(
                "The plan publishes the listing by {}: the latest date includes it",
                p.to
            ));
        }
        figures.high = figures.high.max(figures.likely);
        dates = (
            add_weeks(start, figures.low),
            add_weeks(start, figures.likely),
            add_weeks(start, figures.high),
        );
    }
    if done_on.is_none() {
        factors.note(format!(
            "Earliest {}, latest {}: plan for the long end (SEED forecastable FAQ)",
            weeks(figures.low),
            weeks(figures.high)
        ));
    }
    let report = TimeToListing {
        app_type,
        status: summary.status,
        prepared_from: logged_preparation,
        before_review_weeks: before_review,
        listed_on: summary.listed_on,
        overdue: figures.overdue,
        low_weeks: figures.low,
        likely_weeks: figures.likely,
        high_weeks: figures.high,
        range_min_weeks: range.0,
        range_max_weeks: range.1,
        start,
        earliest: dates.0,
        likely: dates.1,
        latest: dates.2,
        passed_on: summary.passed_on,
        failed_attempts: summary.failed_attempts,
        fees_usd: fees(&summary, paid, rules),
        attempts: summary.attempts,
        fee_per_attempt_usd: fee,
        factors: factors.0,
        events: summary.events,
        sources: timeline_sources(app_type, rules),
        plan,
    };
    (report, diagnostics)
}

/// A passed or listed review: the real weeks from `start` to `on`, compared with the range.
fn done(
    app_type: Option<AppType>,
    summary: &LogSummary,
    (start, counted_from): (NaiveDate, &str),
    on: NaiveDate,
    (min, max): (u32, u32),
    rules: &RuleBook,
    factors: &mut Factors,
) -> Figures {
    let (min_rule, _) = range_rules(app_type);
    let actual = weeks_nearest(start, on);
    factors.add(
        format!(
            "{}: the security review usually takes {min}–{max} weeks ({})",
            app_name(app_type),
            rules.source(min_rule).kind
        ),
        i64::from(min),
    );
    let what = if summary.status == ReviewStatus::Listed {
        "Listed"
    } else {
        "Passed"
    };
    let pace = if actual < min {
        format!("faster than the usual {min}–{max}")
    } else if actual > max {
        format!("slower than the usual {min}–{max}")
    } else {
        format!("inside the usual {min}–{max}")
    };
    factors.add(
        format!(
            "{what} on {on}, {} after {counted_from} on {start}: {pace}",
            weeks(actual)
        ),
        i64::from(actual) - i64::from(min),
    );
    if summary.status == ReviewStatus::Listed {
        if let Some(p) = summary.passed_on.filter(|p| *p < on) {
            factors.note(format!("The review passed on {p}"));
        }
    }
    if summary.provisional {
        factors.note("The pass is provisional: fix the listed issues by the date Salesforce gives, or the listing can be taken down".to_string());
    }
    Figures {
        low: actual,
        likely: actual,
        high: actual,
        overdue: false,
    }
}

/// Whether an attempt is still to be paid for: nothing passed and nothing pending.
fn next_attempt_due(summary: &LogSummary) -> bool {
    matches!(
        summary.status,
        ReviewStatus::Planned
            | ReviewStatus::NotStarted
            | ReviewStatus::Preparing
            | ReviewStatus::AwaitingResubmission
    )
}

/// The charged reviews: every attempt so far (failed and bounced ones are not refunded;
/// each resubmission is a retest of remediated code, which is charged), the next attempt
/// when one is still to be made, a periodic re-review ("security review fees apply") and,
/// after a failed re-review, the retest of its fixes (docs/domain.md §7).
fn charged_reviews(summary: &LogSummary) -> u32 {
    summary
        .attempts
        .saturating_add(u32::from(next_attempt_due(summary)))
        .saturating_add(u32::from(summary.re_review_since.is_some()))
        .saturating_add(u32::from(summary.re_review_failed_on.is_some()))
}

/// Fees of the charged reviews ([`charged_reviews`]); `None` when it is unknown whether the
/// solution is paid.
fn fees(summary: &LogSummary, paid: Option<bool>, rules: &RuleBook) -> Option<u32> {
    match paid? {
        false => Some(0),
        true => Some(charged_reviews(summary).saturating_mul(rules.whole(RuleId::SrFeeUsd))),
    }
}

/// The fee of one attempt: the rule's figure for a paid solution, 0 for a free one, `None`
/// when it is unknown whether the solution is paid.
fn fee_per_attempt(paid: Option<bool>, rules: &RuleBook) -> Option<u32> {
    paid.map(|p| if p { rules.whole(RuleId::SrFeeUsd) } else { 0 })
}

fn fee_note(summary: &LogSummary, paid: Option<bool>, rules: &RuleBook, factors: &mut Factors) {
    let label = match paid {
        Some(true) => {
            let fee = rules.whole(RuleId::SrFeeUsd);
            let total = fees(summary, paid, rules).unwrap_or(0);
            let scope = if next_attempt_due(summary) {
                "including the next attempt"
            } else if summary.re_review_since.is_some() {
                "including the periodic re-review"
            } else {
                "for the attempts made"
            };
            format!("Review fee: ${fee} per attempt for a paid solution, ${total} in all {scope} (the amount PRACTITIONER; failed attempts are not refunded). Charged for each submission, each retest of remediated code and each periodic re-review; a resubmission with false-positive documentation only is free (OFFICIAL)")
        }
        Some(false) => "Review fee: $0 for a free solution (PRACTITIONER)".to_string(),
        None => "Review fees unknown: say whether the solution is paid".to_string(),
    };
    factors.note(label);
}

fn timeline_sources(app_type: Option<AppType>, rules: &RuleBook) -> Vec<Source> {
    let (min_rule, max_rule) = range_rules(app_type);
    let mut out: Vec<Source> = Vec::new();
    let ids = [
        min_rule,
        max_rule,
        RuleId::SrInitialReviewMinWeeks,
        RuleId::SrResubmissionMinWeeks,
        RuleId::SrFollowUpMaxWeeks,
        RuleId::SrFirstAttemptFailurePct,
        RuleId::SrReReviewMaxWeeks,
        RuleId::SrReReviewFixDays,
        RuleId::SrFeeUsd,
    ];
    // When a fee is charged: the pages on retests, false positives and re-reviews.
    let fee_rules = [OFFICIAL_FEEDBACK_DONE.to_report()];
    for source in ids.into_iter().map(|id| rules.source(id)).chain(fee_rules) {
        if !out.contains(&source) {
            out.push(source);
        }
    }
    out
}

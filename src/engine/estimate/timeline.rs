//! Time to listing: when the security review is likely to be done (DOMAIN.md §2).
//!
//! The model, with every figure from the rule table:
//! * The range is the app type's (8–16 weeks connected, 16–32 native by default).
//! * `low` = range floor + one short resubmission round per failed attempt.
//! * `likely` = range floor + a complexity share of the range span + one short resubmission
//!   round per failed attempt + (before any verdict) the first-attempt failure risk times a
//!   round + one bounce when required materials are missing.
//! * `high` = the range maximum ("plan for the long end").
//! * In review, no figure ends before today, and `likely` not before the pending
//!   submission's initial-review minimum. All figures are then clamped into the range.
//! * Passed: all three figures are the actual weeks from start to pass, clamped.
//!
//! `factors` explain `likely` exactly: their weeks sum to `likely_weeks`. Every part of the
//! model only ever adds weeks for higher complexity or more failures, so neither can
//! shorten a figure.

use chrono::{Days, NaiveDate};

use super::security_log::{summarize, LogSummary};
use crate::engine::input::{AppType, Complexity, SecurityReviewInput};
use crate::engine::model::SecurityLog;
use crate::engine::report::{Diagnostic, Factor, ReviewStatus, Source, TimeToListing};
use crate::engine::rules::vocab::{required_materials, DAYS_PER_WEEK, PERCENT};
use crate::engine::rules::{RuleBook, RuleId};

/// The rule holding each complexity level's share of the range span.
fn complexity_rule(level: Complexity) -> RuleId {
    match level {
        Complexity::Low => RuleId::SrComplexityLowPct,
        Complexity::Medium => RuleId::SrComplexityMediumPct,
        Complexity::High => RuleId::SrComplexityHighPct,
    }
}

fn range_rules(app_type: AppType) -> (RuleId, RuleId) {
    match app_type {
        AppType::Connected => (RuleId::SrConnectedMinWeeks, RuleId::SrConnectedMaxWeeks),
        AppType::Native => (RuleId::SrNativeMinWeeks, RuleId::SrNativeMaxWeeks),
    }
}

fn app_name(app_type: AppType) -> &'static str {
    match app_type {
        AppType::Connected => "Connected app",
        AppType::Native => "Native app",
    }
}

fn complexity_name(level: Complexity) -> &'static str {
    match level {
        Complexity::Low => "Low",
        Complexity::Medium => "Medium",
        Complexity::High => "High",
    }
}

/// Whole weeks from `from` to `to`, rounded up; 0 when `to` is not after `from`.
fn weeks_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let days = u64::try_from((to - from).num_days()).unwrap_or(0);
    u32::try_from(days.div_ceil(DAYS_PER_WEEK)).unwrap_or(u32::MAX)
}

/// `start + weeks`, saturating at the end of the calendar.
fn add_weeks(start: NaiveDate, weeks: u32) -> NaiveDate {
    start
        .checked_add_days(Days::new(u64::from(weeks).saturating_mul(DAYS_PER_WEEK)))
        .unwrap_or(NaiveDate::MAX)
}

/// "1 week", "3 weeks".
fn weeks(n: impl Into<i64>) -> String {
    let n = n.into();
    format!("{n} week{}", if n.abs() == 1 { "" } else { "s" })
}

/// `part` percent of `whole`, rounded half up.
fn percent_of(whole: u32, part: u32) -> u32 {
    let v = (u64::from(whole) * u64::from(part) + PERCENT / 2) / PERCENT;
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// Factors under construction; `add` keeps the running total that must equal `likely`.
#[derive(Default)]
struct Factors(Vec<Factor>);

impl Factors {
    fn add(&mut self, label: String, weeks: i64) {
        let weeks = i32::try_from(weeks).unwrap_or(if weeks < 0 { i32::MIN } else { i32::MAX });
        self.0.push(Factor { label, weeks });
    }

    fn note(&mut self, label: String) {
        self.add(label, 0);
    }
}

/// Estimates the time to listing from the app facts, the parsed log and the rules.
///
/// `paid` says whether review fees apply (`None`: unknown, fees are not counted). `start`
/// is the first submission in the log, else `today`; `earliest`, `likely` and `latest` are
/// `start` plus `low_weeks`, `likely_weeks` and `high_weeks`. Diagnostics name log events
/// that could not be used.
pub fn estimate(
    sr: &SecurityReviewInput,
    log: &SecurityLog,
    paid: Option<bool>,
    today: NaiveDate,
    rules: &RuleBook,
) -> (TimeToListing, Vec<Diagnostic>) {
    let (summary, diagnostics) = summarize(log, today);
    let (min_rule, max_rule) = range_rules(sr.app_type);
    let (a, b) = (rules.whole(min_rule), rules.whole(max_rule));
    let (range_min, range_max) = (a.min(b), a.max(b));
    let start = summary.start.unwrap_or(today);

    let mut factors = Factors::default();
    factors.add(
        format!(
            "{}: the security review takes {range_min}–{range_max} weeks ({}); the estimate starts at the {range_min}-week floor",
            app_name(sr.app_type),
            rules.source(min_rule).kind,
        ),
        i64::from(range_min),
    );

    let (low, likely, high) = match summary.passed_on {
        Some(passed_on) => {
            let actual = weeks_between(start, passed_on);
            let clamped = actual.clamp(range_min, range_max);
            factors.add(
                format!(
                    "Passed on {passed_on}, {} after the first submission on {start}",
                    weeks(actual),
                ),
                i64::from(actual) - i64::from(range_min),
            );
            clamp_note(&mut factors, actual, clamped, range_min, range_max);
            if summary.provisional {
                factors.note("The pass is provisional: fix the listed issues by the date Salesforce gives, or the listing can be taken down".to_string());
            }
            (clamped, clamped, clamped)
        }
        None => open_estimate(
            sr,
            &summary,
            start,
            today,
            (range_min, range_max),
            rules,
            &mut factors,
        ),
    };

    fee_note(&summary, paid, rules, &mut factors);
    let fees_usd = fees(&summary, paid, rules);
    let sources = timeline_sources(sr.app_type, rules);
    let report = TimeToListing {
        app_type: sr.app_type,
        status: summary.status,
        low_weeks: low,
        likely_weeks: likely,
        high_weeks: high,
        range_min_weeks: range_min,
        range_max_weeks: range_max,
        start,
        earliest: add_weeks(start, low),
        likely: add_weeks(start, likely),
        latest: add_weeks(start, high),
        passed_on: summary.passed_on,
        failed_attempts: summary.failed_attempts,
        fees_usd,
        factors: factors.0,
        events: summary.events,
        sources,
    };
    (report, diagnostics)
}

fn clamp_note(factors: &mut Factors, before: u32, after: u32, min: u32, max: u32) {
    if after < before {
        factors.add(
            format!("Capped at the {max}-week range maximum"),
            i64::from(after) - i64::from(before),
        );
    } else if after > before {
        factors.add(
            format!("Raised to the {min}-week range floor"),
            i64::from(after - before),
        );
    }
}

/// The estimate for a review that has not passed; returns `(low, likely, high)`.
fn open_estimate(
    sr: &SecurityReviewInput,
    summary: &LogSummary,
    start: NaiveDate,
    today: NaiveDate,
    (range_min, range_max): (u32, u32),
    rules: &RuleBook,
    factors: &mut Factors,
) -> (u32, u32, u32) {
    let span = range_max - range_min;
    // A level never gets a smaller share than a lower level, whatever the overrides say.
    let share = [Complexity::Low, Complexity::Medium, Complexity::High]
        .into_iter()
        .filter(|&level| level <= sr.complexity)
        .map(|level| rules.whole(complexity_rule(level)))
        .max()
        .unwrap_or(0);
    let complexity = percent_of(span, share);
    factors.add(
        format!(
            "{} complexity: {share}% of the {span}-week range span (the SEED FAQ says complexity moves the review inside the range)",
            complexity_name(sr.complexity),
        ),
        i64::from(complexity),
    );

    let round = rules.whole(RuleId::SrResubmissionMinWeeks);
    let round_max = rules.whole(RuleId::SrResubmissionMaxWeeks);
    let failed = summary.failed_attempts;
    let failures = failed.saturating_mul(round);
    if failed > 0 {
        factors.add(
            format!(
                "{failed} failed attempt{}: {} per resubmission round (PRACTITIONER; field reports say {round}–{round_max} weeks)",
                if failed == 1 { "" } else { "s" },
                weeks(round)
            ),
            i64::from(failures),
        );
        factors.note(format!(
            "Follow-up review after remediation: up to {} (OFFICIAL)",
            weeks(rules.whole(RuleId::SrFollowUpMaxWeeks))
        ));
    }
    let risk = if failed == 0 {
        let pct = rules.whole(RuleId::SrFirstAttemptFailurePct);
        let risk = percent_of(round, pct);
        factors.add(
            format!("First-attempt failure risk: about {pct}% (PRACTITIONER) of one {round}-week resubmission round"),
            i64::from(risk),
        );
        risk
    } else {
        0
    };

    let bounce = match &sr.materials_ready {
        Some(ready) => {
            let missing: Vec<&str> = required_materials(sr.app_type)
                .iter()
                .filter(|m| !ready.contains(m))
                .map(|m| m.label())
                .collect();
            if missing.is_empty() {
                0
            } else {
                let bounce = rules.whole(RuleId::SrBounceWeeks);
                factors.add(
                    format!(
                        "Missing submission materials ({}): a bounced submission costs a resubmission round",
                        missing.join(", "),
                    ),
                    i64::from(bounce),
                );
                bounce
            }
        }
        None => 0,
    };

    let low_raw = range_min.saturating_add(failures);
    let likely_raw = [complexity, failures, risk, bounce]
        .into_iter()
        .fold(range_min, u32::saturating_add);

    let (elapsed, verdict) = if summary.status == ReviewStatus::InReview {
        let initial = rules.whole(RuleId::SrInitialReviewMinWeeks);
        factors.note(format!(
            "Initial review after a submission: plan on {initial}–{} weeks (OFFICIAL); field reports say {}–{} weeks (PRACTITIONER)",
            rules.whole(RuleId::SrInitialReviewMaxWeeks),
            rules.whole(RuleId::SrFieldReviewMinWeeks),
            rules.whole(RuleId::SrFieldReviewMaxWeeks)
        ));
        // Whether the last event is a submission awaiting a verdict or a failure awaiting a
        // resubmission, no verdict comes before the initial-review minimum after it.
        let verdict = summary
            .last_event
            .map_or(0, |last| weeks_between(start, last).saturating_add(initial));
        (weeks_between(start, today), verdict)
    } else {
        (0, 0)
    };
    let low_floored = low_raw.max(elapsed);
    let likely_floored = likely_raw.max(elapsed).max(verdict);
    if likely_floored > likely_raw {
        factors.add(
            format!(
                "In review for {}; a verdict is not expected before week {}, so the estimate cannot end earlier",
                weeks(elapsed),
                elapsed.max(verdict),
            ),
            i64::from(likely_floored - likely_raw),
        );
    }
    let low = low_floored.clamp(range_min, range_max);
    let likely = likely_floored.clamp(range_min, range_max);
    clamp_note(factors, likely_floored, likely, range_min, range_max);
    factors.note(format!(
        "Earliest {}: the range floor plus short resubmission rounds{}",
        weeks(low),
        if low < low_floored {
            ", capped at the range maximum"
        } else {
            ""
        }
    ));
    factors.note(format!(
        "Latest {}: the range maximum; plan for the long end (SEED forecastable FAQ)",
        weeks(range_max)
    ));
    (low, likely, range_max)
}

/// Fees paid so far plus the next attempt when the review is not passed and no submission
/// is pending; 0 for free solutions or when it is unknown whether the solution is paid.
fn fees(summary: &LogSummary, paid: Option<bool>, rules: &RuleBook) -> u32 {
    if paid != Some(true) {
        return 0;
    }
    let next = summary.status != ReviewStatus::Passed && summary.pending_since.is_none();
    summary
        .attempts
        .saturating_add(u32::from(next))
        .saturating_mul(rules.whole(RuleId::SrFeeUsd))
}

fn fee_note(summary: &LogSummary, paid: Option<bool>, rules: &RuleBook, factors: &mut Factors) {
    let label = match paid {
        Some(true) => {
            let fee = rules.whole(RuleId::SrFeeUsd);
            let total = fees(summary, paid, rules);
            let scope = if summary.status == ReviewStatus::Passed {
                "for the attempts made"
            } else {
                "including the attempt under way or the next one"
            };
            format!("Review fee: ${fee} per attempt for a paid solution, ${total} in all {scope} (PRACTITIONER; failed attempts are not refunded)")
        }
        Some(false) => "Review fee: $0 for a free solution (PRACTITIONER)".to_string(),
        None => "Review fee not counted: say whether the solution is paid".to_string(),
    };
    factors.note(label);
}

fn timeline_sources(app_type: AppType, rules: &RuleBook) -> Vec<Source> {
    let (min_rule, _) = range_rules(app_type);
    let mut out: Vec<Source> = Vec::new();
    let ids = [
        min_rule,
        RuleId::SrInitialReviewMinWeeks,
        RuleId::SrResubmissionMinWeeks,
        RuleId::SrFollowUpMaxWeeks,
        RuleId::SrFirstAttemptFailurePct,
        RuleId::SrFeeUsd,
    ];
    for source in ids.into_iter().map(|id| rules.source(id)) {
        if !out.contains(&source) {
            out.push(source);
        }
    }
    out
}

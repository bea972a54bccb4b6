//! Figures of the open states: planned, not started, preparing, in review, awaiting
//! resubmission and periodic re-review.
//!
//! The model figure (range floor plus what moves it) is then raised, never lowered, to what
//! the state allows from today:
//! * preparing: a submission today, then the initial-review minimum;
//! * in review: not before today, and `likely` not before the pending submission's
//!   initial-review minimum;
//! * awaiting resubmission: a remediation round and a follow-up review from today;
//! * past the range (`overdue`): a resubmission round (likely) or a follow-up review
//!   (latest) from today.
//!
//! A periodic re-review has its own figures: up to 6 weeks, about 60 days to fix a failed
//! one and then a follow-up review; no first-attempt risk and no bounce. Its fee is charged
//! like an attempt's (see the fee factor).

use chrono::NaiveDate;

use super::{add_days, app_name, weeks, weeks_between, Factors, Figures};
use crate::engine::estimate::checklist::{missing_required, submission_ahead};
use crate::engine::estimate::plural;
use crate::engine::estimate::security_log::LogSummary;
use crate::engine::input::{AppType, Complexity, SecurityReviewInput};
use crate::engine::report::checklist::Checklist;
use crate::engine::report::ReviewStatus;
use crate::engine::rules::vocab::{DAYS_PER_WEEK, PERCENT};
use crate::engine::rules::{RuleBook, RuleId};

/// What an open estimate reads.
pub(super) struct Context<'a> {
    /// The app facts.
    pub(super) sr: &'a SecurityReviewInput,
    /// The app type whose range applies (from the components; `None`: not said, both
    /// ranges together).
    pub(super) app_type: Option<AppType>,
    /// The submission checklist with the user's ticks.
    pub(super) checklist: &'a Checklist,
    /// The log so far.
    pub(super) summary: &'a LogSummary,
    /// Where the weeks are counted from.
    pub(super) start: NaiveDate,
    /// That start in words.
    pub(super) counted_from: &'a str,
    /// The analysis date.
    pub(super) today: NaiveDate,
    /// The app type's usual range, in weeks.
    pub(super) range: (u32, u32),
    /// The rule figures.
    pub(super) rules: &'a RuleBook,
    /// Weeks of partner-path steps before the review (see [`super::plan::partner_steps`]),
    /// added to every figure of a state before the submission.
    pub(super) before_review: u32,
}

/// The rule holding each complexity level's share of the range span.
fn complexity_rule(level: Complexity) -> RuleId {
    match level {
        Complexity::Low => RuleId::SrComplexityLowPct,
        Complexity::Medium => RuleId::SrComplexityMediumPct,
        Complexity::High => RuleId::SrComplexityHighPct,
    }
}

fn complexity_name(level: Complexity) -> &'static str {
    match level {
        Complexity::Low => "Low",
        Complexity::Medium => "Medium",
        Complexity::High => "High",
    }
}

/// `part` percent of `whole`, rounded half up.
fn percent_of(whole: u32, part: u32) -> u32 {
    let v = (u64::from(whole) * u64::from(part) + PERCENT / 2) / PERCENT;
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// Whether `today` is more than `weeks` after `start`, and by how many whole weeks.
fn past_range(start: NaiveDate, today: NaiveDate, limit: u32) -> Option<u32> {
    let days = u64::try_from((today - start).num_days()).unwrap_or(0);
    let limit_days = u64::from(limit).saturating_mul(DAYS_PER_WEEK);
    (days > limit_days)
        .then(|| u32::try_from((days - limit_days).div_ceil(DAYS_PER_WEEK)).unwrap_or(u32::MAX))
}

/// The weeks the model adds for complexity, failures, bounces, risk and missing materials,
/// as `(low, likely)` including the range floor.
fn model(ctx: &Context<'_>, factors: &mut Factors) -> (u32, u32) {
    let (sr, rules, s) = (ctx.sr, ctx.rules, ctx.summary);
    let (min, max) = ctx.range;
    let span = max - min;
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
            "{} complexity: {share}% of the {span}-week range span (the SEED FAQ says complexity moves the review inside the range; the share is {})",
            complexity_name(sr.complexity),
            complexity_rule(sr.complexity).def().source.kind.key(),
        ),
        i64::from(complexity),
    );
    let round = rules.whole(RuleId::SrResubmissionMinWeeks);
    let round_max = rules.whole(RuleId::SrResubmissionMaxWeeks);
    let failed = s.failed_attempts;
    let failures = failed.saturating_mul(round);
    if failed > 0 {
        factors.add(
            format!(
                "{failed} failed attempt{}: {} per resubmission round (PRACTITIONER; field reports say {round}–{round_max} weeks)",
                plural(failed),
                weeks(round)
            ),
            i64::from(failures),
        );
    }
    let bounce = rules.whole(RuleId::SrBounceWeeks);
    let bounced = s.bounces.saturating_mul(bounce);
    if s.bounces > 0 {
        factors.add(
            format!(
                "{} submission{} bounced: each costs {} ({})",
                s.bounces,
                plural(s.bounces),
                weeks(bounce),
                RuleId::SrBounceWeeks.def().source.kind.key()
            ),
            i64::from(bounced),
        );
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
    // Missing materials bounce a submission still ahead; in review they no longer can (the
    // readiness gaps say the same: none for them then).
    let missing = if submission_ahead(s.status) {
        missing_required(ctx.checklist)
    } else {
        Vec::new()
    };
    let materials = if missing.is_empty() {
        0
    } else {
        factors.add(
            format!(
                "Missing submission materials ({}): a bounced submission costs a resubmission round",
                missing.join(", "),
            ),
            i64::from(bounce),
        );
        bounce
    };
    let low = min.saturating_add(failures).saturating_add(bounced);
    let likely = [complexity, failures, bounced, risk, materials]
        .into_iter()
        .fold(min, u32::saturating_add);
    (low, likely)
}

/// The figures of an open state; factors explain `likely` exactly.
pub(super) fn estimate(ctx: &Context<'_>, factors: &mut Factors) -> Figures {
    if ctx.summary.status == ReviewStatus::ReReview {
        return re_review(ctx, factors);
    }
    let (min, max) = ctx.range;
    let rules = ctx.rules;
    let (min_rule, _) = super::range_rules(ctx.app_type);
    factors.add(
        format!(
            "{}: the security review takes {min}–{max} weeks ({}), counted from {} on {}; the estimate starts at the {min}-week floor",
            app_name(ctx.app_type),
            rules.source(min_rule).kind,
            ctx.counted_from,
            ctx.start,
        ),
        i64::from(min),
    );
    let (mut model_low, mut model_likely) = model(ctx, factors);
    let mut model_high = max;
    let before = ctx.before_review;
    if before > 0 {
        factors.add(
            format!(
                "Steps before the review on the partner path (application approval, org activation, agreements): {} before the preparation starts",
                weeks(before)
            ),
            i64::from(before),
        );
        model_low = model_low.saturating_add(before);
        model_likely = model_likely.saturating_add(before);
        model_high = model_high.saturating_add(before);
    }
    let elapsed = weeks_between(ctx.start, ctx.today);
    let initial = rules.whole(RuleId::SrInitialReviewMinWeeks);
    let round = rules.whole(RuleId::SrResubmissionMinWeeks);
    let follow_up = rules.whole(RuleId::SrFollowUpMaxWeeks);
    let (mut floor_low, mut floor_likely, mut floor_high, mut why) = match ctx.summary.status {
        ReviewStatus::Preparing => {
            let f = elapsed.saturating_add(initial);
            (f, f, 0, format!("Preparing for {}, nothing submitted: a submission today gets its verdict {} later at the earliest (OFFICIAL)", weeks(elapsed), weeks(initial)))
        }
        ReviewStatus::InReview => {
            let verdict = ctx
                .summary
                .pending_since
                .map_or(0, |s| weeks_between(ctx.start, s).saturating_add(initial));
            factors.note(format!(
                "Initial review after a submission: plan on {initial}–{} weeks (OFFICIAL); field reports say {}–{} weeks (PRACTITIONER)",
                rules.whole(RuleId::SrInitialReviewMaxWeeks),
                rules.whole(RuleId::SrFieldReviewMinWeeks),
                rules.whole(RuleId::SrFieldReviewMaxWeeks)
            ));
            (
                elapsed,
                elapsed.max(verdict),
                0,
                format!(
                    "In review for {}; a verdict is not expected before week {}",
                    weeks(elapsed),
                    elapsed.max(verdict)
                ),
            )
        }
        ReviewStatus::AwaitingResubmission => {
            let low = elapsed.saturating_add(round);
            (low, low.saturating_add(follow_up), 0, format!("Awaiting resubmission: a remediation round ({}, PRACTITIONER) and a follow-up review (up to {}, OFFICIAL) from today", weeks(round), weeks(follow_up)))
        }
        _ => (elapsed, elapsed, 0, "Not before today".to_string()),
    };
    let started = !matches!(
        ctx.summary.status,
        ReviewStatus::Planned | ReviewStatus::NotStarted
    );
    let overdue = if started {
        past_range(ctx.start, ctx.today, max)
    } else {
        None
    };
    if let Some(past) = overdue {
        floor_likely = floor_likely.max(elapsed.saturating_add(round));
        floor_high = elapsed.saturating_add(follow_up);
        why = format!(
            "Running {} past the {max}-week range: re-estimated from today with a resubmission round ({}, PRACTITIONER) and at most a follow-up review (up to {}, OFFICIAL)",
            weeks(past),
            weeks(round),
            weeks(follow_up)
        );
        floor_low = floor_low.max(elapsed);
    }
    finish(
        factors,
        (model_low, model_likely, model_high),
        (floor_low, floor_likely, floor_high),
        why,
        overdue.is_some(),
    )
}

/// Raises the model figures to the floors and explains the difference in one factor.
fn finish(
    factors: &mut Factors,
    (model_low, model_likely, model_high): (u32, u32, u32),
    (floor_low, floor_likely, floor_high): (u32, u32, u32),
    why: String,
    overdue: bool,
) -> Figures {
    let low = model_low.max(floor_low);
    let likely = model_likely.max(floor_likely).max(low);
    let high = model_high.max(floor_high).max(likely);
    if likely != model_likely {
        factors.add(why, i64::from(likely) - i64::from(model_likely));
    }
    Figures {
        low,
        likely,
        high,
        overdue,
    }
}

/// A periodic re-review of a passed or live app, counted from its start.
fn re_review(ctx: &Context<'_>, factors: &mut Factors) -> Figures {
    let rules = ctx.rules;
    let max = rules.whole(RuleId::SrReReviewMaxWeeks);
    let round = rules.whole(RuleId::SrResubmissionMinWeeks);
    let follow_up = rules.whole(RuleId::SrFollowUpMaxWeeks);
    factors.add(
        format!(
            "Periodic re-review of a passed app: up to {} (OFFICIAL), counted from its start on {}; no first-attempt risk",
            weeks(max),
            ctx.start
        ),
        i64::from(max),
    );
    let elapsed = weeks_between(ctx.start, ctx.today);
    match ctx.summary.re_review_failed_on {
        None => {
            let overdue = past_range(ctx.start, ctx.today, max);
            let (floor_likely, floor_high, why) = match overdue {
                Some(past) => (
                    elapsed.saturating_add(round),
                    elapsed.saturating_add(follow_up),
                    format!(
                        "Running {} past the {}-week re-review: re-estimated from today",
                        weeks(past),
                        max
                    ),
                ),
                None => (elapsed, elapsed, "Not before today".to_string()),
            };
            finish(
                factors,
                (elapsed, max, max),
                (elapsed, floor_likely, floor_high),
                why,
                overdue.is_some(),
            )
        }
        Some(failed_on) => {
            let fix_days = rules.whole(RuleId::SrReReviewFixDays);
            let deadline = add_days(failed_on, fix_days);
            let at_fail = weeks_between(ctx.start, failed_on);
            let low = elapsed.max(at_fail.saturating_add(round));
            let likely = low.max(at_fail.saturating_add(round).saturating_add(follow_up));
            let high = weeks_between(ctx.start, deadline).saturating_add(follow_up);
            let why = format!(
                "Re-review failed on {failed_on}: fix the findings within about {fix_days} days (by {deadline}, OFFICIAL), resubmit after a {} round and pass a follow-up review (up to {}, OFFICIAL)",
                weeks(round),
                weeks(follow_up)
            );
            let overdue = ctx.today > deadline;
            finish(factors, (low, max, high), (low, likely, 0), why, overdue)
        }
    }
}

//! The plan to a live listing: dated steps from today, each with the figure that dates it
//! and that figure's source.
//!
//! From where the user stands (the partner path when given, else the review state): apply
//! and sign the agreements, prepare the materials, run the scans, submit, the verdict
//! window, a budgeted remediation round, publish, and ask the first customers for reviews.
//! No step starts before today.

use chrono::NaiveDate;

use super::{add_days, add_weeks, weeks};
use words::{
    common_failures, fee_words, ready_words, required_words, resubmission_fee_words, scan_step,
};

mod words;
use crate::engine::estimate::security_log::LogSummary;
use crate::engine::input::{PartnerStage, SecurityReviewInput};
use crate::engine::report::checklist::Checklist;
use crate::engine::report::{PlanStep, ReviewStatus};
use crate::engine::rules::vocab::DAYS_PER_WEEK;
use crate::engine::rules::{RuleBook, RuleId};

/// The verdict step's words, so that the estimate can find it.
pub(crate) const VERDICT_STEP: &str = "Security review verdict";

/// The resubmission step's words after a failed attempt, so that the estimate can find it.
pub(crate) const RESUBMIT_STEP: &str = "Fix the findings and resubmit";

/// How the publication step's words begin, so that the estimate can find it.
pub(crate) const PUBLISH_STEP: &str = "Publish the listing";

/// The publication step of `plan`, when the listing is not live yet.
pub(crate) fn publication(plan: &[PlanStep]) -> Option<&PlanStep> {
    plan.iter().find(|s| s.step.starts_with(PUBLISH_STEP))
}

/// Steps under construction, with a cursor at the end of the last one.
struct Plan<'a> {
    rules: &'a RuleBook,
    fee: Option<u32>,
    today: NaiveDate,
    cursor: NaiveDate,
    steps: Vec<PlanStep>,
}

impl Plan<'_> {
    /// Adds a step from `from` (never before today) lasting `weeks` weeks of `rule`, and
    /// moves the cursor to its end.
    fn span(&mut self, from: NaiveDate, to: NaiveDate, step: &str, why: String, rule: RuleId) {
        let from = from.max(self.today);
        let to = to.max(from);
        self.steps.push(PlanStep {
            from,
            to,
            step: step.to_string(),
            why,
            source: self.rules.source(rule),
        });
        self.cursor = to;
    }

    /// A step of `rule`'s weeks from the cursor.
    fn next(&mut self, rule: RuleId, step: &str, why: String) {
        let from = self.cursor;
        let to = add_weeks(from, self.rules.whole(rule));
        self.span(from, to, step, why, rule);
    }
}

/// The plan from `today` to a live listing and its first reviews. `likely` is the likely
/// listing date of the estimate: the review's last step (the remediation budget, or after a
/// failed attempt a budget after the follow-up review) ends no earlier than a publication
/// week before it, so that the publication step ends on it when the steps are shorter.
///
/// `list` is the submission checklist (its missing items and common failures are named in
/// the preparation and scan steps) and `fee` the review fee of one attempt, when known.
pub fn plan(
    sr: &SecurityReviewInput,
    list: &Checklist,
    (summary, fee): (&LogSummary, Option<u32>),
    today: NaiveDate,
    likely: NaiveDate,
    rules: &RuleBook,
) -> Vec<PlanStep> {
    let mut p = Plan {
        rules,
        fee,
        today,
        cursor: today,
        steps: Vec::new(),
    };
    let status = summary.status;
    let before_submission = matches!(
        status,
        ReviewStatus::Planned | ReviewStatus::NotStarted | ReviewStatus::Preparing
    );
    if before_submission {
        partner_path(&mut p, sr);
        let prep_from = p.cursor;
        let first_prep_step = p.steps.len();
        prepare_and_submit(&mut p, list, summary);
        office_hours(&mut p, prep_from, first_prep_step + 1);
    }
    let initial = rules.whole(RuleId::SrInitialReviewMinWeeks);
    let initial_max = rules.whole(RuleId::SrInitialReviewMaxWeeks);
    match status {
        ReviewStatus::Listed => {}
        ReviewStatus::Passed => {}
        ReviewStatus::ReReview => re_review(&mut p, summary, fee),
        ReviewStatus::AwaitingResubmission => {
            p.next(
                RuleId::SrResubmissionMinWeeks,
                RESUBMIT_STEP,
                format!("Each resubmission round takes {} in field reports (PRACTITIONER); CRUD/FLS enforcement is the most common finding (OFFICIAL){}", round_words(rules), resubmission_fee_words(fee)),
            );
            p.next(
                RuleId::SrFollowUpMaxWeeks,
                "Follow-up review of the resubmission",
                format!(
                    "A follow-up review after remediation takes up to {} (OFFICIAL)",
                    weeks(rules.whole(RuleId::SrFollowUpMaxWeeks))
                ),
            );
            let from = p.cursor;
            let until = before_publication(likely, rules);
            if at_least_a_week(from, until) {
                let (min_rule, max_rule) = super::range_rules(list.range_app_type);
                p.span(
                    from,
                    until,
                    "Budget the rest of the review: further questions or another round",
                    format!(
                        "The review usually takes {}–{} weeks in all ({}) and the likely listing date counts its failures and risks (see the factors); the budget ends a publication week before that date",
                        rules.whole(min_rule),
                        rules.whole(max_rule),
                        rules.source(max_rule).kind
                    ),
                    max_rule,
                );
            }
        }
        _ => {
            let submitted = summary.pending_since.unwrap_or(p.cursor);
            p.span(
                add_weeks(submitted, initial),
                add_weeks(submitted, initial_max),
                VERDICT_STEP,
                format!("Plan on {initial}–{initial_max} weeks after a submission (OFFICIAL); field reports say {}–{} weeks (PRACTITIONER)", rules.whole(RuleId::SrFieldReviewMinWeeks), rules.whole(RuleId::SrFieldReviewMaxWeeks)),
                RuleId::SrInitialReviewMinWeeks,
            );
            // The likely date counts part of a remediation round (the first-attempt risk):
            // the budget is what it leaves after the verdict window, none when it leaves
            // nothing (the latest date holds the rest).
            let from = p.cursor;
            let until = before_publication(likely, rules);
            if at_least_a_week(from, until) {
                p.span(
                    from,
                    until,
                    "Budget for findings: fix them, resubmit, follow-up review",
                    format!("About {}% of first submissions fail (PRACTITIONER); a round takes {} and the follow-up review up to {} (OFFICIAL); the budget ends a publication week before the likely listing date, and the latest date leaves more", rules.whole(RuleId::SrFirstAttemptFailurePct), round_words(rules), weeks(rules.whole(RuleId::SrFollowUpMaxWeeks))),
                    RuleId::SrFirstAttemptFailurePct,
                );
            }
        }
    }
    let live = status == ReviewStatus::Listed || summary.listed_on.is_some();
    if !live {
        // The publication week, ending on the likely date when the steps before it leave
        // less than a week more (the budgets above take whole weeks).
        let from = p.cursor;
        let week = add_weeks(from, rules.whole(RuleId::PlanPublishWeeks));
        let to = week.max(likely);
        let longer = if to > week {
            "; here it runs on to the likely listing date"
        } else {
            ""
        };
        p.span(
            from,
            to,
            &format!("{PUBLISH_STEP}: listing approval, required fields complete, Ready to List"),
            format!("Publishing needs an approved listing (title and branding, pricing model), every required field and a passed review (OFFICIAL); the week is a team default{longer}"),
            RuleId::PlanPublishWeeks,
        );
    }
    p.next(
        RuleId::PlanFirstReviewsWeeks,
        "Ask the first customers for reviews",
        "Review count and average rating affect search ranking (OFFICIAL); the weeks are a team default".to_string(),
    );
    p.steps
}

/// A publication week (the rule `plan.publish_weeks`) before `likely`: where the review's
/// steps end at the latest, so that the publication step ends on the likely listing date.
fn before_publication(likely: NaiveDate, rules: &RuleBook) -> NaiveDate {
    let days = u64::from(rules.whole(RuleId::PlanPublishWeeks)).saturating_mul(DAYS_PER_WEEK);
    likely
        .checked_sub_days(chrono::Days::new(days))
        .unwrap_or(NaiveDate::MIN)
}

/// Whether `until` is a week or more after `from` (a budget step shorter than that is
/// left out: the publication step takes up the days).
fn at_least_a_week(from: NaiveDate, until: NaiveDate) -> bool {
    (until - from).num_days() >= i64::try_from(DAYS_PER_WEEK).unwrap_or(i64::MAX)
}

/// `from` plus `days` business days (Monday to Friday), saturating at the end of the calendar.
fn add_business_days(from: NaiveDate, days: u32) -> NaiveDate {
    use chrono::{Datelike, Weekday};
    let mut date = from;
    let mut left = days;
    while left > 0 {
        date = add_days(date, 1);
        if date == NaiveDate::MAX {
            break;
        }
        if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    date
}

/// The steps before the review on the partner path, from the stage the user gave (none
/// without one): the business plan / application approval, the partner business org's
/// activation and the partner and distribution agreements, one after another from `today`.
/// The estimate adds the weeks they take to its figures, and the plan starts with them.
pub(crate) fn partner_steps(
    sr: &SecurityReviewInput,
    today: NaiveDate,
    rules: &RuleBook,
) -> Vec<PlanStep> {
    let mut p = Plan {
        rules,
        fee: None,
        today,
        cursor: today,
        steps: Vec::new(),
    };
    partner_path(&mut p, sr);
    p.steps
}

/// The partner path before the review, from the stage the user gave.
fn partner_path(p: &mut Plan<'_>, sr: &SecurityReviewInput) {
    let Some(stage) = sr.partner_stage else {
        return;
    };
    let path = "several practitioner accounts agree (PRACTITIONER)";
    let approval = format!(
        "Approval of the business plan and partner application takes about {}: {path}; first-time ISVs take {}\u{2013}{} months from application to a listed product (SEED forecastable)",
        weeks(p.rules.whole(RuleId::PathApplicationWeeks)),
        p.rules.whole(RuleId::PathMinMonths),
        p.rules.whole(RuleId::PathMaxMonths)
    );
    match stage {
        PartnerStage::NotApplied => p.next(
            RuleId::PathApplicationWeeks,
            "Write the business plan, apply to the partner programme and wait for approval",
            approval,
        ),
        PartnerStage::Applied => p.next(
            RuleId::PathApplicationWeeks,
            "Wait for the business plan and partner application approval",
            approval,
        ),
        PartnerStage::Approved | PartnerStage::AgreementSigned => {}
    }
    if stage != PartnerStage::AgreementSigned {
        let days = p.rules.whole(RuleId::PathOrgActivationDays);
        let from = p.cursor;
        p.span(
            from,
            add_business_days(from, days),
            "Activate the partner business org",
            format!("Activation takes 1\u{2013}{days} business days: {path}"),
            RuleId::PathOrgActivationDays,
        );
        p.next(
            RuleId::PathAgreementWeeks,
            "Sign the partner agreement and the distribution agreement",
            "Every partner who distributes an app commercially signs a distribution agreement (OFFICIAL); new partners underestimate contracting time (PRACTITIONER); the weeks are a team default".to_string(),
        );
    }
}

/// Security office hours, booked when the preparation starts (`from`) for a session before
/// submitting: a step beside the preparation, placed at `at` in the plan (after the
/// preparation step, which starts the same day); it moves nothing after it.
fn office_hours(p: &mut Plan<'_>, from: NaiveDate, at: usize) {
    let notice = p.rules.whole(RuleId::PathOfficeHoursNoticeWeeks);
    let from = from.max(p.today);
    let step = PlanStep {
        from,
        to: add_weeks(from, notice),
        step: "Book security office hours now if you want a session before submitting".to_string(),
        why: format!(
            "Office hours with the security review team need about {} notice: several practitioner accounts agree (PRACTITIONER); they run beside the preparation and add no time",
            weeks(notice)
        ),
        source: p.rules.source(RuleId::PathOfficeHoursNoticeWeeks),
    };
    let at = at.min(p.steps.len());
    p.steps.insert(at, step);
}

/// Preparation, scans and the submission, ending on the planned date when there is one.
fn prepare_and_submit(p: &mut Plan<'_>, list: &Checklist, summary: &LogSummary) {
    let rules = p.rules;
    let scan = rules.whole(RuleId::PlanScanWeeks);
    let prep_from = summary.prepared_from.unwrap_or(p.cursor);
    let earliest_submit = add_weeks(p.cursor, scan);
    let submit_on = match summary.planned {
        Some(planned) => planned.max(earliest_submit),
        None => {
            add_weeks(prep_from, rules.whole(RuleId::PlanPreparationWeeks)).max(earliest_submit)
        }
    };
    let scans_from = submit_on
        .checked_sub_days(chrono::Days::new(
            u64::from(scan).saturating_mul(DAYS_PER_WEEK),
        ))
        .unwrap_or(submit_on)
        .max(p.cursor);
    let from = p.cursor;
    p.span(
        from,
        scans_from,
        "Prepare the submission materials",
        format!("Required with a submission (OFFICIAL checklist): {}; {}; preparation to submission took about 5.5 weeks in a real app (team default)", required_words(list), ready_words(list)),
        RuleId::PlanPreparationWeeks,
    );
    p.span(
        scans_from,
        submit_on,
        &scan_step(list),
        format!("The reports go with the submission (OFFICIAL); Checkmarx includes {} scans per version; before submitting, check the common failures: {}; the week is a team default", rules.whole(RuleId::SrCheckmarxScansPerVersion), common_failures(list)),
        RuleId::PlanScanWeeks,
    );
    let why = if summary.planned.is_some() {
        format!("On the planned date from the log{}", fee_words(p.fee))
    } else {
        format!("After the preparation budget{}", fee_words(p.fee))
    };
    p.span(
        submit_on,
        submit_on,
        "Submit for security review",
        why,
        RuleId::PlanPreparationWeeks,
    );
}

/// The steps of a periodic re-review under way.
fn re_review(p: &mut Plan<'_>, summary: &LogSummary, fee: Option<u32>) {
    let rules = p.rules;
    let since = summary.re_review_since.unwrap_or(p.today);
    match summary.re_review_failed_on {
        None => p.span(
            since,
            add_weeks(since, rules.whole(RuleId::SrReReviewMaxWeeks)),
            "Answer the periodic re-review",
            format!(
                "A periodic re-review takes up to {} (OFFICIAL); security review fees apply (OFFICIAL){}",
                weeks(rules.whole(RuleId::SrReReviewMaxWeeks)),
                fee_words(fee)
            ),
            RuleId::SrReReviewMaxWeeks,
        ),
        Some(failed) => {
            let days = rules.whole(RuleId::SrReReviewFixDays);
            p.span(
                p.today,
                add_days(failed, days),
                "Fix the failed re-review findings and resubmit",
                format!("About {days} days to fix a failed re-review (OFFICIAL)"),
                RuleId::SrReReviewFixDays,
            );
            p.next(
                RuleId::SrFollowUpMaxWeeks,
                "Follow-up review of the fixes",
                format!(
                    "A follow-up review after remediation takes up to {} (OFFICIAL); retesting the fixes is charged (OFFICIAL){}",
                    weeks(rules.whole(RuleId::SrFollowUpMaxWeeks)),
                    fee_words(fee)
                ),
            );
        }
    }
}

/// "2–3 weeks": the resubmission round in field reports.
fn round_words(rules: &RuleBook) -> String {
    format!(
        "{}–{}",
        rules.whole(RuleId::SrResubmissionMinWeeks),
        weeks(rules.whole(RuleId::SrResubmissionMaxWeeks))
    )
}

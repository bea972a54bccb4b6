//! Time to listing in every real state (issue 10): one table of logs as people paste them,
//! the figures and dates each state reports, the plan, the `.ics` text and calibration
//! against the real timelines of DOMAIN.md §6.

use crate::engine_common;

use chrono::{Days, NaiveDate};
use engine_common::d;
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::calendar::ics;
use listing_analyzer::engine::input::{AppType, Input, PartnerStage, SecurityReviewInput};
use listing_analyzer::engine::report::{Report, ReviewStatus, TimeToListing};
use listing_analyzer::engine::rules::SourceKind;

use AppType::{Connected, Native};
use ReviewStatus::*;

fn today() -> NaiveDate {
    d(2026, 11, 25)
}

fn report_on(app: AppType, log: &str, today: NaiveDate, paid: Option<bool>) -> Report {
    let input = Input {
        today: Some(today),
        security_review: SecurityReviewInput {
            app_type: Some(app),
            log: log.to_string(),
            paid,
            ..SecurityReviewInput::default()
        },
        ..Input::default()
    };
    analyze(&input, today)
}

fn estimate_on(app: AppType, log: &str, today: NaiveDate) -> TimeToListing {
    report_on(app, log, today, None).time_to_listing
}

fn show(name: &str, t: &TimeToListing) {
    println!(
        "{name}: status {:?}, weeks {}/{}/{} from {}, earliest {} likely {} latest {}, overdue {}, passed_on {:?}, listed_on {:?}, fees {:?}",
        t.status, t.low_weeks, t.likely_weeks, t.high_weeks, t.start, t.earliest, t.likely, t.latest,
        t.overdue, t.passed_on, t.listed_on, t.fees_usd
    );
}

/// The invariants every state keeps (issue 10, "Done when").
fn check(t: &TimeToListing, today: NaiveDate) {
    assert!(
        t.low_weeks <= t.likely_weeks && t.likely_weeks <= t.high_weeks,
        "{t:?}"
    );
    let sum: i64 = t.factors.iter().map(|f| i64::from(f.weeks)).sum();
    assert_eq!(sum, i64::from(t.likely_weeks), "{:#?}", t.factors);
    if t.status.is_done() {
        let on = if t.status == Listed {
            t.listed_on
        } else {
            t.passed_on
        };
        assert_eq!(Some(t.likely), on);
        assert_eq!((t.earliest, t.latest), (t.likely, t.likely));
    } else {
        assert!(
            t.earliest >= today && t.likely >= today && t.latest >= today,
            "{t:?}"
        );
    }
    assert!(
        t.plan.iter().all(|s| s.from >= today && s.to >= s.from),
        "{:#?}",
        t.plan
    );
    assert!(
        t.plan.windows(2).all(|w| w[0].from <= w[1].from),
        "{:#?}",
        t.plan
    );
    // Issue 20, one schedule: in an open state the plan's publication ends on the headline's
    // likely date, between its earliest and latest dates.
    if !t.status.is_done() && t.status != ReviewStatus::ReReview {
        if let Some(p) = t
            .plan
            .iter()
            .find(|s| s.step.starts_with("Publish the listing"))
        {
            assert!(
                t.earliest <= p.to && p.to == t.likely && p.to <= t.latest,
                "publication {}–{}, headline {} / {} / {}",
                p.from,
                p.to,
                t.earliest,
                t.likely,
                t.latest
            );
        }
    }
}

#[test]
fn each_state_reads_right() {
    // (name, app, log, status, (low, likely, high), overdue)
    type Case = (
        &'static str,
        AppType,
        &'static str,
        ReviewStatus,
        (u32, u32, u32),
        bool,
    );
    let cases: &[Case] = &[
        ("planned", Connected, "Planning to submit 15 January 2027", Planned, (8, 11, 16), false),
        ("not started", Connected, "", NotStarted, (11, 13, 16), false),
        ("preparing", Native, "2026-10-01 began preparing for the security review", Preparing, (16, 21, 32), false),
        ("in review", Connected, "2026-10-01 submitted", InReview, (9, 11, 16), false),
        ("in review, overdue", Connected, "2026-03-03 submitted", InReview, (40, 41, 43), true),
        ("awaiting resubmission", Connected, "2026-09-07 submitted\n2026-11-02 failed: CRUD/FLS", AwaitingResubmission, (15, 19, 19), false),
        // A native app bounced a week after its submission (a tester's report, 7 Dec 2026:
        // the plan published six weeks before the earliest date).
        ("bounced, native", Native, "2026-11-01 submitted\n2026-11-10 bounced, expired credentials", AwaitingResubmission, (18, 23, 32), false),
        ("bounced", Connected, "2026-10-20 submitted\n2026-11-10 bounced: expired test credentials", AwaitingResubmission, (10, 13, 16), false),
        ("passed in 3 weeks", Connected, "2026-06-01 submitted\n2026-06-22 passed", Passed, (3, 3, 3), false),
        ("passed in 40 weeks", Native, "2025-06-02 submitted\n2026-03-09 approved", Passed, (40, 40, 40), false),
        ("listed", Native, "2026-03-02 hardening for the review began\n2026-04-09 submitted\n2026-07-09 published, live", Listed, (18, 18, 18), false),
        ("re-review", Connected, "2025-01-06 submitted\n2025-03-03 passed\n2025-03-10 listed\n2026-11-02 periodic re-review started", ReReview, (4, 6, 6), false),
        ("re-review failed", Connected, "2025-01-06 submitted\n2025-03-03 passed\n2026-10-01 re-review\n2026-11-02 re-review failed", ReReview, (8, 11, 18), false),
    ];
    // Issue 20 (one schedule): the figures hold the plan, so a state before the verdict
    // publishes no earlier than the plan's first verdict plus the publication week, and the
    // plan publishes on the likely date (its review steps stretched to it, or the likely
    // date moved to where its steps from today end: "not started" publishes a week after
    // the verdict window, "awaiting resubmission" after the fix and the follow-up review).
    for &(name, app, log, status, figures, overdue) in cases {
        let t = estimate_on(app, log, today());
        show(name, &t);
        check(&t, today());
        assert_eq!(t.status, status, "{name}");
        assert_eq!(
            (t.low_weeks, t.likely_weeks, t.high_weeks),
            figures,
            "{name}: {:#?}",
            t.factors
        );
        assert_eq!(t.overdue, overdue, "{name}");
    }
}

#[test]
fn start_is_counted_from_preparation_and_said_in_the_factors() {
    // (log, start, words in the first factor)
    let cases = [
        (
            "2026-09-01 prep kick-off\n2026-10-01 submitted",
            d(2026, 9, 1),
            "the start of review preparation",
        ),
        (
            "2026-10-01 submitted",
            d(2026, 10, 1),
            "the first submission",
        ),
        (
            "Planning to submit 15 January 2027",
            d(2027, 1, 15),
            "the planned submission",
        ),
        ("", today(), "today"),
    ];
    for (log, start, words) in cases {
        let t = estimate_on(Native, log, today());
        assert_eq!(t.start, start, "{log}");
        assert!(t.factors[0].label.contains(words), "{}", t.factors[0].label);
    }
    let t = estimate_on(
        Native,
        "2026-09-01 prep kick-off\n2026-10-01 submitted",
        today(),
    );
    assert_eq!(t.prepared_from, Some(d(2026, 9, 1)));
}

#[test]
fn overdue_review_says_how_far_past_the_range() {
    let t = estimate_on(Connected, "2026-03-03 submitted", today());
    assert!(t.overdue);
    assert!(
        t.factors.iter().any(|f| f
            .label
            .starts_with("Running 23 weeks past the 16-week range")),
        "{:#?}",
        t.factors
    );
    // No factor contradicts another: nothing negative in an open state.
    assert!(t.factors.iter().all(|f| f.weeks >= 0), "{:#?}", t.factors);
}

#[test]
fn done_states_report_the_real_dates() {
    let t = estimate_on(
        Connected,
        "2026-06-01 submitted\n2026-06-22 passed",
        today(),
    );
    assert_eq!(
        (t.passed_on, t.likely),
        (Some(d(2026, 6, 22)), d(2026, 6, 22))
    );
    assert!(
        t.factors.iter().any(|f| f.label.ends_with(
            "3 weeks after the first submission on 2026-06-01: faster than the usual 8–16"
        )),
        "{:#?}",
        t.factors
    );
    let t = estimate_on(Native, "2026-04-09 submitted\n2026-05-21 not approved\n2026-05-22 resubmitted\n2026-07-09 passed and listed", today());
    assert_eq!(
        (t.status, t.listed_on, t.passed_on),
        (Listed, Some(d(2026, 7, 9)), Some(d(2026, 7, 9)))
    );
    assert_eq!(t.failed_attempts, 1);
}

#[test]
fn a_re_review_is_not_a_new_submission() {
    let log = "2025-01-06 submitted\n2025-03-03 passed\n2025-03-10 listed\n2026-11-02 periodic re-review started";
    let r = report_on(Connected, log, today(), Some(true));
    let t = &r.time_to_listing;
    assert_eq!((t.status, t.start), (ReReview, d(2026, 11, 2)));
    // One attempt paid for the first review, and the re-review is charged too ("security
    // review fees apply", docs/domain.md §7); it is still not a new submission.
    assert_eq!((t.attempts, t.fees_usd), (1, Some(2 * 999)));
    assert!(!t
        .factors
        .iter()
        .any(|f| f.label.starts_with("First-attempt failure risk")));
    assert!(
        !r.readiness
            .gaps
            .iter()
            .any(|g| g.field.key() == "security_review"),
        "{:#?}",
        r.readiness.gaps
    );
    assert_eq!(t.listed_on, Some(d(2025, 3, 10)));
}

#[test]
fn fees_are_null_when_it_is_unknown_whether_the_solution_is_paid() {
    // (log, paid, fees)
    let cases = [
        ("", None, None),
        ("", Some(false), Some(0)),
        ("", Some(true), Some(999)),
        (
            "2026-09-07 submitted\n2026-11-02 failed",
            Some(true),
            Some(1998),
        ),
        ("2026-09-07 submitted\n2026-11-02 failed", None, None),
        (
            "2026-06-01 submitted\n2026-06-22 passed",
            Some(true),
            Some(999),
        ),
    ];
    for (log, paid, fees) in cases {
        let t = report_on(Connected, log, today(), paid).time_to_listing;
        assert_eq!(t.fees_usd, fees, "{log:?} {paid:?}");
    }
    let json = listing_analyzer::engine::analyze_json(
        r#"{"schema_version":1,"today":"2026-11-25"}"#,
        today(),
    )
    .unwrap_or_default();
    assert!(json.contains(r#""fees_usd":null"#), "{json}");
    assert!(json.contains(r#""status":"not_started""#), "{json}");
}

#[test]
fn the_plan_runs_from_today_to_first_reviews_with_sources() {
    let t = estimate_on(Native, "", today());
    let steps: Vec<&str> = t.plan.iter().map(|s| s.step.as_str()).collect();
    assert_eq!(steps.len(), 8, "{steps:#?}");
    for (step, words) in steps.iter().zip([
        "Prepare the submission materials",
        "Book security office hours",
        "Run the scans",
        "Submit",
        "Security review verdict",
        "Budget for findings",
        "Publish the listing",
        "Ask the first customers for reviews",
    ]) {
        assert!(step.starts_with(words), "{step}");
    }
    assert!(t
        .plan
        .iter()
        .all(|s| !s.source.title.is_empty() && !s.why.is_empty()));
    check(&t, today());
    // A planned submission dates the submit step.
    let t = estimate_on(Connected, "Planning to submit 15 January 2027", today());
    let submit = t
        .plan
        .iter()
        .find(|s| s.step.starts_with("Submit"))
        .map(|s| s.from);
    assert_eq!(submit, Some(d(2027, 1, 15)));
}

#[test]
fn the_plan_starts_where_the_user_stands_on_the_partner_path() {
    let mut input = Input {
        today: Some(today()),
        ..Input::default()
    };
    input.security_review.partner_stage = Some(PartnerStage::NotApplied);
    input.security_review.app_type = Some(Native);
    let t = analyze(&input, today()).time_to_listing;
    let steps: Vec<&str> = t.plan.iter().map(|s| s.step.as_str()).collect();
    // Issue 23 item 4: application approval, org activation, the agreements, each with
    // its source; office hours beside the preparation.
    for (step, words) in steps.iter().zip([
        "Write the business plan, apply to the partner programme",
        "Activate the partner business org",
        "Sign the partner agreement and the distribution agreement",
        "Prepare the submission materials",
        "Book security office hours",
    ]) {
        assert!(step.starts_with(words), "{steps:#?}");
    }
    assert!(t.plan[0].why.contains("6–12 months"), "{}", t.plan[0].why);
    assert_eq!(t.plan[0].source.kind, SourceKind::Practitioner);
    // The org is active 3 business days after the approval (a weekend in between).
    assert_eq!(
        (t.plan[1].from, t.plan[1].to),
        (d(2026, 12, 16), d(2026, 12, 21))
    );
    // The headline includes the weeks before the review, and says so.
    let before = weeks_between(today(), t.plan[2].to);
    assert_eq!(t.before_review_weeks, before);
    assert!(t
        .factors
        .iter()
        .any(|f| f.weeks == before as i32 && f.label.starts_with("Steps before the review")));
    let without = estimate_on(Native, "", today());
    assert!(t.likely_weeks >= without.likely_weeks + before, "{t:#?}");
    check(&t, today());
    input.security_review.app_type = Some(Connected);
    input.security_review.partner_stage = Some(PartnerStage::Approved);
    let t = analyze(&input, today()).time_to_listing;
    // Every commercial distributor signs the same agreement (docs/domain.md §7).
    assert!(
        t.plan[0]
            .step
            .starts_with("Activate the partner business org")
            && t.plan
                .iter()
                .any(|s| s.step.contains("distribution agreement"))
            && !t.plan.iter().any(|s| s.step.contains("lighter")),
        "{:#?}",
        t.plan
    );
    check(&t, today());
    input.security_review.partner_stage = Some(PartnerStage::AgreementSigned);
    let t = analyze(&input, today()).time_to_listing;
    assert_eq!(t.before_review_weeks, 0);
    assert!(t.plan[0]
        .step
        .starts_with("Prepare the submission materials"));
}

/// Whole weeks from `from` to `to`, rounded up.
fn weeks_between(from: NaiveDate, to: NaiveDate) -> u32 {
    u32::try_from((to - from).num_days().max(0))
        .unwrap_or(0)
        .div_ceil(7)
}

#[test]
fn the_calendar_holds_every_milestone() {
    let t = estimate_on(Native, "2026-10-01 began preparing", today());
    let text = ics(&t.plan, today());
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), t.plan.len());
    for s in &t.plan {
        let start = format!("DTSTART;VALUE=DATE:{}", s.from.format("%Y%m%d"));
        assert!(text.contains(&start), "{start}");
        let end = s.to + Days::new(1);
        assert!(text.contains(&format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d"))));
    }
    assert!(text.contains("SUMMARY:Submit for security review\r\n"));
    assert!(
        text.split("\r\n").all(|l| l.len() <= 75),
        "a line is not folded"
    );
    assert!(!text.replace("\r\n", "").contains('\n'));
}

/// One real timeline of DOMAIN.md §6: the log known at a moment, and the real listing date.
struct Real {
    name: &'static str,
    app: AppType,
    /// `(moment, known on, log text known by then)`.
    moments: Vec<(&'static str, NaiveDate, &'static str)>,
    listed: NaiveDate,
}

#[test]
fn calibration_against_real_timelines() {
    let reals = [
        Real {
            name: "document generation (native, 2026)",
            app: Native,
            moments: vec![
                ("at preparation start", d(2026, 3, 2), "2026-03-02 hardening for the security review began"),
                ("at submission", d(2026, 4, 9), "2026-03-02 hardening for the security review began\n2026-04-08 Checkmarx scan\n2026-04-09 submitted"),
                ("at the failed verdict", d(2026, 5, 21), "2026-03-02 hardening began\n2026-04-09 submitted\n2026-05-21 not approved: 30 findings"),
                ("at resubmission", d(2026, 5, 22), "2026-03-02 hardening began\n2026-04-09 submitted\n2026-05-21 not approved\n2026-05-22 resubmitted"),
            ],
            listed: d(2026, 7, 9),
        },
        Real {
            name: "dashboards (native, 2023; no submission date)",
            app: Native,
            moments: vec![("at preparation start", d(2023, 2, 2), "2023-02-02 review work began")],
            listed: d(2023, 9, 9),
        },
        Real {
            name: "developer tool (web app + managed package, 2026; no submission date)",
            app: Native,
            moments: vec![("at package start", d(2026, 3, 28), "2026-03-28 started preparing the package")],
            listed: d(2026, 9, 12),
        },
    ];
    for real in reals {
        for &(moment, on, log) in &real.moments {
            let t = estimate_on(real.app, log, on);
            println!(
                "calibration {} {moment} ({on}): {:?}, {}–{} weeks (likely {}) from {} → {} .. {} (likely {}); real listing {} {}",
                real.name, t.status, t.low_weeks, t.high_weeks, t.likely_weeks, t.start,
                t.earliest, t.latest, t.likely, real.listed,
                if (t.earliest..=t.latest).contains(&real.listed) { "inside" } else { "OUTSIDE" }
            );
            assert!(
                (t.earliest..=t.latest).contains(&real.listed),
                "{} {moment}: {} .. {} excludes {}",
                real.name,
                t.earliest,
                t.latest,
                real.listed
            );
        }
    }
}

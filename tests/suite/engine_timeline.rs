//! Time to listing: invariants, anchors, status, fees and materials.

use crate::engine_common;

use chrono::{Days, NaiveDate};
use engine_common::{d, log, sr, APP_TYPES, COMPLEXITIES};
use listing_analyzer::engine::estimate::timeline::estimate;
use listing_analyzer::engine::input::{AppType, Complexity, Material};
use listing_analyzer::engine::model::{EventKind, SecurityLog};
use listing_analyzer::engine::report::{InputKind, ReviewStatus, TimeToListing};
use listing_analyzer::engine::rules::RuleBook;

use AppType::{Connected, Native};
use Complexity::{High, Low, Medium};
use EventKind::{Failed, Passed, ProvisionalPass, Resubmitted, Submitted};

fn today() -> NaiveDate {
    d(2026, 11, 22)
}

fn weeks_before(date: NaiveDate, weeks: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(weeks * 7)).expect("date")
}

fn run(app: AppType, c: Complexity, l: &SecurityLog) -> TimeToListing {
    estimate(&sr(app, c), l, None, today(), &RuleBook::new()).0
}

/// A log with `failures` failed rounds, the first submission `weeks_ago` weeks ago.
fn failing_log(failures: usize, weeks_ago: u64) -> SecurityLog {
    let start = weeks_before(today(), weeks_ago);
    let mut events = vec![(start, Submitted)];
    for i in 0..failures as u64 {
        events.push((start + Days::new(7 * (2 * i + 1)), Failed));
        events.push((start + Days::new(7 * (2 * i + 2)), Resubmitted));
    }
    log(&events)
}

/// Issue 10 changed these: done states are no longer clamped into the range (their dates
/// are the log's), and open states may run past the range maximum (overdue) instead of
/// being capped at it.
fn check_invariants(t: &TimeToListing) {
    assert!(
        t.low_weeks <= t.likely_weeks && t.likely_weeks <= t.high_weeks,
        "{t:?}"
    );
    let sum: i32 = t.factors.iter().map(|f| f.weeks).sum();
    assert_eq!(
        i64::from(sum),
        i64::from(t.likely_weeks),
        "{:#?}",
        t.factors
    );
    if t.status.is_done() {
        assert_eq!((t.earliest, t.latest), (t.likely, t.likely));
    } else {
        assert!(t.low_weeks >= t.range_min_weeks && t.high_weeks >= t.range_max_weeks);
        assert!(t.earliest >= today(), "{t:?}");
        assert_eq!(t.earliest, t.start + Days::new(7 * u64::from(t.low_weeks)));
        assert_eq!(t.likely, t.start + Days::new(7 * u64::from(t.likely_weeks)));
        assert_eq!(t.latest, t.start + Days::new(7 * u64::from(t.high_weeks)));
    }
}

#[test]
fn anchors() {
    let t = run(Connected, Low, &log(&[]));
    // Issue 20: the range is the review's span; the figures hold the plan (preparation,
    // first verdict, publication), so an app that has not started lists after 11 weeks at
    // the earliest.
    assert_eq!(
        (t.low_weeks, t.range_min_weeks, t.range_max_weeks),
        (11, 8, 16)
    );
    let t = run(Native, High, &failing_log(2, 10));
    assert_eq!(
        (t.high_weeks, t.range_min_weeks, t.range_max_weeks),
        (32, 16, 32)
    );
    assert_eq!(t.failed_attempts, 2);
}

#[test]
fn not_started_starts_today_and_every_combination_holds_the_invariants() {
    for app in APP_TYPES {
        for c in COMPLEXITIES {
            for failures in 0..4 {
                let l = if failures == 0 {
                    log(&[])
                } else {
                    failing_log(failures, 12)
                };
                let t = run(app, c, &l);
                check_invariants(&t);
                if failures == 0 {
                    assert_eq!((t.status, t.start), (ReviewStatus::NotStarted, today()));
                }
            }
        }
    }
}

#[test]
fn complexity_and_failures_never_shorten_a_figure() {
    for app in APP_TYPES {
        for failures in 0..5 {
            for weeks_ago in [0, 6, 20, 40] {
                let l = failing_log(failures, weeks_ago);
                let figures = |c| {
                    let t = run(app, c, &l);
                    (t.low_weeks, t.likely_weeks, t.high_weeks)
                };
                let (a, b, c) = (figures(Low), figures(Medium), figures(High));
                assert!(
                    a.0 <= b.0
                        && a.1 <= b.1
                        && a.2 <= b.2
                        && b.0 <= c.0
                        && b.1 <= c.1
                        && b.2 <= c.2
                );
                let more = run(app, Medium, &failing_log(failures + 1, weeks_ago));
                let fewer = run(app, Medium, &l);
                assert!(
                    fewer.low_weeks <= more.low_weeks
                        && fewer.likely_weeks <= more.likely_weeks
                        && fewer.high_weeks <= more.high_weeks
                );
            }
        }
    }
}

#[test]
fn likely_is_explained_week_by_week() {
    let t = run(Connected, Medium, &failing_log(2, 5));
    let labels: Vec<&str> = t.factors.iter().map(|f| f.label.as_str()).collect();
    assert!(
        t.factors.iter().any(|f| f.weeks == 4
            && f.label
                .starts_with("2 failed attempts: 2 weeks per resubmission round (PRACTITIONER")),
        "{labels:#?}"
    );
    assert!(
        t.factors.iter().any(|f| f.weeks == 2
            && f.label
                .starts_with("Medium complexity: 25% of the 8-week range span")),
        "{labels:#?}"
    );
    assert!(
        labels
            .iter()
            .any(|l| l.starts_with("Connected app: the security review takes 8–16 weeks")),
        "{labels:#?}"
    );
    // 8 base + 2 complexity + 4 resubmissions; no first-attempt risk once an attempt failed.
    assert_eq!(t.likely_weeks, 14);
    let t = run(Connected, Low, &log(&[]));
    // 8 base + 0 complexity + 1 (50% of a 2-week round), then + 2 to the plan's first
    // verdict plus the publication week; the likely date is the plan's publication, a week
    // after the verdict window (+ 2); the latest is the range's top.
    assert_eq!((t.low_weeks, t.likely_weeks, t.high_weeks), (11, 13, 16));
}

#[test]
fn events_are_sorted_and_later_submissions_are_resubmissions() {
    let l = log(&[
        (d(2026, 5, 1), Submitted),
        (d(2026, 3, 1), Submitted),
        (d(2026, 4, 1), Failed),
    ]);
    let t = run(Native, Medium, &l);
    let kinds: Vec<EventKind> = t.events.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [Submitted, Failed, Resubmitted]);
    assert_eq!(
        (t.start, t.status, t.failed_attempts),
        (d(2026, 3, 1), ReviewStatus::InReview, 1)
    );
    assert_eq!(t.events[0].line, 2);
}

#[test]
fn a_pass_reports_the_real_weeks_never_clamped() {
    // Issue 10: was "clamped into the range" (3 weeks read as 8, 40 as 32).
    // (app, weeks from submission to pass, expected figure, comparison with the range)
    let cases = [
        (Connected, 12, 12, "inside the usual 8–16"),
        (Connected, 3, 3, "faster than the usual 8–16"),
        (Native, 40, 40, "slower than the usual 16–32"),
        (Native, 20, 20, "inside the usual 16–32"),
    ];
    for (app, weeks, expected, pace) in cases {
        let start = d(2025, 6, 2);
        let pass = start + Days::new(7 * weeks);
        let t = run(app, High, &log(&[(start, Submitted), (pass, Passed)]));
        check_invariants(&t);
        assert_eq!(t.status, ReviewStatus::Passed);
        assert_eq!(t.passed_on, Some(pass));
        assert_eq!(
            (t.low_weeks, t.likely_weeks, t.high_weeks),
            (expected, expected, expected)
        );
        assert_eq!((t.earliest, t.likely, t.latest), (pass, pass, pass));
        assert!(
            t.factors.iter().any(|f| f.label.ends_with(pace)),
            "{:#?}",
            t.factors
        );
    }
    let t = run(
        Connected,
        Low,
        &log(&[
            (d(2026, 1, 5), Submitted),
            (d(2026, 3, 30), ProvisionalPass),
        ]),
    );
    assert_eq!(t.status, ReviewStatus::Passed);
    assert!(t.factors.iter().any(|f| f.label.contains("provisional")));
}

#[test]
fn in_review_never_ends_before_today() {
    // Native, submitted 20 weeks ago: every figure covers the 20 weeks already spent.
    let t = run(Native, Low, &failing_log(0, 20));
    check_invariants(&t);
    assert_eq!(t.status, ReviewStatus::InReview);
    assert!(t.low_weeks >= 20 && t.likely >= today(), "{t:?}");
    // Connected, submitted 30 weeks ago: past the range, overdue and re-estimated from today
    // (issue 10: was capped at 16/16/16 weeks, dated 14 weeks before today).
    let t = run(Connected, Low, &failing_log(0, 30));
    check_invariants(&t);
    assert!(t.overdue);
    assert_eq!((t.low_weeks, t.likely_weeks, t.high_weeks), (31, 32, 34));
    assert!(t.factors.iter().any(|f| f
        .label
        .starts_with("Running 14 weeks past the 16-week range")));
    // A submission 2 weeks ago: no verdict before the 4-week initial review.
    let t = run(
        Connected,
        Low,
        &log(&[
            (weeks_before(today(), 10), Submitted),
            (weeks_before(today(), 8), Failed),
            (weeks_before(today(), 2), Resubmitted),
        ]),
    );
    check_invariants(&t);
    assert!(t.likely_weeks >= 12, "{t:?}");
}

#[test]
fn events_after_today_are_reported_and_left_out() {
    let (t, diags) = estimate(
        &sr(Connected, Low),
        &log(&[(d(2026, 10, 1), Submitted), (d(2027, 1, 1), Passed)]),
        None,
        today(),
        &RuleBook::new(),
    );
    assert_eq!(t.status, ReviewStatus::InReview);
    assert_eq!(diags.len(), 1);
    assert_eq!(
        (diags[0].input, diags[0].line),
        (InputKind::SecurityReview, 2)
    );
}

#[test]
fn a_log_without_a_submission_takes_its_earliest_event_as_start() {
    let (t, diags) = estimate(
        &sr(Connected, Low),
        &log(&[(d(2026, 9, 1), Failed)]),
        None,
        today(),
        &RuleBook::new(),
    );
    assert_eq!((t.start, t.failed_attempts), (d(2026, 9, 1), 1));
    assert_eq!(diags.len(), 1);
}

#[test]
fn fees_count_attempts_for_paid_solutions() {
    // (log, paid, fees)
    let s = d(2026, 3, 2);
    type Case = (Vec<(NaiveDate, EventKind)>, Option<bool>, u32);
    let cases: Vec<Case> = vec![
        (vec![], Some(true), 999),
        (vec![(s, Submitted)], Some(true), 999),
        (
            vec![(s, Submitted), (d(2026, 4, 1), Failed)],
            Some(true),
            1998,
        ),
        (
            vec![
                (s, Submitted),
                (d(2026, 4, 1), Failed),
                (d(2026, 5, 1), Resubmitted),
            ],
            Some(true),
            1998,
        ),
        (
            vec![
                (s, Submitted),
                (d(2026, 4, 1), Failed),
                (d(2026, 5, 1), Submitted),
                (d(2026, 6, 1), Passed),
            ],
            Some(true),
            1998,
        ),
        (
            vec![(s, Submitted), (d(2026, 4, 1), Failed)],
            Some(false),
            0,
        ),
        (vec![(s, Submitted)], None, 0),
    ];
    for (events, paid, fees) in cases {
        let (t, _) = estimate(
            &sr(Connected, Low),
            &log(&events),
            paid,
            today(),
            &RuleBook::new(),
        );
        assert_eq!(t.fees_usd, paid.map(|_| fees), "{events:?} {paid:?}");
    }
}

#[test]
fn required_items_said_not_ready_add_a_bounce() {
    let all_but = |skip: Material| {
        Some(
            Material::ALL
                .iter()
                .copied()
                .filter(|&m| m != skip)
                .collect::<Vec<_>>(),
        )
    };
    // (app, ids said not ready, older materials ready, bounce expected): an item that does
    // not apply, or is not said, adds nothing (issue 20 item 4).
    type Case = (
        AppType,
        &'static [&'static str],
        Option<Vec<Material>>,
        bool,
    );
    let cases: [Case; 8] = [
        (Native, &["checkmarx"], None, true),
        (Connected, &["checkmarx"], None, false),
        (Connected, &["dast_1"], None, true),
        (Native, &["dast_1"], None, false),
        (Native, &["test_credentials"], None, true),
        (Native, &[], all_but(Material::Checkmarx), false),
        (Native, &[], Some(Material::ALL.to_vec()), false),
        (Native, &[], None, false),
    ];
    for (app, not_ready, ready, bounce) in cases {
        let mut input = sr(app, Medium);
        input.materials_ready = ready.clone();
        if !not_ready.is_empty() {
            input.checklist_not_ready = Some(not_ready.iter().map(|s| s.to_string()).collect());
        }
        let (t, _) = estimate(&input, &log(&[]), None, today(), &RuleBook::new());
        check_invariants(&t);
        let has = t
            .factors
            .iter()
            .any(|f| f.label.starts_with("Missing submission materials") && f.weeks == 2);
        assert_eq!(has, bounce, "{app:?} {not_ready:?} {ready:?}");
    }
}

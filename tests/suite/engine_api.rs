//! The public API end to end: JSON in, report out, and the `analyze` command line.

use crate::engine_common;

use engine_common::cli;

use engine_common::d;
use listing_analyzer::engine::input::{AppType, Input};
use listing_analyzer::engine::report::{InputKind, Report, ReviewStatus};
use listing_analyzer::engine::{analyze, analyze_json, InputError};

const SAMPLE: &str = include_str!("../../docs/sample-input.json");

fn sample() -> Input {
    listing_analyzer::engine::parse_input(SAMPLE).expect("sample input")
}

#[test]
fn the_sample_is_analyzed_from_text_to_report() {
    let r = analyze(&sample(), d(2030, 1, 1));
    assert_eq!(r.today, d(2026, 11, 22), "the input's date wins");
    assert_eq!(r.understood.reviews_read, 8);
    assert_eq!(r.understood.log_events, 3);
    assert!(r.understood.listing_fields >= 10, "{:?}", r.understood);

    let t = &r.time_to_listing;
    assert_eq!(
        (t.app_type, t.status),
        (Some(AppType::Connected), ReviewStatus::InReview)
    );
    assert_eq!(
        (t.start, t.failed_attempts, t.fees_usd),
        (d(2026, 9, 7), 1, Some(1998))
    );
    assert!(t.low_weeks <= t.likely_weeks && t.likely_weeks <= t.high_weeks);
    // One schedule: the plan's publication falls inside the headline's dates.
    let publish = t
        .plan
        .iter()
        .find(|s| s.step.starts_with("Publish the listing"));
    assert!(publish.is_some_and(|p| t.earliest <= p.from && p.to <= t.latest));
    let sum: i32 = t.factors.iter().map(|f| f.weeks).sum();
    assert_eq!(sum, t.likely_weeks as i32);

    let s = &r.review_score;
    assert_eq!((s.reviews_in_window, s.eligible, s.points), (8, true, 75));
    assert!(!s.next_window.eligible);
    assert_eq!(r.review_score_by_rule_set.len(), 4);

    let fields: Vec<&str> = r.readiness.gaps.iter().map(|g| g.field.key()).collect();
    assert!(
        fields.contains(&"security_review") && fields.contains(&"screenshots"),
        "{fields:?}"
    );
    assert!(r.readiness.score < 100);

    let ids: Vec<&str> = r.rules.iter().map(|v| v.id.as_str()).collect();
    for id in [
        "fy24.min_reviews",
        "official_fy22.band5.points",
        "sr.connected.max_weeks",
        "sr.fee_usd",
        "limits.screenshots_min",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    assert!(
        !ids.contains(&"sr.native.min_weeks"),
        "a connected app does not use the native range"
    );
    assert!(r
        .rules
        .iter()
        .any(|v| v.id == "fy24.min_reviews" && v.overridden));
}

#[test]
fn default_today_applies_when_the_input_has_none() {
    let input = Input {
        today: None,
        ..Input::default()
    };
    let r = analyze(&input, d(2027, 1, 15));
    assert_eq!(r.today, d(2027, 1, 15));
    assert_eq!(r.review_score.window_start, d(2025, 2, 1));
    assert_eq!(r.time_to_listing.start, d(2027, 1, 15));
    assert_eq!(r.time_to_listing.status, ReviewStatus::NotStarted);
}

#[test]
fn diagnostics_are_sorted_by_input_then_line() {
    let mut input = sample();
    input
        .reviews
        .push_str("2027-03-01,5,From the future\nnot a review at all\n");
    input.security_review.log.push_str("2027-05-01 passed\n");
    input.overrides.insert("no.such.rule".into(), 1.0);
    let r = analyze(&input, d(2026, 11, 22));
    let keys: Vec<(InputKind, usize)> = r.diagnostics.iter().map(|d| (d.input, d.line)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    for kind in [
        InputKind::Reviews,
        InputKind::SecurityReview,
        InputKind::Settings,
    ] {
        assert!(keys.iter().any(|k| k.0 == kind), "{kind:?} in {keys:?}");
    }
}

#[test]
fn json_errors_are_typed_and_one_line() {
    let today = d(2026, 11, 22);
    let cases: [(&str, Option<InputError>); 5] = [
        ("{", None),
        ("[]", None),
        ("{\"listing\": \"x\"}", None),
        (
            "{\"schema_version\": 2}",
            Some(InputError::SchemaVersion(2)),
        ),
        (
            "{\"schema_version\": 99999999999, \"listing\": 3}",
            Some(InputError::SchemaVersion(u32::MAX)),
        ),
    ];
    for (json, expected) in cases {
        let err = analyze_json(json, today).expect_err(json);
        match expected {
            Some(e) => assert_eq!(err, e),
            None => assert!(matches!(err, InputError::Json(_)), "{err:?}"),
        }
        let line = err.to_string();
        assert!(!line.is_empty() && !line.contains('\n'), "{line}");
    }
    assert!(InputError::SchemaVersion(2)
        .to_string()
        .contains("schema_version 2"));
    let out = analyze_json("{\"schema_version\": 1}", today).expect("minimal input");
    let report: Report = serde_json::from_str(&out).expect("report JSON");
    assert_eq!((report.schema_version, report.today), (1, today));
}

#[test]
fn cli_prints_the_report_or_fails_with_exit_2() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/sample-input.json");
    for (args, stdin) in [(vec![path], ""), (vec![], SAMPLE), (vec!["-"], SAMPLE)] {
        let (code, out, err) = cli(&args, stdin);
        assert_eq!(code, 0, "{args:?}: {err}");
        let report: Report = serde_json::from_str(&out).expect("report JSON");
        assert_eq!(report.today, d(2026, 11, 22));
        assert!(out.contains("\n  \"schema_version\": 1"), "pretty JSON");
    }
    for (args, stdin, needle) in [
        (vec![], "{not json", "unreadable input JSON"),
        (vec![], "{\"schema_version\": 2}", "schema_version 2"),
        (
            vec!["/no/such/file.json"],
            "",
            "cannot read /no/such/file.json",
        ),
        (vec!["a.json", "b.json"], "", "at most one"),
        (vec!["--frobnicate"], "", "unknown option"),
    ] {
        let (code, out, err) = cli(&args, stdin);
        assert_eq!(code, 2, "{args:?} {stdin}");
        assert!(out.is_empty());
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(needle), "{err}");
    }
    let (code, out, _) = cli(&["--help"], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("Usage: analyze"));
}

#[test]
fn the_cli_uses_the_system_date_without_today() {
    let (code, out, err) = cli(&[], "{\"schema_version\": 1}");
    assert_eq!(code, 0, "{err}");
    let report: Report = serde_json::from_str(&out).expect("report JSON");
    assert!(report.today > d(2024, 1, 1), "{}", report.today);
}

#[test]
fn the_ends_of_the_calendar_do_not_panic() {
    for today in [chrono::NaiveDate::MIN, chrono::NaiveDate::MAX] {
        let mut input = sample();
        input.today = Some(today);
        let r = analyze(&input, today);
        assert!(r.time_to_listing.low_weeks <= r.time_to_listing.high_weeks);
        input.security_review.log = format!("{today} submitted\n");
        let _ = analyze(&input, today);
    }
}

#[test]
fn unreadable_characters_are_reported_once_per_input_with_their_first_line() {
    let today = d(2026, 11, 25);
    let input = Input {
        listing: "Title: Acme\nTagline: fast \u{FFFD}\u{FFFD} invoices".to_owned(),
        reviews: "Date,Rating\n2026-03-01,5\n2026-04-01,4 \u{FFFD}".to_owned(),
        ..Input::default()
    };
    let report = analyze(&input, today);
    let notes: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("unreadable character"))
        .map(|d| (d.input, d.line, d.message.starts_with("2 ")))
        .collect();
    assert_eq!(
        notes,
        vec![
            (InputKind::Listing, 2, true),
            (InputKind::Reviews, 3, false)
        ]
    );
    // The review on that line still counts.
    assert_eq!(report.review_score.reviews_total, 2);
    // Clean text gets no such note.
    let clean = analyze(&Input::default(), today);
    assert!(!clean
        .diagnostics
        .iter()
        .any(|d| d.message.contains("unreadable character")));
}

//! The engine-composed summary (issue 20): one answer per section, with `null` figures and
//! an `inputs` object while an input is empty, and words that agree with the report's
//! figures.

use chrono::NaiveDate;
use listing_analyzer::engine::estimate::summary::compose;
use listing_analyzer::engine::input::Input;
use listing_analyzer::engine::report::summary::{SummaryState, SUMMARY_VERSION};
use listing_analyzer::engine::report::{InputState, Severity};
use listing_analyzer::engine::rules::RuleBook;
use listing_analyzer::engine::{analyze, parse_input};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).expect("valid date")
}

fn sample() -> Input {
    let text = std::fs::read_to_string("docs/sample-input.json").expect("sample input");
    parse_input(&text).expect("sample parses")
}

#[test]
fn an_empty_input_gives_no_score_no_blocker_count_and_no_verdict() {
    let report = analyze(&Input::default(), today());
    let s = &report.summary;
    assert_eq!(s.version, SUMMARY_VERSION);
    assert_eq!(s.inputs.listing, InputState::Empty);
    assert_eq!(s.inputs.reviews, InputState::Empty);
    assert_eq!(s.inputs.security_log, InputState::Empty);
    assert_eq!(s.readiness.state, SummaryState::Empty);
    assert_eq!(
        (s.readiness.score, s.readiness.gaps, s.readiness.blockers),
        (None, None, None)
    );
    assert_eq!(s.reviews.state, SummaryState::Empty);
    assert_eq!((s.reviews.reviews, s.reviews.average), (None, None));
    assert!(s.reviews.retired_scorecard.is_none());
    assert_eq!(s.checklist.state, SummaryState::NotSaid);
    assert_eq!(s.checklist.required_ready, None);
    assert_eq!(s.partner.state, SummaryState::NotSaid);
    assert_eq!(s.partner.tier, None);
    // Each section without figures says what it needs.
    for needs in [
        &s.readiness.words.needs,
        &s.reviews.words.needs,
        &s.checklist.words.needs,
        &s.partner.words.needs,
        &s.time_to_listing.words.needs,
    ] {
        assert!(needs.as_deref().is_some_and(|n| !n.is_empty()));
    }
    // In JSON the figures are null.
    let json = serde_json::to_value(s).expect("serialises");
    assert_eq!(json["readiness"]["score"], serde_json::Value::Null);
    assert_eq!(json["readiness"]["blockers"], serde_json::Value::Null);
    assert_eq!(
        json["reviews"]["retired_scorecard"],
        serde_json::Value::Null
    );
    assert_eq!(json["inputs"]["listing"], "empty");
    assert_eq!(json["readiness"]["state"], "empty");
}

#[test]
fn the_summary_figures_are_the_reports_figures() {
    let report = analyze(&sample(), today());
    let s = &report.summary;
    let t = &report.time_to_listing;
    assert_eq!(s.time_to_listing.state, SummaryState::Estimate);
    // Weeks from today (the report's own figures count from the start).
    let from_today = |d: NaiveDate| ((d - report.today).num_days().max(0) as u32).div_ceil(7);
    assert_eq!(
        s.time_to_listing.weeks,
        Some([t.earliest, t.likely, t.latest].map(from_today))
    );
    assert_eq!(
        s.time_to_listing.dates,
        Some([t.earliest, t.likely, t.latest])
    );
    assert_eq!(
        s.time_to_listing.words.headline,
        format!(
            "{}\u{2013}{} weeks from today",
            from_today(t.earliest),
            from_today(t.latest)
        )
    );
    // Elapsed time is labelled as elapsed.
    assert!(s
        .time_to_listing
        .notes
        .iter()
        .any(|n| n.starts_with("Elapsed: ")));
    let r = &report.readiness;
    assert_eq!(s.readiness.score, Some(r.score));
    assert_eq!(s.readiness.gaps, Some(r.gaps.len() as u32));
    let blockers = r
        .gaps
        .iter()
        .filter(|g| g.severity == Severity::Blocker)
        .count() as u32;
    assert_eq!(s.readiness.blockers, Some(blockers));
    assert!(s
        .readiness
        .words
        .headline
        .starts_with(&format!("{}/100", r.score)));
    let rs = &report.review_score;
    assert_eq!(s.reviews.reviews, Some(rs.ranking.reviews));
    let history = s.reviews.retired_scorecard.as_ref().expect("history");
    assert_eq!(history.label, "retired (2024)");
    assert_eq!(history.eligible, rs.eligible);
    assert_eq!(history.points, rs.points);
    assert!(
        history.words.contains("retired (2024)"),
        "{}",
        history.words
    );
    // The headline lines lead with the sections, in page order.
    let lines = s.lines(false);
    assert_eq!(lines.len(), 5);
    assert!(lines[0].starts_with("Time to listing: "), "{}", lines[0]);
    assert!(lines[2].starts_with("Readiness: "), "{}", lines[2]);
}

#[test]
fn a_solution_not_said_is_a_state_with_no_single_range() {
    let report = analyze(&sample(), today());
    let s = compose(&report, &RuleBook::new(), false);
    let t = &s.time_to_listing;
    assert_eq!(t.state, SummaryState::NotSaid);
    assert_eq!((t.weeks, t.dates, t.when.as_deref()), (None, None, None));
    // Both usual ranges, side by side, and what to say.
    let detail = t.words.detail.as_deref().expect("both ranges");
    assert!(detail.contains("8\u{2013}16 weeks") && detail.contains("16\u{2013}32 weeks"));
    assert!(t.words.needs.is_some());
}

#[test]
fn text_with_nothing_understood_is_unread_with_no_figures() {
    let input = Input {
        listing: "zzz qqq\n".to_owned(),
        reviews: "nothing here\n".to_owned(),
        ..Input::default()
    };
    let report = analyze(&input, today());
    let s = &report.summary;
    assert_eq!(s.reviews.state, SummaryState::Unread);
    assert_eq!(s.reviews.reviews, None);
    assert_eq!(s.readiness.state, s.inputs.listing.into_state());
}

/// What a listing input's state makes of the readiness section.
trait IntoState {
    fn into_state(self) -> SummaryState;
}

impl IntoState for InputState {
    fn into_state(self) -> SummaryState {
        match self {
            InputState::Empty => SummaryState::Empty,
            InputState::Unread => SummaryState::Unread,
            InputState::Read => SummaryState::Result,
        }
    }
}

//! No silent arithmetic on input (issue 21, item 7), end to end: the sample pasted twice,
//! a 10 MB repeated log, reviews pasted twice, a number above its limit and a span of
//! years, each read once or refused with a note.

use crate::engine_common;

use engine_common::d;
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::input::Input;
use listing_analyzer::engine::report::{InputKind, Report};
use listing_analyzer::engine::Session;

const SAMPLE: &str = include_str!("../../docs/sample-input.json");

fn sample() -> Input {
    listing_analyzer::engine::parse_input(SAMPLE).expect("sample input")
}

fn notes(r: &Report, input: InputKind) -> Vec<&str> {
    r.diagnostics
        .iter()
        .filter(|d| d.input == input)
        .map(|d| d.message.as_str())
        .collect()
}

#[test]
fn the_sample_log_pasted_twice_reads_as_once() {
    let once = analyze(&sample(), d(2030, 1, 1));
    let mut input = sample();
    let log = input.security_review.log.clone();
    input.security_review.log = format!("{log}{log}");
    let twice = analyze(&input, d(2030, 1, 1));
    let (a, b) = (&once.time_to_listing, &twice.time_to_listing);
    assert_eq!(
        (b.attempts, b.failed_attempts, b.fees_usd, b.likely),
        (a.attempts, a.failed_attempts, a.fees_usd, a.likely)
    );
    assert_eq!((b.attempts, b.failed_attempts), (2, 1));
    assert_eq!(twice.understood.log_events, 3);
    assert!(notes(&twice, InputKind::SecurityReview)
        .iter()
        .any(|m| m.starts_with("3 lines repeat an earlier line exactly")));
}

#[test]
fn a_ten_megabyte_repeated_log_is_the_log_once() {
    let mut input = sample();
    let log = input.security_review.log.clone();
    input.security_review.log = log.repeat(10 * 1024 * 1024 / log.len());
    // Uncapped (the engine's own API) and capped (the app's session) read the same.
    let whole = analyze(&input, d(2030, 1, 1));
    let capped = Session::default().analyze(&input, d(2030, 1, 1));
    let once = analyze(&sample(), d(2030, 1, 1));
    for r in [&whole, &capped] {
        let t = &r.time_to_listing;
        assert_eq!(t.likely, once.time_to_listing.likely);
        assert_eq!(t.high_weeks, once.time_to_listing.high_weeks);
        assert!(t.high_weeks <= 20, "{} weeks", t.high_weeks);
    }
}

#[test]
fn reviews_pasted_twice_count_once_but_bare_rows_are_kept() {
    let mut input = sample();
    let reviews = input.reviews.clone();
    let body = reviews.split_once('\n').map_or("", |(_, b)| b);
    input.reviews = format!("{reviews}{body}");
    let r = analyze(&input, d(2030, 1, 1));
    assert_eq!(r.understood.reviews_read, 8);
    assert!(notes(&r, InputKind::Reviews)
        .iter()
        .any(|m| m.starts_with("8 reviews repeat an earlier one exactly")));
    // Rows of only a date and a rating are different reviews that share those.
    input.reviews = "Date,Rating\n2026-03-01,5\n2026-03-01,5\n2026-03-01,5\n".to_string();
    let r = analyze(&input, d(2030, 1, 1));
    assert_eq!(r.understood.reviews_read, 3);
}

#[test]
fn more_external_domains_than_the_checklist_lists_are_capped_with_a_note() {
    let mut input = sample();
    input.security_review.external_domains = Some(120);
    let r = analyze(&input, d(2030, 1, 1));
    assert_eq!(r.checklist.external_domains, 50);
    assert!(notes(&r, InputKind::SecurityReview)
        .iter()
        .any(|m| m.starts_with("External domains: 120 is more than the 50")));
}

#[test]
fn a_span_of_years_is_refused_with_a_diagnostic() {
    // Sixty failed rounds in one year: the model would add years of resubmissions.
    let mut log = String::from("2026-01-05 submitted\n");
    let mut day = d(2026, 1, 6);
    for _ in 0..60 {
        log.push_str(&format!("{day} failed\n"));
        day = day.succ_opt().expect("date");
        log.push_str(&format!("{day} resubmitted\n"));
        day = day.succ_opt().expect("date");
    }
    let mut input = sample();
    input.security_review.log = log;
    let r = analyze(&input, d(2030, 1, 1));
    let t = &r.time_to_listing;
    assert_eq!(t.failed_attempts, 60);
    assert!(t.high_weeks <= 104, "{} weeks", t.high_weeks);
    let sum: i32 = t.factors.iter().map(|f| f.weeks).sum();
    assert_eq!(
        sum, t.likely_weeks as i32,
        "the factors still explain likely"
    );
    assert!(
        notes(&r, InputKind::SecurityReview)
            .iter()
            .any(|m| m.contains("no real security review takes years")),
        "{:?}",
        notes(&r, InputKind::SecurityReview)
    );
    // A first line years back is named, and the estimate counts on from today.
    let mut input = sample();
    input.security_review.log = "2019-03-01 began preparing\n2026-10-01 submitted\n".to_string();
    let r = analyze(&input, d(2030, 1, 1));
    assert!(r.time_to_listing.likely >= d(2026, 11, 22));
    assert!(notes(&r, InputKind::SecurityReview)
        .iter()
        .any(|m| m.contains("check that line")));
}

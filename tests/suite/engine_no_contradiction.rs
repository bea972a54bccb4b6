//! No sentence contradicts the figure beside it (issue 20 item 5), as a property over what
//! users say: the solution's components (or nothing), paid / free / not said, every review
//! state of the log, with and without reviews. Every sentence the report shows (the
//! summary's words and notes, the factors, the plan, the diagnostics) is scanned against
//! the figures: the fee charged, the review's range, the retired scorecard's verdict, the
//! counts of events and reviews read, and the summary's own weeks and dates.

use crate::engine_common;

use engine_common::checklist::{input, today};
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::input::{Component, SolutionReading};
use listing_analyzer::engine::report::Report;
use proptest::prelude::*;

use Component::*;

const SOLUTIONS: &[&[Component]] = &[
    &[],
    &[ApiOnly],
    &[ManagedPackage2gp],
    &[ManagedPackage2gp, ExternalApp],
    &[MobileIos, ApiOnly],
    &[ManagedPackage1gp, Agentforce],
    &[ExtensionPackage],
];

/// One log per review state (dated before [`today`]).
const LOGS: &[&str] = &[
    "",
    "Planning to submit 15 January 2027",
    "2026-10-01 began preparing for the security review",
    "2026-06-01 scan",
    "2026-10-01 submitted",
    "2026-03-03 submitted",
    "2026-09-07 submitted\n2026-11-02 failed: CRUD/FLS",
    "2026-10-20 submitted\n2026-11-10 bounced: expired test credentials",
    "2026-06-01 submitted\n2026-06-22 passed",
    "2025-01-06 submitted\n2025-03-03 passed\n2025-03-10 listed",
    "2025-01-06 submitted\n2025-03-03 passed\n2025-03-10 listed\n2026-11-02 periodic re-review started",
    "2025-01-06 submitted\n2025-03-03 passed\n2026-10-01 re-review\n2026-11-02 re-review failed",
    "Mar 2 - started hardening\nApr 9 - submitted\nMay 21 - not approved, 30 findings\nMay 22 - resubmitted",
];

const REVIEWS: &[&str] = &[
    "",
    "Date,Rating\n2026-03-01,5\n2026-04-02,4\n2026-05-01,5",
    "Date,Rating\n2025-03-01,3\n2025-04-02,2",
];

/// Every sentence the report shows a user, lower-cased.
fn sentences(r: &Report) -> Vec<String> {
    let s = &r.summary;
    let t = &r.time_to_listing;
    let words = [
        &s.time_to_listing.words,
        &s.reviews.words,
        &s.readiness.words,
        &s.checklist.words,
        &s.partner.words,
    ];
    let mut out: Vec<String> = Vec::new();
    for w in words {
        out.push(w.headline.clone());
        out.extend(w.detail.clone());
        out.extend(w.needs.clone());
    }
    out.extend(s.time_to_listing.when.clone());
    out.extend(s.time_to_listing.notes.iter().cloned());
    out.extend(s.reviews.retired_scorecard.iter().map(|c| c.words.clone()));
    out.extend(t.factors.iter().map(|f| f.label.clone()));
    out.extend(t.plan.iter().map(|p| format!("{}: {}", p.step, p.why)));
    out.extend(r.diagnostics.iter().map(|d| d.message.clone()));
    out.into_iter().map(|s| s.to_lowercase()).collect()
}

/// The first number in `text` right before `unit` (as in "3 events read").
fn count_before(text: &str, unit: &str) -> Option<u32> {
    let at = text.find(unit)?;
    text[..at].split_whitespace().last()?.parse().ok()
}

fn check(r: &Report) -> Result<(), TestCaseError> {
    let t = &r.time_to_listing;
    let all = sentences(r);
    // The fee: a solution charged per attempt is never said to have no review fee.
    if t.fee_per_attempt_usd.is_some_and(|f| f > 0) {
        for s in &all {
            prop_assert!(
                !s.contains("no review fee") && !s.contains("no fee"),
                "fee {:?} beside: {s}",
                t.fee_per_attempt_usd
            );
        }
    }
    // The range: once the components are said, a sentence that names one of the two review
    // ranges as the review's names the report's range.
    if r.checklist.read_from != SolutionReading::NotSaid {
        let ours = format!("{}–{} weeks", t.range_min_weeks, t.range_max_weeks);
        for other in ["8–16 weeks", "16–32 weeks"] {
            if other == ours {
                continue;
            }
            for s in all.iter().filter(|s| s.contains(other)) {
                prop_assert!(
                    s.contains(&ours),
                    "range {ours} (components {:?}) beside: {s}",
                    r.checklist.components
                );
            }
        }
    }
    // The retired scorecard's verdict: its words say what its figure says.
    if let Some(card) = &r.summary.reviews.retired_scorecard {
        let words = card.words.to_lowercase();
        prop_assert_eq!(words.contains("not eligible"), !card.eligible, "{}", words);
        prop_assert_eq!(card.eligible, r.review_score.eligible);
    }
    // Counts: any "N events read" / "N reviews" sentence gives the count used.
    for s in &all {
        if let Some(n) = count_before(s, "events read") {
            prop_assert_eq!(n, r.understood.log_events, "{}", s);
        }
    }
    if let Some(n) = r.summary.reviews.reviews {
        let head = r.summary.reviews.words.headline.to_lowercase();
        prop_assert_eq!(count_before(&head, "review"), Some(n), "{}", head);
    }
    // The summary's dates are the estimate's.
    if let Some(dates) = r.summary.time_to_listing.dates {
        prop_assert_eq!(dates, [t.earliest, t.likely, t.latest]);
        if let Some(when) = &r.summary.time_to_listing.when {
            prop_assert!(
                when.contains(&listing_analyzer::engine::words::date(t.latest)),
                "latest {} not in: {when}",
                t.latest
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_sentence_contradicts_its_figure(
        solution in 0..SOLUTIONS.len(),
        paid in prop_oneof![Just(None), Just(Some(true)), Just(Some(false))],
        log in 0..LOGS.len(),
        reviews in 0..REVIEWS.len(),
    ) {
        let mut i = input(SOLUTIONS[solution], None);
        i.security_review.paid = paid;
        i.security_review.log = LOGS[log].to_string();
        i.reviews = REVIEWS[reviews].to_string();
        check(&analyze(&i, today()))?;
    }
}

#[test]
fn every_combination_once() {
    for solution in SOLUTIONS {
        for paid in [None, Some(true), Some(false)] {
            for log in LOGS {
                let mut i = input(solution, None);
                i.security_review.paid = paid;
                i.security_review.log = (*log).to_string();
                i.reviews = REVIEWS[1].to_string();
                let r = analyze(&i, today());
                if let Err(e) = check(&r) {
                    panic!("{solution:?} paid {paid:?} log {log:?}: {e}");
                }
            }
        }
    }
}

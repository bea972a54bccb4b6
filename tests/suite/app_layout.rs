//! Native tests of the page's way-finding view logic (issue 14): the summary bar's figures,
//! the print header, the source-tag legend, the rules search, and the narrow chart drawings
//! that keep chart text readable on phones.

use chrono::NaiveDate;
use listing_analyzer::app::chart::ratings::{ratings, ratings_in};
use listing_analyzer::app::chart::timeline::{timeline, timeline_in};
use listing_analyzer::app::chart::{NARROW, WIDE};
use listing_analyzer::app::config::Section;
use listing_analyzer::app::page::{bar_items, kind_legend, print_header, rule_matches};
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::input::{Input, SecurityReviewInput};
use listing_analyzer::engine::report::Report;
use listing_analyzer::engine::rules::SourceKind;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// A small synthetic draft with a title, reviews over two years and a review log.
fn filled() -> Report {
    let input = Input {
        today: Some(d(2026, 11, 22)),
        listing: "Title: Quote Helper\nTagline: Quotes in one click\nDescription: Builds quotes."
            .to_owned(),
        reviews: "Date,Rating\n2025-01-10,5\n2025-06-02,4\n2026-03-01,5\n2026-04-02,5\n".to_owned(),
        security_review: SecurityReviewInput {
            log: "2026-09-07 submitted\n2026-10-05 failed\n2026-10-20 resubmitted".to_owned(),
            ..SecurityReviewInput::default()
        },
        ..Input::default()
    };
    analyze(&input, d(2026, 11, 22))
}

fn empty() -> Report {
    analyze(&Input::default(), d(2026, 11, 22))
}

#[test]
fn the_bar_has_one_item_per_section_in_page_order() {
    let sections: Vec<Section> = bar_items(&filled()).iter().map(|i| i.section).collect();
    assert_eq!(sections, Section::ALL.to_vec());
}

#[test]
fn the_bar_says_what_is_missing_before_anything_is_pasted() {
    let report = empty();
    let figures: Vec<String> = bar_items(&report).into_iter().map(|i| i.figure).collect();
    let rules = format!("{} rules", report.rules.len());
    let weeks = report.summary.time_to_listing.words.headline.clone();
    assert_eq!(
        figures,
        vec![
            weeks.as_str(),
            "No reviews yet",
            "No listing yet",
            rules.as_str()
        ]
    );
}

#[test]
fn the_bar_shows_the_figures_of_a_filled_report() {
    let report = filled();
    let figures: Vec<String> = bar_items(&report).into_iter().map(|i| i.figure).collect();
    assert_eq!(figures.get(1).map(String::as_str), Some("4 reviews"));
    let readiness = figures.get(2).cloned().unwrap_or_default();
    assert!(
        readiness.starts_with(&format!("{}/100 \u{b7} ", report.readiness.score)),
        "{readiness}"
    );
    assert!(
        readiness.ends_with(" gaps") || readiness.ends_with(" gap"),
        "{readiness}"
    );
}

#[test]
fn the_print_header_names_the_listing_and_counts_the_inputs() {
    let h = print_header(&filled());
    assert_eq!(h.title.as_deref(), Some("Quote Helper"));
    assert_eq!(h.date, "22 Nov 2026");
    assert_eq!(h.inputs, "3 listing fields, 4 reviews, 3 log events");
    let none = print_header(&empty());
    assert_eq!(none.title, None);
    assert_eq!(none.inputs, "0 listing fields, 0 reviews, 0 log events");
}

#[test]
fn the_legend_explains_every_source_tag_once() {
    let legend = kind_legend();
    let tags: Vec<&str> = legend.iter().map(|(t, _)| *t).collect();
    let expected: Vec<&str> = SourceKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(tags, expected);
    for (tag, meaning) in &legend {
        assert!(meaning.len() > 10, "{tag} has a meaning");
        assert_eq!(
            legend.iter().filter(|(_, m)| m == meaning).count(),
            1,
            "{tag}'s meaning is its own"
        );
    }
}

#[test]
fn the_rules_search_matches_words_in_any_order_and_case() {
    let report = empty();
    let count = |q: &str| report.rules.iter().filter(|r| rule_matches(r, q)).count();
    let all = report.rules.len();
    let cases = [("", all), ("   ", all), ("zzz-no-such-rule", 0)];
    for (query, expected) in cases {
        assert_eq!(count(query), expected, "query {query:?}");
    }
    // Narrowing queries: fewer than all, more than none, and one word more never adds.
    for query in ["minimum", "MINIMUM", "seed", "weeks", "fy24"] {
        let n = count(query);
        assert!(n > 0 && n < all, "query {query:?} matched {n} of {all}");
    }
    assert!(count("minimum reviews") <= count("minimum"));
    assert_eq!(count("reviews minimum"), count("minimum reviews"));
    assert!(count("minimum reviews") > 0);
}

#[test]
fn the_narrow_charts_fit_their_drawing_with_fewer_labels() {
    let report = filled();
    let t = &report.time_to_listing;
    assert_eq!(
        timeline(t, report.today),
        timeline_in(t, report.today, WIDE)
    );
    let g = timeline_in(t, report.today, NARROW);
    assert_eq!(g.width, NARROW.width);
    assert!(
        g.ticks.len() <= NARROW.max_labels + 1,
        "{} ticks",
        g.ticks.len()
    );
    let xs = g
        .ticks
        .iter()
        .map(|t| t.x)
        .chain(g.markers.iter().map(|m| m.x))
        .chain([g.likely_x, g.today_x, g.band.0]);
    for x in xs {
        assert!(
            (0.0..=NARROW.width).contains(&x),
            "x {x} inside the narrow drawing"
        );
    }
    // A label near an edge hangs inward, so it is not cut off.
    for tick in &g.ticks {
        let expected = if tick.x < 40.0 {
            "start"
        } else if tick.x > NARROW.width - 40.0 {
            "end"
        } else {
            "middle"
        };
        assert_eq!(tick.anchor, expected, "tick {} at {}", tick.label, tick.x);
    }
    assert!(
        g.ticks.iter().any(|t| t.anchor != "middle"),
        "a month at the edge hangs inward: {:?}",
        g.ticks
    );
    let r = &report.review_score;
    assert_eq!(ratings(r, report.today), ratings_in(r, report.today, WIDE));
    let g = ratings_in(r, report.today, NARROW).expect("ratings to draw");
    assert_eq!(g.width, NARROW.width);
    for dot in &g.dots {
        assert!(dot.x > 0.0 && dot.x < NARROW.width, "dot at {}", dot.x);
    }
}

proptest! {
    /// Every rule is found by its own label, typed in any case.
    #[test]
    fn every_rule_is_found_by_its_own_label(upper in any::<bool>()) {
        let report = empty();
        for rule in &report.rules {
            let q = if upper { rule.label.to_uppercase() } else { rule.label.clone() };
            prop_assert!(rule_matches(rule, &q), "{}", rule.id);
        }
    }
}

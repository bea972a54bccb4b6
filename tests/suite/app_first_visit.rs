//! Native tests of issue 14's view-model: the embedding parameters (`view`, `hide`), the
//! full-analysis link's query, the prompts that replace verdicts on empty inputs, and when
//! the "Example loaded" notice is over.

use std::collections::HashMap;

use chrono::NaiveDate;
use listing_analyzer::app::config::{AppConfig, Hidden, Theme, View};
use listing_analyzer::app::first_visit::{example_gone, first_visit, live_summary, shown_gaps};
use listing_analyzer::app::sample;
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::input::Input;
use listing_analyzer::engine::report::{GapField, Report};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// A URL query as `(parameter, value)` pairs.
type Query<'a> = &'a [(&'a str, &'a str)];

fn config(query: Query) -> (AppConfig, Vec<String>) {
    let map: HashMap<String, String> = query
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    AppConfig::from_params(|k| map.get(k).cloned())
}

#[test]
fn view_and_hide_are_read_and_bad_values_warn() {
    let both = Hidden {
        toolbar: true,
        rules: true,
        title: false,
    };
    let toolbar = Hidden {
        toolbar: true,
        ..Hidden::default()
    };
    let cases: [(Query, View, Hidden, usize); 8] = [
        (&[], View::Full, Hidden::default(), 0),
        (&[("view", "summary")], View::Summary, Hidden::default(), 0),
        (&[("view", "full")], View::Full, Hidden::default(), 0),
        (&[("view", "tiny")], View::Full, Hidden::default(), 1),
        (&[("hide", "toolbar,rules")], View::Full, both, 0),
        (&[("hide", " rules , toolbar ")], View::Full, both, 0),
        (&[("hide", "toolbar,header")], View::Full, toolbar, 1),
        (
            &[("hide", "everything,,nothing")],
            View::Full,
            Hidden::default(),
            2,
        ),
    ];
    for (query, view, hide, warnings) in cases {
        let (c, w) = config(query);
        assert_eq!((c.view, c.hide), (view, hide), "{query:?}");
        assert_eq!(w.len(), warnings, "{query:?}: {w:?}");
        for msg in &w {
            assert!(
                msg.starts_with("listing-analyzer: ignoring URL parameter"),
                "{msg}"
            );
        }
    }
}

#[test]
fn the_full_analysis_keeps_the_look_and_drops_the_embedding_options() {
    let cases: [(Query, &str); 4] = [
        (&[("embed", "1"), ("view", "summary")], ""),
        (&[("view", "summary"), ("theme", "dark")], "?theme=dark"),
        (
            &[("theme", "light"), ("accent", "#0b5cad"), ("hide", "rules")],
            "?theme=light&accent=%230b5cad",
        ),
        (
            &[("section", "readiness"), ("accent", "#abc")],
            "?accent=%23abc",
        ),
    ];
    for (query, want) in cases {
        assert_eq!(config(query).0.full_view_query(), want, "{query:?}");
    }
    assert_eq!(config(&[("theme", "dark")]).0.theme, Some(Theme::Dark));
}

/// What the reviews, the readiness and the time to listing need, as the engine's summary
/// says (`None` when nothing is missing).
fn needs(r: &Report) -> [Option<&str>; 3] {
    let s = &r.summary;
    [
        s.reviews.words.needs.as_deref(),
        s.readiness.words.needs.as_deref(),
        s.time_to_listing.words.needs.as_deref(),
    ]
}

#[test]
fn empty_inputs_get_prompts_not_verdicts() {
    let today = d(2026, 11, 25);
    let empty = analyze(&Input::default(), today);
    assert!(first_visit(&empty));
    let [reviews, readiness, timeline] = needs(&empty);
    assert!(reviews.is_some_and(|p| p.starts_with("Paste your reviews to see")));
    assert!(readiness.is_some_and(|p| p.starts_with("Paste your listing")));
    assert!(timeline.is_some());
    let said = live_summary(&empty);
    for verdict in ["not eligible", "Not eligible", "/100", "gaps", "blocker"] {
        assert!(!said.contains(verdict), "no verdict on nothing: {said}");
    }

    let example = analyze(&sample::input(), today);
    assert!(!first_visit(&example));
    assert_eq!(needs(&example), [None, None, None]);
    assert!(live_summary(&example).contains("/100"));

    // Only the empty input's result waits.
    let reviews_only = Input {
        reviews: sample::REVIEWS.to_owned(),
        ..Input::default()
    };
    let r = analyze(&reviews_only, today);
    assert!(!first_visit(&r));
    let [reviews, readiness, _] = needs(&r);
    assert!(reviews.is_none());
    assert!(readiness.is_some());
}

#[test]
fn the_example_is_gone_once_every_box_was_replaced_or_cleared() {
    let example = sample::input();
    let with = |listing: &str, reviews: &str, log: &str| {
        let mut i = example.clone();
        i.listing = listing.to_owned();
        i.reviews = reviews.to_owned();
        i.security_review.log = log.to_owned();
        i
    };
    let (l, r, g) = (sample::LISTING, sample::REVIEWS, sample::SECURITY_LOG);
    let cases: [(Input, bool); 7] = [
        (example.clone(), false),
        (with("", r, g), false),
        (with("", "", g), false),
        (with("Title: Mine", "Date,Rating\n2026-01-01,5", ""), true),
        (with("", "", ""), true),
        (Input::default(), true),
        (with(&format!("\n{l}  \n"), "", ""), false),
    ];
    for (input, gone) in cases {
        assert_eq!(example_gone(&input, &example), gone, "{input:?}");
    }
}

proptest! {
    #[test]
    fn any_replacement_of_all_three_boxes_ends_the_example(listing in ".{0,30}", reviews in ".{0,30}", log in ".{0,30}") {
        let example = sample::input();
        let mut i = Input {
            listing,
            reviews,
            ..Input::default()
        };
        i.security_review.log = log;
        // Random text never equals the example's multi-line texts.
        prop_assert!(example_gone(&i, &example));
    }
}

#[test]
fn messages_go_only_to_the_parents_origin_when_it_is_known() {
    use listing_analyzer::app::config::targets_for_parent;
    let own = "https://app.example";
    let targets: Vec<String> = ["/", "https://www.example.com"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let cases: [(Option<&str>, &[&str]); 4] = [
        (None, &["/", "https://www.example.com"]),
        (Some("https://app.example"), &["/"]),
        (
            Some("https://www.example.com"),
            &["https://www.example.com"],
        ),
        (Some("https://evil.example"), &[]),
    ];
    for (parent, want) in cases {
        assert_eq!(
            targets_for_parent(&targets, own, parent),
            want,
            "{parent:?}"
        );
    }
}

#[test]
fn without_a_listing_only_the_security_reviews_gaps_show_and_only_once_something_is_said() {
    let today = d(2026, 11, 25);
    // Nothing said: no gap at all (a first visit gets no verdict).
    assert!(shown_gaps(&analyze(&Input::default(), today)).is_empty());

    // An item said not ready and no listing: the checklist's gap shows, no listing gap does.
    let mut ticked = Input::default();
    ticked.security_review.checklist_not_ready = Some(vec!["test_credentials".to_owned()]);
    let r = analyze(&ticked, today);
    let shown = shown_gaps(&r);
    assert!(!shown.is_empty(), "the missing checklist items are listed");
    assert!(shown.iter().all(|g| g.field == GapField::SecurityReview));
    assert!(r
        .readiness
        .gaps
        .iter()
        .any(|g| g.field != GapField::SecurityReview));

    // With a listing, every gap shows, in the engine's order.
    let example = analyze(&sample::input(), today);
    let all: Vec<_> = example.readiness.gaps.iter().collect();
    assert_eq!(shown_gaps(&example), all);
}

//! The report says whether each pasted input is empty, read or unread (issue 14), so that
//! the app can show "Paste … to see …" instead of a verdict on nothing.

use crate::engine_common;

use engine_common::d;
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::input::Input;
use listing_analyzer::engine::report::{InputState, InputStates, Report};
use proptest::prelude::*;

fn input(listing: &str, reviews: &str, log: &str) -> Input {
    let mut i = Input {
        listing: listing.to_owned(),
        reviews: reviews.to_owned(),
        ..Input::default()
    };
    i.security_review.log = log.to_owned();
    i
}

fn states(listing: &str, reviews: &str, log: &str) -> InputStates {
    analyze(&input(listing, reviews, log), d(2026, 11, 25)).inputs
}

#[test]
fn each_input_is_empty_read_or_unread() {
    use InputState::{Empty, Read, Unread};
    let listing = "Title: Acme Invoice Sync\nTagline: Invoices from opportunities.";
    let reviews = "Date,Rating\n2026-03-01,5\n2026-04-02,4";
    let log = "2026-09-07 submitted";
    let cases: [(&str, &str, &str, [InputState; 3]); 6] = [
        ("", "", "", [Empty, Empty, Empty]),
        (" \n\t ", "\n\n", "   ", [Empty, Empty, Empty]),
        (listing, "", "", [Read, Empty, Empty]),
        ("", reviews, "", [Empty, Read, Empty]),
        ("", "", log, [Empty, Empty, Read]),
        (
            "",
            "no rating here",
            "nothing happened",
            [Empty, Unread, Unread],
        ),
    ];
    for (listing, reviews, log, want) in cases {
        let s = states(listing, reviews, log);
        assert_eq!(
            [s.listing, s.reviews, s.security_log],
            want,
            "listing {listing:?}, reviews {reviews:?}, log {log:?}"
        );
        assert_eq!(s.all_empty(), want == [Empty, Empty, Empty]);
    }
}

#[test]
fn the_states_are_in_the_json_report_and_default_when_absent() {
    let r = analyze(&input("", "Date,Rating\n2026-03-01,5", ""), d(2026, 11, 25));
    let json = serde_json::to_value(&r).expect("report serialises");
    assert_eq!(
        json["inputs"],
        serde_json::json!({ "listing": "empty", "reviews": "read", "security_log": "empty" })
    );
    // A report written before the field existed still reads, as all empty.
    let mut old = json.clone();
    old.as_object_mut().expect("object").remove("inputs");
    let back: Report = serde_json::from_value(old).expect("old report reads");
    assert!(back.inputs.all_empty());
}

proptest! {
    #[test]
    fn empty_exactly_when_the_text_is_blank(listing in "[ \\n\\ta-zA-Z:]{0,40}", reviews in "[ \\n,0-9-]{0,40}", log in "[ \\na-z0-9-]{0,40}") {
        let s = states(&listing, &reviews, &log);
        prop_assert_eq!(s.listing.is_empty(), listing.trim().is_empty());
        prop_assert_eq!(s.reviews.is_empty(), reviews.trim().is_empty());
        prop_assert_eq!(s.security_log.is_empty(), log.trim().is_empty());
    }
}

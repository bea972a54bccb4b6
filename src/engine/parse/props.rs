//! Property tests: no parser panics on any input, and every non-blank line is accounted for.

use proptest::prelude::*;

use chrono::NaiveDate;

use super::date::DateContext;
use super::{listing, reviews, security_log};
use crate::engine::input::DateOrder;
use crate::engine::report::InputKind;

/// Fragments that steer generated text into the parsers' interesting paths.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just(",".to_string()),
        Just("\t".to_string()),
        Just(";".to_string()),
        Just("\"".to_string()),
        Just(": ".to_string()),
        Just("## ".to_string()),
        Just("- ".to_string()),
        Just("{".to_string()),
        Just("★★★★☆".to_string()),
        Just("½".to_string()),
        Just("4 out of 5 stars".to_string()),
        Just("Rated 4 of 5".to_string()),
        Just("4/5".to_string()),
        Just("2026-03-01".to_string()),
        Just("2026-02-30".to_string()),
        Just("03/04/2026".to_string()),
        Just("3/1/26".to_string()),
        Just("March 1st, 2026".to_string()),
        Just("1 Mar 2026".to_string()),
        Just("Sep 8".to_string()),
        Just("14 October".to_string()),
        Just("4 weeks ago".to_string()),
        Just("yesterday".to_string()),
        Just("21/05/2026".to_string()),
        Just("-1".to_string()),
        Just("5 stars".to_string()),
        Just("Review Date,Likes,Review Valence".to_string()),
        Just("date,rating".to_string()),
        Just("Title".to_string()),
        Just("Key features".to_string()),
        Just("Pricing: freemium".to_string()),
        Just("Screenshots".to_string()),
        Just("submitted".to_string()),
        Just("not approved".to_string()),
        Just("provisional pass".to_string()),
        Just("# comment".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{fffd}".to_string()),
        "[0-9]{1,5}",
        "[a-zA-Z]{1,8}",
        any::<String>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(fragment(), 0..60).prop_map(|v| v.concat()),
    ]
}

fn line_count(t: &str) -> usize {
    t.split('\n').count()
}

fn non_blank(t: &str) -> impl Iterator<Item = &str> {
    t.split('\n').map(str::trim).filter(|l| !l.is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn listing_never_panics_and_diagnoses_within_the_text(t in text()) {
        let (d, diags) = listing::parse(&t);
        prop_assert!(diags.iter().all(|x| x.input == InputKind::Listing && x.line <= line_count(&t)));
        prop_assert!(d.fields.values().chain(&d.unknown).all(|v| v.line >= 1 && v.line <= line_count(&t)));
    }

    #[test]
    fn reviews_account_for_every_line(t in text(), day_first in any::<bool>()) {
        let order = if day_first { DateOrder::DayFirst } else { DateOrder::MonthFirst };
        let ctx = DateContext { today: NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default(), order };
        let (h, diags, acct) = reviews::parse_counted(&t, ctx);
        let lines = non_blank(&t).count();
        prop_assert_eq!(acct.used + acct.headers + acct.repeats + h.lines_skipped, lines);
        prop_assert!(h.lines_skipped == 0 || !diags.is_empty());
        prop_assert!(h.ambiguous_dates <= h.reviews.len());
        prop_assert!(diags.iter().all(|x| x.input == InputKind::Reviews && x.line <= line_count(&t)));
        prop_assert!(h.reviews.iter().all(|r| (100..=500).contains(&r.rating.hundredths())));
    }

    #[test]
    fn security_log_accounts_for_every_line(t in text(), day_first in any::<bool>()) {
        let order = if day_first { DateOrder::DayFirst } else { DateOrder::MonthFirst };
        let (log, diags) = security_log::parse(&t, DateContext { today: NaiveDate::MIN, order });
        let candidates: Vec<&str> = non_blank(&t)
            .filter(|l| !l.starts_with('#') && !l.starts_with("//"))
            .collect();
        let with_digit = candidates.iter().filter(|l| l.bytes().any(|b| b.is_ascii_digit())).count();
        let read = log.events.len() + log.lines_skipped + log.repeats;
        prop_assert!(read >= with_digit && read <= candidates.len());
        prop_assert!(log.lines_skipped == 0 || !diags.is_empty());
        prop_assert!(diags.iter().all(|x| x.input == InputKind::SecurityReview && x.line <= line_count(&t)));
    }
}

#[test]
fn binary_junk_does_not_panic() {
    let bytes: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let t = String::from_utf8_lossy(&bytes);
    let _ = listing::parse(&t);
    let ctx = DateContext {
        today: NaiveDate::MIN,
        order: DateOrder::MonthFirst,
    };
    let _ = reviews::parse(&t, ctx);
    let _ = security_log::parse(
        &t,
        DateContext {
            today: NaiveDate::MIN,
            order: DateOrder::DayFirst,
        },
    );
}

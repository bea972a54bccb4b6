//! Review-score eligibility under every rule set.

use crate::engine_common;

use std::collections::BTreeMap;

use engine_common::{d, history, many};
use listing_analyzer::engine::estimate::review_score::{
    five_star_reviews_needed, future_review_diagnostics, score, summaries, summary, ReviewParams,
    Tally,
};
use listing_analyzer::engine::input::RuleSetId;
use listing_analyzer::engine::report::InputKind;
use listing_analyzer::engine::rules::RuleBook;

const TODAY: (i32, u32, u32) = (2026, 11, 22);

fn today() -> chrono::NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

/// `(fives, fours)` reviews dated inside the window.
fn mix(fives: usize, fours: usize) -> Vec<(chrono::NaiveDate, u16)> {
    let mut v = many(fives, d(2026, 3, 1), 500);
    v.extend(many(fours, d(2026, 4, 1), 400));
    v
}

#[test]
fn window_counts_from_previous_fiscal_year_through_today() {
    let h = history(&[
        (d(2025, 1, 31), 500),  // before the window
        (d(2025, 2, 1), 500),   // first day
        (today(), 400),         // today
        (d(2026, 11, 23), 100), // after today: reported, not counted
    ]);
    let s = score(&h, RuleSetId::Fy24, today(), &RuleBook::new());
    assert_eq!(
        (s.window_start, s.window_end),
        (d(2025, 2, 1), d(2027, 1, 31))
    );
    assert_eq!((s.reviews_in_window, s.reviews_total), (2, 4));
    assert_eq!(s.average, Some(4.5));
    let diags = future_review_diagnostics(&h, today());
    assert_eq!(diags.len(), 1);
    assert_eq!((diags[0].input, diags[0].line), (InputKind::Reviews, 5));
    let flags: Vec<bool> = s.ratings.iter().map(|p| p.in_window).collect();
    assert_eq!(flags, [false, true, true, false]);
}

#[test]
fn the_4_6_boundary_is_exact() {
    // (fives, fours, rule set, eligible): averages 4.6 exactly sit on the boundary.
    let cases = [
        (3, 2, RuleSetId::Fy21, true),    // 2300 / 5 = 460
        (2, 3, RuleSetId::Fy21, false),   // 2200 / 5 = 440
        (6, 4, RuleSetId::Fy24, true),    // 4600 / 10 = 460
        (5, 4, RuleSetId::Fy24, false),   // 4100 / 9 ≈ 455.6
        (15, 10, RuleSetId::Fy24, true),  // 11500 / 25 = 460
        (14, 11, RuleSetId::Fy24, false), // 11400 / 25 = 456
        (3, 2, RuleSetId::Fy24, false),   // 4.6 but only 5 reviews
        (8, 0, RuleSetId::Fy24, true),
        (7, 0, RuleSetId::Fy24, false),
    ];
    for (fives, fours, set, eligible) in cases {
        let s = score(&history(&mix(fives, fours)), set, today(), &RuleBook::new());
        assert_eq!(s.eligible, eligible, "{fives}×5 + {fours}×4 under {set:?}");
        assert_eq!(s.points, if eligible { 75 } else { 0 });
        assert_eq!(s.five_star_reviews_needed == 0, eligible);
    }
    // Hundredths that a float sum would get wrong: 8 reviews of 4.6 exactly.
    let s = score(
        &history(&many(8, d(2026, 5, 5), 460)),
        RuleSetId::Fy24,
        today(),
        &RuleBook::new(),
    );
    assert!(s.eligible);
    // 23 fives and 2 ones: 11700 / 25 = 468; 22 fives and 3 ones: 11300 / 25 = 452.
    let mut v = many(23, d(2026, 5, 5), 500);
    v.extend(many(2, d(2026, 5, 6), 100));
    assert!(score(&history(&v), RuleSetId::Fy24, today(), &RuleBook::new()).eligible);
    let mut v = many(22, d(2026, 5, 5), 500);
    v.extend(many(3, d(2026, 5, 6), 100));
    assert!(!score(&history(&v), RuleSetId::Fy24, today(), &RuleBook::new()).eligible);
}

#[test]
fn five_star_reviews_needed_is_exact() {
    // (count, sum, min, threshold, needed)
    let cases = [
        (0, 0, 8, 460, 8),
        (5, 2000, 8, 460, 8), // 13 reviews: 6000 ≥ 5980; 12: 5500 < 5520
        (5, 2500, 8, 460, 3),
        (10, 4600, 8, 460, 0),
        (9, 4100, 8, 460, 1),   // 4600 / 10
        (25, 11400, 8, 460, 3), // 12900 / 28 ≈ 460.7; 2 more: 12400 / 27 ≈ 459.3
        (3, 300, 5, 100, 2),
        (2, 999, 1, 499, 0),
        (1, 100, 1, 500, u32::MAX), // unreachable: guarded by rule bounds
    ];
    for (count, sum, min, threshold, needed) in cases {
        let tally = Tally { count, sum };
        assert_eq!(
            five_star_reviews_needed(tally, min, threshold),
            needed,
            "{count} {sum}"
        );
    }
    let s = score(
        &history(&mix(0, 5)),
        RuleSetId::Fy24,
        today(),
        &RuleBook::new(),
    );
    assert_eq!(s.five_star_reviews_needed, 8);
}

#[test]
fn bands_are_half_open_and_the_top_band_runs_to_five() {
    // (average in hundredths as a mix of n reviews, official A points, official FY22 points)
    let cases: [(&[u16], u32, u32); 9] = [
        (&[100; 8], 20, 15),
        (&[100, 100, 100, 100, 100, 100, 100, 290], 20, 15), // 1.2375
        (&[150; 8], 40, 30),
        (&[240; 8], 40, 30),
        (&[250; 8], 60, 45),
        (&[349; 8], 60, 45),
        (&[350; 8], 80, 60),
        (&[450; 8], 100, 75),
        (&[500; 8], 100, 75),
    ];
    for (ratings, a, fy22) in cases {
        let v: Vec<_> = ratings.iter().map(|&h| (d(2026, 6, 1), h)).collect();
        let h = history(&v);
        let sa = score(&h, RuleSetId::OfficialA, today(), &RuleBook::new());
        let sf = score(&h, RuleSetId::OfficialFy22, today(), &RuleBook::new());
        assert_eq!((sa.points, sf.points), (a, fy22), "{ratings:?}");
        assert!(sa.eligible && sf.eligible);
        assert_eq!((sa.max_points, sf.max_points), (100, 75));
        assert_eq!((sa.min_average, sf.min_average), (1.0, 1.0));
    }
    // Too few reviews: no points whatever the average.
    let h = history(&many(4, d(2026, 6, 1), 500));
    let sa = score(&h, RuleSetId::OfficialA, today(), &RuleBook::new());
    assert_eq!(
        (sa.eligible, sa.points, sa.five_star_reviews_needed),
        (false, 0, 1)
    );
    let sf = score(&h, RuleSetId::OfficialFy22, today(), &RuleBook::new());
    assert_eq!((sf.eligible, sf.five_star_reviews_needed), (false, 4));
}

#[test]
fn next_window_shows_reviews_ageing_out() {
    // 6 fives last fiscal year, 2 fives this fiscal year: eligible now, not after 1 Feb 2027.
    let mut v = many(6, d(2025, 6, 1), 500);
    v.extend(many(2, d(2026, 6, 1), 500));
    let s = score(&history(&v), RuleSetId::Fy24, today(), &RuleBook::new());
    assert!(s.eligible);
    assert_eq!(s.next_window.window_start, d(2026, 2, 1));
    assert_eq!(s.next_window.applies_from, d(2027, 2, 1));
    assert_eq!(s.next_window.reviews_in_window, 2);
    assert_eq!(s.next_window.average, Some(5.0));
    assert!(!s.next_window.eligible);
    // In January the next window is only days away and starts on the last 1 February.
    let s = score(
        &history(&v),
        RuleSetId::Fy24,
        d(2027, 1, 20),
        &RuleBook::new(),
    );
    assert_eq!(s.window_start, d(2025, 2, 1));
    assert_eq!(s.next_window.window_start, d(2026, 2, 1));
    assert_eq!(s.next_window.applies_from, d(2027, 2, 1));
}

#[test]
fn no_review_gives_no_average_and_the_minimum_needed() {
    for set in RuleSetId::ALL {
        let s = score(&history(&[]), set, today(), &RuleBook::new());
        assert_eq!(s.average, None);
        assert!(!s.eligible);
        assert_eq!(s.five_star_reviews_needed, s.min_reviews);
        assert_eq!(s.next_window.average, None);
        assert!(s.caveat.contains("(retired Aug 2024)"), "{}", s.caveat);
        assert!(!s.sources.is_empty());
        // Version A's programme years are not its window here, and the page says so.
        assert_eq!(
            s.caveat.contains("programme years"),
            set == RuleSetId::OfficialA,
            "{}",
            s.caveat
        );
    }
    let s = score(&history(&[]), RuleSetId::Fy24, today(), &RuleBook::new());
    assert!(s
        .caveat
        .starts_with("Under the FY24 scorecard rules (retired Aug 2024)"));
}

#[test]
fn overrides_change_the_figures() {
    let overrides = BTreeMap::from([
        ("fy24.min_reviews".to_string(), 5.0),
        ("fy24.min_average".to_string(), 4.0),
        ("fy24.points".to_string(), 50.0),
    ]);
    let (book, diags) = RuleBook::with_overrides(&overrides);
    assert!(diags.is_empty());
    let s = score(&history(&mix(0, 5)), RuleSetId::Fy24, today(), &book);
    assert_eq!(
        (s.eligible, s.points, s.min_reviews, s.min_average),
        (true, 50, 5, 4.0)
    );
    let p = ReviewParams::resolve(RuleSetId::Fy24, &book);
    assert_eq!((p.min_reviews, p.threshold, p.max_points()), (5, 400, 50));
}

#[test]
fn ratings_are_sorted_by_date() {
    let h = history(&[
        (d(2026, 5, 1), 300),
        (d(2025, 5, 1), 500),
        (d(2026, 1, 1), 400),
    ]);
    let s = score(&h, RuleSetId::Fy21, today(), &RuleBook::new());
    let dates: Vec<_> = s.ratings.iter().map(|p| p.date).collect();
    assert_eq!(dates, [d(2025, 5, 1), d(2026, 1, 1), d(2026, 5, 1)]);
    assert_eq!(s.ratings[0].stars, 5.0);
}

#[test]
fn summaries_agree_with_the_full_scores() {
    let mut v = mix(6, 4);
    v.extend(many(3, d(2025, 3, 1), 200));
    let h = history(&v);
    let book = RuleBook::new();
    let all = summaries(&h, today(), &book);
    assert_eq!(all.len(), RuleSetId::ALL.len());
    for (set, s) in RuleSetId::ALL.iter().zip(&all) {
        assert_eq!(&summary(&score(&h, *set, today(), &book)), s);
    }
}

/// The count in u128 arithmetic throughout, as written before the wasm lost its u128
/// division: the reference for any tally.
fn needed_in_u128(tally: Tally, min_reviews: u32, threshold: u32) -> u32 {
    let top = 500u128;
    let (threshold, count, sum) = (
        u128::from(threshold),
        u128::from(tally.count),
        u128::from(tally.sum),
    );
    let for_count = u128::from(min_reviews).saturating_sub(count);
    let deficit = (threshold * count).saturating_sub(sum);
    let for_average = if deficit == 0 {
        0
    } else if threshold >= top {
        return u32::MAX;
    } else {
        deficit.div_ceil(top - threshold)
    };
    u32::try_from(for_count.max(for_average)).unwrap_or(u32::MAX)
}

proptest::proptest! {
    #[test]
    fn five_star_reviews_needed_is_exact_for_any_tally(
        count in proptest::prop_oneof![0u64..1000, proptest::num::u64::ANY],
        sum in proptest::prop_oneof![0u64..500_000, proptest::num::u64::ANY],
        min in proptest::num::u32::ANY,
        threshold in proptest::prop_oneof![0u32..=520, proptest::num::u32::ANY],
    ) {
        let tally = Tally { count, sum };
        proptest::prop_assert_eq!(
            five_star_reviews_needed(tally, min, threshold),
            needed_in_u128(tally, min, threshold)
        );
    }
}

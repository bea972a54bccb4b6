//! The review window's rollover on 1 February, and what counts once the scorecard is
//! retired (listing ranking).

use crate::engine_common;

use chrono::NaiveDate;
use engine_common::{d, history, many};
use listing_analyzer::engine::estimate::review_score::{score, scorecard_retired_on, summaries};
use listing_analyzer::engine::input::RuleSetId;
use listing_analyzer::engine::rules::RuleBook;

/// One rollover case: reviews as `(count, hundredths)` groups last fiscal year (dated
/// 1 June 2025) and this fiscal year (dated 1 June 2026), judged on 22 November 2026.
struct Case {
    what: &'static str,
    set: RuleSetId,
    last_fy: &'static [(usize, u16)],
    this_fy: &'static [(usize, u16)],
    eligible_now: bool,
    loses: bool,
    needed_now: u32,
    needed_next: u32,
}

const CASES: &[Case] = &[
    Case {
        what: "6 fives age out: 2 fives left, 6 more keep it",
        set: RuleSetId::Fy24,
        last_fy: &[(6, 500)],
        this_fy: &[(2, 500)],
        eligible_now: true,
        loses: true,
        needed_now: 0,
        needed_next: 6,
    },
    Case {
        what: "average decides: 6 fives + 4 threes left (4.2), 10 fives reach 4.6",
        set: RuleSetId::Fy24,
        last_fy: &[(10, 500)],
        this_fy: &[(6, 500), (4, 300)],
        eligible_now: true,
        loses: true,
        needed_now: 0,
        needed_next: 10,
    },
    Case {
        what: "count and average: 1 five + 1 four left, 6 more for the count",
        set: RuleSetId::Fy24,
        last_fy: &[(6, 500)],
        this_fy: &[(1, 500), (1, 400)],
        eligible_now: true,
        loses: true,
        needed_now: 0,
        needed_next: 6,
    },
    Case {
        what: "all reviews this fiscal year: nothing ages out",
        set: RuleSetId::Fy24,
        last_fy: &[],
        this_fy: &[(8, 500)],
        eligible_now: true,
        loses: false,
        needed_now: 0,
        needed_next: 0,
    },
    Case {
        what: "not eligible now (4.5): 4 fives now, 12 for the next window",
        set: RuleSetId::Fy24,
        last_fy: &[(8, 500)],
        this_fy: &[(8, 400)],
        eligible_now: false,
        loses: false,
        needed_now: 4,
        needed_next: 12,
    },
    Case {
        what: "official version A (count only): 1 review left, 4 more",
        set: RuleSetId::OfficialA,
        last_fy: &[(5, 300)],
        this_fy: &[(1, 200)],
        eligible_now: true,
        loses: true,
        needed_now: 0,
        needed_next: 4,
    },
];

fn reviews(case: &Case) -> Vec<(NaiveDate, u16)> {
    let mut v = Vec::new();
    for &(n, h) in case.last_fy {
        v.extend(many(n, d(2025, 6, 1), h));
    }
    for &(n, h) in case.this_fy {
        v.extend(many(n, d(2026, 6, 1), h));
    }
    v
}

#[test]
fn rollover_says_how_many_five_star_reviews_keep_eligibility() {
    let today = d(2026, 11, 22);
    let book = RuleBook::new();
    for case in CASES {
        let v = reviews(case);
        let s = score(&history(&v), case.set, today, &book);
        let n = &s.next_window;
        assert_eq!(s.eligible, case.eligible_now, "{}", case.what);
        assert_eq!(n.loses_eligibility, case.loses, "{}", case.what);
        assert_eq!(s.five_star_reviews_needed, case.needed_now, "{}", case.what);
        assert_eq!(
            n.five_star_reviews_needed, case.needed_next,
            "{}",
            case.what
        );
        assert_eq!(n.eligible, case.needed_next == 0, "{}", case.what);
        assert_eq!(
            (n.applies_from, n.keep_by),
            (d(2027, 2, 1), d(2027, 1, 31)),
            "{}",
            case.what
        );
        // The side-by-side summary carries the same figure.
        let all = summaries(&history(&v), today, &book);
        let row = all.iter().find(|r| r.rule_set == case.set).expect("row");
        assert_eq!(row.five_star_reviews_needed_next, case.needed_next);
    }
}

#[test]
fn the_needed_reviews_are_exactly_enough_on_1_february() {
    // Add k fives on the last day before the rollover and judge on 1 February: k = needed
    // keeps eligibility, k − 1 does not.
    let today = d(2026, 11, 22);
    let book = RuleBook::new();
    for case in CASES.iter().filter(|c| c.needed_next > 0) {
        let k = case.needed_next as usize;
        for (added, eligible) in [(k, true), (k - 1, false)] {
            let mut v = reviews(case);
            v.extend(many(added, d(2027, 1, 31), 500));
            let s = score(&history(&v), case.set, d(2027, 2, 1), &book);
            assert_eq!(s.eligible, eligible, "{} with {added} fives", case.what);
            // The added fives never lower today's result.
            let now = score(&history(&v), case.set, today, &book);
            assert_eq!(now.eligible, case.eligible_now, "{}", case.what);
        }
    }
}

#[test]
fn on_31_january_the_deadline_is_today() {
    let mut v = many(6, d(2025, 6, 1), 500);
    v.extend(many(2, d(2026, 6, 1), 500));
    let s = score(
        &history(&v),
        RuleSetId::Fy24,
        d(2027, 1, 31),
        &RuleBook::new(),
    );
    assert_eq!(s.next_window.keep_by, d(2027, 1, 31));
    assert_eq!(s.next_window.applies_from, d(2027, 2, 1));
    assert_eq!(s.next_window.five_star_reviews_needed, 6);
    // On 1 February the window has moved: the loss is now, and the count is today's need.
    let s = score(
        &history(&v),
        RuleSetId::Fy24,
        d(2027, 2, 1),
        &RuleBook::new(),
    );
    assert_eq!((s.eligible, s.five_star_reviews_needed), (false, 6));
    assert_eq!(s.next_window.applies_from, d(2028, 2, 1));
}

#[test]
fn ranking_leads_with_every_review_through_today() {
    // (reviews as (date, hundredths), today, count, average, scorecard retired)
    type Reviews<'a> = &'a [(NaiveDate, u16)];
    let cases: [(Reviews, NaiveDate, u32, Option<f64>, bool); 4] = [
        (&[], d(2026, 11, 22), 0, None, true),
        // A review from 2019 is outside every scorecard window but still on the listing.
        (
            &[(d(2019, 3, 1), 300), (d(2026, 6, 1), 500)],
            d(2026, 11, 22),
            2,
            Some(4.0),
            true,
        ),
        // A review after today is not counted.
        (
            &[(d(2026, 6, 1), 400), (d(2026, 12, 1), 100)],
            d(2026, 11, 22),
            1,
            Some(4.0),
            true,
        ),
        // Before 1 August 2024 the scorecard was in force.
        (&[(d(2024, 6, 1), 500)], d(2024, 7, 31), 1, Some(5.0), false),
    ];
    for (reviews, today, count, average, retired) in cases {
        let s = score(&history(reviews), RuleSetId::Fy24, today, &RuleBook::new());
        assert_eq!(s.ranking.reviews, count, "{reviews:?}");
        assert_eq!(s.ranking.average, average, "{reviews:?}");
        assert_eq!(s.scorecard_retired, retired, "{today}");
        assert_eq!(
            s.caveat.contains("(retired Aug 2024)"),
            retired,
            "{}",
            s.caveat
        );
        assert_eq!(s.ranking.source.kind.key(), "OFFICIAL");
        assert!(s.ranking.note.contains("trust score"), "{}", s.ranking.note);
    }
    assert_eq!(scorecard_retired_on(), d(2024, 8, 1));
}

proptest::proptest! {
    /// For any reviews up to today and any day, the rollover need is exact: that many 5-star reviews
    /// dated on the last day before the rollover make the window eligible on 1 February,
    /// one fewer does not, and none of them changes today's verdict.
    #[test]
    fn the_rollover_need_is_exact_for_any_reviews(
        reviews in proptest::collection::vec((0u64..1100, 100u16..=500), 0..40),
        today_offset in 0u64..1100,
    ) {
        let base = d(2024, 1, 1);
        let at = |days: u64| base.checked_add_days(chrono::Days::new(days)).expect("date");
        let today = at(today_offset);
        // Reviews dated after today are reported and never counted, so they are left out.
        let v: Vec<(NaiveDate, u16)> = reviews
            .iter()
            .map(|&(o, h)| (at(o), h))
            .filter(|&(date, _)| date <= today)
            .collect();
        let book = RuleBook::new();
        let s = score(&history(&v), RuleSetId::Fy24, today, &book);
        let n = &s.next_window;
        proptest::prop_assert_eq!(n.loses_eligibility, s.eligible && !n.eligible);
        let k = n.five_star_reviews_needed as usize;
        for (added, eligible) in [(k, true), (k.wrapping_sub(1), false)] {
            if added == usize::MAX {
                continue;
            }
            let mut more = v.clone();
            more.extend(many(added, n.keep_by, 500));
            let later = score(&history(&more), RuleSetId::Fy24, n.applies_from, &book);
            proptest::prop_assert_eq!(later.eligible, eligible, "added {}", added);
            if n.keep_by > today {
                let now = score(&history(&more), RuleSetId::Fy24, today, &book);
                proptest::prop_assert_eq!(now.eligible, s.eligible);
            }
        }
    }
}

//! Property tests of the time-to-listing states (issue 10): for any log, open states never
//! date before today, done states equal the log's dates, and the factors sum to `likely`.

use crate::engine_common;

use chrono::{Days, NaiveDate};
use engine_common::{d, log, sr};
use listing_analyzer::engine::estimate::timeline::estimate;
use listing_analyzer::engine::input::{AppType, Complexity};
use listing_analyzer::engine::model::EventKind;
use listing_analyzer::engine::report::ReviewStatus;
use listing_analyzer::engine::rules::RuleBook;
use proptest::prelude::*;

const KINDS: [EventKind; 11] = [
    EventKind::PreparationStarted,
    EventKind::Scan,
    EventKind::PlannedSubmission,
    EventKind::Submitted,
    EventKind::Resubmitted,
    EventKind::Failed,
    EventKind::ProvisionalPass,
    EventKind::Passed,
    EventKind::Bounced,
    EventKind::Listed,
    EventKind::ReReview,
];

fn at(today: NaiveDate, offset: i64) -> NaiveDate {
    if offset >= 0 {
        today + Days::new(offset.unsigned_abs())
    } else {
        today - Days::new(offset.unsigned_abs())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_state_keeps_its_invariants(
        events in proptest::collection::vec((-900i64..200, 0usize..KINDS.len()), 0..12),
        today_days in 0u64..1500, native in any::<bool>(), paid in proptest::option::of(any::<bool>()),
    ) {
        let today = d(2024, 1, 1) + Days::new(today_days);
        let pairs: Vec<(NaiveDate, EventKind)> = events
            .iter()
            .map(|&(off, k)| (at(today, off), KINDS[k]))
            .collect();
        let app = if native { AppType::Native } else { AppType::Connected };
        let (t, _) = estimate(&sr(app, Complexity::Medium), &log(&pairs), paid, today, &RuleBook::new());
        prop_assert!(t.low_weeks <= t.likely_weeks && t.likely_weeks <= t.high_weeks, "{:?}", t);
        let sum: i64 = t.factors.iter().map(|f| i64::from(f.weeks)).sum();
        prop_assert_eq!(sum, i64::from(t.likely_weeks));
        match t.status {
            ReviewStatus::Passed | ReviewStatus::Listed => {
                let on = if t.status == ReviewStatus::Listed { t.listed_on } else { t.passed_on };
                prop_assert!(on.is_some_and(|on| pairs.iter().any(|&(d, _)| d == on)));
                prop_assert_eq!(Some(t.likely), on);
                prop_assert_eq!((t.earliest, t.latest), (t.likely, t.likely));
            }
            _ => {
                prop_assert!(t.earliest >= today && t.likely >= today && t.latest >= today, "{:?}", t);
            }
        }
        prop_assert!(t.plan.iter().all(|s| s.from >= today && s.to >= s.from));
        // One schedule: an open state's plan publishes on the headline's likely date.
        if !t.status.is_done() && t.status != ReviewStatus::ReReview {
            if let Some(p) = t.plan.iter().find(|s| s.step.starts_with("Publish the listing")) {
                prop_assert_eq!(p.to, t.likely, "{:?}", t);
                prop_assert!(t.earliest <= p.to && p.to <= t.latest, "{:?}", t);
            }
        }
        prop_assert_eq!(t.fees_usd.is_none(), paid.is_none());
    }
}

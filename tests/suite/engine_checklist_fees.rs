//! The review fee per attempt and the Checkmarx scans figure (issue 12 item 3): both are
//! cited rules, editable through the overrides, and shown in the estimate and the plan.

use crate::engine_common;

use engine_common::d;
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::input::{Architecture, Input};
use listing_analyzer::engine::report::Report;

/// A native app on 25 November 2026 with `log` and `paid`.
fn native(log: &str, paid: Option<bool>) -> Input {
    let mut i = Input {
        today: Some(d(2026, 11, 25)),
        ..Input::default()
    };
    i.security_review.architecture = Some(Architecture::Native);
    i.security_review.log = log.to_string();
    i.security_review.paid = paid;
    i
}

#[test]
fn the_fee_is_per_attempt_failed_attempts_count_and_it_is_editable() {
    let log = "2026-06-01 submitted\n2026-07-15 failed\n2026-08-01 resubmitted\n2026-09-20 failed";
    // (paid, override, attempts, per attempt, total with the next attempt)
    let cases = [
        (Some(true), None, 2, Some(999), Some(2997)),
        (Some(true), Some(1500.0), 2, Some(1500), Some(4500)),
        (Some(false), None, 2, Some(0), Some(0)),
        (None, None, 2, None, None),
    ];
    for (paid, fee, attempts, per, total) in cases {
        let mut i = native(log, paid);
        if let Some(v) = fee {
            i.overrides.insert("sr.fee_usd".into(), v);
        }
        let r = analyze(&i, d(2026, 11, 25));
        let t = &r.time_to_listing;
        assert_eq!(t.attempts, attempts, "{paid:?}");
        assert_eq!(t.fee_per_attempt_usd, per, "{paid:?} {fee:?}");
        assert_eq!(t.fees_usd, total, "{paid:?} {fee:?}");
        let resubmit = t
            .plan
            .iter()
            .find(|s| s.step.starts_with("Fix the findings"));
        let why = resubmit.map(|s| s.why.as_str()).unwrap_or_default();
        match per {
            Some(0) => assert!(why.contains("no review fee"), "{why}"),
            Some(n) => assert!(
                why.contains(&format!("${n} for this attempt, not refunded")),
                "{why}"
            ),
            None => assert!(!why.contains("fee"), "{why}"),
        }
        let rule = r.rules.iter().find(|v| v.id == "sr.fee_usd");
        assert_eq!(rule.map(|v| v.source.kind.key()), Some("PRACTITIONER"));
    }
}

#[test]
fn the_checkmarx_scans_figure_is_a_cited_rule() {
    let mut i = native("", None);
    let detail = |r: &Report| {
        r.checklist
            .items
            .iter()
            .find(|i| i.id == "checkmarx")
            .map(|i| i.detail.clone())
            .unwrap_or_default()
    };
    assert!(detail(&analyze(&i, d(2026, 11, 25))).contains("3 runs per solution version"));
    i.overrides
        .insert("sr.checkmarx_scans_per_version".into(), 5.0);
    let r = analyze(&i, d(2026, 11, 25));
    assert!(detail(&r).contains("5 runs per solution version"));
    let rule = r
        .rules
        .iter()
        .find(|v| v.id == "sr.checkmarx_scans_per_version");
    assert_eq!(
        rule.map(|v| (v.value, v.source.kind.key())),
        Some((5.0, "OFFICIAL"))
    );
}

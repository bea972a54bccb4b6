//! The partner context: the tier the input implies, agreements, revenue share, the retired
//! score as history; and the citations of our own readings.

use crate::engine_common;

use std::collections::BTreeMap;

use engine_common::{d, said, Flags};
use listing_analyzer::engine::estimate::partner::{context, implied_tier, PathFacts};
use listing_analyzer::engine::input::{AppType, Input, PartnerInput};
use listing_analyzer::engine::report::partner::PartnerTier::{self, *};
use listing_analyzer::engine::rules::RuleBook;
use listing_analyzer::engine::{analyze, parse_input};

const Y: Option<bool> = Some(true);
const N: Option<bool> = Some(false);
const U: Option<bool> = None;

#[test]
fn the_input_implies_a_tier() {
    // ([joined, talks, agreement, distributing, summit], paid, tier, words in the reason)
    let cases: [(Flags, Option<bool>, Option<PartnerTier>, &str); 11] = [
        ([U, U, U, U, U], None, None, "Not said"),
        ([N, U, U, U, U], None, None, "not joined"),
        ([Y, U, U, U, U], None, Some(Registered), "joined"),
        ([Y, Y, U, U, U], None, Some(Exploration), "commercial talks"),
        (
            [Y, Y, Y, U, U],
            Some(true),
            Some(Build),
            "distribution agreement",
        ),
        ([U, U, Y, Y, U], Some(true), Some(Select), "paid app"),
        // Listed and distributing, but free: Select needs a paid app.
        (
            [U, U, Y, Y, U],
            Some(false),
            Some(Build),
            "free app does not count",
        ),
        // Listed and distributing, paid unknown: say it.
        (
            [U, U, Y, Y, U],
            None,
            Some(Build),
            "say whether the solution is paid",
        ),
        (
            [U, U, U, Y, U],
            None,
            Some(Registered),
            "listed and distributing",
        ),
        ([U, U, U, U, Y], Some(false), Some(Summit), "strategic"),
        ([U, U, N, N, U], None, None, "Not said"),
    ];
    for (flags, paid, tier, words) in cases {
        let (got, why) = implied_tier(&said(flags), paid, PathFacts::default());
        assert_eq!(got, tier, "{flags:?} paid {paid:?}");
        assert!(why.contains(words), "{flags:?}: {why}");
    }
}

#[test]
fn the_context_marks_the_tier_and_what_moves_it_up() {
    // (tier implied by the flags, next step words)
    let cases: [(Flags, Option<PartnerTier>, Option<&str>); 4] = [
        (
            [U, U, U, U, U],
            None,
            Some("Join the AppExchange ISV programme"),
        ),
        (
            [Y, Y, U, U, U],
            Some(Exploration),
            Some("sign the distribution agreement"),
        ),
        ([U, U, Y, U, U], Some(Build), Some("List a paid app")),
        ([U, U, U, U, Y], Some(Summit), None),
    ];
    for (flags, tier, next) in cases {
        let c = context(
            &said(flags),
            Some(AppType::Native),
            Some(true),
            PathFacts::default(),
            &RuleBook::new(),
        );
        assert_eq!(c.implied_tier, tier);
        match next {
            Some(words) => assert!(
                c.next_step.as_deref().is_some_and(|s| s.contains(words)),
                "{:?}",
                c.next_step
            ),
            None => assert_eq!(c.next_step, None),
        }
        let names: Vec<&str> = c.tiers.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            ["Registered", "Exploration", "Build", "Select", "Summit"]
        );
        let numbers: Vec<u8> = c.tiers.iter().map(|t| t.number).collect();
        assert_eq!(numbers, [5, 4, 3, 2, 1]);
        let current: Vec<PartnerTier> = c
            .tiers
            .iter()
            .filter(|t| t.current)
            .map(|t| t.tier)
            .collect();
        assert_eq!(current, tier.into_iter().collect::<Vec<_>>());
        assert_eq!(c.tiers_source.kind.key(), "SEED");
    }
}

#[test]
fn every_solution_signs_the_same_agreement_and_the_share_follows_the_model() {
    // (range, paid, revenue share applies): the agreement is the same whatever the solution
    // is made of (docs/domain.md §7); the share applies unless the solution is free.
    let cases = [
        (Some(AppType::Connected), Some(true), true),
        (Some(AppType::Native), None, true),
        (None, None, true),
        (Some(AppType::Native), Some(false), false),
    ];
    for (app_type, paid, applies) in cases {
        let c = context(
            &PartnerInput::default(),
            app_type,
            paid,
            PathFacts::default(),
            &RuleBook::new(),
        );
        assert!(
            c.agreement.agreement.contains("distribution agreement"),
            "{}",
            c.agreement.agreement
        );
        assert!(!c.agreement.agreement.contains("lighter"));
        assert!(
            c.agreement.note.contains("distribution model"),
            "{}",
            c.agreement.note
        );
        assert_eq!(c.agreement.app_type, app_type);
        assert_eq!(
            (
                c.revenue_share.applies,
                c.revenue_share.min_pct,
                c.revenue_share.max_pct
            ),
            (applies, 15, 25)
        );
        assert!(c.advice.text.contains("a brochure, not a business"));
        assert_eq!(c.advice.source.kind.key(), "SEED");
    }
}

#[test]
fn the_retired_score_is_history_with_editable_figures() {
    let c = context(
        &PartnerInput::default(),
        Some(AppType::Native),
        None,
        PathFacts::default(),
        &RuleBook::new(),
    );
    let h = &c.history;
    assert_eq!(h.retired_on, d(2024, 8, 1));
    assert!(h.note.starts_with("History"));
    let tiers: Vec<(&str, Option<u32>, Option<u32>)> = h
        .tiers
        .iter()
        .map(|t| (t.name.as_str(), t.from_points, t.to_points))
        .collect();
    assert_eq!(
        tiers,
        [
            ("Base", Some(0), Some(249)),
            ("Ridge", Some(250), Some(499)),
            ("Crest", Some(500), None),
            ("Summit", None, None),
        ]
    );
    let items: Vec<(&str, Option<u32>)> = h
        .items
        .iter()
        .map(|i| (i.name.as_str(), i.points))
        .collect();
    assert_eq!(items[0], ("Trailhead badges", Some(75)));
    assert!(h.items[0].condition.starts_with("600 or more"));
    assert_eq!(items[1], ("Technology Adoption", Some(200)));
    // Overrides move the figures.
    let (book, diags) = RuleBook::with_overrides(&BTreeMap::from([
        ("partner.score.ridge_from".to_string(), 300.0),
        ("partner.score.trailhead_badges".to_string(), 500.0),
        ("partner.revenue_share.max_pct".to_string(), 20.0),
    ]));
    assert!(diags.is_empty(), "{diags:?}");
    let c = context(
        &PartnerInput::default(),
        Some(AppType::Native),
        None,
        PathFacts::default(),
        &book,
    );
    assert_eq!(c.history.tiers[0].to_points, Some(299));
    assert_eq!(c.history.tiers[1].from_points, Some(300));
    assert!(c.history.items[0].condition.starts_with("500 or more"));
    assert_eq!(c.revenue_share.max_pct, 20);
    // A minimum above its maximum is refused.
    let (_, diags) = RuleBook::with_overrides(&BTreeMap::from([(
        "partner.revenue_share.min_pct".to_string(),
        30.0,
    )]));
    assert_eq!(diags.len(), 1, "{diags:?}");
}

#[test]
fn old_inputs_read_and_the_partner_section_is_in_the_report() {
    // An input from before the partner fields, and one that says where it stands.
    let old = parse_input(r#"{"schema_version":1,"today":"2026-11-22"}"#).expect("old input");
    assert_eq!(old.partner, PartnerInput::default());
    assert!(!serde_json::to_string(&old)
        .expect("json")
        .contains("partner"));
    let new = parse_input(
        r#"{"schema_version":1,"today":"2026-11-22","security_review":{"paid":true},
            "partner":{"distribution_agreement":true,"distributing":true}}"#,
    )
    .expect("new input");
    let back: Input = parse_input(&serde_json::to_string(&new).expect("json")).expect("round trip");
    assert_eq!(back, new);
    let r = analyze(&new, d(2026, 11, 22));
    assert_eq!(r.partner.implied_tier, Some(Select));
    let used: Vec<&str> = r
        .rules
        .iter()
        .filter(|v| v.used_by.key() == "partner")
        .map(|v| v.id.as_str())
        .collect();
    assert!(used.contains(&"partner.revenue_share.min_pct"), "{used:?}");
    assert!(used.contains(&"partner.score.ridge_from"), "{used:?}");
    let json = serde_json::to_value(&r).expect("report json");
    assert_eq!(json["partner"]["implied_tier"], "select");
}

#[test]
fn the_freemium_fee_is_labelled_as_our_reading() {
    // (pricing line, paid input, INFERRED fee source expected)
    let cases = [
        ("Pricing: Freemium, free for up to 5 users", None, true),
        (
            "Pricing: Freemium, free for up to 5 users",
            Some(true),
            false,
        ),
        ("Pricing: Paid, $10 per user per month", None, false),
        ("Pricing: Free", None, false),
    ];
    for (pricing, paid, inferred) in cases {
        let mut input = Input {
            today: Some(d(2026, 11, 22)),
            listing: format!("Title: Invoice Sync\n{pricing}"),
            ..Input::default()
        };
        input.security_review.paid = paid;
        let r = analyze(&input, d(2026, 11, 22));
        let found = r
            .time_to_listing
            .sources
            .iter()
            .any(|s| s.kind.key() == "INFERRED" && s.title.contains("Freemium"));
        assert_eq!(found, inferred, "{pricing} / {paid:?}");
    }
}

//! What the user says of the solution and its checklist items, over time (issue 20 items 3
//! and 4): older saved inputs and links keep what they carry with a note, older ready lists
//! read the rest as not said, and saying items ready never makes anything worse, for every
//! component combination and every order.

use crate::engine_common;

use engine_common::checklist::{bounce, checklist_gaps, input, today};
use listing_analyzer::engine::estimate::checklist::edit::{set_state, toggle_component};
use listing_analyzer::engine::input::{Architecture, Component, ItemState, SolutionReading};
use listing_analyzer::engine::report::Report;
use listing_analyzer::engine::{analyze, parse_input};
use proptest::prelude::*;

use Component::*;

#[test]
fn older_inputs_keep_what_they_carry_with_a_note() {
    // (input JSON, range, components read, reading)
    type Case = (
        &'static str,
        (u32, u32),
        &'static [Component],
        SolutionReading,
    );
    let cases: [Case; 6] = [
        (
            r#""app_type":"native""#,
            (16, 32),
            &[ManagedPackage2gp],
            SolutionReading::AppType,
        ),
        (
            r#""app_type":"connected""#,
            (8, 16),
            &[ApiOnly],
            SolutionReading::AppType,
        ),
        (
            r#""architecture":"composite","app_type":"connected""#,
            (16, 32),
            &[ManagedPackage2gp, ExternalApp],
            SolutionReading::Architecture,
        ),
        (
            r#""architecture":"api_only""#,
            (8, 16),
            &[ApiOnly],
            SolutionReading::Architecture,
        ),
        (
            r#""architecture":"mobile","agentforce":true"#,
            (16, 32),
            &[MobileIos, MobileAndroid, Agentforce],
            SolutionReading::Architecture,
        ),
        ("", (8, 32), &[], SolutionReading::NotSaid),
    ];
    for (sr, range, components, reading) in cases {
        let json =
            format!(r#"{{"schema_version":1,"today":"2026-11-25","security_review":{{{sr}}}}}"#);
        let i = parse_input(&json).expect("an old input reads");
        let r = analyze(&i, today());
        let t = &r.time_to_listing;
        assert_eq!((t.range_min_weeks, t.range_max_weeks), range, "{sr}");
        assert_eq!(r.checklist.components, components, "{sr}");
        assert_eq!(r.checklist.read_from, reading, "{sr}");
        if reading != SolutionReading::NotSaid && reading != SolutionReading::Components {
            assert!(
                r.checklist.note.contains("in your saved work"),
                "{}",
                r.checklist.note
            );
        }
    }
    // Components win over the older fields; the first change clears them.
    let json = r#"{"schema_version":1,"security_review":{"app_type":"native","architecture":"native","components":["api_only"]}}"#;
    let mut i = parse_input(json).expect("reads");
    assert_eq!(analyze(&i, today()).checklist.components, [ApiOnly]);
    let json = r#"{"schema_version":1,"security_review":{"architecture":"composite"}}"#;
    let mut old = parse_input(json).expect("reads");
    toggle_component(&mut old.security_review, MobileIos, true);
    assert_eq!(
        old.security_review.components,
        [ManagedPackage2gp, ExternalApp, MobileIos]
    );
    assert_eq!(old.security_review.architecture, None);
    toggle_component(&mut i.security_review, ApiOnly, false);
    assert!(i.security_review.components.is_empty());
    assert_eq!(i.security_review.app_type, None);
    assert_eq!(
        analyze(&i, today()).checklist.read_from,
        SolutionReading::NotSaid
    );
    let _ = Architecture::ALL;
}

#[test]
fn older_ready_lists_read_the_rest_as_not_said() {
    // materials_ready: its items ready, the others not said (no gap, no bounce).
    let json = r#"{"schema_version":1,"today":"2026-11-25","security_review":{"app_type":"native","materials_ready":["code_analyzer"]}}"#;
    let mut i = parse_input(json).expect("reads");
    let r = analyze(&i, today());
    let state = |r: &Report, id: &str| {
        r.checklist
            .items
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.state)
    };
    assert_eq!(state(&r, "code_analyzer"), Some(ItemState::Ready));
    assert_eq!(state(&r, "checkmarx"), Some(ItemState::NotSaid));
    assert_eq!((checklist_gaps(&r), bounce(&r)), (0, None));
    // A change moves the older list into the two lists and clears it.
    set_state(&mut i.security_review, "checkmarx", ItemState::NotReady);
    assert_eq!(i.security_review.materials_ready, None);
    assert_eq!(
        i.security_review.checklist_ready,
        Some(vec!["code_analyzer".to_string()])
    );
    assert_eq!(
        i.security_review.checklist_not_ready,
        Some(vec!["checkmarx".to_string()])
    );
    let r = analyze(&i, today());
    assert_eq!((checklist_gaps(&r), bounce(&r)), (1, Some(2)));
    // checklist_ready alone: the rest not said.
    let json = r#"{"schema_version":1,"today":"2026-11-25","security_review":{"app_type":"native","checklist_ready":["code_analyzer"]}}"#;
    let r = analyze(&parse_input(json).expect("reads"), today());
    assert_eq!((checklist_gaps(&r), bounce(&r)), (0, None));
    assert_eq!(r.checklist.required_not_ready, 0);
}

/// Every component combination sampled: a subset mask of [`Component::ALL`].
fn combination() -> impl Strategy<Value = Vec<Component>> {
    prop::collection::vec(any::<bool>(), Component::ALL.len()).prop_map(|mask| {
        Component::ALL
            .into_iter()
            .zip(mask)
            .filter_map(|(c, on)| on.then_some(c))
            .collect()
    })
}

fn state() -> impl Strategy<Value = ItemState> {
    prop::sample::select(ItemState::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Issue 20 item 4: whatever the components and whatever is said, the gaps are exactly
    /// the required items said to be not ready, and saying items ready one by one, in any
    /// order, never lowers readiness, never adds weeks and never adds a gap.
    #[test]
    fn ticks_never_worse_in_any_order(
        components in combination(), domains in proptest::option::of(0u32..4),
        start in prop::collection::vec(state(), 0..24), order in any::<u64>(),
        old in prop::sample::select(vec![None, Some(Architecture::Native), Some(Architecture::Mobile)]),
    ) {
        let mut i = input(&components, domains);
        if components.is_empty() {
            i.security_review.architecture = old;
        }
        let items: Vec<String> = analyze(&i, today()).checklist.items.iter().map(|i| i.id.clone()).collect();
        for (id, s) in items.iter().zip(&start) {
            set_state(&mut i.security_review, id, *s);
        }
        let mut r = analyze(&i, today());
        let c = &r.checklist;
        prop_assert!(c.required_ready + c.required_not_ready <= c.required_total);
        prop_assert_eq!(checklist_gaps(&r) as u32, c.required_not_ready);
        prop_assert_eq!(bounce(&r).is_some(), c.required_not_ready > 0);
        // Every order of saying the items ready: a seeded shuffle of the ids.
        let mut pending = items.clone();
        let mut seed = order;
        while !pending.is_empty() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let id = pending.remove((seed >> 33) as usize % pending.len());
            set_state(&mut i.security_review, &id, ItemState::Ready);
            let next = analyze(&i, today());
            prop_assert!(next.readiness.score >= r.readiness.score, "{id}");
            prop_assert!(next.readiness.gaps.len() <= r.readiness.gaps.len(), "{id}");
            prop_assert!(next.time_to_listing.likely_weeks <= r.time_to_listing.likely_weeks, "{id}");
            prop_assert!(next.time_to_listing.high_weeks <= r.time_to_listing.high_weeks, "{id}");
            r = next;
        }
        prop_assert_eq!(r.checklist.required_ready, r.checklist.required_total);
        prop_assert_eq!(bounce(&r), None);
    }
}

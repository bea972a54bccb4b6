//! The submission checklist by component (issue 23 item 2, issue 20 items 3 and 4): ranges,
//! items, the Agentforce rules, per-domain DAST reports, and what the user says of each item
//! (ready, not ready, not said) driving the gaps, the bounce risk and the plan. Older inputs
//! and the ticks-never-worse property are in `engine_checklist_answers.rs`.

use crate::engine_common;

use engine_common::checklist::{bounce, checklist_gaps, ids, input, required_ids, today};
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::analyze_json;
use listing_analyzer::engine::estimate::checklist::edit::set_state;
use listing_analyzer::engine::input::{AppType, Component, ItemState, SolutionReading};
use listing_analyzer::engine::report::checklist::ItemGroupView;

use Component::*;

#[test]
fn nothing_said_is_a_state_with_no_range_as_the_answer() {
    let r = analyze(&input(&[], None), today());
    let c = &r.checklist;
    assert_eq!(c.read_from, SolutionReading::NotSaid);
    assert!(c.components.is_empty());
    assert_eq!(c.range_app_type, None);
    assert_eq!(r.time_to_listing.app_type, None);
    assert_eq!(c.solution_name, "Not said");
    assert!(
        c.note.starts_with("Not said what the solution is made of"),
        "{}",
        c.note
    );
    // The figures span both ranges and a factor says neither is the answer.
    let t = &r.time_to_listing;
    assert_eq!((t.range_min_weeks, t.range_max_weeks), (8, 32));
    assert!(t
        .factors
        .iter()
        .any(|f| f.label.contains("neither is your answer")));
    // Only the items every solution needs are listed; none is said.
    assert!(!ids(&r).contains(&"code_analyzer") && !ids(&r).contains(&"checkmarx"));
    assert!(!c.said);
    let out = analyze_json(r#"{"schema_version":1}"#, today()).expect("report");
    assert!(out.contains(r#""read_from":"not_said""#), "{out}");
    assert!(out.contains(r#""range_app_type":null"#), "{out}");
}

#[test]
fn any_package_takes_the_native_range_and_none_the_connected_one() {
    // (components, range)
    let cases: [(&[Component], AppType); 8] = [
        (&[ManagedPackage1gp], AppType::Native),
        (&[ManagedPackage2gp, ExternalApp], AppType::Native),
        (&[MobileIos, ExtensionPackage], AppType::Native),
        (&[ApiOnly, Agentforce], AppType::Native),
        (&[ApiOnly], AppType::Connected),
        (&[MobileIos, MobileAndroid, ApiOnly], AppType::Connected),
        (&[DesktopClient, BrowserExtension], AppType::Connected),
        (&[MarketingCloud], AppType::Connected),
    ];
    for (components, range) in cases {
        let r = analyze(&input(components, None), today());
        assert_eq!(r.checklist.range_app_type, Some(range), "{components:?}");
        assert_eq!(r.time_to_listing.app_type, Some(range), "{components:?}");
        assert_eq!(r.checklist.read_from, SolutionReading::Components);
        let want = if range == AppType::Native {
            (16, 32)
        } else {
            (8, 16)
        };
        let t = &r.time_to_listing;
        assert_eq!(
            (t.range_min_weeks, t.range_max_weeks),
            want,
            "{components:?}"
        );
    }
}

#[test]
fn a_solution_with_two_external_domains_needs_two_dast_reports() {
    // (domains, DAST ids)
    let cases: [(u32, &[&str]); 4] = [
        (0, &[]),
        (1, &["dast_1"]),
        (2, &["dast_1", "dast_2"]),
        (3, &["dast_1", "dast_2", "dast_3"]),
    ];
    for (domains, want) in cases {
        let r = analyze(
            &input(&[ManagedPackage2gp, ExternalApp], Some(domains)),
            today(),
        );
        let got: Vec<&str> = required_ids(&r)
            .into_iter()
            .filter(|i| i.starts_with("dast"))
            .collect();
        assert_eq!(got, want, "{domains} domains");
        assert_eq!(r.checklist.external_domains, domains);
    }
    // With the second said to be not ready, one gap names it.
    let mut i = input(&[ManagedPackage2gp, ExternalApp], Some(2));
    set_state(&mut i.security_review, "dast_2", ItemState::NotReady);
    let r = analyze(&i, today());
    let gaps: Vec<&str> = r
        .readiness
        .gaps
        .iter()
        .filter(|g| g.message.starts_with("Submission checklist"))
        .map(|g| g.message.as_str())
        .collect();
    assert_eq!(gaps.len(), 1, "{gaps:#?}");
    assert!(gaps[0].contains("external domain 2"), "{gaps:?}");
}

#[test]
fn agentforce_adds_its_rules() {
    let want = [
        "agentforce_no_secrets",
        "agentforce_prompt_injection",
        "agentforce_actions_classified",
    ];
    for base in [&[ManagedPackage2gp][..], &[ApiOnly], &[MobileIos]] {
        let without = analyze(&input(base, Some(1)), today());
        let mut with_components = base.to_vec();
        with_components.push(Agentforce);
        let with = analyze(&input(&with_components, Some(1)), today());
        let added: Vec<&str> = ids(&with)
            .into_iter()
            .filter(|i| i.starts_with("agentforce"))
            .collect();
        assert!(
            want.iter().all(|w| added.contains(w)),
            "{base:?}: {added:?}"
        );
        assert!(!ids(&without).iter().any(|i| i.starts_with("agentforce")));
        assert!(with.checklist.agentforce);
        assert!(with
            .checklist
            .items
            .iter()
            .filter(|i| i.group == ItemGroupView::Agentforce)
            .all(|i| i.source.kind.key() == "OFFICIAL"));
    }
}

#[test]
fn saying_every_item_ready_removes_the_bounce_risk_and_the_materials_gaps() {
    for components in [
        &[ManagedPackage2gp][..],
        &[ApiOnly, Agentforce],
        &[MobileIos, ExternalApp],
    ] {
        let mut i = input(components, Some(2));
        let items: Vec<String> = analyze(&i, today())
            .checklist
            .items
            .iter()
            .map(|i| i.id.clone())
            .collect();
        for id in &items {
            set_state(&mut i.security_review, id, ItemState::NotReady);
        }
        let none = analyze(&i, today());
        let required = none.checklist.required_total as usize;
        assert_eq!(checklist_gaps(&none), required, "{components:?}");
        assert_eq!(bounce(&none), Some(2), "{components:?}");
        for id in &items {
            set_state(&mut i.security_review, id, ItemState::Ready);
        }
        let all = analyze(&i, today());
        assert_eq!(checklist_gaps(&all), 0, "{components:?}");
        assert_eq!(bounce(&all), None, "{components:?}");
        assert_eq!(all.checklist.required_ready, all.checklist.required_total);
        assert!(all.readiness.score > none.readiness.score, "{components:?}");
        // Never worse; the plan's first verdict can hold both at the same week.
        assert!(all.time_to_listing.likely_weeks <= none.time_to_listing.likely_weeks);
        let prepare = all.time_to_listing.plan.first().map(|s| s.why.clone());
        assert!(
            prepare.is_some_and(|w| w.contains("all ") && w.contains("said to be ready")),
            "{components:?}"
        );
    }
}

#[test]
fn not_said_is_neutral_and_ready_never_worse_than_not_said() {
    let base = input(&[ManagedPackage2gp, ExternalApp], Some(2));
    let r = analyze(&base, today());
    assert!(!r.checklist.said);
    assert_eq!((checklist_gaps(&r), bounce(&r)), (0, None));
    let why = r.time_to_listing.plan.first().map(|s| s.why.clone());
    assert!(why.is_some_and(|w| w.contains("say in the checklist what is ready")));
    // One item ready (the issue 20 case: 69 → 54, 7 → 12 gaps, +2 weeks) changes nothing
    // for the worse.
    let mut one = base.clone();
    set_state(&mut one.security_review, "code_analyzer", ItemState::Ready);
    let after = analyze(&one, today());
    assert_eq!(checklist_gaps(&after), 0);
    assert_eq!(bounce(&after), None);
    assert!(after.readiness.score >= r.readiness.score);
    assert_eq!(after.readiness.gaps.len(), r.readiness.gaps.len());
    assert!(after.time_to_listing.likely_weeks <= r.time_to_listing.likely_weeks);
    // Not said again goes back exactly.
    set_state(
        &mut one.security_review,
        "code_analyzer",
        ItemState::NotSaid,
    );
    assert_eq!(analyze(&one, today()).readiness, r.readiness);
}

#[test]
fn the_plan_names_what_is_still_to_prepare_and_the_common_failures() {
    let mut i = input(&[ManagedPackage2gp, ExternalApp], Some(2));
    set_state(&mut i.security_review, "code_analyzer", ItemState::Ready);
    set_state(&mut i.security_review, "checkmarx", ItemState::NotReady);
    let t = analyze(&i, today()).time_to_listing;
    let steps: Vec<(&str, &str)> = t
        .plan
        .iter()
        .map(|s| (s.step.as_str(), s.why.as_str()))
        .collect();
    let (_, prepare) = steps[0];
    assert!(
        prepare.contains("still to prepare: Checkmarx report"),
        "{prepare}"
    );
    assert!(prepare.contains("(1 of "), "{prepare}");
    // steps[1] is the office hours beside the preparation (issue 23 item 4).
    let (scan, why) = steps[2];
    assert_eq!(
        scan,
        "Run the scans: Code Analyzer, Checkmarx and a DAST scan of each of the 2 external domains"
    );
    assert!(
        why.contains("check the common failures: CRUD/FLS enforced,"),
        "{why}"
    );
}

#[test]
fn an_unknown_id_is_kept_and_reported() {
    let mut i = input(&[ManagedPackage2gp], None);
    i.security_review.checklist_ready = Some(vec!["shiny".into(), "dast_4".into()]);
    i.security_review.checklist_not_ready = Some(vec!["glossy".into()]);
    let r = analyze(&i, today());
    let msgs: Vec<&str> = r.diagnostics.iter().map(|d| d.message.as_str()).collect();
    let unknown = msgs.iter().filter(|m| m.contains("not on any checklist"));
    assert_eq!(unknown.count(), 2, "{msgs:?}");
    assert!(msgs.iter().any(|m| m.contains("shiny")));
}

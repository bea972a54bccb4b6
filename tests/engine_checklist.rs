//! The submission checklist by architecture (issue 12 items 1, 2, 3 and 5): ranges,
//! items, the Agentforce rules, per-domain DAST reports, ticks driving the gaps, the bounce
//! risk and the plan, the fee per attempt, and older `app_type`/`materials_ready` inputs.

mod engine_common;

use engine_common::d;
use listing_analyzer::engine::estimate::checklist::{set_architecture, set_ready};
use listing_analyzer::engine::input::{AppType, Architecture, Input, Material};
use listing_analyzer::engine::report::checklist::ItemGroupView;
use listing_analyzer::engine::report::Report;
use listing_analyzer::engine::{analyze, analyze_json, parse_input};
use proptest::prelude::*;

use Architecture::*;

fn today() -> chrono::NaiveDate {
    d(2026, 11, 25)
}

fn input(arch: Architecture, agentforce: bool, domains: Option<u32>) -> Input {
    let mut i = Input {
        today: Some(today()),
        ..Input::default()
    };
    i.security_review.architecture = Some(arch);
    i.security_review.agentforce = Some(agentforce);
    i.security_review.external_domains = domains;
    i
}

fn required_ids(r: &Report) -> Vec<&str> {
    r.checklist
        .items
        .iter()
        .filter(|i| i.required)
        .map(|i| i.id.as_str())
        .collect()
}

fn ids(r: &Report) -> Vec<&str> {
    r.checklist.items.iter().map(|i| i.id.as_str()).collect()
}

const EVERY_APP: [&str; 5] = [
    "code_analyzer",
    "test_credentials",
    "false_positive_docs",
    "user_docs",
    "security_policies",
];

#[test]
fn each_architecture_yields_its_checklist_and_range() {
    // (architecture, range in weeks, Checkmarx, DAST reports by default, CRUD/FLS check)
    let cases = [
        (Native, (16, 32), true, 0, true),
        (NativeLightning, (16, 32), true, 0, true),
        (Composite, (16, 32), true, 1, true),
        (Connected, (8, 16), false, 1, false),
        (Mobile, (8, 16), false, 1, false),
        (MarketingCloud, (8, 16), false, 1, false),
    ];
    for (arch, range, checkmarx, dast, crud) in cases {
        let r = analyze(&input(arch, false, None), today());
        let t = &r.time_to_listing;
        assert_eq!((t.range_min_weeks, t.range_max_weeks), range, "{arch:?}");
        assert_eq!(r.checklist.architecture, arch);
        let required = required_ids(&r);
        for id in EVERY_APP {
            assert!(required.contains(&id), "{arch:?} lacks {id}: {required:?}");
        }
        assert_eq!(required.contains(&"checkmarx"), checkmarx, "{arch:?}");
        let dasts = required.iter().filter(|i| i.starts_with("dast_")).count();
        assert_eq!(dasts, dast, "{arch:?}");
        assert_eq!(
            required.len(),
            5 + usize::from(checkmarx) + dast,
            "{arch:?}"
        );
        let all = ids(&r);
        assert_eq!(all.contains(&"check_crud_fls"), crud, "{arch:?}");
        // CRUD/FLS is the first common failure to check whenever it applies.
        let first_check = r
            .checklist
            .items
            .iter()
            .find(|i| i.group == ItemGroupView::CommonFailure)
            .map(|i| i.id.as_str());
        if crud {
            assert_eq!(first_check, Some("check_crud_fls"), "{arch:?}");
        }
        assert!(!all.iter().any(|i| i.starts_with("agentforce")), "{arch:?}");
        assert!(r.checklist.items.iter().all(|i| !i.source.title.is_empty()
            && !i.source.as_of.is_empty()
            && !i.fix.is_empty()));
        // The range's reading is cited: the seed for native and connected, ours otherwise.
        let kind = &r.checklist.range_source.kind;
        let seed = matches!(arch, Native | Connected);
        assert_eq!(kind.key() == "SEED", seed, "{arch:?}: {kind}");
    }
}

#[test]
fn a_composite_app_with_two_external_domains_needs_two_dast_reports() {
    // (domains, DAST ids)
    let cases: [(u32, &[&str]); 4] = [
        (0, &[]),
        (1, &["dast_1"]),
        (2, &["dast_1", "dast_2"]),
        (3, &["dast_1", "dast_2", "dast_3"]),
    ];
    for (domains, want) in cases {
        let r = analyze(&input(Composite, false, Some(domains)), today());
        let got: Vec<&str> = required_ids(&r)
            .into_iter()
            .filter(|i| i.starts_with("dast"))
            .collect();
        assert_eq!(got, want, "{domains} domains");
        assert_eq!(r.checklist.external_domains, domains);
    }
    // With one of the two ticked, one gap names the other domain.
    let mut i = input(Composite, false, Some(2));
    let all: Vec<String> = required_ids(&analyze(&i, today()))
        .into_iter()
        .filter(|id| *id != "dast_2")
        .map(str::to_string)
        .collect();
    i.security_review.checklist_ready = Some(all);
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
fn the_agentforce_flag_adds_its_rules() {
    let want = [
        "agentforce_no_secrets",
        "agentforce_prompt_injection",
        "agentforce_actions_classified",
    ];
    for arch in Architecture::ALL {
        let without = analyze(&input(arch, false, None), today());
        let with = analyze(&input(arch, true, None), today());
        let added: Vec<&str> = required_ids(&with)
            .into_iter()
            .filter(|i| !required_ids(&without).contains(i))
            .collect();
        assert_eq!(added, want, "{arch:?}");
        assert!(with
            .checklist
            .items
            .iter()
            .filter(|i| i.group == ItemGroupView::Agentforce)
            .all(|i| i.source.kind.key() == "OFFICIAL"));
    }
}

/// Ticks every item of the report's checklist through the app's path.
fn tick_all(i: &mut Input) {
    let r = analyze(i, today());
    for item in &r.checklist.items {
        set_ready(&mut i.security_review, &item.id, true);
    }
}

fn bounce(r: &Report) -> Option<i32> {
    r.time_to_listing
        .factors
        .iter()
        .find(|f| f.label.starts_with("Missing submission materials"))
        .map(|f| f.weeks)
}

fn checklist_gaps(r: &Report) -> usize {
    r.readiness
        .gaps
        .iter()
        .filter(|g| g.message.starts_with("Submission checklist"))
        .count()
}

#[test]
fn ticking_every_item_removes_the_bounce_risk_and_the_materials_gaps() {
    for arch in Architecture::ALL {
        for (agentforce, domains) in [(false, None), (true, Some(2))] {
            let mut i = input(arch, agentforce, domains);
            i.security_review.checklist_ready = Some(Vec::new());
            let none = analyze(&i, today());
            let required = none.checklist.required_total as usize;
            assert_eq!(checklist_gaps(&none), required, "{arch:?}");
            assert_eq!(bounce(&none), Some(2), "{arch:?}");
            tick_all(&mut i);
            let all = analyze(&i, today());
            assert_eq!(checklist_gaps(&all), 0, "{arch:?}");
            assert_eq!(bounce(&all), None, "{arch:?}");
            assert_eq!(all.checklist.required_ready, all.checklist.required_total);
            assert!(all.readiness.score > none.readiness.score, "{arch:?}");
            // Never worse; the plan's first verdict can hold both at the same week.
            assert!(all.time_to_listing.likely_weeks <= none.time_to_listing.likely_weeks);
            // The plan says so.
            let prepare = all.time_to_listing.plan.first().map(|s| s.why.clone());
            assert!(
                prepare.is_some_and(|w| w.contains("all ") && w.contains("ticked ready")),
                "{arch:?}"
            );
        }
    }
}

#[test]
fn nothing_said_neither_rewards_nor_penalises() {
    let r = analyze(&input(Composite, true, Some(2)), today());
    assert!(!r.checklist.said);
    assert_eq!((checklist_gaps(&r), bounce(&r)), (0, None));
    let why = r.time_to_listing.plan.first().map(|s| s.why.clone());
    assert!(why.is_some_and(|w| w.contains("tick what is ready")));
}

#[test]
fn the_plan_names_what_is_still_to_prepare_and_the_common_failures() {
    let mut i = input(Composite, false, Some(2));
    i.security_review.checklist_ready = Some(vec!["code_analyzer".to_string()]);
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
    assert!(
        prepare.contains("(1 of 8 required items ready)"),
        "{prepare}"
    );
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
fn old_app_type_only_inputs_give_the_same_range_as_before() {
    // (input JSON, range, architecture read)
    let cases = [
        (r#""app_type":"native""#, (16, 32), Native),
        (r#""app_type":"connected""#, (8, 16), Connected),
        ("", (8, 16), Connected),
    ];
    for (sr, range, arch) in cases {
        let json =
            format!(r#"{{"schema_version":1,"today":"2026-11-25","security_review":{{{sr}}}}}"#);
        let i = parse_input(&json).expect("an old input reads");
        let r = analyze(&i, today());
        let t = &r.time_to_listing;
        assert_eq!((t.range_min_weeks, t.range_max_weeks), range, "{sr}");
        assert_eq!(r.checklist.architecture, arch, "{sr}");
        assert!(
            r.checklist.note.starts_with("No architecture given"),
            "{}",
            r.checklist.note
        );
        let out = analyze_json(&json, today()).expect("report");
        assert!(out.contains(r#""read_from":"app_type""#), "{out}");
    }
    // An architecture wins over a disagreeing app type, and says so.
    let json = r#"{"schema_version":1,"security_review":{"app_type":"connected","architecture":"composite"}}"#;
    let r = analyze(&parse_input(json).expect("reads"), today());
    assert_eq!(r.time_to_listing.range_min_weeks, 16);
    assert!(
        r.checklist.note.contains("is not read"),
        "{}",
        r.checklist.note
    );
    // "api_only" reads as connected.
    let json = r#"{"schema_version":1,"security_review":{"architecture":"api_only"}}"#;
    let r = analyze(&parse_input(json).expect("reads"), today());
    assert_eq!(r.checklist.architecture, Connected);
}

#[test]
fn old_materials_ready_values_still_read_and_stay_in_step() {
    let json = r#"{"schema_version":1,"today":"2026-11-25","security_review":{"app_type":"connected","materials_ready":["code_analyzer","dast"]}}"#;
    let mut i = parse_input(json).expect("reads");
    let r = analyze(&i, today());
    let ready: Vec<&str> = r
        .checklist
        .items
        .iter()
        .filter(|i| i.ready)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ready, ["code_analyzer", "dast_1"]);
    assert_eq!(
        r.checklist.materials_ready,
        [Material::CodeAnalyzer, Material::Dast]
    );
    // A tick moves the older list into checklist_ready and keeps materials_ready derived.
    set_ready(&mut i.security_review, "user_docs", true);
    set_ready(&mut i.security_review, "dast_1", false);
    assert_eq!(
        i.security_review.materials_ready,
        Some(vec![Material::CodeAnalyzer, Material::UserDocs])
    );
    let ticks = i
        .security_review
        .checklist_ready
        .clone()
        .unwrap_or_default();
    assert_eq!(ticks, ["code_analyzer", "user_docs"]);
    // Choosing an architecture keeps app_type in step with its range for older readers.
    set_architecture(&mut i.security_review, Composite);
    assert_eq!(i.security_review.app_type, AppType::Native);
}

#[test]
fn an_unknown_tick_is_kept_and_reported() {
    let mut i = input(Native, false, None);
    i.security_review.checklist_ready = Some(vec!["shiny".into(), "dast_4".into()]);
    let r = analyze(&i, today());
    let msgs: Vec<&str> = r.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        msgs.iter()
            .filter(|m| m.contains("not on any checklist"))
            .count(),
        1,
        "{msgs:?}"
    );
    assert!(msgs.iter().any(|m| m.contains("shiny")));
}

fn arch() -> impl Strategy<Value = Architecture> {
    prop::sample::select(Architecture::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever is ticked, the gaps are exactly the missing required items, and ticking
    /// one more item never lengthens the estimate or lowers the readiness score.
    #[test]
    fn ticks_drive_gaps_and_never_hurt(
        a in arch(), agentforce in any::<bool>(), domains in proptest::option::of(0u32..5),
        picks in prop::collection::vec(any::<bool>(), 0..24), extra in 0usize..24,
    ) {
        let mut i = input(a, agentforce, domains);
        let ids: Vec<String> = analyze(&i, today()).checklist.items.iter().map(|i| i.id.clone()).collect();
        let chosen: Vec<String> = ids.iter().zip(picks.iter().chain(std::iter::repeat(&false)))
            .filter(|(_, &p)| p).map(|(id, _)| id.clone()).collect();
        i.security_review.checklist_ready = Some(chosen);
        let r = analyze(&i, today());
        let c = &r.checklist;
        prop_assert!(c.required_ready <= c.required_total);
        prop_assert_eq!(checklist_gaps(&r) as u32, c.required_total - c.required_ready);
        prop_assert_eq!(bounce(&r).is_some(), c.required_ready < c.required_total);
        if let Some(id) = ids.get(extra % ids.len().max(1)) {
            set_ready(&mut i.security_review, id, true);
            let more = analyze(&i, today());
            prop_assert!(more.time_to_listing.likely_weeks <= r.time_to_listing.likely_weeks);
            prop_assert!(more.readiness.score >= r.readiness.score);
        }
    }
}

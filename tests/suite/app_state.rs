//! Native tests of the app's reducer ([`listing_analyzer::app::state`]) and of the URL
//! settings ([`AppConfig::from_params`]): what each action changes, what it leaves alone,
//! and when nothing changes (the same `Rc` back, so nothing re-renders).

use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::NaiveDate;
use listing_analyzer::app::config::{AppConfig, Section, Theme, CRASH_TEST_GLOBAL, START_PARAM};
use listing_analyzer::app::history::Origin;
use listing_analyzer::app::state::{Action, NoticeAction, NoticeKind, Store};
use listing_analyzer::engine::input::{
    Complexity, Component, DateOrder, Input, PartnerFlag, PartnerStage, RuleSetId,
};
use listing_analyzer::engine::report::InputKind;

fn store() -> Rc<Store> {
    let input = Input {
        listing: "Title: Acme".into(),
        reviews: "2026-03-01,5".into(),
        ..Input::default()
    };
    Rc::new(Store::new(input, Theme::Auto, Vec::new()))
}

fn after(actions: Vec<Action>) -> Rc<Store> {
    actions.into_iter().fold(store(), Store::next)
}

#[test]
fn set_text_replaces_only_its_own_box() {
    // Table: which box, the text typed, and the three texts expected after it.
    let cases = [
        (
            InputKind::Listing,
            "Title: B",
            ["Title: B", "2026-03-01,5", ""],
        ),
        (InputKind::Reviews, "", ["Title: Acme", "", ""]),
        (
            InputKind::SecurityReview,
            "2026-09-07 submitted",
            ["Title: Acme", "2026-03-01,5", "2026-09-07 submitted"],
        ),
    ];
    for (field, text, want) in cases {
        let s = after(vec![Action::SetText(field, text.into())]);
        let got = [
            s.input.listing.as_str(),
            s.input.reviews.as_str(),
            s.input.security_review.log.as_str(),
        ];
        assert_eq!(got, want, "{field:?}");
        assert_eq!(s.revision, 0, "typing does not reload the boxes");
    }
}

#[test]
fn an_action_that_changes_nothing_returns_the_same_state() {
    let s = store();
    let same_text = Store::next(
        Rc::clone(&s),
        Action::SetText(InputKind::Listing, "Title: Acme".into()),
    );
    assert!(Rc::ptr_eq(&s, &same_text));
    let absent = Store::next(Rc::clone(&s), Action::Retract("never shown".into()));
    assert!(Rc::ptr_eq(&s, &absent));
    let changed = Store::next(
        Rc::clone(&s),
        Action::SetText(InputKind::Listing, "x".into()),
    );
    assert!(!Rc::ptr_eq(&s, &changed));
}

#[test]
fn each_setter_changes_its_own_field() {
    let day = NaiveDate::from_ymd_opt(2026, 5, 4).expect("valid date");
    let s = after(vec![
        Action::SetComponent(Component::ManagedPackage2gp, true),
        Action::SetComponent(Component::ExternalApp, true),
        Action::SetComplexity(Complexity::High),
        Action::SetToday(Some(day)),
        Action::SetRuleSet(RuleSetId::OfficialFy22),
        Action::SetDateOrder(DateOrder::DayFirst),
        Action::SetPaid(Some(false)),
        Action::SetPartnerStage(Some(PartnerStage::Applied)),
        Action::SetPartnerFlag(PartnerFlag::Joined, Some(true)),
    ]);
    let i = &s.input;
    assert_eq!(
        i.security_review.components,
        [Component::ManagedPackage2gp, Component::ExternalApp]
    );
    assert_eq!(i.security_review.complexity, Complexity::High);
    assert_eq!(i.today, Some(day));
    assert_eq!(i.rule_set, RuleSetId::OfficialFy22);
    assert_eq!(i.date_order, DateOrder::DayFirst);
    assert_eq!(i.security_review.paid, Some(false));
    assert_eq!(i.security_review.partner_stage, Some(PartnerStage::Applied));
    assert_eq!(i.partner.joined, Some(true));
    // The texts are untouched by the settings.
    assert_eq!(i.listing, "Title: Acme");
    assert_eq!(i.reviews, "2026-03-01,5");
}

#[test]
fn overrides_are_set_reset_and_cleared() {
    let set = |id: &str, v: f64| Action::SetOverride(id.into(), v);
    let cases: [(Vec<Action>, BTreeMap<String, f64>); 4] = [
        (
            vec![set("fy24.min_reviews", 9.0)],
            BTreeMap::from([("fy24.min_reviews".into(), 9.0)]),
        ),
        (
            vec![set("fy24.min_reviews", 9.0), set("fy24.min_reviews", 12.0)],
            BTreeMap::from([("fy24.min_reviews".into(), 12.0)]),
        ),
        (
            vec![
                set("a", 1.0),
                set("b", 2.0),
                Action::ResetOverride("a".into()),
            ],
            BTreeMap::from([("b".into(), 2.0)]),
        ),
        (
            vec![set("a", 1.0), set("b", 2.0), Action::ResetAllOverrides],
            BTreeMap::new(),
        ),
    ];
    for (actions, want) in cases {
        let s = after(actions);
        assert_eq!(s.input.overrides, want);
    }
}

#[test]
fn replacing_the_input_reloads_the_boxes_and_forgets_the_share_link() {
    let s = after(vec![
        Action::SetShareLink(Some("https://example.com/#s=abc".into())),
        Action::Replace(Input::default(), Origin::Link),
    ]);
    assert_eq!(s.revision, 1);
    assert_eq!(s.share_link, None);
    assert_eq!(*s.input, Input::default());
    assert_eq!(s.origin, Origin::Link);
}

#[test]
fn any_edit_makes_work_from_a_link_the_users_own() {
    let linked = after(vec![Action::Replace(Input::default(), Origin::Link)]);
    let same = Store::next(
        Rc::clone(&linked),
        Action::SetText(InputKind::Listing, String::new()),
    );
    assert_eq!(
        same.origin,
        Origin::Link,
        "a change that is none changes nothing"
    );
    for edit in [
        Action::SetText(InputKind::Listing, "Title: Mine".into()),
        Action::SetComplexity(Complexity::High),
        Action::SetOverride("fy24.min_reviews".into(), 3.0),
    ] {
        let s = Store::next(Rc::clone(&linked), edit.clone());
        assert_eq!(s.origin, Origin::Typed, "{edit:?}");
    }
    let noticed = Store::next(
        Rc::clone(&linked),
        Action::Notify(NoticeKind::Success, "x".into()),
    );
    assert_eq!(noticed.origin, Origin::Link, "a notice is no edit");
}

#[test]
fn notices_are_deduplicated_dismissed_and_retracted() {
    let s = after(vec![
        Action::Notify(NoticeKind::Warning, "A".into()),
        Action::Notify(NoticeKind::Error, "B".into()),
        Action::Notify(NoticeKind::Warning, "A".into()),
        Action::NotifyWith(
            NoticeKind::Success,
            "C".into(),
            vec![NoticeAction::LoadNewer],
        ),
    ]);
    let texts: Vec<&str> = s.notices.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        ["B", "A", "C"],
        "the repeated notice moves to the end, once"
    );
    let ids: Vec<u32> = s.notices.iter().map(|n| n.id).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
    assert_eq!(s.notices[2].actions, [NoticeAction::LoadNewer]);
    let b = s.notices[0].id;
    let s = Store::next(s, Action::Dismiss(b));
    let s = Store::next(s, Action::Retract("A".into()));
    let texts: Vec<&str> = s.notices.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["C"]);
}

#[test]
fn start_notices_are_shown_in_order() {
    let s = Store::new(
        Input::default(),
        Theme::Dark,
        vec![
            (NoticeKind::Warning, "one".into(), Vec::new()),
            (
                NoticeKind::Error,
                "two".into(),
                vec![NoticeAction::DiscardSaved],
            ),
        ],
    );
    assert_eq!(s.theme, Theme::Dark);
    let texts: Vec<&str> = s.notices.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["one", "two"]);
    let s = Store::next(Rc::new(s), Action::SetTheme(Theme::Light));
    assert_eq!(s.theme, Theme::Light);
}

/// URL query pairs, in order.
type Query = Vec<(&'static str, &'static str)>;

/// The settings read from `query` pairs, and how many warnings.
fn config(query: &[(&str, &str)]) -> (AppConfig, usize) {
    let params: BTreeMap<String, String> = query
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let (config, warnings) = AppConfig::from_params(|k| params.get(k).cloned());
    assert!(warnings
        .iter()
        .all(|w| w.starts_with("listing-analyzer: ignoring URL parameter")));
    (config, warnings.len())
}

#[test]
fn url_settings_read_known_values_and_ignore_the_rest_with_a_warning() {
    let none = AppConfig::default();
    let with = |f: fn(&mut AppConfig)| {
        let mut c = AppConfig::default();
        f(&mut c);
        c
    };
    // Table: query, expected settings, expected warnings.
    let cases: Vec<(Query, AppConfig, usize)> = vec![
        (vec![], none.clone(), 0),
        (vec![("embed", "1")], with(|c| c.embed = true), 0),
        (vec![("embed", "")], with(|c| c.embed = true), 0),
        (vec![("embed", "false")], none.clone(), 0),
        (vec![("embed", "yes")], none.clone(), 1),
        (
            vec![("theme", "dark")],
            with(|c| c.theme = Some(Theme::Dark)),
            0,
        ),
        (vec![("theme", "Dark")], none.clone(), 1),
        (
            vec![("accent", "#0a7")],
            with(|c| c.accent = Some("#0a7".into())),
            0,
        ),
        (
            vec![("accent", "#00aa77")],
            with(|c| c.accent = Some("#00aa77".into())),
            0,
        ),
        (vec![("accent", "red;}")], none.clone(), 1),
        (vec![("accent", "#12345")], none.clone(), 1),
        (
            vec![("section", "rules")],
            with(|c| c.section = Some(Section::Rules)),
            0,
        ),
        (vec![("section", "h-rules")], none.clone(), 1),
        (
            vec![(START_PARAM, "empty")],
            with(|c| c.start_empty = true),
            0,
        ),
        (vec![(START_PARAM, "fresh")], none.clone(), 1),
        (
            vec![("embed", "1"), ("theme", "neon"), ("section", "timeline")],
            with(|c| {
                c.embed = true;
                c.section = Some(Section::Timeline);
            }),
            1,
        ),
        // No URL can ask for the crash test.
        (
            vec![("crash_test", "1"), (CRASH_TEST_GLOBAL, "true")],
            none.clone(),
            0,
        ),
    ];
    for (query, want, warnings) in cases {
        assert_eq!(config(&query), (want, warnings), "{query:?}");
    }
}

#[test]
fn every_section_and_theme_key_reads_back() {
    for s in Section::ALL {
        let (c, w) = config(&[("section", s.key())]);
        assert_eq!((c.section, w), (Some(s), 0));
    }
    for t in Theme::ALL {
        let (c, w) = config(&[("theme", t.key())]);
        assert_eq!((c.theme, w), (Some(t), 0));
    }
}

//! The summary widget's compact question "what is it made of?" (issue 22 item 2): each kind
//! says components of the full list, moves the range as the full app would, and unsaying
//! it removes what it stands for (also what the full app said more precisely).

use crate::engine_common;

use engine_common::checklist::{input, today};
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::estimate::checklist::edit::{set_kind, KINDS};
use listing_analyzer::engine::input::{Component, SolutionReading};

use Component::*;

#[test]
fn each_kind_says_its_components_and_moves_the_range() {
    // (kind's label, components said, review range in weeks)
    let cases: [(&str, &[Component], (u32, u32)); 4] = [
        ("Managed package", &[ManagedPackage2gp], (16, 32)),
        ("Web app or API", &[ExternalApp], (8, 16)),
        ("Mobile app", &[MobileIos, MobileAndroid], (8, 16)),
        // Agentforce agents and actions ship as metadata in a package: the native range.
        ("Agentforce", &[Agentforce], (16, 32)),
    ];
    assert_eq!(cases.len(), KINDS.len());
    for (kind, (label, components, range)) in KINDS.iter().zip(cases) {
        assert_eq!(kind.label, label);
        let mut i = input(&[], None);
        let before = analyze(&i, today());
        assert_eq!(
            before.checklist.read_from,
            SolutionReading::NotSaid,
            "{label}"
        );
        set_kind(&mut i.security_review, kind, true);
        let r = analyze(&i, today());
        assert_eq!(r.checklist.components, components, "{label}");
        assert_eq!(
            r.checklist.read_from,
            SolutionReading::Components,
            "{label}"
        );
        let t = &r.time_to_listing;
        assert_eq!((t.range_min_weeks, t.range_max_weeks), range, "{label}");
        assert!(kind.said(&r.checklist.components), "{label}");
        set_kind(&mut i.security_review, kind, false);
        let r = analyze(&i, today());
        assert!(r.checklist.components.is_empty(), "{label}");
        assert_eq!(r.checklist.read_from, SolutionReading::NotSaid, "{label}");
    }
}

#[test]
fn kinds_combine_and_unsaying_one_keeps_the_others() {
    let mut i = input(&[], None);
    set_kind(&mut i.security_review, &KINDS[0], true);
    set_kind(&mut i.security_review, &KINDS[1], true);
    let r = analyze(&i, today());
    assert_eq!(r.checklist.components, [ManagedPackage2gp, ExternalApp]);
    assert_eq!(r.time_to_listing.range_max_weeks, 32);
    set_kind(&mut i.security_review, &KINDS[0], false);
    let r = analyze(&i, today());
    assert_eq!(r.checklist.components, [ExternalApp]);
    assert_eq!(r.time_to_listing.range_max_weeks, 16);
}

#[test]
fn a_kind_covers_what_the_full_app_said_more_precisely() {
    // Said in the full app: a 1GP package with Lightning components, and an API.
    let mut i = input(&[ManagedPackage1gp, LightningComponents, ApiOnly], None);
    let r = analyze(&i, today());
    assert!(KINDS[0].said(&r.checklist.components));
    assert!(KINDS[1].said(&r.checklist.components));
    assert!(!KINDS[2].said(&r.checklist.components));
    // Unsaying "managed package" in the widget removes the package and what ships in it.
    set_kind(&mut i.security_review, &KINDS[0], false);
    let r = analyze(&i, today());
    assert_eq!(r.checklist.components, [ApiOnly]);
    // Saying it again adds the 2GP package, the widget's default.
    set_kind(&mut i.security_review, &KINDS[0], true);
    let r = analyze(&i, today());
    assert_eq!(r.checklist.components, [ManagedPackage2gp, ApiOnly]);
}

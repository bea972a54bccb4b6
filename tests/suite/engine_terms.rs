//! The report's vocabulary: the JSON stays byte-identical to the string-typed report it
//! replaced (golden files written by `analyze` on main before the change), every enum's
//! serde name is its `key`, and every name and label is given once.

use std::collections::BTreeSet;
use std::fmt::Debug;

use chrono::NaiveDate;
use listing_analyzer::engine::input::{
    AppType, Complexity, Component, DateOrder, ItemState, PartnerStage, RuleSetId, SolutionReading,
};
use listing_analyzer::engine::model::{EventKind, ListingField};
use listing_analyzer::engine::report::summary::SummaryState;
use listing_analyzer::engine::report::{
    GapField, InputKind, Report, ReviewStatus, RuleView, Severity,
};
use listing_analyzer::engine::rules::{RuleBook, SourceKind, Unit, UsedBy};
use listing_analyzer::engine::{analyze, parse_input, Term};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A day long after both golden inputs' own `today`, which the inputs fix.
fn unused_default_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2030, 1, 1).expect("valid date")
}

/// `analyze` of `input_path`, printed as the command line prints it.
fn report_json(input_path: &str) -> String {
    let text = std::fs::read_to_string(input_path).expect("input file");
    let input = parse_input(&text).expect("golden input parses");
    let report = analyze(&input, unused_default_today());
    format!(
        "{}\n",
        serde_json::to_string_pretty(&report).expect("report serialises")
    )
}

#[test]
fn reports_are_byte_identical_to_the_string_typed_golden_files() {
    // Golden files: `cargo run --bin analyze -- <input>` on main 1a707ee, whose report
    // carried `used_by`, `unit`, `source.kind` and `gap.field` as strings.
    let cases = [
        ("docs/sample-input.json", "tests/golden/sample-report.json"),
        (
            "tests/golden/empty-input.json",
            "tests/golden/empty-report.json",
        ),
    ];
    for (input, golden) in cases {
        let want = std::fs::read_to_string(golden).expect("golden file");
        let got = report_json(input);
        assert!(
            got == want,
            "{input}: the report JSON differs from {golden} (first difference at byte {})",
            got.bytes()
                .zip(want.bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(got.len().min(want.len()))
        );
    }
}

#[test]
fn golden_reports_read_back_into_the_typed_report_unchanged() {
    for golden in [
        "tests/golden/sample-report.json",
        "tests/golden/empty-report.json",
    ] {
        let want = std::fs::read_to_string(golden).expect("golden file");
        let report: Report = serde_json::from_str(&want).expect("golden report reads");
        let again = format!(
            "{}\n",
            serde_json::to_string_pretty(&report).expect("report serialises")
        );
        assert!(again == want, "{golden} does not round-trip");
    }
}

/// Every value of `T` serialises to its key, reads back from it, and keys and labels are
/// non-empty and distinct.
fn check_term<T: Term + Debug + Serialize + DeserializeOwned>(name: &str) {
    let all = T::all();
    assert!(!all.is_empty(), "{name}");
    for &t in all {
        let json = serde_json::to_string(&t).expect("serialises");
        assert_eq!(json, format!("\"{}\"", t.key()), "{name} {t:?}");
        let back: T = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, t, "{name}");
        assert_eq!(T::from_key(t.key()), Some(t), "{name}");
        assert!(!t.label().trim().is_empty(), "{name} {t:?}");
    }
    let keys: BTreeSet<_> = all.iter().map(|t| t.key()).collect();
    let labels: BTreeSet<_> = all.iter().map(|t| t.label()).collect();
    assert_eq!(keys.len(), all.len(), "{name}: a key is given twice");
    assert_eq!(labels.len(), all.len(), "{name}: a label is given twice");
    assert!(
        serde_json::from_str::<T>("\"no such name\"").is_err(),
        "{name}"
    );
}

#[test]
fn every_term_serialises_as_its_key_and_has_one_label() {
    check_term::<ReviewStatus>("ReviewStatus");
    check_term::<EventKind>("EventKind");
    check_term::<Severity>("Severity");
    check_term::<InputKind>("InputKind");
    check_term::<AppType>("AppType");
    check_term::<Component>("Component");
    check_term::<SolutionReading>("SolutionReading");
    check_term::<ItemState>("ItemState");
    check_term::<Complexity>("Complexity");
    check_term::<PartnerStage>("PartnerStage");
    check_term::<DateOrder>("DateOrder");
    check_term::<RuleSetId>("RuleSetId");
    check_term::<ListingField>("ListingField");
    check_term::<UsedBy>("UsedBy");
    check_term::<SourceKind>("SourceKind");
    check_term::<Unit>("Unit");
    check_term::<GapField>("GapField");
    check_term::<SummaryState>("SummaryState");
}

/// A value's key and label.
fn names<T: Term>(t: T) -> (&'static str, &'static str) {
    (t.key(), t.label())
}

#[test]
fn term_names_match_the_report_examples() {
    // Table: the value's key and label, and those the report and the page show.
    let cases = [
        (
            names(ReviewStatus::InReview),
            ("in_review", "In security review"),
        ),
        (
            names(EventKind::PlannedSubmission),
            ("planned_submission", "Planned submission"),
        ),
        (
            names(SourceKind::TeamDefault),
            ("TEAM DEFAULT", "TEAM DEFAULT"),
        ),
        (names(Unit::Usd), ("USD", "USD")),
        (names(Unit::Percent), ("%", "%")),
        (
            names(UsedBy::TimeToListing),
            ("time_to_listing", "Time to listing"),
        ),
        (
            names(GapField::SecurityReview),
            ("security_review", "Security review"),
        ),
        (
            names(GapField::Listing(ListingField::GtmResources)),
            ("gtm_resources", "GTM resources"),
        ),
        (
            names(InputKind::SecurityReview),
            ("security_review", "Security-review timing"),
        ),
        (
            names(RuleSetId::OfficialFy22),
            ("official_fy22", "Official FY22"),
        ),
        (
            names(PartnerStage::AgreementSigned),
            ("agreement_signed", "agreement signed"),
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

#[test]
fn gap_fields_are_the_listing_fields_then_the_security_review_in_order() {
    assert_eq!(GapField::ALL.len(), ListingField::ALL.len() + 1);
    for (g, f) in GapField::ALL.iter().zip(ListingField::ALL) {
        assert_eq!(*g, GapField::Listing(f));
    }
    assert_eq!(GapField::ALL.last(), Some(&GapField::SecurityReview));
    // The derived order (used to sort gaps) is the report order.
    assert!(GapField::ALL.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn only_star_figures_take_fractions() {
    let views: Vec<RuleView> = RuleBook::new().views();
    for v in &views {
        assert_eq!(v.unit.whole(), v.unit != Unit::Stars, "{}", v.id);
        if v.unit.whole() {
            assert_eq!(v.default_value.fract(), 0.0, "{}", v.id);
        }
    }
    assert!(views.iter().any(|v| v.unit == Unit::Stars));
    assert!(views.iter().any(|v| v.unit == Unit::Percent));
}

#[test]
fn the_three_pasted_inputs_are_input_kinds_and_their_texts_round_trip() {
    let mut input = listing_analyzer::engine::input::Input::default();
    for (i, kind) in InputKind::PASTED.into_iter().enumerate() {
        kind.set_text(&mut input, format!("text {i}"));
    }
    assert_eq!(input.listing, "text 0");
    assert_eq!(input.reviews, "text 1");
    assert_eq!(input.security_review.log, "text 2");
    for (i, kind) in InputKind::PASTED.into_iter().enumerate() {
        assert_eq!(kind.text(&input), format!("text {i}"));
    }
    // The settings are not pasted: no text, and setting one changes nothing.
    let before = input.clone();
    InputKind::Settings.set_text(&mut input, "ignored".into());
    assert_eq!(input, before);
    assert_eq!(InputKind::Settings.text(&input), "");
    assert!(!InputKind::PASTED.contains(&InputKind::Settings));
}

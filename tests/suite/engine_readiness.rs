//! Listing readiness: gaps per field, severities, order and score.

use crate::engine_common;

use engine_common::{full_listing, set};
use listing_analyzer::engine::estimate::readiness::{assess, score_for};
use listing_analyzer::engine::model::{ListingDetails, ListingField, PricingModel};
use listing_analyzer::engine::report::{Gap, GapField, Readiness, ReviewStatus, Severity};
use listing_analyzer::engine::rules::RuleBook;

use ListingField as F;
use Severity::{Blocker, Suggestion, Warning};

fn check(l: &ListingDetails) -> Readiness {
    assess(l, ReviewStatus::Passed, &RuleBook::new())
}

fn gaps_of(r: &Readiness) -> Vec<(String, Severity)> {
    r.gaps
        .iter()
        .map(|g| (g.field.key().to_string(), g.severity))
        .collect()
}

#[test]
fn a_complete_listing_with_a_passed_review_has_no_gap() {
    let r = check(&full_listing());
    assert_eq!(gaps_of(&r), []);
    assert_eq!(r.score, 100);
}

#[test]
fn a_review_not_passed_blocks_publishing() {
    for status in [ReviewStatus::NotStarted, ReviewStatus::InReview] {
        let r = assess(&full_listing(), status, &RuleBook::new());
        assert_eq!(gaps_of(&r), [("security_review".to_string(), Blocker)]);
        assert!(r.score < 100);
    }
}

#[test]
fn each_missing_field_gives_one_gap_of_its_severity() {
    let cases = [
        (F::Title, Blocker),
        (F::Tagline, Blocker),
        (F::Description, Blocker),
        (F::Pricing, Blocker),
        (F::Markets, Blocker),
        (F::Categories, Warning),
        (F::Industries, Suggestion),
        (F::Editions, Blocker),
        (F::Languages, Suggestion),
        (F::Video, Suggestion),
        (F::Support, Warning),
        (F::Documentation, Warning),
        (F::GtmResources, Warning),
    ];
    for (field, severity) in cases {
        let mut l = full_listing();
        l.fields.remove(&field);
        if field == F::Pricing {
            l.pricing_model = None;
        }
        let r = check(&l);
        assert_eq!(
            gaps_of(&r),
            [(field.key().to_string(), severity)],
            "{field:?}"
        );
        assert!(!r.gaps[0].fix.is_empty() && r.gaps[0].fix.ends_with('.'));
        assert!(r.score < 100);
    }
    let mut l = full_listing();
    l.fields.remove(&F::Highlights);
    l.highlights.clear();
    assert_eq!(
        gaps_of(&check(&l)),
        [("highlights".to_string(), Suggestion)]
    );
    let mut l = full_listing();
    l.fields.remove(&F::Screenshots);
    l.screenshot_count = None;
    assert_eq!(gaps_of(&check(&l)), [("screenshots".to_string(), Blocker)]);
}

#[test]
fn quality_checks() {
    type Edit = fn(&mut ListingDetails);
    let cases: [(&str, Edit, &str, Severity); 10] = [
        (
            "long title",
            |l| set(l, F::Title, &"Acme ".repeat(20)),
            "title",
            Warning,
        ),
        (
            "long tagline",
            |l| set(l, F::Tagline, &"invoice ".repeat(40)),
            "tagline",
            Warning,
        ),
        (
            "short description",
            |l| set(l, F::Description, "Invoice Sync creates invoices."),
            "description",
            Suggestion,
        ),
        (
            "long description",
            |l| {
                set(
                    l,
                    F::Description,
                    &format!("Invoice Sync. {}", "word ".repeat(500)),
                )
            },
            "description",
            Warning,
        ),
        (
            "keyword not early",
            |l| {
                let text = format!(
                    "We built this because teams asked. {}",
                    "It creates invoices from deals and syncs payments back. ".repeat(8)
                );
                set(l, F::Description, &text)
            },
            "description",
            Suggestion,
        ),
        (
            "too many highlights",
            |l| l.highlights = (0..5).map(|i| format!("Benefit {i}")).collect(),
            "highlights",
            Suggestion,
        ),
        (
            "one screenshot: fewer than the team default",
            |l| l.screenshot_count = Some(1),
            "screenshots",
            Suggestion,
        ),
        (
            "salesforce stuffing",
            |l| {
                let text = format!(
                    "Invoice Sync for Salesforce. {}",
                    "Salesforce invoices for Salesforce users on Salesforce. ".repeat(3)
                );
                set(
                    l,
                    F::Description,
                    &format!(
                        "{text}{}",
                        "More detail about invoices and payments. ".repeat(5)
                    ),
                )
            },
            "description",
            Warning,
        ),
        (
            "brand stuffing",
            |l| {
                set(
                    l,
                    F::Tagline,
                    "Acme invoices: Acme sync, Acme payments, Acme dunning, Acme reports, Acme.",
                )
            },
            "tagline",
            Warning,
        ),
        (
            "tagline without keyword",
            |l| set(l, F::Tagline, "Get paid faster, with less typing."),
            "tagline",
            Suggestion,
        ),
    ];
    for (name, edit, field, severity) in cases {
        let mut l = full_listing();
        edit(&mut l);
        let r = check(&l);
        assert_eq!(
            gaps_of(&r),
            [(field.to_string(), severity)],
            "{name}: {:#?}",
            r.gaps
        );
        assert!(!r.gaps[0].fix.is_empty(), "{name}");
    }
}

#[test]
fn pricing_models_must_say_their_terms() {
    // (model, pricing text, gap expected)
    let cases = [
        (Some(PricingModel::Freemium), "Freemium", Some(Warning)),
        (
            Some(PricingModel::Freemium),
            "Freemium: free for up to 5 users",
            None,
        ),
        (Some(PricingModel::Freemium), "Freemium, 3 users free", None),
        (
            Some(PricingModel::PaidAddOnRequired),
            "Paid Add-On Required",
            Some(Warning),
        ),
        (
            Some(PricingModel::PaidAddOnRequired),
            "Paid Add-On Required: requires Sales Cloud Enterprise Edition",
            None,
        ),
        (None, "Contact us", Some(Suggestion)),
        (Some(PricingModel::Free), "Free", None),
    ];
    for (model, text, gap) in cases {
        let mut l = full_listing();
        set(&mut l, F::Pricing, text);
        l.pricing_model = model;
        let expected: Vec<(String, Severity)> = gap
            .map(|s| ("pricing".to_string(), s))
            .into_iter()
            .collect();
        assert_eq!(gaps_of(&check(&l)), expected, "{text}");
    }
}

#[test]
fn gaps_are_sorted_by_severity_then_field_order() {
    let r = assess(
        &ListingDetails::default(),
        ReviewStatus::NotStarted,
        &RuleBook::new(),
    );
    let rank = |g: &Gap| {
        // Report order is GapField::ALL: the listing fields, then the security review.
        let field = GapField::ALL
            .iter()
            .position(|f| *f == g.field)
            .unwrap_or(usize::MAX);
        (g.severity, field)
    };
    assert!(
        r.gaps.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])),
        "{:#?}",
        r.gaps
    );
    let blockers: Vec<&str> = r
        .gaps
        .iter()
        .filter(|g| g.severity == Blocker)
        .map(|g| g.field.key())
        .collect();
    assert_eq!(
        blockers,
        [
            "title",
            "tagline",
            "description",
            "pricing",
            "markets",
            "editions",
            "screenshots",
            "security_review"
        ]
    );
    // The emptiest listing still scores above 0, so every gap counted: 8 blockers × 10,
    // 4 warnings × 3 and 4 suggestions × 1 leave 4.
    assert_eq!(r.score, 4, "{:#?}", r.gaps);
    assert_eq!(r.score, score_for(&r.gaps, &RuleBook::new()));
}

#[test]
fn adding_a_gap_lowers_the_score() {
    let book = RuleBook::new();
    let gap = |severity| Gap {
        field: F::Title.into(),
        severity,
        message: String::new(),
        fix: String::new(),
    };
    let mut gaps = Vec::new();
    let mut last = score_for(&gaps, &book);
    for severity in [Suggestion, Warning, Blocker, Suggestion, Blocker, Warning] {
        gaps.push(gap(severity));
        let now = score_for(&gaps, &book);
        assert!(now < last, "{now} < {last}");
        last = now;
    }
}

/// Without a category, the main keyword a gap names is the title's lead words, not every
/// word of a long title (a tester, 7 Dec 2026, saw all nine in one "keyword").
#[test]
fn the_main_keyword_of_a_long_title_is_its_lead() {
    let mut l = full_listing();
    set(
        &mut l,
        F::Title,
        "Acme Invoice Sync for QuickBooks Online, Xero, NetSuite and Sage Intacct \u{2014} the fastest way",
    );
    set(&mut l, F::Categories, "");
    set(&mut l, F::Tagline, "Billing without retyping.");
    let messages = |l: &ListingDetails| -> Vec<String> {
        check(l).gaps.iter().map(|g| g.message.clone()).collect()
    };
    let gaps = messages(&l);
    assert!(
        gaps.iter()
            .any(|m| m == "The tagline does not carry the main keyword \"acme invoice sync\"."),
        "{gaps:?}"
    );
    // Any word of the title still counts.
    set(&mut l, F::Tagline, "Sync Xero invoices without retyping.");
    let gaps = gaps_of(&check(&l));
    assert!(
        !gaps
            .iter()
            .any(|(m, _)| m.starts_with("The tagline does not carry")),
        "{gaps:?}"
    );
}

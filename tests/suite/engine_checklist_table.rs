//! Issue 23, "Done when": for each component combination of a table (every single component
//! and the combinations real ISVs ship), the required items, the range and the fee rules are
//! what the official pages say. Each expectation names its page: every required item's source
//! address must be the page the table names for it, and the range and fee rules cite theirs.

use crate::engine_common;

use engine_common::d;
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::estimate::checklist::edit::set_components;
use listing_analyzer::engine::input::{AppType, Component, Input};
use listing_analyzer::engine::report::Report;

use AppType::{Connected, Native};
use Component::*;

/// The pages the expectations come from (the end of each source address).
const REQUIRED_MATERIALS: &str = "security_review_required_materials.htm";
const CODE_ANALYZER: &str = "security_review_code_analyzer_scan.htm";
const SCANNERS: &str = "security_review_partner_security_portal_scanners.htm";
const VERIFICATION: &str = "security_review_feedback_verification.htm";
const EXTENSION: &str = "security_review_extension_package.htm";
const CLIENT_MOBILE: &str = "security_review_mobile_app.htm";
const PROMPTS: &str = "secure_agentforce_prompts.htm";
const ACTIONS: &str = "secure_agentforce_actions.htm";
const FEEDBACK_DONE: &str = "security_review_feedback_done.htm";
const SEED_RANGES: &str = "forecastable.com/salesforce-isv-partner/";
/// A reading of ours: no page, the source is INFERRED.
const OURS: &str = "INFERRED";

/// The page each required item comes from.
fn page_of(id: &str) -> &'static str {
    match id.split('_').next().unwrap_or(id) {
        _ if id.starts_with("dast_") || id == "checkmarx" => SCANNERS,
        _ if id.starts_with("agentforce_actions") => ACTIONS,
        "agentforce" => PROMPTS,
        "code" => CODE_ANALYZER,
        "test" => VERIFICATION,
        "extension" => EXTENSION,
        "mobile" | "desktop" => CLIENT_MOBILE,
        "browser" => OURS,
        _ => REQUIRED_MATERIALS,
    }
}

/// Required by every solution (required materials and verification pages).
const EVERY: [&str; 4] = [
    "test_credentials",
    "false_positive_docs",
    "user_docs",
    "security_policies",
];
/// Required of a managed package: Code Analyzer (its page), Checkmarx (scanners page: not for
/// mobile or API), Managed–Released (required materials), the test org (verification).
const PACKAGE: [&str; 4] = ["code_analyzer", "checkmarx", "managed_released", "test_org"];
/// The Agentforce rules: four on the prompts page, one on the actions page.
const AGENTFORCE: [&str; 5] = [
    "agentforce_no_secrets",
    "agentforce_no_auth_tokens",
    "agentforce_prompt_storage",
    "agentforce_prompt_injection",
    "agentforce_actions_classified",
];

/// One row: the components, the external domains given, the range, the required items
/// beyond [`EVERY`], and where the range reading comes from.
struct Case {
    components: &'static [Component],
    domains: Option<u32>,
    range: Option<AppType>,
    extra: Vec<&'static str>,
    range_page: &'static str,
}

fn case(
    components: &'static [Component],
    domains: Option<u32>,
    range: Option<AppType>,
    extra: &[&[&'static str]],
    range_page: &'static str,
) -> Case {
    Case {
        components,
        domains,
        range,
        extra: extra.concat(),
        range_page,
    }
}

fn cases() -> Vec<Case> {
    let (n, c) = (Some(Native), Some(Connected));
    vec![
        // Every single component.
        case(&[ManagedPackage1gp], None, n, &[&PACKAGE], SEED_RANGES),
        case(&[ManagedPackage2gp], None, n, &[&PACKAGE], SEED_RANGES),
        case(
            &[ExtensionPackage],
            None,
            n,
            &[&PACKAGE, &["extension_base"]],
            OURS,
        ),
        case(&[LightningComponents], None, n, &[&PACKAGE], OURS),
        case(&[ApexCallouts], None, n, &[&PACKAGE, &["dast_1"]], OURS),
        case(&[ExternalApp], None, c, &[&["dast_1"]], SEED_RANGES),
        case(&[ApiOnly], None, c, &[&["dast_1"]], SEED_RANGES),
        case(&[MobileIos], None, c, &[&["mobile_ios"]], OURS),
        case(&[MobileAndroid], None, c, &[&["mobile_android"]], OURS),
        case(&[DesktopClient], None, c, &[&["desktop_client"]], OURS),
        case(
            &[BrowserExtension],
            None,
            c,
            &[&["browser_extension"]],
            OURS,
        ),
        case(&[MarketingCloud], None, c, &[&["dast_1"]], OURS),
        case(&[Agentforce], None, n, &[&PACKAGE, &AGENTFORCE], OURS),
        // The combinations real ISVs ship.
        case(
            &[ManagedPackage2gp, ExternalApp],
            None,
            n,
            &[&PACKAGE, &["dast_1"]],
            OURS,
        ),
        case(
            &[ManagedPackage1gp, ExternalApp],
            Some(2),
            n,
            &[&PACKAGE, &["dast_1", "dast_2"]],
            OURS,
        ),
        case(
            &[ManagedPackage2gp, MobileIos, MobileAndroid],
            None,
            n,
            &[&PACKAGE, &["mobile_ios", "mobile_android"]],
            OURS,
        ),
        case(
            &[ApiOnly, MobileIos],
            None,
            c,
            &[&["dast_1", "mobile_ios"]],
            OURS,
        ),
        case(
            &[ApiOnly, MobileIos, MobileAndroid],
            Some(1),
            c,
            &[&["dast_1", "mobile_ios", "mobile_android"]],
            OURS,
        ),
        case(
            &[ManagedPackage2gp, Agentforce],
            None,
            n,
            &[&PACKAGE, &AGENTFORCE],
            OURS,
        ),
        case(
            &[ManagedPackage2gp, ExtensionPackage],
            None,
            n,
            &[&PACKAGE, &["extension_base"]],
            OURS,
        ),
        case(
            &[ManagedPackage2gp, LightningComponents, ApexCallouts],
            None,
            n,
            &[&PACKAGE, &["dast_1"]],
            OURS,
        ),
        case(
            &[ExternalApp, BrowserExtension],
            None,
            c,
            &[&["dast_1", "browser_extension"]],
            OURS,
        ),
        case(
            &[ManagedPackage2gp, ExternalApp, DesktopClient],
            Some(1),
            n,
            &[&PACKAGE, &["dast_1", "desktop_client"]],
            OURS,
        ),
        case(
            &[MarketingCloud, ExternalApp],
            Some(3),
            c,
            &[&["dast_1", "dast_2", "dast_3"]],
            OURS,
        ),
        // Nothing said: no range is the answer; only what every solution needs.
        case(&[], None, None, &[], OURS),
    ]
}

fn report(components: &[Component], domains: Option<u32>, log: &str, paid: bool) -> Report {
    let mut i = Input {
        today: Some(d(2026, 12, 6)),
        ..Input::default()
    };
    set_components(&mut i.security_review, components);
    i.security_review.external_domains = domains;
    i.security_review.log = log.to_string();
    i.security_review.paid = Some(paid);
    analyze(&i, d(2026, 12, 6))
}

fn page_matches(source: &listing_analyzer::engine::report::Source, page: &str) -> bool {
    if page == OURS {
        source.kind.key() == OURS && source.url.is_none()
    } else {
        source.url.as_deref().is_some_and(|u| u.contains(page))
    }
}

#[test]
fn each_combination_requires_what_the_official_pages_say() {
    let table = cases();
    assert!(table.len() >= 20, "{} combinations", table.len());
    for c in &table {
        let r = report(c.components, c.domains, "", true);
        let name = format!("{:?} (domains {:?})", c.components, c.domains);
        // Required items: exactly the page-given set.
        let mut want: Vec<&str> = EVERY
            .iter()
            .copied()
            .chain(c.extra.iter().copied())
            .collect();
        want.sort_unstable();
        let mut got: Vec<&str> = r
            .checklist
            .items
            .iter()
            .filter(|i| i.required)
            .map(|i| i.id.as_str())
            .collect();
        got.sort_unstable();
        assert_eq!(got, want, "{name}: required items");
        // Each required item cites the page the table names for it.
        for item in r.checklist.items.iter().filter(|i| i.required) {
            let page = page_of(&item.id);
            assert!(
                page_matches(&item.source, page),
                "{name}: {} cites {:?}, not {page}",
                item.id,
                item.source.url
            );
        }
        // The range and where its reading comes from.
        assert_eq!(r.checklist.range_app_type, c.range, "{name}: range");
        assert_eq!(r.time_to_listing.app_type, c.range, "{name}: range");
        let t = &r.time_to_listing;
        let weeks = match c.range {
            Some(Native) => (16, 32),
            Some(Connected) => (8, 16),
            None => (8, 32),
        };
        assert_eq!((t.range_min_weeks, t.range_max_weeks), weeks, "{name}");
        assert!(
            page_matches(&r.checklist.range_source, c.range_page),
            "{name}: range cites {:?} ({}), not {}",
            r.checklist.range_source.url,
            r.checklist.range_source.kind,
            c.range_page
        );
        // Tips are tips: no common failure is required; Code Analyzer and Checkmarx only
        // with a package (not for mobile, API or Marketing Cloud solutions).
        let package = c.extra.contains(&"code_analyzer");
        assert_eq!(r.checklist.package, package, "{name}");
        assert!(r
            .checklist
            .items
            .iter()
            .filter(|i| i.id.starts_with("check_"))
            .all(|i| !i.required));
    }
}

#[test]
fn each_combination_pays_the_fees_as_charged() {
    // Two failed attempts and a resubmission ahead: three attempts charged (each retest of
    // remediated code is charged; failed attempts are not refunded).
    let failing =
        "2026-06-01 submitted\n2026-07-15 failed\n2026-08-01 resubmitted\n2026-09-20 failed";
    // A listed app in its periodic re-review: "security review fees apply".
    let re_review =
        "2025-03-01 submitted\n2025-05-01 passed\n2025-05-20 listed\n2026-11-20 re-review";
    for c in cases() {
        let name = format!("{:?}", c.components);
        let paid = report(c.components, c.domains, failing, true).time_to_listing;
        assert_eq!(paid.fee_per_attempt_usd, Some(999), "{name}");
        assert_eq!(
            paid.fees_usd,
            Some(3 * 999),
            "{name}: two failed attempts and the next"
        );
        assert!(
            paid.sources.iter().any(|s| page_matches(s, FEEDBACK_DONE)),
            "{name}: the retest rule cites its page"
        );
        let resubmit = paid
            .plan
            .iter()
            .find(|s| s.step.starts_with("Fix the findings"))
            .map(|s| s.why.clone())
            .unwrap_or_default();
        assert!(
            resubmit.contains("$999 for this attempt"),
            "{name}: {resubmit}"
        );
        assert!(
            resubmit.contains("false-positive documentation only is free"),
            "{name}: {resubmit}"
        );
        let rr = report(c.components, c.domains, re_review, true).time_to_listing;
        assert_eq!(
            rr.fees_usd,
            Some(2 * 999),
            "{name}: the attempt and the re-review"
        );
        assert!(
            rr.factors
                .iter()
                .all(|f| !f.label.contains("no review fee")),
            "{name}: no sentence says no fee beside a fee"
        );
        let free = report(c.components, c.domains, re_review, false).time_to_listing;
        assert_eq!(
            (free.fee_per_attempt_usd, free.fees_usd),
            (Some(0), Some(0)),
            "{name}"
        );
    }
}

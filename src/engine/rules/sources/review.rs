//! The official and practitioner pages on the security review itself: the submission
//! checklist, the scanners, verification, fees, re-reviews and Agentforce rules. Each `as_of`
//! is the page's own release or date (docs/domain.md §7): an address without a release
//! number is the current page, which the documentation lists as Summer '26 (API 67.0).

use crate::engine::rules::{RuleSource, SourceKind};

/// The release the current (unversioned) ISVforce Guide pages carry.
const CURRENT: &str = "Summer '26 (API 67.0)";

/// Required materials: Managed–Released only, credentials, false positives, documentation.
pub const OFFICIAL_REQUIRED_MATERIALS: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: Required Materials for Security Review Submission (Managed–Released only; credentials, false-positive and user documentation)",
    kind: SourceKind::Official,
    as_of: "Summer '23 (API 58.0)",
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.244.0.packagingGuide.meta/packagingGuide/security_review_required_materials.htm"),
};

/// Code Analyzer v5 for managed packages, and the command.
pub const OFFICIAL_CODE_ANALYZER: RuleSource = RuleSource {
    title: "AgentExchange (formerly AppExchange) Security Review: Scan Your Managed Package with Salesforce Code Analyzer (v5 command)",
    kind: SourceKind::Official,
    as_of: CURRENT,
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/security_review_code_analyzer_scan.htm"),
};

/// Checkmarx in the Partner Security Portal (3 runs per version; not for mobile or API) and
/// the DAST scanners accepted.
pub const OFFICIAL_SCANNERS: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: Source Code Scanner (Checkmarx) on the Partner Security Portal; DAST scanners for external endpoints",
    kind: SourceKind::Official,
    as_of: CURRENT,
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/security_review_partner_security_portal_scanners.htm"),
};

/// Submission verification: expired credentials, missing documents, a packaging org or
/// another package version in the test org.
pub const OFFICIAL_VERIFICATION: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: Feedback About Submission Verification (credentials, documentation, test org and package version)",
    kind: SourceKind::Official,
    as_of: CURRENT,
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/security_review_feedback_verification.htm"),
};

/// Extension packages are reviewed like base packages; the test account holds both.
pub const OFFICIAL_EXTENSION: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide (Japanese edition): Submit an Extension Package for Security Review",
    kind: SourceKind::Official,
    as_of: "Winter '20 (API 47.0)",
    url: Some("https://developer.salesforce.com/docs/atlas.ja-jp.222.0.packagingGuide.meta/packagingGuide/security_review_extension_package.htm"),
};

/// Client and mobile apps: the app for every platform (TestFlight or ad hoc for iOS, a file
/// such as an APK for others); a web component needs a web scanner report.
pub const OFFICIAL_CLIENT_MOBILE: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: Submit a Client or Mobile App for Security Review",
    kind: SourceKind::Official,
    as_of: "Summer '15 (API 34.0)",
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.196.0.packagingGuide.meta/packagingGuide/security_review_mobile_app.htm"),
};

/// A browser extension handed in like a client app: no official page names it.
pub const INFERRED_CLIENT: RuleSource = RuleSource {
    title: "Our reading: no official page names browser extensions; one is handed in like the client apps of the client and mobile page",
    kind: SourceKind::Inferred,
    as_of: "2026-12",
    url: None,
};

/// Agentforce prompts: no secrets, no authentication tokens, approved storage, injection.
pub const OFFICIAL_AGENTFORCE_PROMPTS: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: Secure Your Agentforce Prompts",
    kind: SourceKind::Official,
    as_of: CURRENT,
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/secure_agentforce_prompts.htm"),
};

/// Agentforce custom actions: employee-facing or service agent, public or private.
pub const OFFICIAL_AGENTFORCE_ACTIONS: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: Secure Your Agentforce Custom Actions",
    kind: SourceKind::Official,
    as_of: CURRENT,
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.262.0.packagingGuide.meta/packagingGuide/secure_agentforce_actions.htm"),
};

/// The official list of the most common review failures (CRUD/FLS first by a wide margin).
pub const OFFICIAL_TOP_FAILURES: RuleSource = RuleSource {
    title: "Salesforce developers' blog: the top 20 vulnerabilities found in the AppExchange security review (CRUD/FLS first)",
    kind: SourceKind::Official,
    as_of: "2023-08",
    url: Some("https://developer.salesforce.com/blogs/2023/08/the-top-20-vulnerabilities-found-in-the-appexchange-security-review"),
};

/// Practitioner lists of the next most common failures.
pub const PRACTITIONER_FAILURES: RuleSource = RuleSource {
    title: "Practitioner write-ups: common security review failures after CRUD/FLS",
    kind: SourceKind::Practitioner,
    as_of: "2026",
    url: Some("https://appnigma.ai/blogs/salesforce-security-review-checklist/"),
};

/// New connected apps can't be created since Spring '26; External Client Apps replace them.
pub const OFFICIAL_EXTERNAL_CLIENT_APPS: RuleSource = RuleSource {
    title: "Salesforce Help 005228017: New Connected Apps Can No Longer Be Created in Spring '26 (External Client Apps)",
    kind: SourceKind::Official,
    as_of: "2026-04-03",
    url: Some("https://help.salesforce.com/s/articleView?id=005228017&type=1"),
};

/// A completed review: a false-positives report is evaluated free; retesting remediated
/// code is charged.
pub const OFFICIAL_FEEDBACK_DONE: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: Feedback About Your Completed Review (no fee for a false-positives report; a fee to retest a remediated solution)",
    kind: SourceKind::Official,
    as_of: CURRENT,
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/security_review_feedback_done.htm"),
};

/// Periodic re-reviews: security review fees apply; about 60 days to fix a failed one.
pub const OFFICIAL_PERIODIC_REVIEWS: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: Periodic Security Re-Reviews (security review fees apply; typically 60 days to fix)",
    kind: SourceKind::Official,
    as_of: CURRENT,
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/security_review_periodic_reviews.htm"),
};

/// Submitting a periodic re-review: pay the review fee; it takes up to 6 weeks.
pub const OFFICIAL_RE_REVIEW: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: Submit Your Solution for Periodic Security Re-Review (pay the review fee; up to 6 weeks)",
    kind: SourceKind::Official,
    as_of: CURRENT,
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/security_review_request_periodic_review.htm"),
};

/// A follow-up review of a managed package: a fee to retest; up to 4 weeks.
pub const OFFICIAL_PACKAGING_GUIDE: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: Request a Follow-Up Security Review for a Managed Package (a fee to retest; up to 4 weeks)",
    kind: SourceKind::Official,
    as_of: "Winter '26 (API 65.0)",
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.258.0.packagingGuide.meta/packagingGuide/security_review_followup_new_package_version.htm"),
};

/// Ready for a review: enrolled in the partner programme with a distribution agreement and
/// an approved business plan.
pub const OFFICIAL_HOW_IT_WORKS: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: How Does the AppExchange Security Review Work? (a distribution agreement and an approved business plan before submitting)",
    kind: SourceKind::Official,
    as_of: "Summer '22 (API 55.0)",
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.238.0.packagingGuide.meta/packagingGuide/security_review_how_it_works.htm"),
};

/// The seed's two ranges name only connected and native apps; the range for other
/// combinations of components is our reading.
pub const INFERRED_RANGE: RuleSource = RuleSource {
    title: "Our reading: the seed gives ranges only for connected and native apps; a solution with any package (Lightning components, Apex callouts and Agentforce ship in one) takes the native range, one without a package the connected range",
    kind: SourceKind::Inferred,
    as_of: "2026-12",
    url: None,
};

//! The documents every rule figure is cited from (see `docs/domain.md`).
//!
//! A source's `kind` grades its strength: `SEED` (the documents the product was specified
//! from), `OFFICIAL` (Salesforce documentation), `PRACTITIONER` (consultancies and blogs),
//! `UNVERIFIED` (a single weak source), `INFERRED` (our own reading, carried over from
//! another source) and `TEAM DEFAULT` (no source gives the figure; this team chose it).
//! `as_of` is the source's own date or release (a release-numbered Salesforce page: its
//! release, e.g. `Summer '20 (API 49.0)` for `226.0`), never the day it was read; a page
//! that carries no date says `undated` and the month it was read. Our own readings and team
//! defaults carry the month they were set.
//!
//! The pages on the security review itself are in [`review`].

use super::{RuleSource, SourceKind};

mod review;

pub use review::*;

/// Forecastable's 2026 playbook, FAQ "How long does the security review take?".
pub const SEED_FORECASTABLE: RuleSource = RuleSource {
    title: "Forecastable, Salesforce ISV Partner: Tiers, Path, and 2026 Playbook (FAQ)",
    kind: SourceKind::Seed,
    as_of: "2026",
    url: Some("https://forecastable.com/salesforce-isv-partner/"),
};

/// Invisory's 2024 programme-changes article (FY24 scorecard update).
pub const SEED_INVISORY: RuleSource = RuleSource {
    title: "Invisory, Salesforce ISV Partner Program: Changes in 2024",
    kind: SourceKind::Seed,
    as_of: "2024",
    url: Some("https://invisory.co/resources/blog/salesforce-isv-partner-program-changes-in-2024/"),
};

/// The FY21 article on ISV tiers and Trailblazer Score points.
pub const SEED_TIERS_POINTS: RuleSource = RuleSource {
    title: "ISV Partner Tiers in Salesforce: Trailblazer Score points (FY21 article)",
    kind: SourceKind::Seed,
    as_of: "2020",
    url: Some("https://invisory.co/?p=869"),
};

/// Salesforce's Trailblazer Score guide, version A (programme-year windows, 100-point bands).
pub const OFFICIAL_SCORE_A: RuleSource = RuleSource {
    title: "Salesforce Partner Program, ISV Trailblazer Score guide (version A)",
    kind: SourceKind::Official,
    as_of: "undated (read 2026-11)",
    url: Some(
        "https://partners.salesforce.com/s/education/appinnovators/AppExchange_Partner_Program",
    ),
};

/// Salesforce's FY22 Trailblazer Score guide (lower bands).
pub const OFFICIAL_SCORE_FY22: RuleSource = RuleSource {
    title: "Salesforce Partner Program, ISV Trailblazer Score FY22",
    kind: SourceKind::Official,
    as_of: "FY22 (Feb 2021 – Jan 2022)",
    url: Some("https://partners.salesforce.com/s/education/appinnovators/AppExchange_Partner_Program?language=en"),
};

/// The two upper FY22 bands, which only a single weak source gives.
pub const UNVERIFIED_SCORE_FY22_UPPER: RuleSource = RuleSource {
    title: "ISV Trailblazer Score FY22 upper bands (single weak source)",
    kind: SourceKind::Unverified,
    as_of: "FY22 (Feb 2021 – Jan 2022)",
    url: None,
};

/// Salesforce partner education page on security-review timing.
pub const OFFICIAL_REVIEW_TIMING: RuleSource = RuleSource {
    title:
        "Salesforce partner education: AgentExchange (formerly AppExchange) security review timing",
    kind: SourceKind::Official,
    as_of: "undated (read 2026-11)",
    url: Some("https://partners.salesforce.com/s/education/appinnovators/Security_Review"),
};

/// Appnigma's 2026 field reports on review length and resubmission rounds.
pub const PRACTITIONER_APPNIGMA: RuleSource = RuleSource {
    title: "Appnigma, AppExchange security review field reports",
    kind: SourceKind::Practitioner,
    as_of: "2026",
    url: None,
};

/// Two practitioner write-ups that put the first-attempt failure rate at about half.
pub const PRACTITIONER_FAILURE_RATE: RuleSource = RuleSource {
    title: "Practitioner write-ups (two sources): first-attempt failure rate",
    kind: SourceKind::Practitioner,
    as_of: "undated (read 2026-11)",
    url: None,
};

/// Three practitioner write-ups that agree on the review fee's amount; the official pages
/// say when a fee is charged but not how much.
pub const PRACTITIONER_FEE: RuleSource = RuleSource {
    title: "Practitioner write-ups (three agree; the official pages name no amount): security review fee per attempt",
    kind: SourceKind::Practitioner,
    as_of: "undated (read 2026-11)",
    url: None,
};

/// The FY24 average and points: the FY24 seed gives only the minimum review count, so the
/// FY21 article's figures are carried over.
pub const INFERRED_FY24_FROM_FY21: RuleSource = RuleSource {
    title: "Carried over from the FY21 article: the FY24 seed names no average and no points",
    kind: SourceKind::Inferred,
    as_of: "2024",
    url: None,
};

/// Charging the review fee for a Freemium listing: no source says so; a Freemium app sells
/// a paid part, so we count it as a paid solution.
pub const INFERRED_FREEMIUM_FEE: RuleSource = RuleSource {
    title: "Our reading: a Freemium listing sells a paid part, so it pays the review fee (no source says so)",
    kind: SourceKind::Inferred,
    as_of: "2026-11",
    url: None,
};

/// The weeks a bounced submission costs: no source gives a figure.
pub const TEAM_DEFAULT_BOUNCE: RuleSource = RuleSource {
    title: "Team default: a bounce (expired credentials, missing documents) costs about one resubmission round; no source gives a figure",
    kind: SourceKind::TeamDefault,
    as_of: "2026-11",
    url: None,
};

/// The recommended number of screenshots: the legacy official list asks for one public
/// screenshot; more is our advice.
pub const TEAM_DEFAULT_SCREENSHOTS: RuleSource = RuleSource {
    title: "Team default: the legacy official list asks for one public screenshot; the number recommended is ours",
    kind: SourceKind::TeamDefault,
    as_of: "2026-11",
    url: None,
};

/// The legacy official listing guide: title and abstract required; description, compatible
/// editions and a screenshot required to make the listing public; up to 3 feature bullets.
pub const OFFICIAL_LEGACY_LISTING: RuleSource = RuleSource {
    title: "Salesforce AppExchange listing guide (legacy field list)",
    kind: SourceKind::Official,
    as_of: "undated (read 2026-11)",
    url: None,
};

/// Field limits are not published; this profile must be checked in the listing builder.
pub const UNVERIFIED_LIMITS: RuleSource = RuleSource {
    title: "Listing limits profile (not published): verify in the AgentExchange (formerly AppExchange) Partner Console",
    kind: SourceKind::Unverified,
    as_of: "2026-11",
    url: None,
};

/// A default this team chose where no source gives a figure.
pub const TEAM_DEFAULT: RuleSource = RuleSource {
    title: "Analyzer default chosen by the team, not a Salesforce figure",
    kind: SourceKind::TeamDefault,
    as_of: "2026-11",
    url: None,
};

/// Practitioner advice against keyword stuffing; the repeat limit itself is our default.
pub const PRACTITIONER_STUFFING: RuleSource = RuleSource {
    title: "Practitioner listing advice: avoid repeating \"Salesforce\" or the company name (limit is our default)",
    kind: SourceKind::TeamDefault,
    as_of: "2026-11",
    url: None,
};

/// Retirement of the ISV Trailblazer Score (1 August 2024, announced in July).
pub const PRACTITIONER_SCORE_RETIRED: RuleSource = RuleSource {
    title: "ISV Trailblazer Score retired on 1 August 2024 (SEED tiers article; date from practitioners)",
    kind: SourceKind::Practitioner,
    as_of: "2024-08",
    url: Some("https://invisory.co/?p=869"),
};

/// How AgentExchange (formerly AppExchange) search ranks listings today: keyword relevance
/// (title, brief description, highlights and publisher name weigh most), then semantic
/// meaning, then a trust score combining customer feedback with active publisher support.
pub const OFFICIAL_SEARCH_TODAY: RuleSource = RuleSource {
    title: "Salesforce ISVforce Guide: How Does AppExchange Search Work? (keyword relevance, semantic meaning, trust score)",
    kind: SourceKind::Official,
    as_of: "Summer '26 (API 67.0)",
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/appexchange_publish_search.htm"),
};

/// The revenue share by distribution model (about 15% ISVforce, 25% OEM), which several
/// practitioners give; it depends on the model, not on a tier.
pub const PRACTITIONER_REVENUE_SHARE: RuleSource = RuleSource {
    title:
        "Practitioner write-ups: revenue share by distribution model (about 15% ISVforce, 25% OEM)",
    kind: SourceKind::Practitioner,
    as_of: "undated (read 2026-12)",
    url: None,
};

/// Invisory says the partner application "can take several weeks"; the number of weeks is
/// our reading of "several".
pub const SEED_INVISORY_SEVERAL_WEEKS: RuleSource = RuleSource {
    title: "Invisory: partner application approval \"can take several weeks\" (the figure is our reading)",
    kind: SourceKind::Inferred,
    as_of: "2024",
    url: None,
};

/// The steps before the review on the partner path, as several practitioner accounts agree
/// (docs/domain.md §7): business plan / partner application approval 2–3 weeks, partner
/// business org activation 1–3 business days, security office hours booked about 3 weeks
/// ahead.
pub const PRACTITIONER_PARTNER_PATH: RuleSource = RuleSource {
    title: "Practitioner accounts (several agree): partner application approval 2\u{2013}3 weeks, business org activation 1\u{2013}3 business days, security office hours about 3 weeks' notice",
    kind: SourceKind::Practitioner,
    as_of: "2026-12",
    url: None,
};

/// A team default informed by the real timelines of docs/domain.md §6 (preparation start to
/// submission took about 5.5 weeks in the one app that records both).
pub const TEAM_DEFAULT_REAL_TIMELINES: RuleSource = RuleSource {
    title: "Analyzer default, informed by real ISV timelines (preparation to submission about 5.5 weeks)",
    kind: SourceKind::TeamDefault,
    as_of: "2026-11",
    url: None,
};

/// The 2024 ISV tiers by commercial stage (the update at the end of the FY21 tiers article).
pub const SEED_TIERS_2024: RuleSource = RuleSource {
    title: "ISV Partner Tiers in Salesforce, 2024 update: tiers by commercial stage",
    kind: SourceKind::Seed,
    as_of: "2024-07",
    url: Some("https://invisory.co/?p=869"),
};

/// Forecastable's warning that a listing without field co-sell does not sell.
pub const SEED_FORECASTABLE_CO_SELL: RuleSource = RuleSource {
    title: "Forecastable, Salesforce ISV Partner: 2026 Playbook (why being an ISV partner matters)",
    kind: SourceKind::Seed,
    as_of: "2026",
    url: Some("https://forecastable.com/salesforce-isv-partner/"),
};

/// Every source the rule data declares, here and in [`review`], so that tests can
/// check them all (each `url` an `https://` address; none on `INFERRED` or `TEAM DEFAULT`).
pub const ALL: &[&RuleSource] = &[
    &SEED_FORECASTABLE,
    &SEED_INVISORY,
    &SEED_TIERS_POINTS,
    &OFFICIAL_SCORE_A,
    &OFFICIAL_SCORE_FY22,
    &UNVERIFIED_SCORE_FY22_UPPER,
    &OFFICIAL_REVIEW_TIMING,
    &PRACTITIONER_APPNIGMA,
    &PRACTITIONER_FAILURE_RATE,
    &PRACTITIONER_FEE,
    &INFERRED_FY24_FROM_FY21,
    &INFERRED_FREEMIUM_FEE,
    &TEAM_DEFAULT_BOUNCE,
    &TEAM_DEFAULT_SCREENSHOTS,
    &OFFICIAL_LEGACY_LISTING,
    &UNVERIFIED_LIMITS,
    &TEAM_DEFAULT,
    &PRACTITIONER_STUFFING,
    &PRACTITIONER_SCORE_RETIRED,
    &OFFICIAL_SEARCH_TODAY,
    &PRACTITIONER_REVENUE_SHARE,
    &SEED_INVISORY_SEVERAL_WEEKS,
    &PRACTITIONER_PARTNER_PATH,
    &TEAM_DEFAULT_REAL_TIMELINES,
    &SEED_TIERS_2024,
    &SEED_FORECASTABLE_CO_SELL,
    &OFFICIAL_REQUIRED_MATERIALS,
    &OFFICIAL_CODE_ANALYZER,
    &OFFICIAL_SCANNERS,
    &OFFICIAL_VERIFICATION,
    &OFFICIAL_EXTENSION,
    &OFFICIAL_CLIENT_MOBILE,
    &INFERRED_CLIENT,
    &OFFICIAL_AGENTFORCE_PROMPTS,
    &OFFICIAL_AGENTFORCE_ACTIONS,
    &OFFICIAL_TOP_FAILURES,
    &PRACTITIONER_FAILURES,
    &OFFICIAL_EXTERNAL_CLIENT_APPS,
    &OFFICIAL_FEEDBACK_DONE,
    &OFFICIAL_PERIODIC_REVIEWS,
    &OFFICIAL_RE_REVIEW,
    &OFFICIAL_PACKAGING_GUIDE,
    &OFFICIAL_HOW_IT_WORKS,
    &INFERRED_RANGE,
];

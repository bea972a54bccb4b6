//! The engine's input: the public API shape, the autosave format and the share-link format.
//!
//! The field names and meanings below are fixed by `schema_version` 1. New fields may be
//! added only as optional ones with a default, so that older saved inputs keep loading.

use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

mod architecture;
mod limits;
mod overrides;
mod read;
mod solution;

pub use architecture::Architecture;
pub use limits::capped_notes;
pub use overrides::Overrides;
pub use read::read_input;
pub use solution::{Component, ItemState, SolutionReading};

/// The only input schema version this engine reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The calendar years the analyzer computes with: an analysis date (`today`) outside them
/// is refused by [`crate::engine::parse_input`], the same years the date parser accepts in
/// pasted text. The range is a technical limit, not a domain rule: it keeps every date the
/// engine and the app derive (windows, week ranges, chart axes) far from the limits of the
/// calendar type.
pub const SUPPORTED_YEARS: RangeInclusive<i32> = 1900..=2199;

/// Whether `date` falls in [`SUPPORTED_YEARS`].
pub fn is_supported_date(date: NaiveDate) -> bool {
    SUPPORTED_YEARS.contains(&date.year())
}

/// Everything a user pasted or chose. Written with serde; read by [`read_input`], the one
/// reader of input JSON that every surface uses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Input {
    /// Must equal [`SCHEMA_VERSION`]; [`crate::engine::analyze_json`] refuses anything else.
    /// Written `1` or `1.0`.
    pub schema_version: u32,
    /// The analysis date. `None` means "today" as the caller knows it (the browser's date
    /// in the app, the system date on the command line).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub today: Option<NaiveDate>,
    /// The pasted listing details: `Label: value` lines, `## Label` headings, or JSON.
    pub listing: String,
    /// The pasted review history: CSV/TSV, or blocks copied from a listing page.
    pub reviews: String,
    /// The security-review facts.
    pub security_review: SecurityReviewInput,
    /// Which review-score rule set to apply.
    pub rule_set: RuleSetId,
    /// How to read ambiguous numeric dates such as `03/04/2026`.
    pub date_order: DateOrder,
    /// Which app of a review export holding several to analyse (its id as written in the
    /// app or listing id column); `None`: the app with most rows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviews_app: Option<String>,
    /// User changes to rule figures, keyed by [`crate::engine::rules::RuleView::id`]. A key
    /// that names no rule, or a value out of the rule's bounds, is reported as a diagnostic
    /// and ignored.
    #[serde(skip_serializing_if = "Overrides::is_empty")]
    pub overrides: Overrides,
    /// Where the partner stands on the commercial path; every part is optional, so older
    /// inputs and share links read as "not said".
    #[serde(skip_serializing_if = "PartnerInput::is_empty")]
    pub partner: PartnerInput,
}

impl Default for Input {
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            today: None,
            listing: String::new(),
            reviews: String::new(),
            security_review: SecurityReviewInput::default(),
            rule_set: RuleSetId::default(),
            date_order: DateOrder::default(),
            reviews_app: None,
            overrides: Overrides::new(),
            partner: PartnerInput::default(),
        }
    }
}

/// What the user says about their partner standing; `None` means "not said". The report's
/// `partner` section reads the 2024 tier these imply.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct PartnerInput {
    /// Joined the AppExchange ISV programme (the Partner Community application approved).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joined: Option<bool>,
    /// In commercial talks with Salesforce for a first paid app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commercial_talks: Option<bool>,
    /// The distribution agreement (ISV agreement) with Salesforce is signed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution_agreement: Option<bool>,
    /// The app is listed on AppExchange and distributed to customers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distributing: Option<bool>,
    /// Salesforce counts the partner among its largest and most strategic ISVs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summit: Option<bool>,
}

impl PartnerInput {
    /// Whether nothing is said (so the input's JSON leaves the field out).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// What the user says for `flag`.
    pub fn get(&self, flag: PartnerFlag) -> Option<bool> {
        match flag {
            PartnerFlag::Joined => self.joined,
            PartnerFlag::CommercialTalks => self.commercial_talks,
            PartnerFlag::DistributionAgreement => self.distribution_agreement,
            PartnerFlag::Distributing => self.distributing,
            PartnerFlag::Summit => self.summit,
        }
    }

    /// Sets what the user says for `flag` (`None`: not said).
    pub fn set(&mut self, flag: PartnerFlag, value: Option<bool>) {
        let field = match flag {
            PartnerFlag::Joined => &mut self.joined,
            PartnerFlag::CommercialTalks => &mut self.commercial_talks,
            PartnerFlag::DistributionAgreement => &mut self.distribution_agreement,
            PartnerFlag::Distributing => &mut self.distributing,
            PartnerFlag::Summit => &mut self.summit,
        };
        *field = value;
    }
}

/// One of the [`PartnerInput`] flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerFlag {
    /// [`PartnerInput::joined`].
    Joined,
    /// [`PartnerInput::commercial_talks`].
    CommercialTalks,
    /// [`PartnerInput::distribution_agreement`].
    DistributionAgreement,
    /// [`PartnerInput::distributing`].
    Distributing,
    /// [`PartnerInput::summit`].
    Summit,
}

impl PartnerFlag {
    /// Every flag, in path order.
    pub const ALL: [PartnerFlag; 5] = [
        PartnerFlag::Joined,
        PartnerFlag::CommercialTalks,
        PartnerFlag::DistributionAgreement,
        PartnerFlag::Distributing,
        PartnerFlag::Summit,
    ];

    /// The identifier used in JSON (`"joined"`, …).
    pub fn key(self) -> &'static str {
        match self {
            PartnerFlag::Joined => "joined",
            PartnerFlag::CommercialTalks => "commercial_talks",
            PartnerFlag::DistributionAgreement => "distribution_agreement",
            PartnerFlag::Distributing => "distributing",
            PartnerFlag::Summit => "summit",
        }
    }

    /// A short human label, phrased as a question.
    pub fn label(self) -> &'static str {
        match self {
            PartnerFlag::Joined => "Joined the ISV programme",
            PartnerFlag::CommercialTalks => "In commercial talks for a first paid app",
            PartnerFlag::DistributionAgreement => "Distribution agreement signed",
            PartnerFlag::Distributing => "Listed and distributing",
            PartnerFlag::Summit => "Among Salesforce's most strategic ISVs",
        }
    }
}

/// The security-review part of the input.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct SecurityReviewInput {
    /// What the solution is made of (any combination; see [`Component`]). Empty means
    /// "not said" unless an older input carries `architecture` or `app_type`: then those
    /// are read, and the report's `checklist.note` says they came from saved work.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
    /// Older inputs: connected (off-platform, API) or native (managed package) app, read
    /// only when `components` and `architecture` are empty. `None`: not said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_type: Option<AppType>,
    /// Older inputs: the solution's single architecture, read as its components (see
    /// [`Architecture::components`]) when `components` is empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub architecture: Option<Architecture>,
    /// How complex the product is to review.
    pub complexity: Complexity,
    /// The pasted timing history: one event per line with a date and a keyword.
    pub log: String,
    /// Older inputs: submission materials that are ready, read only when neither
    /// `checklist_ready` nor `checklist_not_ready` is given. Their items read as ready;
    /// every other item as not said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub materials_ready: Option<Vec<Material>>,
    /// Whether the solution is paid (a paid solution pays the review fee per attempt).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid: Option<bool>,
    /// Where the user stands on the partner path before the review. `None` means "not
    /// said": the plan then starts with the review preparation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_stage: Option<PartnerStage>,
    /// Older inputs: whether the solution ships Agentforce prompts or actions; `true` adds
    /// [`Component::Agentforce`] to the components read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agentforce: Option<bool>,
    /// How many external (non-Salesforce) domains the solution uses: one DAST report each.
    /// `None`: the components' default (see the rules' checklist data). Written `2` or `2.0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_domains: Option<u32>,
    /// Checklist items said to be ready, by item id (`"code_analyzer"`, `"dast_2"`, …; see
    /// the report's `checklist.items`). Items named in neither this list nor
    /// `checklist_not_ready` are not said (neutral).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checklist_ready: Option<Vec<String>>,
    /// Checklist items said to be not ready, by item id: each required one is a readiness
    /// gap and a bounce risk. An id in both lists reads as ready.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checklist_not_ready: Option<Vec<String>>,
}

/// A stage of the partner path before the security review (docs/domain.md §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerStage {
    /// Not yet applied to the partner programme.
    NotApplied,
    /// Applied; waiting for Salesforce to approve the application.
    Applied,
    /// A partner; the agreement needed to list is not signed yet.
    Approved,
    /// The agreement is signed: the path continues with the review.
    AgreementSigned,
}

/// The review range a solution takes: native when it ships a package, else connected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppType {
    /// Off-platform app integrating over OAuth/APIs.
    Connected,
    /// Managed package installed into the customer's org.
    Native,
}

/// Product complexity as the user judges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Complexity {
    /// Small surface: few objects, one integration.
    Low,
    /// The usual case.
    #[default]
    Medium,
    /// Many components, several external domains, Agentforce actions and the like.
    High,
}

/// A submission material from the official security-review checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Material {
    /// Salesforce Code Analyzer HTML report.
    CodeAnalyzer,
    /// Checkmarx report (anything with a Salesforce package or component).
    Checkmarx,
    /// DAST report (ZAP, Burp, …) for every non-Salesforce domain.
    Dast,
    /// Valid test credentials for every system.
    TestCredentials,
    /// False-positive documentation.
    FalsePositiveDocs,
    /// User documentation.
    UserDocs,
    /// Security policies.
    SecurityPolicies,
}

/// A named review-score rule set (see docs/domain.md §4; the figures are in the rule table).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "snake_case")]
pub enum RuleSetId {
    /// FY24 scorecard update: a minimum review count and a minimum average for a fixed
    /// number of points (`fy24.*` rules).
    #[default]
    Fy24,
    /// FY21 article: a minimum review count and a minimum average (`fy21.*` rules).
    Fy21,
    /// Official "Version A": a minimum review count and rating bands (`official_a.*`).
    OfficialA,
    /// Official FY22: a minimum review count and rating bands (`official_fy22.*`).
    OfficialFy22,
}

/// How numeric dates with both parts ≤ 12 are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// `03/04/2026` is 4 March 2026 (US).
    #[default]
    MonthFirst,
    /// `03/04/2026` is 3 April 2026.
    DayFirst,
}

//! The engine's output. Serialised as JSON it is the report the command line prints and
//! the browser API returns; the Yew app renders it as it is.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::input::AppType;
use super::model::{AppRows, EventKind, ListingField, ListingRead, ReviewHistory};

pub mod checklist;
mod inputs;
pub mod partner;
mod review;
mod rule_vocab;
pub mod summary;

pub use inputs::{InputState, InputStates};
pub use review::{NextWindow, Ranking, ReviewScore, ReviewScoreSummary};
pub use rule_vocab::{SourceKind, Unit, UsedBy};

/// The only report schema version this engine writes.
pub const REPORT_SCHEMA_VERSION: u32 = 1;

/// The whole analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`REPORT_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The analysis date that was used.
    pub today: NaiveDate,
    /// The answer per section, composed once, which every surface shows (page, widget,
    /// host message, exports, command line). Shape: see [`summary`].
    #[serde(default)]
    pub summary: summary::Summary,
    /// When the app can expect to be listed.
    pub time_to_listing: TimeToListing,
    /// Reviews: what counts today (`ranking`: count and average rating for listing ranking)
    /// first, then eligibility under the chosen (retired) scorecard rule set, with the
    /// 5-star reviews that keep it when the window moves. Shape: see [`ReviewScore`].
    pub review_score: ReviewScore,
    /// The same reviews under every rule set, for a side-by-side view.
    pub review_score_by_rule_set: Vec<ReviewScoreSummary>,
    /// Listing-readiness gaps.
    pub readiness: Readiness,
    /// The partner context: the 2024 tier the input implies and what moves it up, the
    /// agreement and revenue share for the app type, the retired score as history, and one
    /// line of co-sell advice. Shape: see [`partner`].
    pub partner: partner::PartnerContext,
    /// The security-review submission checklist for the solution's architecture, with the
    /// user's ticks. Shape: see [`checklist`].
    pub checklist: checklist::Checklist,
    /// What each input yielded, for "12 reviews read, 1 line skipped".
    pub understood: Understood,
    /// Whether each pasted input is `empty`, `read` (something understood) or `unread`
    /// (text, nothing understood): `{ "listing": …, "reviews": …, "security_log": … }`.
    /// A result that rests on an empty input is a placeholder, not a verdict: the app says
    /// what it will show instead.
    #[serde(default)]
    pub inputs: InputStates,
    /// How the listing was read, in input order: one row per field read (`field` is a gap
    /// field key such as `"title"` or `"gtm_resources"`) and per section kept but not
    /// checked (`field` is then its label as written, e.g. `"Search Keywords"`); `line` is
    /// where it starts (1-based); `items` holds one string for a text field and one string
    /// per entry for a list field (highlights, screenshots, categories, editions, …).
    #[serde(default)]
    pub listing_read: Vec<ListingRead>,
    /// The apps of a review export holding several (an app or listing id column with more
    /// than one value), with the one analysed; `None` for a single app. The review figures
    /// are the analysed app's alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_apps: Option<ReviewApps>,
    /// The listing against the real marketplace (July 2025): per category it names, where
    /// its reviews, rating, price, editions and languages stand. Shape: see
    /// [`crate::engine::marketplace::Marketplace`].
    #[serde(default)]
    pub marketplace: crate::engine::marketplace::Marketplace,
    /// Every rule figure that produced a result, with source, as-of date and current value.
    pub rules: Vec<RuleView>,
    /// Everything that was not understood, by input and line.
    pub diagnostics: Vec<Diagnostic>,
}

/// Where a figure comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Who says it (document or site).
    pub title: String,
    /// Strength of the source: `SEED`, `OFFICIAL`, `PRACTITIONER`, `UNVERIFIED`, `INFERRED`
    /// (our reading, carried over from another source) or `TEAM DEFAULT` (no source gives
    /// the figure).
    pub kind: SourceKind,
    /// When the figure was last checked against the source (ISO date or `YYYY-MM`).
    pub as_of: String,
    /// The source's public web address (`https://…`), serialized as `"url"`; absent (left
    /// out of the JSON) when the source has no public page we could match to the document
    /// cited, and always absent for `INFERRED` and `TEAM DEFAULT` sources.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
}

/// One rule figure as the user sees and edits it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleView {
    /// Stable key, used in [`super::input::Input::overrides`] (`"fy24.min_reviews"`, …).
    pub id: String,
    /// What it is, in words.
    pub label: String,
    /// The value in force (overridden or default).
    pub value: f64,
    /// The cited default.
    pub default_value: f64,
    /// Unit for display (`"weeks"`, `"reviews"`, `"stars"`, `"points"`, `"USD"`, `"%"`, …).
    pub unit: Unit,
    /// Smallest accepted override.
    pub min: f64,
    /// Largest accepted override.
    pub max: f64,
    /// Where the default comes from.
    pub source: Source,
    /// Which result it feeds: `"time_to_listing"`, `"review_score"`, `"readiness"` or
    /// `"partner"`.
    pub used_by: UsedBy,
    /// Whether the user changed it.
    pub overridden: bool,
}

/// Progress of the security review, as read from the log: one state per real situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// The log holds only future events (a planned submission).
    Planned,
    /// Nothing in the log.
    #[default]
    NotStarted,
    /// Preparation started; nothing submitted yet.
    Preparing,
    /// A submission awaits its verdict.
    InReview,
    /// The last verdict failed or bounced and nothing was resubmitted after it.
    AwaitingResubmission,
    /// The review passed (the listing is not said to be live).
    Passed,
    /// The listing is live.
    Listed,
    /// A periodic re-review of a passed or live app is under way.
    ReReview,
}

impl ReviewStatus {
    /// Whether the state is over (passed or listed): its dates are the log's, never
    /// estimated.
    pub fn is_done(self) -> bool {
        matches!(self, ReviewStatus::Passed | ReviewStatus::Listed)
    }

    /// Whether the security review has passed (passed, listed, or in a periodic re-review
    /// of a passed app), so that publishing is not blocked by it.
    pub fn has_passed(self) -> bool {
        matches!(
            self,
            ReviewStatus::Passed | ReviewStatus::Listed | ReviewStatus::ReReview
        )
    }
}

/// One dated step of the plan to a live listing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanStep {
    /// First day of the step (never before the analysis date).
    pub from: NaiveDate,
    /// Last day of the step (`from` for a one-day milestone).
    pub to: NaiveDate,
    /// What to do, as a short imperative sentence.
    pub step: String,
    /// Why it takes this long, with the figure's source in words.
    pub why: String,
    /// The source of the figure that dates the step.
    pub source: Source,
}

/// One reason that moves the estimate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Factor {
    /// What it is, in words ("Native app: base range 16–32 weeks").
    pub label: String,
    /// Weeks it adds (negative: removes) to the likely figure; 0 for explanatory factors.
    pub weeks: i32,
}

/// A dated event on the timeline picture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// When.
    pub date: NaiveDate,
    /// What.
    pub kind: EventKind,
    /// The 1-based line of the log it came from.
    pub line: usize,
}

/// When the app can expect to be listed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeToListing {
    /// Connected or native: the range in force, from the components (any package: native;
    /// none: connected). `null` when nothing is said about the solution: the figures then
    /// span both ranges (connected floor to native top) and are nobody's answer.
    pub app_type: Option<AppType>,
    /// Progress read from the log.
    pub status: ReviewStatus,
    /// When preparation for the review started, when the log says so (or shows a scan
    /// before the first submission).
    pub prepared_from: Option<NaiveDate>,
    /// When the listing went live, when the log says so.
    pub listed_on: Option<NaiveDate>,
    /// Weeks of partner-path steps before the review (application approval, org
    /// activation, agreements) that the figures include; 0 without a partner stage or once
    /// submitted.
    #[serde(default)]
    pub before_review_weeks: u32,

    /// Whether an open review is running past its range (it is then re-estimated from today).
    pub overdue: bool,
    /// Shortest plausible total, in weeks from `start`. In a done state (passed, listed)
    /// all three figures are the real weeks, rounded to the nearest week.
    pub low_weeks: u32,
    /// Most likely total, in weeks from `start`.
    pub likely_weeks: u32,
    /// Longest plausible total, in weeks from `start`.
    pub high_weeks: u32,
    /// The usual range of the review (8–16 connected, 16–32 native by default); the
    /// figures are compared with it, not clamped into it.
    pub range_min_weeks: u32,
    /// See `range_min_weeks`.
    pub range_max_weeks: u32,
    /// Where the weeks are counted from: preparation start when the log says so, else the
    /// first submission, else a planned submission, else today (for a periodic re-review,
    /// its own start). A factor says which.
    pub start: NaiveDate,
    /// `start + low_weeks`; in a done state the real date (`passed_on` or `listed_on`).
    /// Never before today in an open state.
    pub earliest: NaiveDate,
    /// `start + likely_weeks`; in a done state the real date.
    pub likely: NaiveDate,
    /// `start + high_weeks`; in a done state the real date.
    pub latest: NaiveDate,
    /// The date the log says the review passed, when it did.
    pub passed_on: Option<NaiveDate>,
    /// Failed attempts read from the log.
    pub failed_attempts: u32,
    /// Review fees paid so far plus the next attempt when one is still to be made, in USD;
    /// `null` when it is unknown whether the solution is paid.
    pub fees_usd: Option<u32>,
    /// Submission attempts read from the log (failed and bounced ones count: their fees are
    /// not refunded).
    #[serde(default)]
    pub attempts: u32,
    /// The review fee of one attempt in USD (the rule `sr.fee_usd` for a paid solution, 0
    /// for a free one); `null` when it is unknown whether the solution is paid.
    #[serde(default)]
    pub fee_per_attempt_usd: Option<u32>,
    /// Every reason behind the figures.
    pub factors: Vec<Factor>,
    /// The log events, sorted by date (future ones only when planned submissions).
    pub events: Vec<TimelineEvent>,
    /// Where the figures come from.
    pub sources: Vec<Source>,
    /// Dated steps from today to a live listing (and its first reviews).
    pub plan: Vec<PlanStep>,
}

/// A point of the ratings-over-time chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RatingPoint {
    /// Review date.
    pub date: NaiveDate,
    /// Stars (1.0–5.0).
    pub stars: f64,
    /// Whether it counts in the current window.
    pub in_window: bool,
}

/// How bad a readiness gap is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Publishing cannot happen until fixed.
    Blocker,
    /// Likely to hurt review or conversion.
    Warning,
    /// Quality advice.
    Suggestion,
}

/// The part of the listing a readiness gap is about. In JSON it is the field's key
/// (`"title"`, …, `"gtm_resources"`, `"security_review"`); its order is report order:
/// the listing fields in [`ListingField::ALL`] order, then the security review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GapField {
    /// A listing field.
    Listing(ListingField),
    /// The security review.
    SecurityReview,
}

impl From<ListingField> for GapField {
    fn from(f: ListingField) -> Self {
        GapField::Listing(f)
    }
}

/// One missing or weak part of the listing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    /// The field (`"title"`, …, `"security_review"`).
    pub field: GapField,
    /// How bad it is.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// A concrete fix.
    pub fix: String,
}

/// Listing readiness.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Readiness {
    /// 0–100; falls as gaps are added.
    pub score: u32,
    /// Gaps ordered by severity (blockers first), then by field order.
    pub gaps: Vec<Gap>,
}

/// The apps of a review export that holds several; the analysis reads one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewApps {
    /// The header of the app or listing id column, as written (`Unique ID`).
    pub column: String,
    /// Every app with its review rows, most rows first (ties: first in the export).
    pub apps: Vec<AppRows>,
    /// The id of the app analysed: the one chosen in the input (`reviews_app`), else the
    /// one with most rows.
    pub chosen: String,
    /// Whether the input chose it.
    pub by_choice: bool,
}

/// What each input yielded.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Understood {
    /// Known listing fields read.
    pub listing_fields: u32,
    /// Unknown labels kept.
    pub listing_unknown_labels: u32,
    /// Reviews read.
    pub reviews_read: u32,
    /// Review lines skipped.
    pub review_lines_skipped: u32,
    /// Numeric review dates that could be read either way, as many as the date-order
    /// diagnostic counts.
    pub ambiguous_dates: u32,
    /// Security-review events used by the estimate (events read but not used, such as
    /// unplanned ones after the analysis date, are not counted; a diagnostic names each).
    pub log_events: u32,
    /// Log lines skipped.
    pub log_lines_skipped: u32,
}

impl Understood {
    /// Counts from a parsed review history (the listing and log counts stay as they are).
    pub fn with_reviews(mut self, h: &ReviewHistory) -> Self {
        self.reviews_read = u32::try_from(h.reviews.len()).unwrap_or(u32::MAX);
        self.review_lines_skipped = u32::try_from(h.lines_skipped).unwrap_or(u32::MAX);
        self.ambiguous_dates = u32::try_from(h.ambiguous_dates).unwrap_or(u32::MAX);
        self
    }
}

/// Which input a diagnostic is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// The listing details.
    Listing,
    /// The review history.
    Reviews,
    /// The security-review log or settings.
    SecurityReview,
    /// Rule overrides and other settings.
    Settings,
}

/// Something the engine did not understand, or a fact the user should know about the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Which input.
    pub input: InputKind,
    /// 1-based line in that input; 0 when the diagnostic is about the input as a whole.
    pub line: usize,
    /// What was not understood and what was done with it, as a sentence.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic about line `line` (1-based) of `input`.
    pub fn new(input: InputKind, line: usize, message: impl Into<String>) -> Self {
        Self {
            input,
            line,
            message: message.into(),
        }
    }

    /// Sorts `diagnostics` by input, then line; a stable sort keeps each parser's order
    /// among diagnostics on the same line. Every sort of diagnostics goes through here, so
    /// the wasm carries one instance of the sort.
    pub fn sort(diagnostics: &mut [Diagnostic]) {
        diagnostics.sort_by_key(|d| (d.input, d.line));
    }
}

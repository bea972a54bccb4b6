//! What the parsers read: the shared vocabulary between parsers and estimators.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A star rating in hundredths of a star, from 100 (1 star) to 500 (5 stars).
///
/// Hundredths keep every average comparison exact: "average ≥ 4.6" is
/// `sum ≥ 460 × count` in integers, with no floating-point error at the boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Rating(u16);

impl Rating {
    /// The lowest rating, one star.
    pub const MIN: Rating = Rating(100);
    /// The highest rating, five stars.
    pub const MAX: Rating = Rating(500);

    /// A rating from hundredths of a star; `None` outside 100..=500.
    pub fn from_hundredths(h: u16) -> Option<Rating> {
        (100..=500).contains(&h).then_some(Rating(h))
    }

    /// The rating in hundredths of a star (100..=500).
    pub fn hundredths(self) -> u16 {
        self.0
    }

    /// The rating as a number of stars, for display only.
    pub fn stars(self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

/// One review read from the review history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The date the review was posted.
    pub date: NaiveDate,
    /// Its star rating.
    pub rating: Rating,
    /// The 1-based line of the review history where it starts.
    pub line: usize,
    /// The app it is about, as an index into [`ReviewHistory::apps`], when the export has
    /// an app or listing id column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<u32>,
}

/// One app of a review export that holds several: its id as written and its review rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppRows {
    /// The id (or name) in the app column, as written.
    pub id: String,
    /// How many of the export's reviews carry that id.
    pub rows: usize,
}

/// What the review-history parser read.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReviewHistory {
    /// Reviews in input order.
    pub reviews: Vec<Review>,
    /// Non-empty lines that were neither a review, a header nor part of a review block.
    pub lines_skipped: usize,
    /// Dates like `03/04/2026` that could be read either way (day/month or month/day),
    /// whether the user's date order or the input's other dates decided them: the count
    /// the date-order note states.
    pub ambiguous_dates: usize,
    /// Relative dates (`4 weeks ago`) counted back from the analysis date: approximate.
    #[serde(default)]
    pub approximate_dates: usize,
    /// Dates written without a year (`Sep 8`) whose year was inferred.
    #[serde(default)]
    pub inferred_years: usize,
    /// Reviews set aside because they repeat an earlier review exactly (a row carrying
    /// text, a reviewer or an id, pasted twice); rows of only a date and a rating are kept.
    #[serde(default)]
    pub repeats: usize,
    /// The header of the app or listing id column, when the export has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_column: Option<String>,
    /// The apps in that column in order of first appearance, with their review rows;
    /// [`Review::app`] indexes it. Empty without an app column.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apps: Vec<AppRows>,
}

/// A listing field the analyzer knows, by canonical name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListingField {
    /// Title (name, app name).
    Title,
    /// Tagline (brief/short description, abstract).
    Tagline,
    /// Description (overview).
    Description,
    /// Highlights (key features, features): bullet lines.
    Highlights,
    /// Pricing (price, pricing model).
    Pricing,
    /// Listing markets (countries, regions).
    Markets,
    /// Categories.
    Categories,
    /// Industries.
    Industries,
    /// Supported/compatible editions.
    Editions,
    /// Languages.
    Languages,
    /// Screenshots (a count or one per line).
    Screenshots,
    /// Demo video.
    Video,
    /// Support info/contact.
    Support,
    /// Technical documentation, installation guide.
    Documentation,
    /// GTM / marketing resources, sales collateral.
    GtmResources,
}

impl ListingField {
    /// Whether the field holds a list of entries (highlights, screenshots, categories, …)
    /// rather than one text.
    pub fn is_list(self) -> bool {
        matches!(
            self,
            ListingField::Highlights
                | ListingField::Markets
                | ListingField::Categories
                | ListingField::Industries
                | ListingField::Editions
                | ListingField::Languages
                | ListingField::Screenshots
                | ListingField::GtmResources
        )
    }
}

/// The pricing model named in the listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PricingModel {
    /// Free.
    Free,
    /// Freemium: the listing should describe the free limits.
    Freemium,
    /// Paid.
    Paid,
    /// Paid add-on required: the listing should say what else must be bought.
    PaidAddOnRequired,
}

/// One field value as written, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldValue {
    /// The label as the user wrote it.
    pub label: String,
    /// The value, trimmed; multi-line values keep their line breaks.
    pub value: String,
    /// The 1-based line of the label.
    pub line: usize,
}

/// What the listing parser read.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListingDetails {
    /// Known fields. A label given twice keeps the first value (a diagnostic names the second).
    pub fields: BTreeMap<ListingField, FieldValue>,
    /// Labels the parser did not recognise, kept in input order.
    pub unknown: Vec<FieldValue>,
    /// Highlights split into items (bullet or line each).
    pub highlights: Vec<String>,
    /// Screenshot count: a number given, or one per non-empty line.
    pub screenshot_count: Option<u32>,
    /// The pricing model, when the pricing text names one.
    pub pricing_model: Option<PricingModel>,
    /// Sections the analyzer recognises but does not check (SEO title, search keywords,
    /// publisher, package details, requirements, and a stand-in such as Key Features kept
    /// apart because its field is named outright), in input order.
    #[serde(default)]
    pub other: Vec<FieldValue>,
    /// How the listing was read, field by field, in input order (see [`ListingRead`]).
    #[serde(default)]
    pub read: Vec<ListingRead>,
}

/// One row of "how your listing was read": a field and the entries read into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingRead {
    /// A gap field key ([`ListingField::key`]), or, for a section the analyzer keeps but
    /// does not check, its label as written ("Search Keywords", "Terms & Conditions").
    pub field: String,
    /// The 1-based line where it starts.
    pub line: usize,
    /// One string for a text field, one string per entry for a list field (highlights,
    /// screenshots, categories, editions, …).
    pub items: Vec<String>,
}

/// What happened in the security review, as one log line says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Work on the review began (preparing, hardening, kick-off).
    PreparationStarted,
    /// A scan was run (Checkmarx, Code Analyzer, DAST).
    Scan,
    /// A submission planned for a future date.
    PlannedSubmission,
    /// First submission.
    Submitted,
    /// A later submission after remediation.
    Resubmitted,
    /// Review failed / not approved.
    Failed,
    /// Provisional pass (pass with conditions).
    ProvisionalPass,
    /// Passed / approved.
    Passed,
    /// Returned without a review for incomplete materials.
    Bounced,
    /// Listing published (live).
    Listed,
    /// A periodic re-review of a passed or live app began.
    ReReview,
}

/// One dated event of the security-review log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityEvent {
    /// When it happened.
    pub date: NaiveDate,
    /// What happened.
    pub kind: EventKind,
    /// The 1-based line of the log.
    pub line: usize,
}

/// What the security-review log parser read.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SecurityLog {
    /// Events in input order.
    pub events: Vec<SecurityEvent>,
    /// Non-empty lines that held no date or no known keyword.
    pub lines_skipped: usize,
    /// Lines set aside because they repeat an earlier line exactly (one event is read
    /// once); each input line is counted in exactly one of `events`, `lines_skipped` and
    /// `repeats`, or is blank, a comment, a table rule or a header.
    #[serde(default)]
    pub repeats: usize,
}

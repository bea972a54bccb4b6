//! Rule data that is not a single editable figure: the fiscal calendar, the shape of each
//! review rule set, and the word lists the readiness checks look for.

use super::sources::*;
use super::{RuleId, RuleSource};
use crate::engine::input::RuleSetId;

/// The month (1–12) on whose first day a Salesforce fiscal year starts: 1 February. A
/// fiscal year is named for the calendar year it ends in (FY2027 = 1 Feb 2026 – 31 Jan
/// 2027). Source: SEED invisory and Salesforce's annual reports.
pub const FISCAL_YEAR_START_MONTH: u32 = 2;

/// How a rule set turns an average rating into points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// Eligible when the average reaches `min_average`; then `points`.
    Threshold {
        /// Minimum average, in stars.
        min_average: RuleId,
        /// Points when eligible.
        points: RuleId,
    },
    /// Bands as `(from, points)`, lowest first. An average in `[from_i, from_{i+1})` earns
    /// band `i`; the last band runs through 5 stars. The lowest `from` is the threshold.
    Bands(&'static [(RuleId, RuleId)]),
}

/// The shape of one review-score rule set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSetDef {
    /// Its human name.
    pub label: &'static str,
    /// Its short name for sentences ("FY24").
    pub short: &'static str,
    /// The rule holding the minimum number of reviews.
    pub min_reviews: RuleId,
    /// How the average earns points.
    pub metric: Metric,
    /// Where the rule set comes from.
    pub source: &'static RuleSource,
}

const OFFICIAL_A_BANDS: &[(RuleId, RuleId)] = &[
    (RuleId::OfficialABand1From, RuleId::OfficialABand1Points),
    (RuleId::OfficialABand2From, RuleId::OfficialABand2Points),
    (RuleId::OfficialABand3From, RuleId::OfficialABand3Points),
    (RuleId::OfficialABand4From, RuleId::OfficialABand4Points),
    (RuleId::OfficialABand5From, RuleId::OfficialABand5Points),
];

const OFFICIAL_FY22_BANDS: &[(RuleId, RuleId)] = &[
    (
        RuleId::OfficialFy22Band1From,
        RuleId::OfficialFy22Band1Points,
    ),
    (
        RuleId::OfficialFy22Band2From,
        RuleId::OfficialFy22Band2Points,
    ),
    (
        RuleId::OfficialFy22Band3From,
        RuleId::OfficialFy22Band3Points,
    ),
    (
        RuleId::OfficialFy22Band4From,
        RuleId::OfficialFy22Band4Points,
    ),
    (
        RuleId::OfficialFy22Band5From,
        RuleId::OfficialFy22Band5Points,
    ),
];

/// The definition of a review-score rule set.
pub fn rule_set_def(set: RuleSetId) -> RuleSetDef {
    match set {
        RuleSetId::Fy24 => RuleSetDef {
            label: "FY24 scorecard update (retired Aug 2024)",
            short: "FY24",
            min_reviews: RuleId::Fy24MinReviews,
            metric: Metric::Threshold {
                min_average: RuleId::Fy24MinAverage,
                points: RuleId::Fy24Points,
            },
            source: &SEED_INVISORY,
        },
        RuleSetId::Fy21 => RuleSetDef {
            label: "FY21 Trailblazer Score article (retired Aug 2024)",
            short: "FY21",
            min_reviews: RuleId::Fy21MinReviews,
            metric: Metric::Threshold {
                min_average: RuleId::Fy21MinAverage,
                points: RuleId::Fy21Points,
            },
            source: &SEED_TIERS_POINTS,
        },
        RuleSetId::OfficialA => RuleSetDef {
            label: "Official Trailblazer Score, version A (retired Aug 2024)",
            short: "official version A",
            min_reviews: RuleId::OfficialAMinReviews,
            metric: Metric::Bands(OFFICIAL_A_BANDS),
            source: &OFFICIAL_SCORE_A,
        },
        RuleSetId::OfficialFy22 => RuleSetDef {
            label: "Official Trailblazer Score FY22 (retired Aug 2024)",
            short: "official FY22",
            min_reviews: RuleId::OfficialFy22MinReviews,
            metric: Metric::Bands(OFFICIAL_FY22_BANDS),
            source: &OFFICIAL_SCORE_FY22,
        },
    }
}

/// The framing sentence after the rule set's short name, shown with every score result.
pub const SCORE_CAVEAT: &str = "scorecard rules (retired Aug 2024): the ISV Trailblazer Score was retired on 1 August 2024; reviews still drive listing ranking";

/// The framing sentence for an analysis date before the retirement.
pub const SCORE_CAVEAT_IN_FORCE: &str =
    "scorecard rules, in force until the ISV Trailblazer Score was retired on 1 August 2024";

/// The day the ISV Trailblazer Score was retired, as `(year, month, day)`: 1 August 2024,
/// announced in July (source: [`PRACTITIONER_SCORE_RETIRED`]).
pub const SCORECARD_RETIRED_ON: (i32, u32, u32) = (2024, 8, 1);

/// What still counts once the scorecard is retired (source: [`OFFICIAL_SEARCH_TODAY`]).
pub const RANKING_NOTE: &str = "Reviews are the customer feedback in the trust score that AgentExchange (formerly AppExchange) search weighs after keyword relevance and semantic meaning; the scorecard's retirement did not change that.";

/// Words that say how far a Freemium plan's free part goes.
pub const FREE_LIMIT_WORDS: &[&str] = &[
    "limit",
    "limited",
    "up to",
    "free for",
    "free plan",
    "free tier",
    "free edition",
    "includes",
    "trial",
    "per month",
    "users",
];

/// The pricing model phrases removed before looking for what else must be bought.
pub const ADD_ON_MODEL_PHRASES: &[&str] = &[
    "paid add-on required",
    "paid add on required",
    "paid addon required",
];

/// Words that say what else must be bought for a Paid Add-On Required app.
pub const ADD_ON_REQUIREMENT_WORDS: &[&str] = &[
    "require",
    "license",
    "licence",
    "subscription",
    "purchase",
    "buy",
    "edition",
    "cloud",
    "plan",
    "product",
];

/// Words too common to serve as a listing's main keyword.
pub const STOP_WORDS: &[&str] = &[
    "salesforce",
    "the",
    "and",
    "for",
    "with",
    "your",
    "app",
    "apps",
    "from",
    "that",
    "this",
    "into",
    "our",
    "you",
];

/// The platform name whose repetition reads as keyword stuffing.
pub const PLATFORM_NAME: &str = "salesforce";

/// Shortest word (in characters) taken as a keyword.
pub const MIN_KEYWORD_CHARS: usize = 3;

/// Percent: the denominator of every `_pct` rule.
pub const PERCENT: u64 = 100;

/// The readiness score of a listing with no gap; every gap's weight is taken from it.
pub const SCORE_SCALE: u32 = 100;

/// Days in a week, for week arithmetic on dates.
pub const DAYS_PER_WEEK: u64 = 7;

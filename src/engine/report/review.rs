//! The report's review-score types: what counts today (ranking), then the retired
//! scorecard's verdict under one rule set, its next window, and the side-by-side summary.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{RatingPoint, Source};
use crate::engine::input::RuleSetId;

/// The review window after the next 1 February.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NextWindow {
    /// First day of the window in force from the next 1 February (the first day of the
    /// current fiscal year).
    pub window_start: NaiveDate,
    /// The next 1 February, when that window takes effect.
    pub applies_from: NaiveDate,
    /// Reviews already dated inside it.
    pub reviews_in_window: u32,
    /// Their average in stars, `None` when none.
    pub average: Option<f64>,
    /// Whether the same reviews would still be eligible.
    pub eligible: bool,
    /// Whether the result is eligible today and would not be from `applies_from`.
    pub loses_eligibility: bool,
    /// The last day before the window moves (the day before `applies_from`).
    pub keep_by: NaiveDate,
    /// Smallest number of 5-star reviews dated from today through `keep_by` that makes the
    /// new window eligible on `applies_from` (0 when it already is). Such reviews count in
    /// both windows, so they never lower today's result.
    pub five_star_reviews_needed: u32,
}

/// What still counts once the scorecard is retired: the signals AppExchange search ranks on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ranking {
    /// Every review dated on or before today, in or out of any scorecard window.
    pub reviews: u32,
    /// Their average in stars, `None` when there is none.
    pub average: Option<f64>,
    /// What these figures do today, as a sentence.
    pub note: String,
    /// Where the statement comes from.
    pub source: Source,
}

/// Review-score eligibility under one rule set.
///
/// What counts today leads: `ranking` (review count and average rating drive listing
/// ranking). The scorecard figures that follow are history when `scorecard_retired` is
/// true ("under the FY24 scorecard rules (retired Aug 2024)").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewScore {
    /// What counts today: the review count and average that listing ranking uses.
    pub ranking: Ranking,
    /// The day the ISV Trailblazer Score was retired (1 August 2024).
    pub scorecard_retired_on: NaiveDate,
    /// Whether `today` is on or after `scorecard_retired_on`: the scorecard figures below
    /// are then history.
    pub scorecard_retired: bool,
    /// The rule set applied.
    pub rule_set: RuleSetId,
    /// Its human name ("FY24 scorecard update (retired Aug 2024)").
    pub rule_set_label: String,
    /// First day of the previous Salesforce fiscal year.
    pub window_start: NaiveDate,
    /// Last day of the current Salesforce fiscal year.
    pub window_end: NaiveDate,
    /// Reviews dated from `window_start` through today.
    pub reviews_in_window: u32,
    /// All reviews read.
    pub reviews_total: u32,
    /// Average of the reviews in the window, in stars; `None` when there is none.
    pub average: Option<f64>,
    /// Minimum number of reviews the rule set asks for.
    pub min_reviews: u32,
    /// Minimum average for points (stars); for banded rule sets, the lowest band that scores.
    pub min_average: f64,
    /// Whether count and average both meet the rule set.
    pub eligible: bool,
    /// Points earned now.
    pub points: u32,
    /// Most points the rule set can give.
    pub max_points: u32,
    /// Smallest number of additional 5-star reviews that makes it eligible (0 when eligible).
    pub five_star_reviews_needed: u32,
    /// What the same reviews give after the window moves on the next 1 February.
    pub next_window: NextWindow,
    /// Ratings over time for the chart, sorted by date.
    pub ratings: Vec<RatingPoint>,
    /// A sentence that frames the result ("under the FY24 scorecard rules (retired Aug 2024)").
    pub caveat: String,
    /// Where the figures come from.
    pub sources: Vec<Source>,
}

/// One rule set's verdict for the side-by-side view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewScoreSummary {
    /// The rule set.
    pub rule_set: RuleSetId,
    /// Its human name.
    pub rule_set_label: String,
    /// Reviews counted.
    pub reviews_in_window: u32,
    /// Minimum reviews.
    pub min_reviews: u32,
    /// Whether eligible.
    pub eligible: bool,
    /// Points earned.
    pub points: u32,
    /// Most points possible.
    pub max_points: u32,
    /// 5-star reviews still needed.
    pub five_star_reviews_needed: u32,
    /// 5-star reviews dated before the next 1 February that keep (or make) it eligible
    /// when the window moves (see [`NextWindow::five_star_reviews_needed`]).
    pub five_star_reviews_needed_next: u32,
}

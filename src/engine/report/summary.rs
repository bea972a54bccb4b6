//! The report's `summary`: the answer, composed once by the engine, that every surface
//! shows (the page's cards and section bar, the first visit, the chart's caption, the
//! widget, the host page's `listing-analyzer:report` message, the Markdown and JSON exports,
//! print, the JS API and the command line). No surface words a headline of its own.
//!
//! ```json
//! "summary": {
//!   "version": 2,
//!   "inputs": { "listing": "read", "reviews": "empty", "security_log": "read" },
//!   "time_to_listing": { "state": "estimate",
//!       "words": { "headline": "8–16 weeks", "detail": "likely 12 weeks", "needs": null },
//!       "when": "Expected listing: earliest 31 Jan 2027, likely 28 Feb 2027, latest 28 Mar 2027",
//!       "status": "in_review", "status_label": "In security review",
//!       "weeks": [8, 12, 16], "dates": ["2027-01-31", "2027-02-28", "2027-03-28"] },
//!   "reviews": { "state": "empty", "words": { "headline": "No reviews yet", "detail": null,
//!       "needs": "Paste your reviews to see …" }, "reviews": null, "average": null,
//!       "retired_scorecard": null },
//!   "readiness": { "state": "result", "words": { "headline": "69/100 · 7 gaps",
//!       "detail": "2 blockers", "needs": null }, "score": 69, "gaps": 7, "blockers": 2 },
//!   "checklist": { "state": "not_said", "words": { "headline": "Nothing said yet", … },
//!       "required_total": 8, "required_ready": null },
//!   "partner": { "state": "not_said", "words": { "headline": "Not said", … }, "tier": null }
//! }
//! ```
//! Every figure whose input is empty (or not said) is `null`, never a default: a host page
//! reads `null` as "nothing to say yet", and `state` says why.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::partner::PartnerTier;
use super::{InputStates, ReviewStatus};

/// The version of the summary's shape (and of the host page's `report` message). Version 1
/// was the message's flat shape before the engine composed the summary.
pub const SUMMARY_VERSION: u32 = 2;

/// What a section's headline rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SummaryState {
    /// Its input is empty: no figure, only what it needs.
    #[default]
    Empty,
    /// Its input has text but nothing in it was understood: no figure.
    Unread,
    /// A choice it depends on is not said (the solution's make-up, the ticks, the partner
    /// stage): no figure is presented as the user's answer.
    NotSaid,
    /// An estimate from what was said (time to listing while the review is open).
    Estimate,
    /// A result read from the input (a score, a count, a tier).
    Result,
    /// Over: the dates are the log's (passed, listed), or every required item is ready.
    Done,
}

impl SummaryState {
    /// Whether the section has figures to show (a result, an estimate or a done state).
    pub fn has_figures(self) -> bool {
        matches!(
            self,
            SummaryState::Estimate | SummaryState::Result | SummaryState::Done
        )
    }
}

/// The words every section carries.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Words {
    /// What it is in a few words, shown big and in the section bar ("8–16 weeks",
    /// "No reviews yet").
    pub headline: String,
    /// A short line beside the headline ("likely 12 weeks"), when there is one.
    pub detail: Option<String>,
    /// What the user can give to get (or sharpen) the answer, as a sentence; `None` when
    /// nothing is missing.
    pub needs: Option<String>,
}

/// Time to listing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TimeSummary {
    /// What the figures rest on: `estimate` while open, `done` once passed or listed,
    /// `not_said` when the solution's make-up (which picks the range) is not said.
    pub state: SummaryState,
    /// Headline, detail and needs.
    pub words: Words,
    /// The dates in a sentence ("Expected listing: earliest …, likely …, latest …"), when
    /// there are dates.
    pub when: Option<String>,
    /// Further lines that frame the figures: the time already elapsed (labelled so), the
    /// weeks the partner steps before the review add, the security review's own span.
    #[serde(default)]
    pub notes: Vec<String>,

    /// The review's progress.
    pub status: ReviewStatus,
    /// Its words ("In security review").
    pub status_label: String,
    /// Weeks **from today** to the earliest, likely and latest date (in a done state, from
    /// the start of the count to the done date); `null` when no range is the user's.
    pub weeks: Option<[u32; 3]>,
    /// Earliest, likely and latest dates; `null` when no range is the user's.
    pub dates: Option<[NaiveDate; 3]>,
}

/// What the retired scorecard said, as history (never a headline).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RetiredScorecard {
    /// Always "retired (2024)" (from the retirement date), shown wherever the verdict is.
    pub label: String,
    /// The rule set applied.
    pub rule_set_label: String,
    /// Whether the reviews met it.
    pub eligible: bool,
    /// That verdict in words ("Eligible", "Not eligible").
    pub verdict: String,
    /// Points earned.
    pub points: u32,
    /// Most points possible.
    pub max_points: u32,
    /// Reviews in its window.
    pub reviews_in_window: u32,
    /// 5-star reviews it would still have needed.
    pub five_star_reviews_needed: u32,
    /// The verdict as one line of history ("Retired scorecard (2024), FY24 rules: not
    /// eligible, 0 of 75 points").
    pub words: String,
}

/// Reviews: what counts today, then the retired scorecard as history.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReviewsSummary {
    /// `empty`, `unread` or `result`.
    pub state: SummaryState,
    /// Headline, detail and needs.
    pub words: Words,
    /// Reviews dated on or before today; `null` without reviews read.
    pub reviews: Option<u32>,
    /// Their average in stars; `null` without reviews read.
    pub average: Option<f64>,
    /// The retired scorecard's verdict, as history; `null` without reviews read.
    pub retired_scorecard: Option<RetiredScorecard>,
}

/// Listing readiness.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReadinessSummary {
    /// `empty`, `unread` or `result`.
    pub state: SummaryState,
    /// Headline, detail and needs.
    pub words: Words,
    /// 0–100; `null` without a listing read.
    pub score: Option<u32>,
    /// Gaps; `null` without a listing read.
    pub gaps: Option<u32>,
    /// Blocker gaps; `null` without a listing read.
    pub blockers: Option<u32>,
}

/// The submission checklist.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ChecklistSummary {
    /// `not_said` before anything is ticked, `result` while required items are missing,
    /// `done` when every required item is ready.
    pub state: SummaryState,
    /// Headline, detail and needs.
    pub words: Words,
    /// Required items for the solution.
    pub required_total: u32,
    /// Required items ticked ready; `null` while nothing is said.
    pub required_ready: Option<u32>,
}

/// The partner context.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PartnerSummary {
    /// `not_said` or `result`.
    pub state: SummaryState,
    /// Headline, detail and needs.
    pub words: Words,
    /// The 2024 tier the input implies; `null` when not said.
    pub tier: Option<PartnerTier>,
}

/// The answer per section, composed once.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Summary {
    /// Always [`SUMMARY_VERSION`].
    pub version: u32,
    /// What each pasted input holds (`empty`, `read`, `unread`).
    pub inputs: InputStates,
    /// Time to listing.
    pub time_to_listing: TimeSummary,
    /// Reviews.
    pub reviews: ReviewsSummary,
    /// Listing readiness.
    pub readiness: ReadinessSummary,
    /// The submission checklist.
    pub checklist: ChecklistSummary,
    /// The partner context.
    pub partner: PartnerSummary,
}

impl Summary {
    /// The headline lines, one per section ("Time to listing: 8–16 weeks, likely 12
    /// weeks."), as the page's live region announces them; `full` adds the dates, the
    /// retired scorecard's history line and what each section needs from the user, as the
    /// command line's `--summary` and the Markdown export print them.
    pub fn lines(&self, full: bool) -> Vec<String> {
        let line = |title: &str, w: &Words, more: Vec<&str>| {
            let mut s = format!("{title}: {}", w.headline);
            if let Some(d) = &w.detail {
                s.push_str(", ");
                s.push_str(d);
            }
            s.push('.');
            let asked = w.needs.as_deref();
            for extra in more.into_iter().chain(asked).filter(|_| full) {
                s.push(' ');
                s.push_str(extra);
                if !extra.ends_with('.') {
                    s.push('.');
                }
            }
            s
        };
        let t = &self.time_to_listing;
        let r = &self.reviews;
        let time_more = t.when.iter().chain(&t.notes).map(String::as_str).collect();
        vec![
            line("Time to listing", &t.words, time_more),
            line(
                "Reviews",
                &r.words,
                r.retired_scorecard
                    .iter()
                    .map(|h| h.words.as_str())
                    .collect(),
            ),
            line("Readiness", &self.readiness.words, Vec::new()),
            line("Checklist", &self.checklist.words, Vec::new()),
            line("Partner", &self.partner.words, Vec::new()),
        ]
    }
}

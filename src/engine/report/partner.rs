//! The report's `partner` section: the partner context around the listing, each item with
//! its source.
//!
//! ```json
//! "partner": {
//!   "implied_tier": "build",            // or null when the input says nothing
//!   "implied_because": "You said the distribution agreement is signed.",
//!   "next_step": "List a paid app on AppExchange and distribute it to customers (Select).",
//!   "tiers": [{ "tier": "registered", "name": "Registered", "number": 5,
//!               "entry": "…", "current": false }, …],
//!   "tiers_source": { "title": "…", "kind": "SEED", "as_of": "2024-07" },
//!   "agreement": { "app_type": "native", "agreement": "The full ISV agreement",
//!                  "note": "…", "source": { … } },
//!   "revenue_share": { "applies": true, "min_pct": 15, "max_pct": 25, "source": { … } },
//!   "history": { "retired_on": "2024-08-01", "note": "History: …", "scale_max_points": 1000,
//!                "tiers": [{ "name": "Base", "from_points": 0, "to_points": 249, "note": "…" }, …],
//!                "tiers_source": { … },
//!                "items": [{ "name": "Trailhead badges", "points": 75,
//!                            "condition": "600 or more …", "source": { … } }, …] },
//!   "advice": { "text": "A listing without co-sell … \"a brochure, not a business\" …",
//!               "source": { … } }
//! }
//! ```
//! The figures (revenue share, score thresholds and points) are rules with ids
//! `partner.*`, listed in the report's `rules` and editable through the input's overrides.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Source;
use crate::engine::input::AppType;

/// A 2024 ISV tier, by commercial stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerTier {
    /// Joined the programme, no commercial relationship yet (tier 5).
    Registered,
    /// In commercial talks for a first paid app (tier 4).
    Exploration,
    /// Distribution agreement signed (tier 3).
    Build,
    /// A paid app listed and distributing (tier 2).
    Select,
    /// Largest and most strategic partnerships (tier 1).
    Summit,
}

/// The partner context around the listing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnerContext {
    /// The tier the input implies; `None` when it says nothing about the partner path (or
    /// says the partner has not joined).
    pub implied_tier: Option<PartnerTier>,
    /// Which input implies it, as a sentence (or what to say to get a tier).
    pub implied_because: String,
    /// What moves the partner up one tier; `None` at Summit.
    pub next_step: Option<String>,
    /// The 2024 tiers, lowest (Registered) first.
    pub tiers: Vec<TierView>,
    /// Where the tiers come from.
    pub tiers_source: Source,
    /// The agreement the app type needs.
    pub agreement: AgreementView,
    /// The revenue share of native apps.
    pub revenue_share: RevenueShare,
    /// The retired Trailblazer Score, as history.
    pub history: ScoreHistory,
    /// One line of advice on co-sell.
    pub advice: Advice,
}

/// One 2024 tier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierView {
    /// The tier.
    pub tier: PartnerTier,
    /// Its name.
    pub name: String,
    /// Salesforce's tier number (5 = Registered … 1 = Summit).
    pub number: u8,
    /// What puts a partner in it.
    pub entry: String,
    /// Whether it is the implied tier.
    pub current: bool,
}

/// The agreement an app type needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementView {
    /// The range of the solution it is for (`null`: not said); the agreement is the same
    /// for every solution.
    pub app_type: Option<AppType>,
    /// The agreement, in words.
    pub agreement: String,
    /// What it means for this app type.
    pub note: String,
    /// Where it comes from.
    pub source: Source,
}

/// The revenue share Salesforce takes from a paid app it helps sell (by distribution model).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevenueShare {
    /// Whether it applies: unless the solution is said to be free.
    pub applies: bool,
    /// Lowest share of revenue from Salesforce-acquired customers, in percent.
    pub min_pct: u32,
    /// Highest share, in percent.
    pub max_pct: u32,
    /// Where it comes from.
    pub source: Source,
}

/// The retired ISV Trailblazer Score, shown as history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreHistory {
    /// The day it was retired.
    pub retired_on: NaiveDate,
    /// How it is framed ("History: …").
    pub note: String,
    /// The top of its scale (0 to this many points).
    pub scale_max_points: u32,
    /// Its tiers, lowest first.
    pub tiers: Vec<ScoreTierView>,
    /// Where the tiers come from.
    pub tiers_source: Source,
    /// The items that earned points, besides reviews (see the review score).
    pub items: Vec<ScoreItemView>,
}

/// A retired score tier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreTierView {
    /// Its name.
    pub name: String,
    /// Its first point total; `None` where the source gives none (Summit).
    pub from_points: Option<u32>,
    /// Its last point total; `None` when open-ended.
    pub to_points: Option<u32>,
    /// How the source describes it.
    pub note: String,
}

/// A retired score item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreItemView {
    /// Its name.
    pub name: String,
    /// Points it earned (most points for a survey); `None` when the seeds give none.
    pub points: Option<u32>,
    /// What earned them.
    pub condition: String,
    /// Where it comes from.
    pub source: Source,
}

/// One line of advice with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advice {
    /// The advice, one sentence.
    pub text: String,
    /// Where it comes from.
    pub source: Source,
}

//! Rule data for the partner context (docs/domain.md §3–§5): the 2024 tiers by commercial
//! stage and what moves a partner up, the agreement each app type needs, the retired
//! Trailblazer Score's tiers and items (history), and the one line of co-sell advice. The
//! editable figures (revenue share, score thresholds and points) are rows of the rule table.

use super::sources::*;
use super::{RuleId, RuleSource};
use crate::engine::report::partner::PartnerTier;

/// One 2024 ISV tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TierDef {
    /// The tier.
    pub tier: PartnerTier,
    /// Its name.
    pub name: &'static str,
    /// Salesforce's tier number (5 = Registered … 1 = Summit).
    pub number: u8,
    /// What puts a partner in it.
    pub entry: &'static str,
    /// What moves a partner from it to the next tier; `None` at the top.
    pub next_step: Option<&'static str>,
}

/// The 2024 tiers, lowest first (source: [`TIERS_SOURCE`]).
pub const TIERS_2024: &[TierDef] = &[
    TierDef {
        tier: PartnerTier::Registered,
        name: "Registered",
        number: 5,
        entry: "Joined the AppExchange ISV programme, no commercial relationship with Salesforce yet.",
        next_step: Some("Open commercial talks with Salesforce for your first paid app (Exploration)."),
    },
    TierDef {
        tier: PartnerTier::Exploration,
        name: "Exploration",
        number: 4,
        entry: "In commercial talks with Salesforce for a first paid app.",
        next_step: Some("Complete the talks and sign the distribution agreement (Build)."),
    },
    TierDef {
        tier: PartnerTier::Build,
        name: "Build",
        number: 3,
        entry: "Commercial talks completed: the distribution agreement is signed.",
        next_step: Some("List a paid app on AgentExchange (formerly AppExchange) and distribute it to customers (Select)."),
    },
    TierDef {
        tier: PartnerTier::Select,
        name: "Select",
        number: 2,
        entry: "A paid app listed on AgentExchange (formerly AppExchange) and actively distributed to customers.",
        next_step: Some("Summit is for Salesforce's largest and most strategic ISV partnerships: Salesforce decides."),
    },
    TierDef {
        tier: PartnerTier::Summit,
        name: "Summit",
        number: 1,
        entry: "One of Salesforce's largest and most strategic ISV partnerships.",
        next_step: None,
    },
];

/// Where the 2024 tiers come from.
pub const TIERS_SOURCE: &RuleSource = &SEED_TIERS_2024;

/// The step before the first tier: joining the programme.
pub const JOIN_STEP: &str = "Join the AppExchange ISV programme through the Partner Community; Salesforce's approval can take several weeks (Registered).";

/// Where [`JOIN_STEP`]'s approval time comes from.
pub const JOIN_SOURCE: &RuleSource = &SEED_INVISORY;

/// The agreement a commercial distributor signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgreementDef {
    /// The agreement, in words.
    pub agreement: &'static str,
    /// What it means, whatever the solution is made of.
    pub note: &'static str,
}

/// The agreement every partner who commercially distributes an app signs, whatever the
/// architecture (docs/domain.md §7; source: [`AGREEMENT_SOURCE`]). The forecastable seed
/// alone says a connected app needs only a lighter agreement; the note says so.
pub const AGREEMENT: AgreementDef = AgreementDef {
    agreement: "A partnership or distribution agreement with Salesforce",
    note: "Every partner who commercially distributes an app signs a partnership or distribution agreement, whatever the solution is made of (one seed's claim that connected apps need only a lighter agreement is not in official material). The revenue share depends on the distribution model (about 15% for ISVforce, 25% for OEM), not on a tier.",
};

/// Where the agreement comes from (the revenue share is cited on its own rules).
pub const AGREEMENT_SOURCE: &RuleSource = &OFFICIAL_HOW_IT_WORKS;

/// The revenue-share bounds, lowest first.
pub const REVENUE_SHARE: (RuleId, RuleId) = (
    RuleId::PartnerRevenueShareMinPct,
    RuleId::PartnerRevenueShareMaxPct,
);

/// How the history section is framed.
pub const HISTORY_NOTE: &str = "History: the ISV Trailblazer Score was retired on 1 August 2024 and tiers now follow commercial stage. Its tiers and items are shown as they were under the FY24 scorecard rules.";

/// A retired score tier: `from` and `to` are rule ids of point thresholds, `None` where the
/// source gives no figure (Base starts at 0; Summit is "the top").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreTierDef {
    /// Its name.
    pub name: &'static str,
    /// The rule holding its first point total, `None` for 0.
    pub from: Option<RuleId>,
    /// The rule holding the next tier's first point total (this tier ends one below).
    pub until: Option<RuleId>,
    /// How the source describes it.
    pub note: &'static str,
}

/// The FY24 score tiers (source: [`SEED_INVISORY`]), lowest first.
pub const SCORE_TIERS: &[ScoreTierDef] = &[
    ScoreTierDef {
        name: "Base",
        from: None,
        until: Some(RuleId::PartnerScoreRidgeFrom),
        note: "Every ISV started at Base.",
    },
    ScoreTierDef {
        name: "Ridge",
        from: Some(RuleId::PartnerScoreRidgeFrom),
        until: Some(RuleId::PartnerScoreCrestFrom),
        note: "More support and engagement from the Salesforce team.",
    },
    ScoreTierDef {
        name: "Crest",
        from: Some(RuleId::PartnerScoreCrestFrom),
        until: None,
        note: "Even more benefits.",
    },
    ScoreTierDef {
        name: "Summit",
        from: None,
        until: None,
        note: "The top-tier partners; the source gives no threshold.",
    },
];

/// Where the score tiers come from.
pub const SCORE_TIERS_SOURCE: &RuleSource = &SEED_INVISORY;

/// A retired score item: what earned points, with the rules holding its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreItemDef {
    /// Its name.
    pub name: &'static str,
    /// The rule holding its points (most points for a survey), `None` when the seeds name
    /// the item without points.
    pub points: Option<RuleId>,
    /// The rule holding its condition's figure, if any.
    pub threshold: Option<RuleId>,
    /// The condition, in words (`{}` stands for the threshold).
    pub condition: &'static str,
    /// Where it comes from.
    pub source: &'static RuleSource,
}

/// The score items the seeds name, besides the review metric (see the review score).
pub const SCORE_ITEMS: &[ScoreItemDef] = &[
    ScoreItemDef {
        name: "Trailhead badges",
        points: Some(RuleId::PartnerTrailheadPoints),
        threshold: Some(RuleId::PartnerTrailheadBadges),
        condition: "{} or more Trailhead badges linked to the company",
        source: &SEED_TIERS_POINTS,
    },
    ScoreItemDef {
        name: "Technology Adoption",
        points: Some(RuleId::PartnerTechnologyAdoptionPoints),
        threshold: None,
        condition: "the most that the quarterly survey of the Salesforce technologies the product adopts could earn",
        source: &SEED_TIERS_POINTS,
    },
    ScoreItemDef {
        name: "Pledge 1%, ACV/AOV, attrition rate",
        points: None,
        threshold: None,
        condition: "named by the FY24 update without figures",
        source: &SEED_INVISORY,
    },
];

/// The one line of co-sell advice (source: [`ADVICE_SOURCE`]).
pub const CO_SELL_ADVICE: &str = "A listing without co-sell with Salesforce account executives is \"a brochure, not a business\": plan the AE engagement alongside the listing.";

/// Where the advice comes from.
pub const ADVICE_SOURCE: &RuleSource = &SEED_FORECASTABLE_CO_SELL;

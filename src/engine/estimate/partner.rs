//! The partner context (docs/domain.md §3–§5): the 2024 tier the input implies and what
//! moves it up, the agreement and revenue share for the app type, the retired Trailblazer
//! Score as history, and one line of co-sell advice. Every figure comes from the rule book.

use super::review_score::scorecard_retired_on;
use crate::engine::input::{AppType, PartnerInput, PartnerStage};
use crate::engine::report::partner::{
    Advice, AgreementView, PartnerContext, PartnerTier, RevenueShare, ScoreHistory, ScoreItemView,
    ScoreTierView, TierView,
};
use crate::engine::rules::partner::{
    ADVICE_SOURCE, AGREEMENT, AGREEMENT_SOURCE, CO_SELL_ADVICE, HISTORY_NOTE, JOIN_STEP,
    REVENUE_SHARE, SCORE_ITEMS, SCORE_TIERS, SCORE_TIERS_SOURCE, TIERS_2024, TIERS_SOURCE,
};
use crate::engine::rules::{RuleBook, RuleId};

/// What other inputs say about the partner path: the stage chosen for the security review
/// and whether the review log reads the app as listed. They fill the partner flags the user
/// left unsaid (docs/domain.md §1, §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PathFacts {
    /// `input.security_review.partner_stage`.
    pub stage: Option<PartnerStage>,
    /// Whether the review state (`time_to_listing.status`) is `listed`.
    pub listed: bool,
}

/// The reason for Select when a listed review state of a paid solution implied distributing.
const LISTED_IMPLIES_DISTRIBUTING: &str = "The security-review log reads the app as listed and it is a paid app, which implies it is listed and distributing (set the partner flags to say otherwise).";

/// Which input a flag comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// The user's own partner flag.
    Said,
    /// Implied by the partner-path stage of the security review.
    Stage,
    /// Implied by a listed review state of a paid solution.
    Listed,
}

/// A flag with the input it comes from.
type Flag = (Option<bool>, Origin);

/// `own` when the user said it, else `implied` (when true) from `origin`.
fn fill(own: Option<bool>, implied: bool, origin: Origin) -> Flag {
    match own {
        Some(_) => (own, Origin::Said),
        None if implied => (Some(true), origin),
        None => (None, Origin::Said),
    }
}

/// The reason for a tier: the user's words when they said the flag, else `implied`, which
/// names the input that implied it.
fn reason(origin: Origin, said: &str, implied: String) -> String {
    match origin {
        Origin::Said => said.to_string(),
        Origin::Stage | Origin::Listed => implied,
    }
}

/// The tier `partner` implies and why. `paid` says whether the solution is paid (from the
/// input or the listing's pricing model); Select needs a paid app listed and distributing.
/// A flag left unsaid is filled from `path`: the stage approved or later implies joined,
/// agreement signed implies the distribution agreement, and a listed paid solution implies
/// distributing; the reason then names the input that implied it.
pub fn implied_tier(
    partner: &PartnerInput,
    paid: Option<bool>,
    path: PathFacts,
) -> (Option<PartnerTier>, String) {
    let stage = path.stage;
    let joined = fill(
        partner.joined,
        stage >= Some(PartnerStage::Approved),
        Origin::Stage,
    );
    let agreement = fill(
        partner.distribution_agreement,
        stage == Some(PartnerStage::AgreementSigned),
        Origin::Stage,
    );
    let listed_paid = path.listed && paid == Some(true);
    let distributing = fill(partner.distributing, listed_paid, Origin::Listed);
    let stage_words = format!(
        "Your stage on the partner path ({})",
        stage.map_or("not said", PartnerStage::label)
    );
    let yes = |flag: Option<bool>| flag == Some(true);
    let is_distributing = yes(distributing.0);
    let tier_and_why = if yes(partner.summit) {
        Some((
            PartnerTier::Summit,
            "You said Salesforce counts you among its largest and most strategic ISV partners."
                .to_string(),
        ))
    } else if is_distributing && paid == Some(true) {
        Some((
            PartnerTier::Select,
            reason(
                distributing.1,
                "You said the app is listed and distributing, and it is a paid app.",
                LISTED_IMPLIES_DISTRIBUTING.to_string(),
            ),
        ))
    } else if yes(agreement.0) {
        Some((
            PartnerTier::Build,
            reason(
                agreement.1,
                "You said the distribution agreement is signed.",
                format!("{stage_words} implies the distribution agreement is signed."),
            ),
        ))
    } else if yes(partner.commercial_talks) {
        Some((
            PartnerTier::Exploration,
            "You said you are in commercial talks with Salesforce for a first paid app."
                .to_string(),
        ))
    } else if yes(joined.0) {
        Some((
            PartnerTier::Registered,
            reason(
                joined.1,
                "You said you have joined the ISV programme.",
                format!("{stage_words} implies you have joined the ISV programme."),
            ),
        ))
    } else if is_distributing {
        Some((
            PartnerTier::Registered,
            "You said the app is listed and distributing, so you have joined the ISV programme."
                .to_string(),
        ))
    } else {
        None
    };
    let Some((tier, mut why)) = tier_and_why else {
        let why = if partner.joined == Some(false) {
            "You said you have not joined the ISV programme yet.".to_string()
        } else if matches!(
            stage,
            Some(PartnerStage::NotApplied | PartnerStage::Applied)
        ) {
            // The stage says where the user stands (a tester saw "Not said" after choosing it).
            format!("{stage_words} means you have not joined the ISV programme yet: the first tier, Registered, comes with the approved application.")
        } else {
            "Not said: tell where you stand (joined, commercial talks, distribution agreement, paid app listed and distributing) to see your tier.".to_string()
        };
        return (None, why);
    };
    if is_distributing && tier < PartnerTier::Select {
        why.push_str(match paid {
            Some(false) => " A free app does not count for Select, which needs a paid app listed and distributing.",
            _ => " A paid app listed and distributing is Select: say whether the solution is paid.",
        });
    }
    (Some(tier), why)
}

/// The partner context for `partner` with a solution on the `app_type` range (`None`: not
/// said); `paid` as for
/// [`implied_tier`], and `path` fills unsaid flags as there. Reads the `partner.*` rules
/// from `rules`, marking them used.
pub fn context(
    partner: &PartnerInput,
    app_type: Option<AppType>,
    paid: Option<bool>,
    path: PathFacts,
    rules: &RuleBook,
) -> PartnerContext {
    let (implied, implied_because) = implied_tier(partner, paid, path);
    let next_step = match implied {
        None => Some(JOIN_STEP),
        Some(tier) => TIERS_2024
            .iter()
            .find(|t| t.tier == tier)
            .and_then(|t| t.next_step),
    };
    let tiers = TIERS_2024
        .iter()
        .map(|t| TierView {
            tier: t.tier,
            name: t.name.to_string(),
            number: t.number,
            entry: t.entry.to_string(),
            current: implied == Some(t.tier),
        })
        .collect();
    let terms = AGREEMENT;
    PartnerContext {
        implied_tier: implied,
        implied_because,
        next_step: next_step.map(str::to_string),
        tiers,
        tiers_source: TIERS_SOURCE.to_report(),
        agreement: AgreementView {
            app_type,
            agreement: terms.agreement.to_string(),
            note: terms.note.to_string(),
            source: AGREEMENT_SOURCE.to_report(),
        },
        revenue_share: RevenueShare {
            applies: paid != Some(false),
            min_pct: rules.whole(REVENUE_SHARE.0),
            max_pct: rules.whole(REVENUE_SHARE.1),
            source: rules.source(REVENUE_SHARE.0),
        },
        history: history(rules),
        advice: Advice {
            text: CO_SELL_ADVICE.to_string(),
            source: ADVICE_SOURCE.to_report(),
        },
    }
}

/// The retired score's tiers and items, with the figures in force.
fn history(rules: &RuleBook) -> ScoreHistory {
    let tiers = SCORE_TIERS
        .iter()
        .map(|t| {
            let from_points = match (t.from, t.until) {
                (Some(rule), _) => Some(rules.whole(rule)),
                (None, Some(_)) => Some(0),
                (None, None) => None,
            };
            ScoreTierView {
                name: t.name.to_string(),
                from_points,
                to_points: t.until.map(|rule| rules.whole(rule).saturating_sub(1)),
                note: t.note.to_string(),
            }
        })
        .collect();
    let items = SCORE_ITEMS
        .iter()
        .map(|item| {
            let condition = match item.threshold {
                Some(rule) => item.condition.replace("{}", &rules.whole(rule).to_string()),
                None => item.condition.to_string(),
            };
            ScoreItemView {
                name: item.name.to_string(),
                points: item.points.map(|rule| rules.whole(rule)),
                condition,
                source: item.source.to_report(),
            }
        })
        .collect();
    ScoreHistory {
        retired_on: scorecard_retired_on(),
        scale_max_points: rules.whole(RuleId::PartnerScoreMax),
        note: HISTORY_NOTE.to_string(),
        tiers,
        tiers_source: SCORE_TIERS_SOURCE.to_report(),
        items,
    }
}

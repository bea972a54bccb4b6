//! The rule table: every figure the estimators use, with unit, accepted bounds, source and
//! the result it feeds. This is the only place in the crate where a figure is written.
//!
//! Each row reads `Variant: "id", "label", default, "unit", [min, max], SOURCE, UsedBy;`.

use super::sources::*;
use super::{RuleDef, Unit, UsedBy};

macro_rules! rule_table {
    ($($variant:ident: $id:literal, $label:literal, $value:expr, $unit:literal,
       [$min:expr, $max:expr], $source:ident, $used_by:ident;)*) => {
        /// A rule figure, by name. [`RuleId::def`] gives its definition.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId {
            $(#[doc = $label] $variant,)*
        }

        impl RuleId {
            /// Every rule, in table order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            /// The rule's definition: cited default, unit, bounds and source.
            pub fn def(self) -> &'static RuleDef {
                match self {
                    $(RuleId::$variant => &RuleDef {
                        id: $id,
                        label: $label,
                        value: $value,
                        unit: const { Unit::from_table($unit) },
                        min: $min,
                        max: $max,
                        source: &$source,
                        used_by: UsedBy::$used_by,
                    },)*
                }
            }
        }
    };
}

rule_table! {
    // Review metric, FY24 scorecard update (docs/domain.md §4): the seed gives only the
    // minimum count; the average and the points are carried over from the FY21 article.
    Fy24MinReviews: "fy24.min_reviews", "FY24: minimum reviews in the window", 8.0, "reviews", [1.0, 1000.0], SEED_INVISORY, ReviewScore;
    Fy24MinAverage: "fy24.min_average", "FY24: minimum average rating", 4.6, "stars", [1.0, 4.99], INFERRED_FY24_FROM_FY21, ReviewScore;
    Fy24Points: "fy24.points", "FY24: points for eligible reviews", 75.0, "points", [0.0, 1000.0], INFERRED_FY24_FROM_FY21, ReviewScore;
    // Review metric, FY21 article.
    Fy21MinReviews: "fy21.min_reviews", "FY21: minimum reviews in the window", 5.0, "reviews", [1.0, 1000.0], SEED_TIERS_POINTS, ReviewScore;
    Fy21MinAverage: "fy21.min_average", "FY21: minimum average rating", 4.6, "stars", [1.0, 4.99], SEED_TIERS_POINTS, ReviewScore;
    Fy21Points: "fy21.points", "FY21: points for eligible reviews", 75.0, "points", [0.0, 1000.0], SEED_TIERS_POINTS, ReviewScore;
    // Review metric, official version A: bands are half-open [from, next from), the last runs to 5.
    OfficialAMinReviews: "official_a.min_reviews", "Official A: minimum reviews in the window", 5.0, "reviews", [1.0, 1000.0], OFFICIAL_SCORE_A, ReviewScore;
    OfficialABand1From: "official_a.band1.from", "Official A: band 1 starts at average", 1.0, "stars", [1.0, 4.99], OFFICIAL_SCORE_A, ReviewScore;
    OfficialABand1Points: "official_a.band1.points", "Official A: band 1 points", 20.0, "points", [0.0, 1000.0], OFFICIAL_SCORE_A, ReviewScore;
    OfficialABand2From: "official_a.band2.from", "Official A: band 2 starts at average", 1.5, "stars", [1.0, 4.99], OFFICIAL_SCORE_A, ReviewScore;
    OfficialABand2Points: "official_a.band2.points", "Official A: band 2 points", 40.0, "points", [0.0, 1000.0], OFFICIAL_SCORE_A, ReviewScore;
    OfficialABand3From: "official_a.band3.from", "Official A: band 3 starts at average", 2.5, "stars", [1.0, 4.99], OFFICIAL_SCORE_A, ReviewScore;
    OfficialABand3Points: "official_a.band3.points", "Official A: band 3 points", 60.0, "points", [0.0, 1000.0], OFFICIAL_SCORE_A, ReviewScore;
    OfficialABand4From: "official_a.band4.from", "Official A: band 4 starts at average", 3.5, "stars", [1.0, 4.99], OFFICIAL_SCORE_A, ReviewScore;
    OfficialABand4Points: "official_a.band4.points", "Official A: band 4 points", 80.0, "points", [0.0, 1000.0], OFFICIAL_SCORE_A, ReviewScore;
    OfficialABand5From: "official_a.band5.from", "Official A: band 5 starts at average", 4.5, "stars", [1.0, 4.99], OFFICIAL_SCORE_A, ReviewScore;
    OfficialABand5Points: "official_a.band5.points", "Official A: band 5 points", 100.0, "points", [0.0, 1000.0], OFFICIAL_SCORE_A, ReviewScore;
    // Review metric, official FY22: the two upper bands come from a single weak source.
    OfficialFy22MinReviews: "official_fy22.min_reviews", "Official FY22: minimum reviews in the window", 8.0, "reviews", [1.0, 1000.0], OFFICIAL_SCORE_FY22, ReviewScore;
    OfficialFy22Band1From: "official_fy22.band1.from", "Official FY22: band 1 starts at average", 1.0, "stars", [1.0, 4.99], OFFICIAL_SCORE_FY22, ReviewScore;
    OfficialFy22Band1Points: "official_fy22.band1.points", "Official FY22: band 1 points", 15.0, "points", [0.0, 1000.0], OFFICIAL_SCORE_FY22, ReviewScore;
    OfficialFy22Band2From: "official_fy22.band2.from", "Official FY22: band 2 starts at average", 1.5, "stars", [1.0, 4.99], OFFICIAL_SCORE_FY22, ReviewScore;
    OfficialFy22Band2Points: "official_fy22.band2.points", "Official FY22: band 2 points", 30.0, "points", [0.0, 1000.0], OFFICIAL_SCORE_FY22, ReviewScore;
    OfficialFy22Band3From: "official_fy22.band3.from", "Official FY22: band 3 starts at average", 2.5, "stars", [1.0, 4.99], OFFICIAL_SCORE_FY22, ReviewScore;
    OfficialFy22Band3Points: "official_fy22.band3.points", "Official FY22: band 3 points", 45.0, "points", [0.0, 1000.0], OFFICIAL_SCORE_FY22, ReviewScore;
    OfficialFy22Band4From: "official_fy22.band4.from", "Official FY22: band 4 starts at average", 3.5, "stars", [1.0, 4.99], UNVERIFIED_SCORE_FY22_UPPER, ReviewScore;
    OfficialFy22Band4Points: "official_fy22.band4.points", "Official FY22: band 4 points", 60.0, "points", [0.0, 1000.0], UNVERIFIED_SCORE_FY22_UPPER, ReviewScore;
    OfficialFy22Band5From: "official_fy22.band5.from", "Official FY22: band 5 starts at average", 4.5, "stars", [1.0, 4.99], UNVERIFIED_SCORE_FY22_UPPER, ReviewScore;
    OfficialFy22Band5Points: "official_fy22.band5.points", "Official FY22: band 5 points", 75.0, "points", [0.0, 1000.0], UNVERIFIED_SCORE_FY22_UPPER, ReviewScore;
    // Security review timing (docs/domain.md §2).
    SrConnectedMinWeeks: "sr.connected.min_weeks", "Connected app: shortest security review", 8.0, "weeks", [1.0, 104.0], SEED_FORECASTABLE, TimeToListing;
    SrConnectedMaxWeeks: "sr.connected.max_weeks", "Connected app: longest security review", 16.0, "weeks", [1.0, 104.0], SEED_FORECASTABLE, TimeToListing;
    SrNativeMinWeeks: "sr.native.min_weeks", "Native app: shortest security review", 16.0, "weeks", [1.0, 104.0], SEED_FORECASTABLE, TimeToListing;
    SrNativeMaxWeeks: "sr.native.max_weeks", "Native app: longest security review", 32.0, "weeks", [1.0, 104.0], SEED_FORECASTABLE, TimeToListing;
    SrComplexityLowPct: "sr.complexity.low_pct", "Low complexity: share of the range added to the likely figure", 0.0, "%", [0.0, 100.0], TEAM_DEFAULT, TimeToListing;
    SrComplexityMediumPct: "sr.complexity.medium_pct", "Medium complexity: share of the range added to the likely figure", 25.0, "%", [0.0, 100.0], TEAM_DEFAULT, TimeToListing;
    SrComplexityHighPct: "sr.complexity.high_pct", "High complexity: share of the range added to the likely figure", 50.0, "%", [0.0, 100.0], TEAM_DEFAULT, TimeToListing;
    SrInitialReviewMinWeeks: "sr.initial_review.min_weeks", "Initial review after a submission: shortest", 4.0, "weeks", [0.0, 52.0], OFFICIAL_REVIEW_TIMING, TimeToListing;
    SrInitialReviewMaxWeeks: "sr.initial_review.max_weeks", "Initial review after a submission: longest", 6.0, "weeks", [0.0, 52.0], OFFICIAL_REVIEW_TIMING, TimeToListing;
    SrFieldReviewMinWeeks: "sr.field_review.min_weeks", "Initial review in field reports: shortest", 6.0, "weeks", [0.0, 52.0], PRACTITIONER_APPNIGMA, TimeToListing;
    SrFieldReviewMaxWeeks: "sr.field_review.max_weeks", "Initial review in field reports: longest", 9.0, "weeks", [0.0, 52.0], PRACTITIONER_APPNIGMA, TimeToListing;
    SrResubmissionMinWeeks: "sr.resubmission.min_weeks", "Each resubmission round: shortest", 2.0, "weeks", [0.0, 52.0], PRACTITIONER_APPNIGMA, TimeToListing;
    SrResubmissionMaxWeeks: "sr.resubmission.max_weeks", "Each resubmission round: longest", 3.0, "weeks", [0.0, 52.0], PRACTITIONER_APPNIGMA, TimeToListing;
    SrFollowUpMaxWeeks: "sr.follow_up.max_weeks", "Follow-up review after remediation: longest", 4.0, "weeks", [0.0, 52.0], OFFICIAL_PACKAGING_GUIDE, TimeToListing;
    SrFirstAttemptFailurePct: "sr.first_attempt_failure_pct", "Share of first submissions that fail", 50.0, "%", [0.0, 100.0], PRACTITIONER_FAILURE_RATE, TimeToListing;
    SrBounceWeeks: "sr.bounce_weeks", "A submission bounced for missing materials costs", 2.0, "weeks", [0.0, 52.0], TEAM_DEFAULT_BOUNCE, TimeToListing;
    SrLongestSpanWeeks: "sr.longest_span_weeks", "Longest span an open review estimate may cover (no real review takes years)", 104.0, "weeks", [32.0, 1040.0], TEAM_DEFAULT, TimeToListing;
    SrFeeUsd: "sr.fee_usd", "Security review fee per attempt (paid solutions)", 999.0, "USD", [0.0, 100000.0], PRACTITIONER_FEE, TimeToListing;
    SrCheckmarxScansPerVersion: "sr.checkmarx_scans_per_version", "Checkmarx (Source Code Scanner) runs included per solution version", 3.0, "scans", [0.0, 100.0], OFFICIAL_SCANNERS, Readiness;
    // Periodic re-review of a passed or live app (docs/domain.md §2).
    SrReReviewMaxWeeks: "sr.re_review.max_weeks", "Periodic re-review: longest", 6.0, "weeks", [0.0, 52.0], OFFICIAL_RE_REVIEW, TimeToListing;
    SrReReviewFixDays: "sr.re_review.fix_days", "Time to fix a failed periodic re-review", 60.0, "days", [0.0, 365.0], OFFICIAL_PERIODIC_REVIEWS, TimeToListing;
    // The whole path to a live listing (docs/domain.md §1) and the plan's own budgets.
    PathMinMonths: "path.min_months", "Whole path, application to listed product: shortest", 6.0, "months", [0.0, 60.0], SEED_FORECASTABLE, TimeToListing;
    PathMaxMonths: "path.max_months", "Whole path, application to listed product: longest", 12.0, "months", [0.0, 60.0], SEED_FORECASTABLE, TimeToListing;
    PathApplicationWeeks: "path.application_weeks", "Business plan / partner application approval (2\u{2013}3 weeks)", 3.0, "weeks", [0.0, 52.0], PRACTITIONER_PARTNER_PATH, TimeToListing;
    PathOrgActivationDays: "path.org_activation_days", "Partner business org activation (1\u{2013}3 business days)", 3.0, "business days", [0.0, 60.0], PRACTITIONER_PARTNER_PATH, TimeToListing;
    PathAgreementWeeks: "path.agreement_weeks", "Signing the partner and distribution agreements", 2.0, "weeks", [0.0, 52.0], TEAM_DEFAULT, TimeToListing;
    PathOfficeHoursNoticeWeeks: "path.office_hours_notice_weeks", "Security office hours: notice to book a session", 3.0, "weeks", [0.0, 52.0], PRACTITIONER_PARTNER_PATH, TimeToListing;
    PlanPreparationWeeks: "plan.preparation_weeks", "Preparing the submission materials", 6.0, "weeks", [0.0, 104.0], TEAM_DEFAULT_REAL_TIMELINES, TimeToListing;
    PlanScanWeeks: "plan.scan_weeks", "Running the scans before submitting", 1.0, "weeks", [0.0, 52.0], TEAM_DEFAULT, TimeToListing;
    PlanPublishWeeks: "plan.publish_weeks", "Publishing after the pass (listing approval, required fields)", 1.0, "weeks", [0.0, 52.0], TEAM_DEFAULT, TimeToListing;
    PlanFirstReviewsWeeks: "plan.first_reviews_weeks", "Asking the first customers for reviews", 8.0, "weeks", [0.0, 104.0], TEAM_DEFAULT, TimeToListing;
    // Listing limits profile: not published, verify in the Partner Console (docs/domain.md §3).
    LimitsTitleChars: "limits.title_chars", "Title: longest accepted", 80.0, "chars", [1.0, 10000.0], UNVERIFIED_LIMITS, Readiness;
    LimitsTaglineChars: "limits.tagline_chars", "Tagline: longest accepted", 255.0, "chars", [1.0, 10000.0], UNVERIFIED_LIMITS, Readiness;
    LimitsDescriptionMinChars: "limits.description_min_chars", "Description: shortest that reads as complete", 300.0, "chars", [0.0, 100000.0], UNVERIFIED_LIMITS, Readiness;
    LimitsDescriptionMaxChars: "limits.description_max_chars", "Description: longest accepted", 2000.0, "chars", [1.0, 100000.0], UNVERIFIED_LIMITS, Readiness;
    LimitsHighlightsMax: "limits.highlights_max", "Highlights: most shown", 3.0, "items", [1.0, 100.0], OFFICIAL_LEGACY_LISTING, Readiness;
    LimitsScreenshotsMin: "limits.screenshots_min", "Screenshots: fewest recommended", 3.0, "items", [0.0, 100.0], TEAM_DEFAULT_SCREENSHOTS, Readiness;
    LimitsScreenshotWidthPx: "limits.screenshot_width_px", "Screenshot width", 700.0, "px", [1.0, 10000.0], UNVERIFIED_LIMITS, Readiness;
    LimitsScreenshotHeightPx: "limits.screenshot_height_px", "Screenshot height", 467.0, "px", [1.0, 10000.0], UNVERIFIED_LIMITS, Readiness;
    LimitsVideoMinMinutes: "limits.video_min_minutes", "Demo video: shortest", 1.0, "minutes", [0.0, 60.0], UNVERIFIED_LIMITS, Readiness;
    LimitsVideoMaxMinutes: "limits.video_max_minutes", "Demo video: longest", 3.0, "minutes", [0.0, 60.0], UNVERIFIED_LIMITS, Readiness;
    LimitsSalesforceMentionsMax: "limits.salesforce_mentions_max", "Most mentions of \"Salesforce\" before it reads as stuffing", 5.0, "mentions", [0.0, 1000.0], PRACTITIONER_STUFFING, Readiness;
    LimitsBrandMentionsMax: "limits.brand_mentions_max", "Most mentions of the title's brand outside the title", 5.0, "mentions", [0.0, 1000.0], PRACTITIONER_STUFFING, Readiness;
    // Readiness score: 100 minus the sum of gap weights, never below 0.
    ReadinessBlockerWeight: "readiness.blocker_weight", "Score points a blocker costs", 10.0, "points", [1.0, 100.0], TEAM_DEFAULT, Readiness;
    ReadinessWarningWeight: "readiness.warning_weight", "Score points a warning costs", 3.0, "points", [1.0, 100.0], TEAM_DEFAULT, Readiness;
    ReadinessSuggestionWeight: "readiness.suggestion_weight", "Score points a suggestion costs", 1.0, "points", [1.0, 100.0], TEAM_DEFAULT, Readiness;
    // Partner context (docs/domain.md §3–§5): revenue share, then the retired score as history.
    PartnerRevenueShareMinPct: "partner.revenue_share.min_pct", "Revenue share: about this share of revenue for ISVforce distribution (the lower model)", 15.0, "%", [0.0, 100.0], PRACTITIONER_REVENUE_SHARE, Partner;
    PartnerRevenueShareMaxPct: "partner.revenue_share.max_pct", "Revenue share: about this share of revenue for OEM distribution (the higher model)", 25.0, "%", [0.0, 100.0], PRACTITIONER_REVENUE_SHARE, Partner;
    PartnerScoreMax: "partner.score.max", "Retired Trailblazer Score: top of the scale", 1000.0, "points", [1.0, 100000.0], SEED_TIERS_POINTS, Partner;
    PartnerScoreRidgeFrom: "partner.score.ridge_from", "Retired Trailblazer Score (FY24): Ridge from", 250.0, "points", [0.0, 100000.0], SEED_INVISORY, Partner;
    PartnerScoreCrestFrom: "partner.score.crest_from", "Retired Trailblazer Score (FY24): Crest from", 500.0, "points", [0.0, 100000.0], SEED_INVISORY, Partner;
    PartnerTrailheadBadges: "partner.score.trailhead_badges", "Retired Trailblazer Score: linked Trailhead badges for points", 600.0, "badges", [0.0, 1000000.0], SEED_TIERS_POINTS, Partner;
    PartnerTrailheadPoints: "partner.score.trailhead_points", "Retired Trailblazer Score: points for the Trailhead badges", 75.0, "points", [0.0, 100000.0], SEED_TIERS_POINTS, Partner;
    PartnerTechnologyAdoptionPoints: "partner.score.technology_adoption_points", "Retired Trailblazer Score: most points for Technology Adoption", 200.0, "points", [0.0, 100000.0], SEED_TIERS_POINTS, Partner;
}

/// Pairs of rules where the first must not exceed the second; an override that breaks a
/// pair is refused.
pub const ORDERED_PAIRS: &[(RuleId, RuleId)] = &[
    (RuleId::SrConnectedMinWeeks, RuleId::SrConnectedMaxWeeks),
    (RuleId::SrNativeMinWeeks, RuleId::SrNativeMaxWeeks),
    (
        RuleId::SrInitialReviewMinWeeks,
        RuleId::SrInitialReviewMaxWeeks,
    ),
    (RuleId::SrFieldReviewMinWeeks, RuleId::SrFieldReviewMaxWeeks),
    (
        RuleId::SrResubmissionMinWeeks,
        RuleId::SrResubmissionMaxWeeks,
    ),
    (
        RuleId::LimitsDescriptionMinChars,
        RuleId::LimitsDescriptionMaxChars,
    ),
    (RuleId::LimitsVideoMinMinutes, RuleId::LimitsVideoMaxMinutes),
    (RuleId::PathMinMonths, RuleId::PathMaxMonths),
    (
        RuleId::PartnerRevenueShareMinPct,
        RuleId::PartnerRevenueShareMaxPct,
    ),
    (RuleId::PartnerScoreRidgeFrom, RuleId::PartnerScoreCrestFrom),
    (RuleId::PartnerScoreCrestFrom, RuleId::PartnerScoreMax),
];

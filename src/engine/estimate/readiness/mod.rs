//! Listing readiness: one gap per missing or weak field (docs/domain.md §1, §3).
//!
//! Severities: a missing title or tagline (the legacy official list requires title and
//! abstract), a missing description, supported editions or screenshot (required to make the
//! listing public), a missing pricing or markets (the seed's required app info), and a
//! security review not yet passed, are blockers; missing documentation, GTM resources and other fields that
//! reviewers or buyers look for are warnings; quality advice (lengths against the limits
//! profile, highlights, screenshots, video, keyword placement and stuffing, pricing terms)
//! is a suggestion or a warning. The score is `100 − Σ severity weights` (weights are
//! rules), never below 0, so every added gap lowers it until it reaches 0.

mod checks;
mod text;

use crate::engine::model::{ListingDetails, ListingField};
use crate::engine::report::{Gap, GapField, Readiness, ReviewStatus, Severity};
use crate::engine::rules::vocab::SCORE_SCALE;
use crate::engine::rules::{RuleBook, RuleId};

use ListingField as F;
use Severity::{Blocker, Suggestion, Warning};

/// Severity and fix for each field whose absence is a gap on its own. Highlights and
/// screenshots are judged by count and the video fix carries the length limits, so those
/// three are checked in [`checks`].
const MISSING: &[(ListingField, Severity, &str)] = &[
    (F::Title, Blocker, "Add the app's name as the listing title; keep it within the branding rules."),
    (F::Tagline, Blocker, "Add a one-sentence tagline (the legacy abstract, required with the title) that names what the app does."),
    (F::Description, Blocker, "Write a description: the problem, who it is for, what it does in Salesforce and how it is priced."),
    (F::Pricing, Blocker, "State the pricing model (Free, Freemium, Paid or Paid Add-On Required) and the price."),
    (F::Markets, Blocker, "Name the listing markets (countries or regions) where the app is sold."),
    (F::Categories, Warning, "Choose the category buyers browse for this app; category pages sort by popularity."),
    (F::Industries, Suggestion, "Name up to two industries the app serves."),
    (F::Editions, Blocker, "List the supported Salesforce editions (for example Enterprise, Unlimited): a listing cannot go public without them."),
    (F::Languages, Suggestion, "List the languages the app supports."),
    (F::Support, Warning, "Give a support contact (email, portal or phone) and hours."),
    (F::Documentation, Warning, "Link the technical documentation and installation guide."),
    (F::GtmResources, Warning, "Add GTM resources: a data sheet, a sales deck or case studies."),
];

/// Sorts gaps by severity (blockers first), then field order ([`GapField`]'s order: the
/// listing fields, then the security review); ties keep their order.
pub fn sort_gaps(gaps: &mut [Gap]) {
    gaps.sort_by_key(|g| (g.severity, g.field));
}

/// The readiness score of `gaps`: `100 − Σ weights` of their severities, never below 0.
pub fn score_for(gaps: &[Gap], rules: &RuleBook) -> u32 {
    let weight = |s: Severity| match s {
        Blocker => rules.whole(RuleId::ReadinessBlockerWeight),
        Warning => rules.whole(RuleId::ReadinessWarningWeight),
        Suggestion => rules.whole(RuleId::ReadinessSuggestionWeight),
    };
    let lost = gaps
        .iter()
        .fold(0u32, |acc, g| acc.saturating_add(weight(g.severity)));
    SCORE_SCALE.saturating_sub(lost)
}

/// Gaps under construction, with the listing they are about.
struct Check<'a> {
    listing: &'a ListingDetails,
    rules: &'a RuleBook,
    gaps: Vec<Gap>,
}

impl Check<'_> {
    /// The trimmed, non-empty value of `field`.
    fn text(&self, field: ListingField) -> Option<&str> {
        self.listing
            .fields
            .get(&field)
            .map(|v| v.value.trim())
            .filter(|v| !v.is_empty())
    }

    fn gap(
        &mut self,
        field: impl Into<GapField>,
        severity: Severity,
        message: String,
        fix: String,
    ) {
        self.gaps.push(Gap {
            field: field.into(),
            severity,
            message,
            fix,
        });
    }

    /// A gap when `field` is missing.
    fn require(&mut self, field: ListingField, severity: Severity, fix: &str) {
        if self.text(field).is_none() {
            let name = match field {
                F::GtmResources => "GTM resources".to_string(),
                _ => field.key().replace('_', " "),
            };
            let message = format!("No {name} given.");
            self.gap(field, severity, message, fix.to_string());
        }
    }
}

/// Assesses the listing's readiness to publish, given the security-review status.
///
/// Gaps name a [`GapField`] (a listing field or the security review), are sorted by severity then
/// field order, and each carries a concrete fix sentence.
pub fn assess(listing: &ListingDetails, review: ReviewStatus, rules: &RuleBook) -> Readiness {
    let mut c = Check {
        listing,
        rules,
        gaps: Vec::new(),
    };
    for &(field, severity, fix) in MISSING {
        c.require(field, severity, fix);
    }
    checks::lengths(&mut c);
    checks::keyword_placement(&mut c);
    checks::highlights(&mut c);
    checks::pricing_terms(&mut c);
    checks::screenshots(&mut c);
    checks::video(&mut c);
    checks::stuffing(&mut c);

    if !review.has_passed() {
        let message = match review {
            ReviewStatus::NotStarted => "The security review has not started",
            _ => "The security review has not passed yet",
        };
        c.gap(
            GapField::SecurityReview,
            Blocker,
            format!("{message}; publishing needs a pass."),
            "Complete the security review (Ready to List) before publishing.".to_string(),
        );
    }

    let mut gaps = c.gaps;
    sort_gaps(&mut gaps);
    Readiness {
        score: score_for(&gaps, rules),
        gaps,
    }
}

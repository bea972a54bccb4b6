//! Listing readiness: one gap per missing or weak field (DOMAIN.md §1, §3).
//!
//! Severities: a missing title, description, pricing or markets, and a security review not
//! yet passed, are blockers; missing documentation, GTM resources and other fields the
//! reviewers or buyers look for are warnings; quality advice is a suggestion or a warning.
//! The score is `100 − Σ severity weights` (weights are rules), never below 0, so every
//! added gap lowers it until it reaches 0.

use crate::engine::model::{ListingDetails, ListingField, PricingModel};
use crate::engine::report::{Gap, Readiness, ReviewStatus, Severity};
use crate::engine::rules::vocab::{
    ADD_ON_MODEL_PHRASES, ADD_ON_REQUIREMENT_WORDS, FREE_LIMIT_WORDS, MIN_KEYWORD_CHARS,
    PLATFORM_NAME, SCORE_SCALE, STOP_WORDS,
};
use crate::engine::rules::{RuleBook, RuleId};

use ListingField as F;
use Severity::{Blocker, Suggestion, Warning};

/// The field name of the security-review gap.
pub const SECURITY_REVIEW_FIELD: &str = "security_review";

/// The position of `field` in report order: listing fields in [`ListingField::ALL`] order,
/// then `security_review`, then anything else.
pub fn field_rank(field: &str) -> usize {
    ListingField::ALL
        .iter()
        .position(|f| f.key() == field)
        .unwrap_or(if field == SECURITY_REVIEW_FIELD {
            ListingField::ALL.len()
        } else {
            ListingField::ALL.len() + 1
        })
}

/// Sorts gaps by severity (blockers first), then field order; ties keep their order.
pub fn sort_gaps(gaps: &mut [Gap]) {
    gaps.sort_by_key(|g| (g.severity, field_rank(&g.field)));
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

/// Lower-case words of `text` (letters and digits).
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Words of `text` fit to serve as keywords: long enough and not a stop word.
fn keywords(text: &str) -> Vec<String> {
    words(text)
        .filter(|w| w.chars().count() >= MIN_KEYWORD_CHARS && !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

/// Whether `text` has a word starting with any of `keys` ("invoices" carries "invoice").
fn mentions_any(text: &str, keys: &[String]) -> bool {
    words(text).any(|w| keys.iter().any(|k| w.starts_with(k.as_str())))
}

fn count_word(text: &str, word: &str) -> usize {
    words(text).filter(|w| w == word).count()
}

/// The description up to the end of its first sentence or line.
fn first_sentence(text: &str) -> &str {
    let mut prev_end = false;
    for (i, c) in text.char_indices() {
        if c == '\n' || (prev_end && c.is_whitespace()) {
            return text.get(..i).unwrap_or(text);
        }
        prev_end = matches!(c, '.' | '!' | '?');
    }
    text
}

/// Gaps under construction, with the listing they are about.
struct Check<'a> {
    listing: &'a ListingDetails,
    rules: &'a RuleBook,
    gaps: Vec<Gap>,
}

impl Check<'_> {
    fn text(&self, field: ListingField) -> Option<&str> {
        self.listing
            .fields
            .get(&field)
            .map(|v| v.value.trim())
            .filter(|v| !v.is_empty())
    }

    fn gap(&mut self, field: &str, severity: Severity, message: String, fix: String) {
        self.gaps.push(Gap {
            field: field.to_string(),
            severity,
            message,
            fix,
        });
    }

    /// A gap for a missing `field`; returns its text when present.
    fn require(&mut self, field: ListingField, severity: Severity, fix: &str) -> Option<&str> {
        if self.text(field).is_none() {
            let name = match field {
                F::GtmResources => "GTM resources".to_string(),
                _ => field.key().replace('_', " "),
            };
            self.gap(
                field.key(),
                severity,
                format!("No {name} given."),
                fix.to_string(),
            );
        }
        self.text(field)
    }

    fn too_long(&mut self, field: ListingField, text: &str, limit: RuleId) {
        let max = self.rules.whole(limit);
        let len = text.chars().count();
        if len > usize::try_from(max).unwrap_or(usize::MAX) {
            self.gap(
                field.key(),
                Warning,
                format!("The {} has {len} characters; the limits profile allows {max}.", field.key()),
                format!("Shorten it to {max} characters or fewer (verify the limit in the Partner Console)."),
            );
        }
    }
}

/// Assesses the listing's readiness to publish, given the security-review status.
///
/// Gaps use [`ListingField::key`] names plus `security_review`, are sorted by severity then
/// field order, and each carries a concrete fix.
pub fn assess(listing: &ListingDetails, review: ReviewStatus, rules: &RuleBook) -> Readiness {
    let mut c = Check {
        listing,
        rules,
        gaps: Vec::new(),
    };
    let title = c
        .require(
            F::Title,
            Blocker,
            "Add the app's name as the listing title; keep it within the branding rules.",
        )
        .map(str::to_string);
    if let Some(t) = &title {
        c.too_long(F::Title, t, RuleId::LimitsTitleChars);
    }
    let title_keys = title.as_deref().map(keywords).unwrap_or_default();
    let category = c
        .text(F::Categories)
        .and_then(|s| s.split([',', ';', '\n']).next())
        .map(keywords);
    let main_keys = category
        .filter(|k| !k.is_empty())
        .unwrap_or_else(|| title_keys.clone());

    if let Some(tagline) = c.require(F::Tagline, Warning, "Add a one-sentence tagline (the legacy abstract, required with the title) that names what the app does.").map(str::to_string) {
        c.too_long(F::Tagline, &tagline, RuleId::LimitsTaglineChars);
        if !main_keys.is_empty() && !mentions_any(&tagline, &main_keys) && !mentions_any(&tagline, &title_keys) {
            c.gap(F::Tagline.key(), Suggestion, format!("The tagline does not carry the main keyword \"{}\".", main_keys.join(" ")), "Put the main keyword early in the tagline: search ranks earlier words higher.".to_string());
        }
    }

    if let Some(desc) = c.require(F::Description, Blocker, "Write a description: the problem, who it is for, what it does in Salesforce and how it is priced.").map(str::to_string) {
        let len = desc.chars().count();
        let min = c.rules.whole(RuleId::LimitsDescriptionMinChars);
        if len < usize::try_from(min).unwrap_or(usize::MAX) {
            c.gap(F::Description.key(), Suggestion, format!("The description has {len} characters, under the {min} that read as complete."), format!("Expand it to at least {min} characters: use cases, integrations, and what a first week looks like."));
        }
        c.too_long(F::Description, &desc, RuleId::LimitsDescriptionMaxChars);
        let keys: Vec<String> = main_keys.iter().chain(&title_keys).cloned().collect();
        if !keys.is_empty() && !mentions_any(first_sentence(&desc), &keys) {
            c.gap(F::Description.key(), Suggestion, "The first sentence of the description names neither the category nor a word from the title.".to_string(), format!("Open the description with the main keyword (\"{}\"): earlier keywords rank higher.", main_keys.join(" ")));
        }
    }

    highlights(&mut c);
    pricing(&mut c);
    c.require(
        F::Markets,
        Blocker,
        "Name the listing markets (countries or regions) where the app is sold.",
    );
    c.require(
        F::Categories,
        Warning,
        "Choose the category buyers browse for this app; category pages sort by popularity.",
    );
    c.require(
        F::Industries,
        Suggestion,
        "Name up to two industries the app serves.",
    );
    c.require(
        F::Editions,
        Suggestion,
        "List the supported Salesforce editions (for example Enterprise, Unlimited).",
    );
    c.require(
        F::Languages,
        Suggestion,
        "List the languages the app supports.",
    );
    screenshots(&mut c);
    let (lo, hi) = (
        c.rules.whole(RuleId::LimitsVideoMinMinutes),
        c.rules.whole(RuleId::LimitsVideoMaxMinutes),
    );
    c.require(
        F::Video,
        Suggestion,
        &format!("Add a demo video of {lo}–{hi} minutes showing the main workflow."),
    );
    c.require(
        F::Support,
        Warning,
        "Give a support contact (email, portal or phone) and hours.",
    );
    c.require(
        F::Documentation,
        Warning,
        "Link the technical documentation and installation guide.",
    );
    c.require(
        F::GtmResources,
        Warning,
        "Add GTM resources: a data sheet, a sales deck or case studies.",
    );
    stuffing(&mut c, title.as_deref());

    if review != ReviewStatus::Passed {
        let message = match review {
            ReviewStatus::NotStarted => {
                "The security review has not started; publishing needs a pass."
            }
            _ => "The security review has not passed yet; publishing needs a pass.",
        };
        c.gap(
            SECURITY_REVIEW_FIELD,
            Blocker,
            message.to_string(),
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

fn highlights(c: &mut Check<'_>) {
    let count = if c.listing.highlights.is_empty() {
        c.text(F::Highlights)
            .map_or(0, |t| t.lines().filter(|l| !l.trim().is_empty()).count())
    } else {
        c.listing.highlights.len()
    };
    let max = c.rules.whole(RuleId::LimitsHighlightsMax);
    if count == 0 {
        c.gap(
            F::Highlights.key(),
            Suggestion,
            "The listing has no highlights.".to_string(),
            format!("Add up to {max} short highlights, each a benefit with a number."),
        );
    } else if count > usize::try_from(max).unwrap_or(usize::MAX) {
        c.gap(
            F::Highlights.key(),
            Suggestion,
            format!("The listing has {count} highlights; the listing shows up to {max}."),
            format!("Keep the {max} strongest highlights and move the rest into the description."),
        );
    }
}

fn pricing(c: &mut Check<'_>) {
    let Some(text) = c.require(
        F::Pricing,
        Blocker,
        "State the pricing model (Free, Freemium, Paid or Paid Add-On Required) and the price.",
    ) else {
        return;
    };
    let lower = text.to_lowercase();
    match c.listing.pricing_model {
        None => c.gap(
            F::Pricing.key(),
            Suggestion,
            "The pricing does not name a pricing model.".to_string(),
            "Name one of Free, Freemium, Paid or Paid Add-On Required.".to_string(),
        ),
        Some(PricingModel::Freemium)
            if !lower.chars().any(|ch| ch.is_ascii_digit())
                && !FREE_LIMIT_WORDS.iter().any(|w| lower.contains(w)) =>
        {
            c.gap(
                F::Pricing.key(),
                Warning,
                "Freemium pricing does not state the free limits.".to_string(),
                "Say what the free part includes and where it stops (users, records, features)."
                    .to_string(),
            );
        }
        Some(PricingModel::PaidAddOnRequired) => {
            let rest = ADD_ON_MODEL_PHRASES
                .iter()
                .fold(lower, |acc, p| acc.replace(p, " "));
            if !ADD_ON_REQUIREMENT_WORDS.iter().any(|w| rest.contains(w)) {
                c.gap(
                    F::Pricing.key(),
                    Warning,
                    "Paid Add-On Required pricing does not say what else must be bought."
                        .to_string(),
                    "Name the product, edition or licence the buyer must already have or buy."
                        .to_string(),
                );
            }
        }
        Some(_) => {}
    }
}

fn screenshots(c: &mut Check<'_>) {
    let count = c.listing.screenshot_count.unwrap_or(0);
    let min = c.rules.whole(RuleId::LimitsScreenshotsMin);
    if count < min {
        let (w, h) = (
            c.rules.whole(RuleId::LimitsScreenshotWidthPx),
            c.rules.whole(RuleId::LimitsScreenshotHeightPx),
        );
        c.gap(
            F::Screenshots.key(),
            Warning,
            format!(
                "The listing has {count} screenshot{}; at least {min} are recommended.",
                if count == 1 { "" } else { "s" }
            ),
            format!(
                "Add {} more screenshot{} of about {w}×{h} pixels showing real screens.",
                min - count,
                if min - count == 1 { "" } else { "s" }
            ),
        );
    }
}

/// Keyword stuffing: "Salesforce" or the title's brand repeated past the limits.
fn stuffing(c: &mut Check<'_>, title: Option<&str>) {
    let texts: Vec<(ListingField, String)> = [F::Title, F::Tagline, F::Description, F::Highlights]
        .into_iter()
        .filter_map(|f| c.text(f).map(|t| (f, t.to_string())))
        .collect();
    let max_platform = c.rules.whole(RuleId::LimitsSalesforceMentionsMax);
    let per_field: Vec<(ListingField, usize)> = texts
        .iter()
        .map(|(f, t)| (*f, count_word(t, PLATFORM_NAME)))
        .collect();
    let total: usize = per_field.iter().map(|&(_, n)| n).sum();
    if total > usize::try_from(max_platform).unwrap_or(usize::MAX) {
        let worst = per_field
            .iter()
            .max_by_key(|&&(_, n)| n)
            .map_or(F::Description, |&(f, _)| f);
        c.gap(worst.key(), Warning, format!("\"Salesforce\" appears {total} times in the listing text; more than {max_platform} reads as keyword stuffing."), format!("Cut \"Salesforce\" to {max_platform} mentions or fewer; say it once early and describe the benefit instead."));
    }
    let Some(brand) = title.and_then(|t| keywords(t).into_iter().next()) else {
        return;
    };
    let max_brand = c.rules.whole(RuleId::LimitsBrandMentionsMax);
    let outside: Vec<(ListingField, usize)> = texts
        .iter()
        .filter(|(f, _)| *f != F::Title)
        .map(|(f, t)| (*f, count_word(t, &brand)))
        .collect();
    let total: usize = outside.iter().map(|&(_, n)| n).sum();
    if total > usize::try_from(max_brand).unwrap_or(usize::MAX) {
        let worst = outside
            .iter()
            .max_by_key(|&&(_, n)| n)
            .map_or(F::Description, |&(f, _)| f);
        c.gap(worst.key(), Warning, format!("The brand \"{brand}\" appears {total} times outside the title; more than {max_brand} reads as keyword stuffing."), format!("Use the brand {max_brand} times or fewer outside the title and name the benefit instead."));
    }
}

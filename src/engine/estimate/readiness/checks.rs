//! Quality checks on fields that are present: lengths, keywords, counts, pricing terms.

use super::text::{count_word, first_sentence, keywords, limit, mentions_any};
use super::{Check, F};
use crate::engine::estimate::plural;
use crate::engine::model::{ListingField, PricingModel};
use crate::engine::parse::markdown::{own_limit, shown_chars};
use crate::engine::report::Severity::{Blocker, Suggestion, Warning};
use crate::engine::rules::vocab::{
    ADD_ON_MODEL_PHRASES, ADD_ON_REQUIREMENT_WORDS, FREE_LIMIT_WORDS, PLATFORM_NAME,
};
use crate::engine::rules::RuleId;

/// Too long against the limits profile or against the limit the draft states in its own
/// label (a warning: the builder refuses it), and a description too short to read as
/// complete (a suggestion). Lengths count the characters the listing shows (Markdown
/// markers are not characters), and every limit carries its source tag.
pub(super) fn lengths(c: &mut Check<'_>) {
    let maxima = [
        (F::Title, RuleId::LimitsTitleChars),
        (F::Tagline, RuleId::LimitsTaglineChars),
        (F::Description, RuleId::LimitsDescriptionMaxChars),
    ];
    for (field, rule) in maxima {
        let Some(len) = c.text(field).map(shown_chars) else {
            continue;
        };
        let max = c.rules.whole(rule);
        let tag = c.rules.source(rule).kind;
        let label = c
            .listing
            .fields
            .get(&field)
            .map_or("", |v| v.label.as_str());
        let own = own_limit(label).filter(|own| *own != max);
        let over_profile = len > limit(max);
        let over_own = own.is_some_and(|own| len > limit(own));
        if !over_profile && !over_own {
            continue;
        }
        let name = field.key();
        let draft = own.map_or(String::new(), |own| {
            format!(
                "; your draft\u{2019}s own heading \u{201c}{}\u{201d} says {own}",
                label.trim()
            )
        });
        let shortest = own.map_or(max, |own| own.min(max));
        c.gap(
            field,
            Warning,
            format!("The {name} shows {len} characters (Markdown markers not counted); the limits profile allows {max} ({tag}){draft}."),
            format!("Shorten it to {shortest} characters or fewer, or check the limit in the AgentExchange (formerly AppExchange) Partner Console and change it in the rules table."),
        );
    }
    if let Some(len) = c.text(F::Description).map(shown_chars) {
        let rule = RuleId::LimitsDescriptionMinChars;
        let min = c.rules.whole(rule);
        let tag = c.rules.source(rule).kind;
        if len < limit(min) {
            c.gap(
                F::Description,
                Suggestion,
                format!("The description shows {len} characters, under the {min} ({tag}) that read as complete."),
                format!("Expand it to at least {min} characters: use cases, integrations, and what a first week looks like."),
            );
        }
    }
}

/// The main keyword (the first category, else the title's words) should be in the tagline
/// (the brief description, which today's search weighs most with the title and highlights)
/// and in the first sentence of the description. A word from the title also counts.
pub(super) fn keyword_placement(c: &mut Check<'_>) {
    let title_keys = c.text(F::Title).map(keywords).unwrap_or_default();
    let category_keys = c
        .text(F::Categories)
        .and_then(|s| s.split([',', ';', '\n']).next())
        .map(keywords)
        .unwrap_or_default();
    // Without a category, the title's lead words name it ("Acme Invoice Sync" of "Acme
    // Invoice Sync for QuickBooks, Xero and Sage — the fastest way"); any title word counts.
    let main = if category_keys.is_empty() {
        let lead = c.text(F::Title).map(title_lead).map(keywords);
        lead.filter(|k| !k.is_empty())
            .unwrap_or_else(|| title_keys.clone())
    } else {
        category_keys
    };
    if main.is_empty() {
        return;
    }
    let keys: Vec<String> = main.iter().chain(&title_keys).cloned().collect();
    let phrase = main.join(" ");
    if c.text(F::Tagline).is_some_and(|t| !mentions_any(t, &keys)) {
        c.gap(
            F::Tagline,
            Suggestion,
            format!("The tagline does not carry the main keyword \"{phrase}\"."),
            "Put the main keyword in the tagline: the title, brief description (tagline) and highlights weigh most in search keyword relevance."
                .to_string(),
        );
    }
    if c.text(F::Description)
        .is_some_and(|t| !mentions_any(first_sentence(t), &keys))
    {
        c.gap(
            F::Description,
            Suggestion,
            "The first sentence of the description names neither the category nor a word from the title.".to_string(),
            format!("Open the description with the main keyword (\"{phrase}\"): buyers read the first sentence, and search matches listing text by keyword and by meaning."),
        );
    }
}

/// A title up to its first separator (a dash, colon, bar or comma) or " for ": the name
/// before the qualifiers.
fn title_lead(title: &str) -> &str {
    let cut = [
        " \u{2014} ",
        " \u{2013} ",
        " - ",
        ":",
        "|",
        ",",
        " for ",
        " For ",
    ]
    .iter()
    .filter_map(|sep| title.find(sep))
    .min()
    .unwrap_or(title.len());
    title.get(..cut).unwrap_or(title)
}

/// No highlights, or more than the listing shows.
pub(super) fn highlights(c: &mut Check<'_>) {
    let count = if c.listing.highlights.is_empty() {
        c.text(F::Highlights)
            .map_or(0, |t| t.lines().filter(|l| !l.trim().is_empty()).count())
    } else {
        c.listing.highlights.len()
    };
    let max = c.rules.whole(RuleId::LimitsHighlightsMax);
    let tag = c.rules.source(RuleId::LimitsHighlightsMax).kind;
    let field = F::Highlights;
    if count == 0 {
        c.gap(
            field,
            Suggestion,
            "The listing has no highlights.".to_string(),
            format!("Add up to {max} short highlights (the listing shows {max}, {tag}), each a benefit with a number."),
        );
    } else if count > limit(max) {
        c.gap(
            field,
            Suggestion,
            format!("The listing has {count} highlights; the listing shows up to {max} ({tag})."),
            format!("Keep the {max} strongest highlights and move the rest into the description."),
        );
    }
}

/// A pricing text that names no model, Freemium without its free limits, and Paid Add-On
/// Required without what else must be bought.
pub(super) fn pricing_terms(c: &mut Check<'_>) {
    let Some(lower) = c.text(F::Pricing).map(str::to_ascii_lowercase) else {
        return;
    };
    let field = F::Pricing;
    match c.listing.pricing_model {
        None => c.gap(
            field,
            Suggestion,
            "The pricing does not name a pricing model.".to_string(),
            "Name one of Free, Freemium, Paid or Paid Add-On Required.".to_string(),
        ),
        Some(PricingModel::Freemium) => {
            let has_number = lower.chars().any(|ch| ch.is_ascii_digit());
            if !has_number && !FREE_LIMIT_WORDS.iter().any(|w| lower.contains(w)) {
                c.gap(
                    field,
                    Warning,
                    "Freemium pricing does not state the free limits.".to_string(),
                    "Say what the free part includes and where it stops (users, records, features).".to_string(),
                );
            }
        }
        Some(PricingModel::PaidAddOnRequired) => {
            let rest = ADD_ON_MODEL_PHRASES
                .iter()
                .fold(lower, |acc, p| acc.replace(p, " "));
            if !ADD_ON_REQUIREMENT_WORDS.iter().any(|w| rest.contains(w)) {
                c.gap(
                    field,
                    Warning,
                    "Paid Add-On Required pricing does not say what else must be bought."
                        .to_string(),
                    "Name the product, edition or licence the buyer must already have or buy."
                        .to_string(),
                );
            }
        }
        Some(PricingModel::Free | PricingModel::Paid) => {}
    }
}

/// No screenshot (a blocker: the legacy official list needs one to make the listing
/// public), or fewer than recommended (a suggestion: the number is a team default).
pub(super) fn screenshots(c: &mut Check<'_>) {
    let count = c.listing.screenshot_count.unwrap_or(0);
    let min = c.rules.whole(RuleId::LimitsScreenshotsMin);
    if count == 0 || count < min {
        let width = c.rules.whole(RuleId::LimitsScreenshotWidthPx);
        let height = c.rules.whole(RuleId::LimitsScreenshotHeightPx);
        let size_tag = c.rules.source(RuleId::LimitsScreenshotWidthPx).kind;
        let min_tag = c.rules.source(RuleId::LimitsScreenshotsMin).kind;
        let more = min.max(1).saturating_sub(count);
        let (severity, why) = if count == 0 {
            (Blocker, "a public listing needs at least one".to_string())
        } else {
            (
                Suggestion,
                format!("we recommend at least {min} ({min_tag})"),
            )
        };
        c.gap(
            F::Screenshots,
            severity,
            format!("The listing has {count} screenshot{}; {why}.", plural(count)),
            format!("Add {more} more screenshot{} of about {width}×{height} pixels ({size_tag}) showing real screens.", plural(more)),
        );
    }
}

/// No demo video.
pub(super) fn video(c: &mut Check<'_>) {
    let shortest = c.rules.whole(RuleId::LimitsVideoMinMinutes);
    let longest = c.rules.whole(RuleId::LimitsVideoMaxMinutes);
    let tag = c.rules.source(RuleId::LimitsVideoMinMinutes).kind;
    let fix = format!(
        "Add a demo video of {shortest}–{longest} minutes ({tag}) showing the main workflow."
    );
    c.require(F::Video, Suggestion, &fix);
}

/// Mentions of `word` per field, and the field with the most.
fn mentions(texts: &[(ListingField, String)], word: &str) -> (usize, ListingField) {
    let per_field: Vec<(ListingField, usize)> = texts
        .iter()
        .map(|(f, t)| (*f, count_word(t, word)))
        .collect();
    let total = per_field.iter().map(|&(_, n)| n).sum();
    let worst = per_field
        .iter()
        .max_by_key(|&&(_, n)| n)
        .map_or(F::Description, |&(f, _)| f);
    (total, worst)
}

/// Keyword stuffing: "Salesforce" across the listing text, or the title's brand (its first
/// keyword) outside the title, repeated more often than the limits allow.
pub(super) fn stuffing(c: &mut Check<'_>) {
    let texts: Vec<(ListingField, String)> = [F::Title, F::Tagline, F::Description, F::Highlights]
        .into_iter()
        .filter_map(|f| c.text(f).map(|t| (f, t.to_string())))
        .collect();
    let max = c.rules.whole(RuleId::LimitsSalesforceMentionsMax);
    let tag = c.rules.source(RuleId::LimitsSalesforceMentionsMax).kind;
    let (total, worst) = mentions(&texts, PLATFORM_NAME);
    if total > limit(max) {
        c.gap(
            worst,
            Warning,
            format!("\"Salesforce\" appears {total} times in the listing text; more than {max} ({tag}) reads as keyword stuffing."),
            format!("Cut \"Salesforce\" to {max} mentions or fewer; say it once early and describe the benefit instead."),
        );
    }
    let Some(brand) = c
        .text(F::Title)
        .and_then(|t| keywords(t).into_iter().next())
    else {
        return;
    };
    let outside: Vec<(ListingField, String)> =
        texts.into_iter().filter(|(f, _)| *f != F::Title).collect();
    let max = c.rules.whole(RuleId::LimitsBrandMentionsMax);
    let tag = c.rules.source(RuleId::LimitsBrandMentionsMax).kind;
    let (total, worst) = mentions(&outside, &brand);
    if total > limit(max) {
        c.gap(
            worst,
            Warning,
            format!("The brand \"{brand}\" appears {total} times outside the title; more than {max} ({tag}) reads as keyword stuffing."),
            format!("Use the brand {max} times or fewer outside the title and name the benefit instead."),
        );
    }
}

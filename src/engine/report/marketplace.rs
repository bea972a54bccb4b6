//! The report's shape for the listing against the real marketplace (issue 24): what is
//! compared and where the listing stands per category. The engine's `marketplace` module
//! computes it; the report only holds it (data flows one way: marketplace -> report).

use serde::{Deserialize, Serialize};

use super::Source;

/// What is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Reviews shown on the listing; a listing whose count is `N/A` counts 0.
    Reviews,
    /// Average rating in stars, among listings with at least one review.
    Rating,
    /// Price in USD per user per month (per year ÷ 12), among listings priced so.
    PriceUsdUserMonth,
    /// Salesforce editions supported; `N/A` counts 0.
    Editions,
    /// Languages supported; `N/A` counts 0.
    Languages,
}

impl Metric {
    /// Every metric, in report and data-file order.
    pub const ALL: [Metric; 5] = [
        Metric::Reviews,
        Metric::Rating,
        Metric::PriceUsdUserMonth,
        Metric::Editions,
        Metric::Languages,
    ];

    /// The JSON name (`"price_usd_user_month"`, …), also the data file's section name.
    pub const fn key(self) -> &'static str {
        match self {
            Metric::Reviews => "reviews",
            Metric::Rating => "rating",
            Metric::PriceUsdUserMonth => "price_usd_user_month",
            Metric::Editions => "editions",
            Metric::Languages => "languages",
        }
    }

    /// The words shown for it.
    pub const fn label(self) -> &'static str {
        match self {
            Metric::Reviews => "Reviews",
            Metric::Rating => "Average rating",
            Metric::PriceUsdUserMonth => "Price (USD per user per month)",
            Metric::Editions => "Editions supported",
            Metric::Languages => "Languages",
        }
    }

    /// Stored units per reported unit: hundredths of a star, cents of a dollar.
    pub(crate) const fn scale(self) -> f64 {
        match self {
            Metric::Rating | Metric::PriceUsdUserMonth => 100.0,
            _ => 1.0,
        }
    }

    /// The comparison's words: "more reviews than", and which listings are counted.
    pub(crate) const fn words(self) -> (&'static str, &'static str) {
        match self {
            Metric::Reviews => ("More reviews than", ""),
            Metric::Rating => ("A higher average rating than", " with a review"),
            Metric::PriceUsdUserMonth => {
                ("A higher price than", " priced in USD per user per month")
            }
            Metric::Editions => ("More editions than", ""),
            Metric::Languages => ("More languages than", ""),
        }
    }
}

/// One metric of one category, with the user's value placed in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetricStanding {
    /// Which metric.
    pub metric: Metric,
    /// The listing's value (reviews, stars, USD, editions, languages); `null` when the
    /// input does not give it.
    pub yours: Option<f64>,
    /// Mid-rank percentile of `yours` among the `of` listings (0–100, a tenth; within one
    /// point of the exact figure); `null` when `yours` is.
    pub percentile: Option<f64>,
    /// The value a quarter of the listings stay at or below; `null` when `of` is 0.
    pub p25: Option<f64>,
    /// The median value; `null` when `of` is 0.
    pub median: Option<f64>,
    /// The value three quarters of the listings stay at or below; `null` when `of` is 0.
    pub p75: Option<f64>,
    /// Listings the metric counts (all of the category's, those with a review for the
    /// rating, those priced in USD per user for the price).
    pub of: u32,
    /// What it means, as a sentence ("More reviews than 97% of the 119 Document
    /// Generation listings.").
    pub sentence: String,
}

/// The share of a category's listings with one pricing model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelShare {
    /// `free`, `freemium`, `paid` (a shown price counts as paid), `paid_add_on_required`
    /// or `not_said`.
    pub model: String,
    /// 0–1, to a hundredth.
    pub share: f64,
}

/// The share of a category's listings that support one edition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditionShare {
    /// The edition as the marketplace names it.
    pub edition: String,
    /// 0–1, to a hundredth.
    pub share: f64,
}

/// The share of the marketplace's listings available in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageShare {
    /// The language as the marketplace names it.
    pub language: String,
    /// 0–1, to a hundredth.
    pub share: f64,
}

/// The listing against one marketplace category (or the whole marketplace).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryStanding {
    /// The marketplace's category name; [`WHOLE_MARKETPLACE`] for all listings.
    pub category: String,
    /// The listing's category as written, `null` for the whole marketplace.
    pub matched_from: Option<String>,
    /// Why this comparison was chosen when it is not an exact name match (a loose match,
    /// or the whole marketplace standing in); `null` otherwise.
    pub note: Option<String>,
    /// Listings in the category.
    pub listings: u32,
    /// One entry per [`Metric`], in [`Metric::ALL`] order.
    pub metrics: Vec<MetricStanding>,
    /// Share of the category's listings per pricing model.
    pub pricing_models: Vec<ModelShare>,
    /// Share of the category's listings supporting each edition.
    pub editions: Vec<EditionShare>,
}

/// The listing against the real marketplace.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Marketplace {
    /// The day the marketplace was read (ISO date).
    pub as_of: String,
    /// Where the aggregates come from.
    pub source: Option<Source>,
    /// One entry per marketplace category the listing names, in the listing's order; the
    /// whole marketplace alone when it names none that matches.
    pub categories: Vec<CategoryStanding>,
    /// Share of the whole marketplace's listings available in each language (kept for the
    /// whole marketplace only, to keep the page small).
    pub languages: Vec<LanguageShare>,
}

impl Marketplace {
    /// The one-line standing a small surface (the summary widget) shows: the first
    /// category's first metric's sentence, only once the user gave that value (an empty
    /// input shows no standing, as it shows no score).
    pub fn headline(&self) -> Option<&str> {
        let metric = self.categories.first()?.metrics.first()?;
        metric.yours.map(|_| metric.sentence.as_str())
    }
}

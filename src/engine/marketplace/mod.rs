//! The listing against the real marketplace: where its reviews, rating, price, editions
//! and languages stand among the listings of each category it names, from the July 2025
//! aggregates embedded in [`data`]. Definitions: docs/rules.md, "Against the marketplace".

use serde::{Deserialize, Serialize};

use super::model::{ListingDetails, ListingField};
use super::report::{Ranking, Source, SourceKind};

pub mod data;
mod matching;
pub mod words;

use data::{Category, Market};
pub use matching::Match;

/// The address of the scrape the aggregates were computed from.
pub const SOURCE_URL: &str = "https://github.com/theabhishek26/Web-Scrapping-Salesforce-data";

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
    const fn scale(self) -> f64 {
        match self {
            Metric::Rating | Metric::PriceUsdUserMonth => 100.0,
            _ => 1.0,
        }
    }

    /// The comparison's words: "more reviews than", and which listings are counted.
    const fn words(self) -> (&'static str, &'static str) {
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

/// The category name reported for the whole marketplace.
pub const WHOLE_MARKETPLACE: &str = "All listings";

/// The pricing models' JSON names, in data-file order.
const MODEL_KEYS: [&str; 5] = [
    "free",
    "freemium",
    "paid",
    "paid_add_on_required",
    "not_said",
];

/// The listing's own values, in stored units ([`Metric::ALL`] order).
pub type Yours = [Option<u64>; 5];

/// The listing's values: review count and average (only when reviews were given), the
/// price in USD per user per month, and the number of editions and languages it names.
pub fn yours(listing: &ListingDetails, reviews_given: bool, ranking: &Ranking) -> Yours {
    let count = |field: ListingField| {
        listing
            .read
            .iter()
            .find(|r| r.field == field.key())
            .map(|r| r.items.len() as u64)
    };
    let reviews = reviews_given.then_some(u64::from(ranking.reviews));
    let rating = ranking
        .average
        .filter(|_| reviews_given)
        .map(|a| (a * 100.0).round() as u64);
    let price = listing
        .fields
        .get(&ListingField::Pricing)
        .and_then(|p| words::price_cents(&p.value));
    [
        reviews,
        rating,
        price,
        count(ListingField::Editions),
        count(ListingField::Languages),
    ]
}

/// `pct` whole percent as a share (0–1).
fn fraction(pct: u8) -> f64 {
    f64::from(pct) / 100.0
}

/// The standing of `yours` in `category`, whose listings are called `group` in sentences
/// ("Document Generation listings").
fn standing(category: &Category, yours: &Yours, group: &str) -> Vec<MetricStanding> {
    Metric::ALL
        .iter()
        .zip(yours)
        .zip(&category.metrics)
        .map(|((&metric, &mine), dist)| {
            let show = |v: u64| v as f64 / metric.scale();
            let q = |q: f64| dist.quantile(q).map(show);
            let percentile = mine.and_then(|v| dist.percentile(v));
            let median = q(0.5);
            MetricStanding {
                metric,
                yours: mine.map(show),
                percentile,
                p25: q(0.25),
                median,
                p75: q(0.75),
                of: dist.of,
                sentence: words::sentence(metric, percentile, median, dist.of, group),
            }
        })
        .collect()
}

/// The report part for `yours` against the categories `named` by the listing (as
/// written, in order).
pub fn compare(named: &[String], yours: &Yours) -> Marketplace {
    let Some(market) = Market::get() else {
        return Marketplace::default();
    };
    let matches = matching::match_all(named, &market.categories);
    let whole = market.categories.first();
    let entries: Vec<(Option<&Match>, &Category)> = if matches.is_empty() {
        whole.map(|w| (None, w)).into_iter().collect()
    } else {
        matches
            .iter()
            .filter_map(|m| Some((Some(m), market.categories.get(m.index)?)))
            .collect()
    };
    let categories = entries
        .into_iter()
        .map(|(m, c)| {
            let (name, group) = match m {
                Some(_) => (c.name.clone(), format!("{} listings", c.name)),
                None => (WHOLE_MARKETPLACE.to_string(), "listings".to_string()),
            };
            CategoryStanding {
                metrics: standing(c, yours, &group),
                category: name,
                matched_from: m.map(|m| m.written.clone()),
                note: match m {
                    Some(m) => m.note(&c.name),
                    None => Some(matching::whole_note(named)),
                },
                listings: c.listings,
                pricing_models: MODEL_KEYS
                    .iter()
                    .zip(&c.pricing_models)
                    .map(|(k, &p)| ModelShare {
                        model: k.to_string(),
                        share: fraction(p),
                    })
                    .collect(),
                editions: market
                    .editions
                    .iter()
                    .zip(&c.editions)
                    .map(|(e, &p)| EditionShare {
                        edition: e.clone(),
                        share: fraction(p),
                    })
                    .collect(),
            }
        })
        .collect();
    Marketplace {
        as_of: market.as_of.clone(),
        source: Some(Source {
            title: market.source.clone(),
            kind: SourceKind::Unverified,
            as_of: market.as_of.clone(),
            url: Some(SOURCE_URL.to_string()),
        }),
        categories,
        languages: market
            .languages
            .iter()
            .zip(&market.languages_share)
            .map(|(l, &p)| LanguageShare {
                language: l.clone(),
                share: fraction(p),
            })
            .collect(),
    }
}

//! The listing against the real marketplace: where its reviews, rating, price, editions
//! and languages stand among the listings of each category it names, from the July 2025
//! aggregates embedded in [`data`]. Definitions: docs/rules.md, "Against the marketplace".

use super::model::{ListingDetails, ListingField};
use super::report::{Ranking, Source, SourceKind};

pub mod data;
mod matching;
pub mod words;

use data::{Category, Market};
pub use matching::Match;

/// The address of the scrape the aggregates were computed from.
pub const SOURCE_URL: &str = "https://github.com/theabhishek26/Web-Scrapping-Salesforce-data";

pub use super::report::marketplace::{
    CategoryStanding, EditionShare, LanguageShare, Marketplace, Metric, MetricStanding, ModelShare,
};

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

//! The marketplace aggregates embedded in the engine (`data/marketplace-2025-07.txt`,
//! numbers only, written by `cargo run --example marketplace_data`), read once into
//! [`Market`], and the percentile arithmetic on their stored distributions.

use std::sync::OnceLock;

/// The data file, embedded at compile time (the build never reads `../shared`).
const TEXT: &str = include_str!("../../../data/marketplace-2025-07.txt");

/// One stored point of a distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// The value (reviews, hundredths of a star, USD cents, editions or languages).
    pub value: u64,
    /// Listings at exactly this value.
    pub count: u32,
    /// Listings strictly between the previous point's value and this one (their values
    /// are not stored; at most 1.9 % of the distribution's listings).
    pub between: u32,
}

/// A metric's distribution in one category: every listing it counts, as stored points.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Distribution {
    /// Listings counted (the sum of every point's `count` and `between`).
    pub of: u32,
    /// Points in rising value order; the first is the smallest value, the last the largest.
    pub points: Vec<Point>,
}

impl Distribution {
    /// Reads `delta[:count][:between]` points separated by spaces, each delta in reported
    /// units (up to two decimals when `cents`, stored ×100); `None` when malformed.
    fn parse(line: &str, cents: bool) -> Option<Distribution> {
        let mut d = Distribution::default();
        let mut value = 0u64;
        for token in line.split_whitespace() {
            let mut parts = token.split(':');
            let delta = parts.next()?;
            value = value.checked_add(if cents {
                hundredths(delta)?
            } else {
                delta.parse().ok()?
            })?;
            let mut parts = parts.map(str::parse::<u64>);
            let count = parts.next().transpose().ok()?.unwrap_or(1);
            let between = parts.next().transpose().ok()?.unwrap_or(0);
            let (count, between) = (u32::try_from(count).ok()?, u32::try_from(between).ok()?);
            d.of = d.of.checked_add(count)?.checked_add(between)?;
            d.points.push(Point {
                value,
                count,
                between,
            });
        }
        Some(d)
    }

    /// The mid-rank percentile of `x` (0–100): the share of listings below it plus half
    /// of those equal to it. Exact when `x` is a stored value or outside the stored
    /// range; inside a gap between stored points the gap's listings are taken as half
    /// below and half above, which is at most 0.95 points off. `None` when empty.
    pub fn percentile(&self, x: u64) -> Option<f64> {
        if self.of == 0 {
            return None;
        }
        let mut below = 0u64;
        for p in &self.points {
            let (count, between) = (u64::from(p.count), u64::from(p.between));
            if x < p.value {
                return Some(share(2 * below + between, self.of));
            }
            if x == p.value {
                return Some(share(2 * (below + between) + count, self.of));
            }
            below += between + count;
        }
        Some(100.0)
    }

    /// The value at quantile `q` (0–1): the smallest stored value with at least `q` of
    /// the listings at or below it; inside a gap, interpolated between its two points.
    /// `None` when empty.
    pub fn quantile(&self, q: f64) -> Option<u64> {
        let target = q * f64::from(self.of);
        let mut below = 0u32;
        let mut previous = self.points.first()?.value;
        for p in &self.points {
            let gap_end = f64::from(below.saturating_add(p.between));
            if p.between > 0 && gap_end >= target {
                let within = (target - f64::from(below)) / f64::from(p.between);
                let span = p.value.saturating_sub(previous) as f64;
                return Some(previous.saturating_add((span * within.clamp(0.0, 1.0)) as u64));
            }
            below = below.saturating_add(p.between).saturating_add(p.count);
            if f64::from(below) >= target {
                return Some(p.value);
            }
            previous = p.value;
        }
        self.points.last().map(|p| p.value)
    }
}

/// A decimal with up to two places (`8.33`, `25`) in hundredths.
fn hundredths(text: &str) -> Option<u64> {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    if frac.len() > 2 {
        return None;
    }
    let frac_value: u64 = format!("{frac:0<2}").parse().ok()?;
    whole
        .parse::<u64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(frac_value)
}

/// `halves / 2` of `of` listings as a percentage, rounded to a tenth.
fn share(halves: u64, of: u32) -> f64 {
    let pct = halves as f64 * 50.0 / f64::from(of);
    (pct * 10.0).round() / 10.0
}

/// One category's aggregates (or the whole marketplace's).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Category {
    /// The marketplace's name for it (`*` for the whole marketplace).
    pub name: String,
    /// Listings naming it.
    pub listings: u32,
    /// Whole percentages per pricing model, in [`Market::pricing_models`] order.
    pub pricing_models: Vec<u8>,
    /// Whole percentages per edition, in [`Market::editions`] order.
    pub editions: Vec<u8>,
    /// One distribution per metric, in [`super::Metric::ALL`] order.
    pub metrics: Vec<Distribution>,
}

/// The whole data file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Market {
    /// Who gathered the listings, in words.
    pub source: String,
    /// The day the listings were read (ISO date).
    pub as_of: String,
    /// Pricing model names (`Free`, …, `N/A`).
    pub pricing_models: Vec<String>,
    /// Edition names.
    pub editions: Vec<String>,
    /// Language names.
    pub languages: Vec<String>,
    /// Whole percentages of the whole marketplace's listings per language, in
    /// [`Market::languages`] order (per category they are not kept: see docs/rules.md).
    pub languages_share: Vec<u8>,
    /// The whole marketplace first, then every category by name.
    pub categories: Vec<Category>,
}

/// Whole percentages separated by spaces.
fn percents(line: &str) -> Option<Vec<u8>> {
    line.split_whitespace().map(|t| t.parse().ok()).collect()
}

impl Market {
    /// The embedded data, read once; `None` if it does not parse (a test guards it).
    pub fn get() -> Option<&'static Market> {
        static MARKET: OnceLock<Option<Market>> = OnceLock::new();
        MARKET.get_or_init(|| Market::parse(TEXT)).as_ref()
    }

    /// Reads a data file's text; `None` when malformed.
    pub fn parse(text: &str) -> Option<Market> {
        let mut m = Market::default();
        let mut section = "";
        let mut row = 0usize;
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                (section, row) = (name, 0);
                continue;
            }
            let names = |l: &str| l.split(';').map(str::to_string).collect::<Vec<_>>();
            if section.is_empty() {
                let (key, value) = line.split_once(' ')?;
                match key {
                    "source" => m.source = value.to_string(),
                    "as_of" => m.as_of = value.to_string(),
                    "pricing_models" => m.pricing_models = names(value),
                    "editions" => m.editions = names(value),
                    "languages" => m.languages = names(value),
                    "languages_share" => m.languages_share = percents(value)?,
                    _ => return None,
                }
                continue;
            }
            if section == "categories" {
                m.categories.push(Category {
                    name: line.to_string(),
                    ..Category::default()
                });
                continue;
            }
            let c = m.categories.get_mut(row)?;
            row += 1;
            match section {
                "listings" => c.listings = line.parse().ok()?,
                "pricing_models" => c.pricing_models = percents(line)?,
                "editions_share" => c.editions = percents(line)?,
                _ => {
                    let metric = super::Metric::ALL.get(c.metrics.len()).copied();
                    if metric.map(super::Metric::key) != Some(section) {
                        return None;
                    }
                    let cents = metric == Some(super::Metric::PriceUsdUserMonth);
                    c.metrics.push(Distribution::parse(line, cents)?);
                }
            }
        }
        Some(m)
    }
}

//! The marketplace aggregates embedded in the engine (`data/marketplace-2025-07.txt`,
//! numbers only, written by `cargo run --example marketplace_data`), read once into
//! [`Market`], and the percentile arithmetic on their stored distributions. The file's
//! format is described in docs/rules.md ("The data file").

use std::sync::OnceLock;

/// The data file, embedded at compile time (the build never reads `../shared`).
const TEXT: &str = include_str!("../../../data/marketplace-2025-07.txt");

/// The most listings, per thousand of a distribution's, that may lie strictly between
/// two stored ranks: 19 ‰, so that a percentile read between them is at most 0.95
/// points from the exact mid-rank (0.05 more from rounding to a tenth).
pub const GAP_PER_MILLE: u32 = 19;

/// The best rating in hundredths of a star: rating lines store how far each stored
/// rating falls short of it.
const TOP_RATING: u64 = 500;

/// The ranks (0-based, in rising value order) whose values a distribution of `n`
/// listings stores. Every rank while `n` is below 53; else the first and last ranks, the
/// quartile ranks `⌈n/4⌉ − 1`, `⌈n/2⌉ − 1` and `⌈3n/4⌉ − 1` (so that p25, the median and
/// p75 are exact), and between each two of those evenly spaced ranks at most
/// `⌊19n/1000⌋ + 1` apart. The generator and the parser share it: it is the format.
pub fn ranks(n: u32) -> Vec<u32> {
    let step = (u64::from(n) * u64::from(GAP_PER_MILLE) / 1000) as u32 + 1;
    let anchors = if step == 1 {
        [n, n, n, n]
    } else {
        let three_quarters = ((3 * u64::from(n)).div_ceil(4) - 1) as u32;
        [n.div_ceil(4) - 1, n.div_ceil(2) - 1, three_quarters, n - 1]
    };
    let (mut out, mut a) = (Vec::new(), 0u32);
    for b in anchors {
        // The ranks from `a` (included) to `b` (excluded), at most `step` apart.
        let (span, steps) = (u64::from(b - a), u64::from((b - a).div_ceil(step)));
        for j in 0..steps {
            out.push(a + (j * span / steps) as u32);
        }
        a = b;
    }
    if step > 1 {
        out.push(n - 1);
    }
    out
}

/// One stored point of a distribution: the value of the listing at a rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// The listing's rank (0-based) when the distribution's listings are sorted by value.
    pub rank: u32,
    /// Its value (reviews, hundredths of a star, USD cents, editions or languages).
    pub value: u64,
}

/// A metric's distribution in one category: every listing it counts, as stored points.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Distribution {
    /// Listings counted.
    pub of: u32,
    /// The values at [`ranks`]`(of)`, in rising rank (and so value) order: every
    /// listing's value while `of` is below 53.
    pub points: Vec<Point>,
}

/// How a distribution line writes its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// Whole numbers.
    Whole,
    /// Dollars with up to two decimals, stored as cents.
    Cents,
    /// Hundredths of a star short of [`TOP_RATING`], the highest rating first.
    ShortOfTop,
}

impl Distribution {
    /// Reads a line `[N/]delta[:repeat] …`: the stored values as running sums of the
    /// deltas, each written `repeat` times (1 when not said), for the `N` listings given
    /// (else `listings` when given, else as many listings as values); the number of
    /// values must be that of [`ranks`]`(N)`. `None` when malformed.
    fn parse(line: &str, unit: Unit, listings: Option<u32>) -> Option<Distribution> {
        let (prefix, rest) = match line.split_once('/') {
            Some((n, rest)) => (Some(n.parse::<u32>().ok()?), rest),
            None => (None, line),
        };
        // (value, how many times in a row), and how many values in all.
        let mut runs: Vec<(u64, u32)> = Vec::new();
        let (mut value, mut stored) = (0u64, 0u32);
        for token in rest.split_whitespace() {
            let (delta, repeat) = token.split_once(':').unwrap_or((token, "1"));
            let delta = match unit {
                Unit::Cents => hundredths(delta)?,
                _ => delta.parse().ok()?,
            };
            value = value.checked_add(delta)?;
            let repeat: u32 = repeat.parse().ok()?;
            stored = stored.checked_add(repeat)?;
            runs.push((value, repeat));
        }
        if unit == Unit::ShortOfTop {
            runs.reverse();
            for run in &mut runs {
                run.0 = TOP_RATING.checked_sub(run.0)?;
            }
        }
        let of = prefix.or(listings).unwrap_or(stored);
        let mut ranks = ranks(of).into_iter();
        if ranks.len() != stored as usize {
            return None;
        }
        // Deltas are never negative, so the values rise (ratings too, once turned round).
        let mut points = Vec::new();
        for (value, repeat) in runs {
            for _ in 0..repeat {
                points.push(Point {
                    rank: ranks.next()?,
                    value,
                });
            }
        }
        Some(Distribution { of, points })
    }

    /// Twice the middle of what the stored points say of the number of listings whose
    /// value is below `x` (or at most `x` when `inclusive`): the number exactly when the
    /// last such point and the next stored point are adjacent ranks.
    fn twice_counted(&self, x: u64, inclusive: bool) -> u64 {
        let passing = self
            .points
            .partition_point(|p| p.value < x || (inclusive && p.value == x));
        let Some(last) = passing.checked_sub(1).and_then(|i| self.points.get(i)) else {
            return 0;
        };
        let next = self.points.get(passing).map_or(self.of, |p| p.rank);
        u64::from(last.rank) + 1 + u64::from(next)
    }

    /// The mid-rank percentile of `x` (0–100, to a tenth): the share of listings below it
    /// plus half of those equal to it. Exact when every value is stored; else the counts
    /// below and at or below `x` are each read at the middle of what the stored ranks
    /// allow, which is at most 0.95 points off. `None` when empty.
    pub fn percentile(&self, x: u64) -> Option<f64> {
        if self.of == 0 {
            return None;
        }
        let halves = self.twice_counted(x, false) + self.twice_counted(x, true);
        let pct = halves as f64 * 25.0 / f64::from(self.of);
        Some((pct * 10.0).round() / 10.0)
    }

    /// The value at quantile `q` (0–1): the smallest value with at least `q` of the
    /// listings at or below it, read at the first stored rank at or after the rank
    /// `⌈q·of⌉ − 1` (exact for the quartiles and whenever every value is stored). `None`
    /// when empty.
    pub fn quantile(&self, q: f64) -> Option<u64> {
        let target = (q * f64::from(self.of)).ceil().max(1.0) - 1.0;
        self.points
            .iter()
            .find(|p| f64::from(p.rank) >= target)
            .or(self.points.last())
            .map(|p| p.value)
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
/// One category's aggregates (or the whole marketplace's).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Category {
    /// The marketplace's name for it (`*` for the whole marketplace).
    pub name: String,
    /// Listings naming it (the number the `reviews` distribution counts: it counts every
    /// listing).
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
                "pricing_models" => c.pricing_models = percents(line)?,
                "editions_share" => c.editions = percents(line)?,
                _ => {
                    use super::Metric;
                    let metric = Metric::ALL.get(c.metrics.len()).copied()?;
                    if metric.key() != section {
                        return None;
                    }
                    let (unit, listings) = match metric {
                        Metric::Reviews => (Unit::Whole, None),
                        Metric::Rating => (Unit::ShortOfTop, None),
                        Metric::PriceUsdUserMonth => (Unit::Cents, None),
                        Metric::Editions | Metric::Languages => (Unit::Whole, Some(c.listings)),
                    };
                    let d = Distribution::parse(line, unit, listings)?;
                    if metric == Metric::Reviews {
                        c.listings = d.of;
                    }
                    c.metrics.push(d);
                }
            }
        }
        Some(m)
    }
}

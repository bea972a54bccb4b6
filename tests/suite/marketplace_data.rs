//! The marketplace aggregates against the real scrape beside the clone
//! (`../shared/real-world/appx-scrape-listings-2025-07.csv.gz`, read with `gzip -dc`):
//! the committed data file is what the generator writes from it, and for listings drawn
//! from the scrape itself (their own category, review count, rating and price pasted back
//! as a listing and a review export) each percentile the report gives is within one point
//! of this test's own mid-rank computation on the scrape; every stored distribution is
//! within one point of it at every value, and its p25, median and p75 are exact. All
//! skip with a message when the folder is absent.

#[allow(dead_code)]
#[path = "../../examples/marketplace_data/aggregate.rs"]
mod aggregate;

use std::path::PathBuf;
use std::process::Command;

use csv_core::{ReadRecordResult, ReaderBuilder};
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::input::Input;
use listing_analyzer::engine::marketplace::data::Market;
use listing_analyzer::engine::marketplace::{Metric, MetricStanding};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The scrape's CSV text, or `None` (with a message) when it is absent.
fn scrape() -> Option<String> {
    let path = root().join("../shared/real-world/appx-scrape-listings-2025-07.csv.gz");
    if !path.exists() {
        println!(
            "SKIPPED: {} is absent (the real-world folder lives beside the clone)",
            path.display()
        );
        return None;
    }
    let out = Command::new("gzip")
        .arg("-dc")
        .arg(&path)
        .output()
        .expect("gzip runs");
    assert!(out.status.success(), "gzip -dc {} failed", path.display());
    Some(String::from_utf8(out.stdout).expect("UTF-8 scrape"))
}

#[test]
fn the_committed_aggregates_regenerate_identically() {
    let Some(csv) = scrape() else { return };
    let committed = std::fs::read_to_string(root().join("data/marketplace-2025-07.txt"))
        .expect("data/marketplace-2025-07.txt");
    let fresh = aggregate::aggregate(&csv);
    assert!(
        fresh == committed,
        "data/marketplace-2025-07.txt differs from what the scrape gives: run `cargo run --example marketplace_data`"
    );
}

/// Every record of `csv` as fields, read with `csv-core` (not the generator's reader).
fn rows(csv: &str) -> Vec<Vec<String>> {
    let mut rdr = ReaderBuilder::new().build();
    let mut input = csv.as_bytes();
    let (mut out, mut ends) = (vec![0u8; 1 << 20], vec![0usize; 256]);
    let mut rows = Vec::new();
    loop {
        let (result, nin, nout, nend) = rdr.read_record(input, &mut out, &mut ends);
        input = &input[nin..];
        match result {
            ReadRecordResult::Record => {
                let mut start = 0;
                let fields = ends[..nend]
                    .iter()
                    .map(|&end| {
                        let f = String::from_utf8_lossy(&out[start..end]).into_owned();
                        start = end;
                        f
                    })
                    .collect();
                rows.push(fields);
                let _ = nout;
            }
            ReadRecordResult::End => return rows,
            ReadRecordResult::InputEmpty => {}
            r => panic!("csv-core: {r:?}"),
        }
    }
}

/// One scraped listing as this test reads it.
struct Row {
    categories: Vec<String>,
    reviews: u64,
    rating: Option<f64>,
    pricing: String,
    editions: u64,
    languages: u64,
}

/// The scrape's listings (rows with a `Unique ID`).
fn listings(csv: &str) -> Vec<Row> {
    let all = rows(csv);
    let header = &all[0];
    let col = |n: &str| header.iter().position(|h| h == n).expect(n);
    let (id, rev, avg, price, need) = (
        col("Unique ID"),
        col("Reviews"),
        col("Average Rating"),
        col("Pricing"),
        col("Business Need"),
    );
    let (eds, langs) = (col("Salesforce Editions"), col("Languages"));
    let listed = |cell: &str| match cell.trim() {
        "" | "N/A" => 0,
        c => c.split(',').count() as u64,
    };
    all[1..]
        .iter()
        .filter(|r| !r[id].trim().is_empty())
        .map(|r| {
            let reviews = r[rev].trim().parse().unwrap_or(0);
            Row {
                categories: r[need]
                    .split(',')
                    .map(|c| c.trim().to_string())
                    .filter(|c| c != "N/A" && !c.is_empty())
                    .collect(),
                reviews,
                rating: r[avg].trim().parse().ok().filter(|_| reviews > 0),
                pricing: r[price].trim().to_string(),
                editions: listed(&r[eds]),
                languages: listed(&r[langs]),
            }
        })
        .collect()
}

/// USD per user per month, as docs/rules.md defines it.
fn price(pricing: &str) -> Option<f64> {
    let p = pricing
        .trim_start_matches("Starting at ")
        .strip_prefix('$')?;
    let (n, unit) = p.split_once(" USD/user/")?;
    let n: f64 = n.replace(',', "").parse().ok()?;
    match unit {
        "month" => Some(n),
        "year" => Some(n / 12.0),
        _ => None,
    }
}

/// The exact mid-rank percentile of `x` among `values`.
fn mid_rank(values: &[f64], x: f64) -> f64 {
    let eps = 1e-9;
    let below = values.iter().filter(|v| **v < x - eps).count() as f64;
    let equal = values.iter().filter(|v| (**v - x).abs() <= eps).count() as f64;
    (below + equal / 2.0) * 100.0 / values.len() as f64
}

/// A review export of `n` reviews whose average is `rating` as nearly as whole stars give.
fn review_export(n: u64, rating: Option<f64>) -> (String, Option<f64>) {
    let mut text = String::from("Date,Rating\n");
    let Some(rating) = rating else {
        return (text, None);
    };
    let sum = ((rating * n as f64).round() as u64).clamp(n, 5 * n);
    let (q, r) = (sum / n, sum % n);
    for i in 0..n {
        let stars = if i < r { q + 1 } else { q };
        text.push_str(&format!("2025-06-{:02},{stars}\n", 1 + i % 28));
    }
    (
        text,
        Some(((sum as f64 / n as f64) * 100.0).round() / 100.0),
    )
}

#[test]
fn percentiles_of_listings_drawn_from_the_scrape_match_an_independent_mid_rank() {
    let Some(csv) = scrape() else { return };
    let all = listings(&csv);
    let sample: Vec<&Row> = all
        .iter()
        .filter(|r| !r.categories.is_empty())
        .step_by(29)
        .collect();
    assert!(sample.len() >= 150, "only {} listings drawn", sample.len());
    let mut checked = [0usize; 3];
    for row in sample {
        let category = &row.categories[0];
        let members: Vec<&Row> = all
            .iter()
            .filter(|r| r.categories.contains(category))
            .collect();
        let (reviews, average) = review_export(row.reviews, row.rating);
        let input = Input {
            listing: format!("Categories: {category}\nPricing: {}", row.pricing),
            reviews,
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 6),
            ..Input::default()
        };
        let report = analyze(
            &input,
            chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
        );
        let standing = report
            .marketplace
            .categories
            .iter()
            .find(|c| &c.category == category)
            .unwrap_or_else(|| panic!("{category} is not in the report"));
        assert_eq!(standing.listings as usize, members.len(), "{category}");
        let metric = |m: Metric| -> &MetricStanding {
            standing.metrics.iter().find(|s| s.metric == m).unwrap()
        };
        let cases = [
            (
                Metric::Reviews,
                Some(row.reviews as f64),
                members.iter().map(|r| r.reviews as f64).collect::<Vec<_>>(),
            ),
            (
                Metric::Rating,
                average,
                members.iter().filter_map(|r| r.rating).collect(),
            ),
            (
                Metric::PriceUsdUserMonth,
                price(&row.pricing),
                members.iter().filter_map(|r| price(&r.pricing)).collect(),
            ),
        ];
        for (i, (m, mine, values)) in cases.into_iter().enumerate() {
            let got = metric(m);
            assert_eq!(got.of as usize, values.len(), "{category} {m:?}: of");
            let Some(x) = mine else {
                assert_eq!(
                    got.percentile, None,
                    "{category} {m:?}: no value, no percentile"
                );
                continue;
            };
            let exact = mid_rank(&values, x);
            let p = got.percentile.expect("a percentile");
            assert!(
                (p - exact).abs() <= 1.0,
                "{category} {m:?} {x}: report {p}, mid-rank {exact:.2} ({} listings)",
                values.len()
            );
            checked[i] += 1;
        }
    }
    println!(
        "checked percentiles: reviews {}, rating {}, price {}",
        checked[0], checked[1], checked[2]
    );
    assert!(
        checked.iter().all(|&c| c >= 20),
        "too few checked: {checked:?}"
    );
}

/// A listing's value of metric `m` in stored units (reviews, hundredths of a star, USD
/// cents, editions, languages), as docs/rules.md defines it.
fn stored(r: &Row, m: Metric) -> Option<u64> {
    match m {
        Metric::Reviews => Some(r.reviews),
        Metric::Rating => r.rating.map(|s| (s * 100.0).round() as u64),
        Metric::PriceUsdUserMonth => price(&r.pricing).map(|p| (p * 100.0).round() as u64),
        Metric::Editions => Some(r.editions),
        Metric::Languages => Some(r.languages),
    }
}

#[test]
fn every_stored_distribution_is_within_one_point_everywhere() {
    let Some(csv) = scrape() else { return };
    let all = listings(&csv);
    let market = Market::get().expect("the data file parses");
    let mut checked = 0usize;
    for category in &market.categories {
        let members: Vec<&Row> = all
            .iter()
            .filter(|r| category.name == "*" || r.categories.contains(&category.name))
            .collect();
        assert_eq!(
            category.listings as usize,
            members.len(),
            "{}",
            category.name
        );
        for (m, dist) in Metric::ALL.iter().zip(&category.metrics) {
            let values: Vec<f64> = members
                .iter()
                .filter_map(|r| stored(r, *m))
                .map(|v| v as f64)
                .collect();
            assert_eq!(dist.of as usize, values.len(), "{} {m:?}", category.name);
            if values.is_empty() {
                assert_eq!(dist.percentile(1), None);
                continue;
            }
            let mut distinct: Vec<u64> = values.iter().map(|v| *v as u64).collect();
            distinct.sort_unstable();
            // p25, the median and p75: the smallest value with at least that share of
            // the listings at or below it, exactly.
            for (q, k) in [(0.25, 1), (0.5, 2), (0.75, 3)] {
                let exact = distinct[(k * distinct.len()).div_ceil(4) - 1];
                assert_eq!(
                    dist.quantile(q),
                    Some(exact),
                    "{} {m:?} quantile {q}",
                    category.name
                );
            }
            distinct.dedup();
            // Every value held, and the plateaus between them (read one unit above each).
            let probes = distinct
                .iter()
                .flat_map(|&v| [v, v + 1])
                .chain(std::iter::once(0));
            for x in probes {
                let exact = mid_rank(&values, x as f64);
                let got = dist.percentile(x).expect("a percentile");
                assert!(
                    (got - exact).abs() <= 1.0,
                    "{} {m:?} at {x}: stored {got}, exact {exact:.2}",
                    category.name
                );
                checked += 1;
            }
        }
    }
    println!("checked {checked} values against the scrape");
}

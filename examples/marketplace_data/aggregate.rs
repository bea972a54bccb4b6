//! The marketplace aggregates: from the July 2025 listing scrape (CSV text) to the
//! numbers-only data file the engine embeds (`data/marketplace-2025-07.txt`).
//!
//! Shared by the generator (`cargo run --example marketplace_data`) and by
//! `tests/suite/marketplace_data.rs`, which regenerates the file and fails when it differs. The
//! metric definitions and the file's format are those of docs/rules.md ("Against the
//! marketplace", "The data file"): per category the pricing-model and edition shares, and
//! per metric the values at the ranks [`ranks`] names (every value below 53 listings;
//! else evenly spaced ranks, the quartiles exact), written as differences. The listings
//! count is not written: it is the number the `reviews` line counts.

use std::collections::BTreeMap;

use listing_analyzer::engine::marketplace::data::ranks;

/// The source named in the data file.
pub const SOURCE: &str = "AppExchange listings scraped on 20 July 2025 (public GitHub repository theabhishek26/Web-Scrapping-Salesforce-data)";

/// The editions the scrape's `Salesforce Editions` column names, in file order.
pub const EDITIONS: [&str; 6] = [
    "Professional",
    "Enterprise",
    "Unlimited",
    "Force.com",
    "Developer",
    "Essentials",
];

/// The pricing models of the scrape's `Pricing` column: a shown price counts as paid.
pub const MODELS: [&str; 5] = ["Free", "Freemium", "Paid", "Paid Add-On Required", "N/A"];

/// The best rating in hundredths of a star: rating lines store how far each stored
/// rating falls short of it.
pub const TOP_RATING: u64 = 500;

/// The metrics, in data-file order.
pub const METRICS: [&str; 5] = [
    "reviews",
    "rating",
    "price_usd_user_month",
    "editions",
    "languages",
];

/// One listing's figures, as the metric definitions read them.
struct Listing {
    categories: Vec<String>,
    metrics: [Option<u64>; 5],
    model: usize,
    editions: Vec<String>,
    languages: Vec<String>,
}

/// Splits CSV text into records of fields (quoted fields may hold commas, doubled quotes
/// and line breaks).
fn records(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                out.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        out.push(record);
    }
    out
}

/// The entries of a comma-separated cell; `N/A` and an empty cell hold none.
fn entries(cell: &str) -> Vec<String> {
    let cell = cell.trim();
    if cell.is_empty() || cell == "N/A" {
        return Vec::new();
    }
    cell.split(',').map(|e| e.trim().to_string()).collect()
}

/// A price in USD cents per user per month: `[Starting at ]$N USD/user/month` (or
/// `/year`, divided by 12, rounded to the cent).
fn price_cents(pricing: &str) -> Option<u64> {
    let p = pricing.trim();
    let p = p.strip_prefix("Starting at ").unwrap_or(p);
    let rest = p.strip_prefix('$')?;
    let (number, unit) = rest.split_once(" USD/user/")?;
    let per_year = match unit {
        "month" => false,
        "year" => true,
        _ => return None,
    };
    let dollars: f64 = number.replace(',', "").parse().ok()?;
    let cents = dollars * 100.0;
    let cents = if per_year { cents / 12.0 } else { cents };
    Some(cents.round() as u64)
}

/// The pricing model's index in [`MODELS`].
fn model(pricing: &str) -> usize {
    match pricing.trim() {
        "Free" => 0,
        "Freemium" => 1,
        "Paid Add-On Required" => 3,
        "N/A" | "" => 4,
        _ => 2,
    }
}

/// Reads the listings of the scrape (rows without a `Unique ID` are blank and skipped).
fn listings(csv: &str) -> Vec<Listing> {
    let mut rows = records(csv).into_iter();
    let header = rows.next().unwrap_or_default();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("column {name} missing"))
    };
    let (id, reviews, rating, pricing) = (
        col("Unique ID"),
        col("Reviews"),
        col("Average Rating"),
        col("Pricing"),
    );
    let (need, editions, languages) = (
        col("Business Need"),
        col("Salesforce Editions"),
        col("Languages"),
    );
    rows.filter(|r| r.get(id).is_some_and(|v| !v.trim().is_empty()))
        .map(|r| {
            let cell = |i: usize| r.get(i).map_or("", String::as_str);
            let review_count: u64 = cell(reviews).trim().parse().unwrap_or(0);
            let stars = cell(rating).trim().parse::<f64>().ok();
            let rating_h = stars
                .filter(|_| review_count >= 1)
                .map(|s| (s * 100.0).round() as u64);
            let (eds, langs) = (entries(cell(editions)), entries(cell(languages)));
            let mut categories = entries(cell(need));
            categories.sort();
            categories.dedup();
            Listing {
                categories,
                metrics: [
                    Some(review_count),
                    rating_h,
                    price_cents(cell(pricing)),
                    Some(eds.len() as u64),
                    Some(langs.len() as u64),
                ],
                model: model(cell(pricing)),
                editions: eds,
                languages: langs,
            }
        })
        .collect()
}

/// A distribution's line (see docs/rules.md, "The data file"): the values at
/// [`ranks`]`(n)` of the `n` sorted values, each written as its difference from the one
/// before (`delta:repeat` when the same value comes `repeat` times), prefixed with `n/`
/// when not every value is stored and `prefix` asks for it. `scale` 100 writes cents as
/// dollars; `short_of` writes each rating as hundredths of a star short of that top, the
/// highest rating first.
fn line(mut values: Vec<u64>, scale: u64, short_of: Option<u64>, prefix: bool) -> String {
    values.sort_unstable();
    let n = u32::try_from(values.len()).unwrap_or(u32::MAX);
    let mut stored: Vec<u64> = ranks(n)
        .into_iter()
        .filter_map(|r| values.get(r as usize).copied())
        .collect();
    let complete = stored.len() == values.len();
    if let Some(top) = short_of {
        stored = stored.iter().rev().map(|v| top - v).collect();
    }
    let mut runs: Vec<(u64, usize)> = Vec::new();
    for v in stored {
        match runs.last_mut() {
            Some((last, c)) if *last == v => *c += 1,
            _ => runs.push((v, 1)),
        }
    }
    let mut previous = 0u64;
    let tokens: Vec<String> = runs
        .into_iter()
        .map(|(v, c)| {
            let mut t = delta(v - previous, scale);
            previous = v;
            if c != 1 {
                t.push_str(&format!(":{c}"));
            }
            t
        })
        .collect();
    let body = tokens.join(" ");
    if prefix && !complete {
        format!("{n}/{body}")
    } else {
        body
    }
}

/// A difference of stored values written in reported units: whole when `scale` is 1,
/// else with up to two decimals (cents as dollars: `2500` → `25`, `833` → `8.33`).
fn delta(d: u64, scale: u64) -> String {
    if scale == 1 || d % scale == 0 {
        return (d / scale).to_string();
    }
    let s = format!("{}.{:02}", d / scale, d % scale);
    s.trim_end_matches('0').to_string()
}

/// `count` of `n` as a whole percentage.
fn percent(count: usize, n: usize) -> usize {
    (count * 100 + n / 2).checked_div(n).unwrap_or(0)
}

/// The shares (whole percentages) of `members` that name each of `names`.
fn shares<'a>(
    members: &[&'a Listing],
    names: &[&str],
    of: impl Fn(&'a Listing) -> &'a [String],
) -> String {
    names
        .iter()
        .map(|name| {
            let count = members
                .iter()
                .filter(|l| of(l).iter().any(|x| x == name))
                .count();
            percent(count, members.len()).to_string()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The data file's text for the scrape `csv` (its header row included).
pub fn aggregate(csv: &str) -> String {
    let all = listings(csv);
    let mut by_category: BTreeMap<&str, Vec<&Listing>> = BTreeMap::new();
    by_category.insert("*", all.iter().collect());
    for l in &all {
        for c in &l.categories {
            by_category.entry(c.as_str()).or_default().push(l);
        }
    }
    let mut languages: Vec<&str> = all
        .iter()
        .flat_map(|l| l.languages.iter().map(String::as_str))
        .collect();
    languages.sort_unstable();
    languages.dedup();

    let mut sections: Vec<(String, Vec<String>)> = vec![
        ("categories".into(), Vec::new()),
        ("pricing_models".into(), Vec::new()),
        ("editions_share".into(), Vec::new()),
    ];
    sections.extend(METRICS.iter().map(|m| (m.to_string(), Vec::new())));
    for (name, members) in &by_category {
        let n = members.len();
        let models = (0..MODELS.len())
            .map(|m| percent(members.iter().filter(|l| l.model == m).count(), n).to_string())
            .collect::<Vec<_>>()
            .join(" ");
        let mut row = vec![
            name.to_string(),
            models,
            shares(members, &EDITIONS, |l| &l.editions),
        ];
        row.extend((0..METRICS.len()).map(|m| {
            let values = members.iter().filter_map(|l| l.metrics[m]).collect();
            match METRICS[m] {
                "price_usd_user_month" => line(values, 100, None, true),
                "rating" => line(values, 1, Some(TOP_RATING), true),
                "reviews" => line(values, 1, None, true),
                _ => line(values, 1, None, false),
            }
        }));
        for ((_, lines), cell) in sections.iter_mut().zip(row) {
            lines.push(cell);
        }
    }

    let mut out = String::from(
        "# AppExchange marketplace aggregates, numbers only: generated by `cargo run --example marketplace_data`; see docs/rules.md.\n",
    );
    out.push_str(&format!("source {SOURCE}\nas_of 2025-07-20\n"));
    out.push_str(&format!("pricing_models {}\n", MODELS.join(";")));
    out.push_str(&format!("editions {}\n", EDITIONS.join(";")));
    out.push_str(&format!("languages {}\n", languages.join(";")));
    // Language shares of the whole marketplace only: per category they would cost about
    // 1.2 KB gzip of the page for a column that is English for 99 % of listings.
    let everyone: Vec<&Listing> = all.iter().collect();
    out.push_str(&format!(
        "languages_share {}\n",
        shares(&everyone, &languages, |l| &l.languages)
    ));
    for (name, lines) in sections {
        out.push_str(&format!("[{name}]\n"));
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

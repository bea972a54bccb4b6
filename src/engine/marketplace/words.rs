//! The listing's price read from its pricing text, and the sentences of the comparison.

use super::Metric;
use crate::engine::decimal::{finite, fixed, shortest};

/// Marks of currencies other than US dollars (lower case): such prices are left out.
const OTHER_CURRENCIES: &[&str] = &["€", "£", "¥", "eur", "gbp", "aud", "cad", "a$", "c$"];

/// The first number of `text` (digits with `,` thousands and one `.`), as a float.
fn first_number(text: &str) -> Option<f64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = text.get(start..)?;
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    let number = rest
        .get(..end)?
        .trim_end_matches(['.', ','])
        .replace(',', "");
    finite(&number)
}

/// A price in USD cents per user per month read from a pricing text: a number after `$`
/// (or beside `USD`), "per user" (`/user`, per seat) and a month or a year (divided by
/// 12, rounded to the cent). `None` for free text, other currencies and per-company
/// prices.
pub fn price_cents(text: &str) -> Option<u64> {
    let l = text.to_ascii_lowercase();
    if OTHER_CURRENCIES.iter().any(|c| l.contains(c)) {
        return None;
    }
    let from = l.find('$').or_else(|| l.find("usd").map(|_| 0))?;
    let after = l.get(from..)?;
    let dollars = first_number(after)?;
    let per_user = ["per user", "/user", "user/", "per seat", "/seat"]
        .iter()
        .any(|p| after.contains(p));
    let month = ["month", "/mo"].iter().filter_map(|p| after.find(p)).min();
    let year = ["year", "annual", "/yr"]
        .iter()
        .filter_map(|p| after.find(p))
        .min();
    let per_year = match (month, year) {
        (Some(m), Some(y)) => y < m,
        (None, Some(_)) => true,
        (Some(_), None) => false,
        (None, None) => return None,
    };
    if !per_user {
        return None;
    }
    let cents = dollars * 100.0 / if per_year { 12.0 } else { 1.0 };
    (cents.is_finite() && cents >= 0.0).then(|| cents.round() as u64)
}

/// `n` with a comma every three digits ("5,322").
pub fn grouped(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A value of `metric` in words ("3 reviews", "4.8 stars", "$25", "1 language").
pub fn value(metric: Metric, v: f64) -> String {
    let trimmed = |x: f64| {
        let s = fixed(x, 2);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let count = |one: &str, many: &str| {
        let unit = if (v - 1.0).abs() < 1e-9 { one } else { many };
        format!("{} {unit}", trimmed(v))
    };
    match metric {
        Metric::Reviews => count("review", "reviews"),
        Metric::Rating => count("star", "stars"),
        Metric::PriceUsdUserMonth => format!("${}", trimmed(v)),
        Metric::Editions => count("edition", "editions"),
        Metric::Languages => count("language", "languages"),
    }
}

/// What to give to be placed, per metric.
const fn ask(metric: Metric) -> &'static str {
    match metric {
        Metric::Reviews | Metric::Rating => "paste your reviews to place yours",
        Metric::PriceUsdUserMonth => "give a price in USD per user per month to place yours",
        Metric::Editions => "name the editions you support to place yours",
        Metric::Languages => "name your languages to place yours",
    }
}

/// The sentence for one metric: the percentile when there is one ("More reviews than 97%
/// of the 119 Document Generation listings."), else the median and what to give.
pub fn sentence(
    metric: Metric,
    percentile: Option<f64>,
    median: Option<f64>,
    of: u32,
    group: &str,
) -> String {
    let (more, counted) = metric.words();
    let among = format!("the {} {group}{counted}", grouped(of));
    match (percentile, median) {
        (Some(p), _) => format!("{more} {}% of {among}.", shortest(p.round())),
        (None, Some(m)) => format!(
            "Median {} among {among}; {}.",
            value(metric, m),
            ask(metric)
        ),
        (None, None) => format!("No {group}{counted} to compare with."),
    }
}

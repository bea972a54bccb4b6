//! Reading structured facts out of listing values: highlight items, screenshot count and
//! pricing model.

use super::labels::strip_bullet;
use crate::engine::model::PricingModel;

/// Splits a highlights value into items.
///
/// Bullet lines start items and unmarked lines continue the item above. Without any bullet,
/// each line is an item, and a single line is split on `;`, `•` and ` | `.
pub(super) fn highlights(value: &str) -> Vec<String> {
    let lines: Vec<&str> = value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let any_bullet = lines.iter().any(|l| strip_bullet(l).is_some());
    let mut items: Vec<String> = Vec::new();
    if !any_bullet {
        if let [only] = lines.as_slice() {
            return only
                .split([';', '•'])
                .flat_map(|p| p.split(" | "))
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
        }
        return lines.iter().map(|l| l.to_string()).collect();
    }
    for line in lines {
        match (strip_bullet(line), items.last_mut()) {
            (Some(item), _) => items.push(item.to_string()),
            (None, Some(last)) => {
                last.push(' ');
                last.push_str(line);
            }
            (None, None) => items.push(line.to_string()),
        }
    }
    items.retain(|i| !i.is_empty());
    items
}

/// What a screenshots value says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ScreenshotCount {
    /// A count, given or counted.
    Count(u32),
    /// A number too large to be a count.
    TooLarge,
}

/// Reads a screenshot count: a leading number on a one-line value ("5", "5 screenshots"),
/// "none"/"no" for zero, comma-separated names on one line, or one per non-empty line.
pub(super) fn screenshots(value: &str) -> ScreenshotCount {
    let lines: Vec<&str> = value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if let [only] = lines.as_slice() {
        let digits = only.bytes().take_while(u8::is_ascii_digit).count();
        let after = only.get(digits..).unwrap_or("");
        if digits > 0 && (after.is_empty() || after.starts_with(char::is_whitespace)) {
            return only
                .get(..digits)
                .and_then(|d| d.parse::<u32>().ok())
                .map_or(ScreenshotCount::TooLarge, ScreenshotCount::Count);
        }
        let lower = only.to_ascii_lowercase();
        if lower == "none"
            || lower == "no"
            || lower.starts_with("none ")
            || lower.starts_with("no ")
        {
            return ScreenshotCount::Count(0);
        }
        let parts = only.split(',').filter(|p| !p.trim().is_empty()).count();
        return ScreenshotCount::Count(u32::try_from(parts).unwrap_or(u32::MAX));
    }
    ScreenshotCount::Count(u32::try_from(lines.len()).unwrap_or(u32::MAX))
}

/// The pricing model a pricing value names, if any.
///
/// "Paid add-on required" (or "add-on required", "requires a paid …") wins; then
/// "freemium"; a value naming both free (not "free trial") and paid/price terms is
/// freemium; price terms (`paid`, a currency sign, "per user", "/month", "subscription"…)
/// make it paid; "free" alone makes it free.
pub(super) fn pricing_model(value: &str) -> Option<PricingModel> {
    let l = value.to_lowercase();
    let has = |p: &str| l.contains(p);
    if [
        "add-on required",
        "add on required",
        "addon required",
        "paid add-on",
        "paid add on",
        "requires a paid",
        "requires paid",
    ]
    .iter()
    .any(|p| has(p))
    {
        return Some(PricingModel::PaidAddOnRequired);
    }
    if has("freemium") {
        return Some(PricingModel::Freemium);
    }
    let words: Vec<&str> = l
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let free = words
        .iter()
        .enumerate()
        .any(|(i, w)| *w == "free" && words.get(i + 1).is_none_or(|n| *n != "trial"));
    let paid = words.iter().any(|w| {
        matches!(
            *w,
            "paid" | "usd" | "eur" | "gbp" | "subscription" | "monthly" | "annually" | "yearly"
        )
    }) || ['$', '€', '£', '¥'].iter().any(|c| l.contains(*c))
        || [
            "per user",
            "/user",
            "per month",
            "/month",
            "per year",
            "/year",
            "per org",
            "/org",
        ]
        .iter()
        .any(|p| has(p));
    match (free, paid) {
        (true, true) => Some(PricingModel::Freemium),
        (false, true) => Some(PricingModel::Paid),
        (true, false) => Some(PricingModel::Free),
        (false, false) => None,
    }
}

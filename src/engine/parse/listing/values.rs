//! Reading structured facts out of listing values: list entries, highlight items,
//! editions, screenshot count and pricing model; the title in a top heading; tidy values.

use super::labels::strip_bullet;
use crate::engine::model::{ListingField, PricingModel};
use crate::engine::parse::{snippet, span_of};
use crate::engine::rules::listing_words;

/// Bullet entries of `lines`: a bullet line starts an entry, an unmarked line continues
/// the entry above (or starts one when there is none). Bold markers are dropped.
fn bullet_items(lines: &[&str]) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for line in lines {
        match (strip_bullet(line), items.last_mut()) {
            (Some(item), _) => items.push(unbold(item)),
            (None, Some(last)) => {
                last.push(' ');
                last.push_str(&unbold(line));
            }
            (None, None) => items.push(unbold(line)),
        }
    }
    items.retain(|i| !i.is_empty());
    items
}

/// `text` without Markdown bold markers (`**`, `__`).
pub(super) fn unbold(text: &str) -> String {
    text.replace("**", "").replace("__", "").trim().to_string()
}

/// The non-empty, trimmed lines of `value`.
fn lines_of(value: &str) -> Vec<&str> {
    value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// Splits a value into entries: bullets (with continuation lines), else one per line,
/// else a single line split on `separators` and ` | `, dropping a leading "and"/"or" of a
/// part when `conjunctions` is set. A comma inside a number (`$1,000`) or inside a known
/// name (`Engineering, Construction & Real Estate`) does not split.
fn entries(value: &str, separators: &[char], conjunctions: bool) -> Vec<String> {
    let lines = lines_of(value);
    if lines.iter().any(|l| strip_bullet(l).is_some()) {
        return bullet_items(&lines);
    }
    let [only] = lines.as_slice() else {
        return lines.iter().map(|l| unbold(l)).collect();
    };
    let parts: Vec<&str> = only
        .split(separators)
        .flat_map(|p| p.split(" | "))
        .collect();
    rejoin(only, &parts)
        .into_iter()
        .map(|p| {
            let p = p.trim();
            let dropped = p.strip_prefix("and ").or_else(|| p.strip_prefix("or "));
            unbold(dropped.filter(|_| conjunctions).unwrap_or(p))
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// Joins back the parts of `line` that a comma split inside a number (`$1,000`) or a known
/// name holding a comma (`Travel, Transportation & Hospitality`). `parts` are consecutive
/// slices of `line`.
fn rejoin<'a>(line: &'a str, parts: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::with_capacity(parts.len());
    let mut k = 0;
    while let Some(&part) = parts.get(k) {
        let mut end = k;
        // A known name with commas spans up to three parts.
        for last in (k + 1..(k + 3).min(parts.len())).rev() {
            let joined = span_of(line, part, parts.get(last).copied().unwrap_or(part));
            let known = listing_words::INDUSTRIES
                .iter()
                .any(|n| n.contains(',') && joined.is_some_and(|j| listing_words::same_name(n, j)));
            if known {
                end = last;
                break;
            }
        }
        // A thousands separator: a digit before the comma, three digits after it.
        while let (Some(a), Some(b)) = (parts.get(end), parts.get(end + 1)) {
            let digit_before = a.ends_with(|c: char| c.is_ascii_digit());
            let three_after = b.len() >= 3
                && b.bytes().take(3).all(|c| c.is_ascii_digit())
                && !b.as_bytes().get(3).is_some_and(u8::is_ascii_digit);
            if !(digit_before && three_after) {
                break;
            }
            end += 1;
        }
        out.push(span_of(line, part, parts.get(end).copied().unwrap_or(part)).unwrap_or(part));
        k = end + 1;
    }
    out
}

/// Splits a highlights value into items: bullets (unmarked lines continue the item above),
/// else each line, else a single line split on `;`, `•` and ` | `.
pub(super) fn highlights(value: &str) -> Vec<String> {
    entries(value, &[';', '•'], false)
}

/// Splits a list value (categories, markets, screenshots, …) into entries: bullets (with
/// continuation lines), else one per line, else a single line split on `,`, `;`, `•` and
/// ` | ` (a leading "and"/"or" of a part is dropped).
pub(super) fn list_items(value: &str) -> Vec<String> {
    entries(value, &[',', ';', '•'], true)
}

/// The editions `text` names, in the order they appear, each once.
pub(super) fn edition_names(text: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let mut found: Vec<(usize, &str)> = listing_words::EDITIONS
        .iter()
        .filter_map(|name| whole_word(&lower, &name.to_ascii_lowercase()).map(|at| (at, *name)))
        .collect();
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, n)| n.to_string()).collect()
}

/// The byte offset of the first whole-word occurrence of `word` in `text`.
fn whole_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| t.find(word)) {
        let at = from + i;
        let end = at + word.len();
        let before = text.get(..at).and_then(|t| t.chars().last());
        let after = text.get(end..).and_then(|t| t.chars().next());
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(at);
        }
        from = end;
    }
    None
}

/// Whether a line names Salesforce editions: it says "edition" and names at least one.
pub(super) fn names_editions(line: &str) -> bool {
    line.to_ascii_lowercase().contains("edition") && !edition_names(line).is_empty()
}

/// Words that may stand around edition names in an editions entry
/// ("Unlimited and Developer Edition").
const EDITION_FILLER: &[&str] = &[
    "and",
    "or",
    "&",
    "/",
    "+",
    "edition",
    "editions",
    "salesforce",
];

/// The editions of one editions entry: the names it gives when it holds only edition names
/// and filler words, else the entry as written (an edition the analyzer does not know).
fn edition_entry(entry: &str) -> Vec<String> {
    let names = edition_names(entry);
    if names.is_empty() {
        return vec![entry.to_string()];
    }
    let mut rest = entry.to_ascii_lowercase();
    for n in &names {
        rest = rest.replace(&n.to_ascii_lowercase(), " ");
    }
    let only_names = rest
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .all(|w| EDITION_FILLER.contains(&w));
    if only_names {
        names
    } else {
        vec![entry.to_string()]
    }
}

/// The entries of a field value as shown in "how your listing was read": one per entry for
/// a list field (an editions entry by the edition names it gives), one string for a text
/// field. Entries the field's vocabulary does not know are kept as written; see
/// [`unknown_items`].
pub(super) fn items(field: ListingField, value: &str) -> Vec<String> {
    match field {
        ListingField::Highlights => highlights(value),
        ListingField::Editions => {
            let mut out: Vec<String> = Vec::new();
            for entry in list_items(value) {
                for name in edition_entry(&entry) {
                    if !out.contains(&name) {
                        out.push(name);
                    }
                }
            }
            out
        }
        f if f.is_list() => list_items(value),
        _ => vec![value.to_string()],
    }
}

/// The items of `field` that its vocabulary (the marketplace's own words, see
/// [`listing_words`]) does not know, in order.
pub(super) fn unknown_items(field: ListingField, items: &[String]) -> Vec<String> {
    items
        .iter()
        .filter(|i| !listing_words::is_known(field, i))
        .cloned()
        .collect()
}

/// The note naming the items of a list field that the marketplace does not use, kept as
/// written; `None` when there are none.
pub(super) fn unknown_note(field: ListingField, unknown: &[String]) -> Option<String> {
    const SHOWN: usize = 5;
    let first = unknown.first()?;
    let (one, many) = match field {
        ListingField::Editions => ("an edition", "edition"),
        ListingField::Languages => ("a language", "language"),
        ListingField::Categories => ("a category", "category"),
        _ => ("an industry", "industry"),
    };
    let quoted: Vec<String> = unknown
        .iter()
        .take(SHOWN)
        .map(|u| format!("\u{201c}{}\u{201d}", snippet(u, 40)))
        .collect();
    let more = unknown.len().saturating_sub(SHOWN);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    let (list, is) = if unknown.len() == 1 {
        (
            format!("\u{201c}{}\u{201d}", snippet(first, 40)),
            format!("is not {one} name"),
        )
    } else {
        (
            format!("{}{more}", quoted.join(", ")),
            format!("are not {many} names"),
        )
    };
    Some(format!(
        "{list} {is} the marketplace uses (its July 2025 listings): kept as \
         written; check the name in the listing builder."
    ))
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
/// "none"/"no" for zero, else one per entry of the list (bullets, lines, or names separated
/// by commas on one line).
pub(super) fn screenshots(value: &str) -> ScreenshotCount {
    let lines = lines_of(value);
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
    }
    ScreenshotCount::Count(u32::try_from(list_items(value).len()).unwrap_or(u32::MAX))
}

/// The pricing model a pricing value names, if any.
///
/// "Paid add-on required" (or "add-on required", "requires a paid …") wins; then
/// "freemium"; a value naming both free (not "free trial") and paid/price terms is
/// freemium; price terms (`paid`, a currency sign, "per user", "/month", "subscription"…)
/// make it paid; "free" alone makes it free.
pub(super) fn pricing_model(value: &str) -> Option<PricingModel> {
    let l = value.to_ascii_lowercase();
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
    // Every amount after a currency sign is zero ("Free ($0)", "$0 per user per month"):
    // no price, so the listing is free (a tester saw the review fee charged for "$0").
    let mut amounts = sign_amounts(&l).peekable();
    let zero_price = amounts.peek().is_some() && amounts.all(|zero| zero);
    let free = free || zero_price;
    let priced = !zero_price
        && (['$', '€', '£', '¥'].iter().any(|c| l.contains(*c))
            || words
                .iter()
                .any(|w| listing_words::CURRENCY_CODES.contains(w))
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
            .any(|p| has(p)));
    let paid = priced
        || words.iter().any(|w| {
            matches!(
                *w,
                "paid" | "subscription" | "monthly" | "annually" | "yearly"
            )
        });
    match (free, paid) {
        (true, true) => Some(PricingModel::Freemium),
        (false, true) => Some(PricingModel::Paid),
        (true, false) => Some(PricingModel::Free),
        (false, false) => None,
    }
}

/// For each currency sign in `l`, whether the amount after it is zero (`$0`, `€0.00`);
/// a sign with no number after it counts as a price.
fn sign_amounts(l: &str) -> impl Iterator<Item = bool> + '_ {
    l.char_indices()
        .filter(|(_, c)| matches!(c, '$' | '€' | '£' | '¥'))
        .map(move |(i, c)| {
            let rest = l.get(i + c.len_utf8()..).unwrap_or("").trim_start();
            let number: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
                .collect();
            number.bytes().any(|b| b.is_ascii_digit())
                && number.bytes().all(|b| matches!(b, b'0' | b'.' | b','))
        })
}

/// Words of a top heading that describe the document rather than name the app.
const DOCUMENT_WORDS: &[&str] = &["appexchange", "listing", "draft"];

/// The app's name in a top heading: the part that does not describe the document
/// ("AppExchange Listing — Acme" → "Acme", "Acme Sync listing" → "Acme Sync").
pub(super) fn title_from_heading(heading: &str) -> String {
    let is_doc_word = |w: &str| DOCUMENT_WORDS.contains(&w.to_ascii_lowercase().as_str());
    let parts: Vec<&str> = heading
        .split(['—', '–', '|', ':'])
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let named = parts
        .iter()
        .find(|p| !p.split_whitespace().any(is_doc_word))
        .or_else(|| parts.first())
        .copied()
        .unwrap_or(heading);
    let mut words: Vec<&str> = named.split_whitespace().collect();
    while words.len() > 1 && words.last().is_some_and(|w| is_doc_word(w)) {
        words.pop();
    }
    words.join(" ")
}

/// Trims a value and drops trailing spaces of its lines, keeping line breaks.
pub(super) fn tidy(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for (i, line) in value.trim().lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line.trim_end());
    }
    out
}

//! Listing labels: synonyms, normalisation and the rule for telling labels from prose.

use crate::engine::model::ListingField;

/// Every accepted label, normalised (lower case, single spaces), with its field.
const SYNONYMS: &[(&str, ListingField)] = &[
    ("title", ListingField::Title),
    ("name", ListingField::Title),
    ("app name", ListingField::Title),
    ("app title", ListingField::Title),
    ("listing title", ListingField::Title),
    ("tagline", ListingField::Tagline),
    ("brief description", ListingField::Tagline),
    ("short description", ListingField::Tagline),
    ("abstract", ListingField::Tagline),
    ("description", ListingField::Description),
    ("overview", ListingField::Description),
    ("long description", ListingField::Description),
    ("full description", ListingField::Description),
    ("highlights", ListingField::Highlights),
    ("key features", ListingField::Highlights),
    ("features", ListingField::Highlights),
    ("feature highlights", ListingField::Highlights),
    ("pricing", ListingField::Pricing),
    ("price", ListingField::Pricing),
    ("pricing model", ListingField::Pricing),
    ("pricing details", ListingField::Pricing),
    ("markets", ListingField::Markets),
    ("market", ListingField::Markets),
    ("listing market", ListingField::Markets),
    ("listing markets", ListingField::Markets),
    ("countries", ListingField::Markets),
    ("regions", ListingField::Markets),
    ("categories", ListingField::Categories),
    ("category", ListingField::Categories),
    ("industries", ListingField::Industries),
    ("industry", ListingField::Industries),
    ("editions", ListingField::Editions),
    ("supported editions", ListingField::Editions),
    ("compatible editions", ListingField::Editions),
    ("salesforce editions", ListingField::Editions),
    ("languages", ListingField::Languages),
    ("language", ListingField::Languages),
    ("supported languages", ListingField::Languages),
    ("screenshots", ListingField::Screenshots),
    ("screenshot", ListingField::Screenshots),
    ("images", ListingField::Screenshots),
    ("video", ListingField::Video),
    ("demo video", ListingField::Video),
    ("demo", ListingField::Video),
    ("support", ListingField::Support),
    ("support info", ListingField::Support),
    ("support information", ListingField::Support),
    ("support contact", ListingField::Support),
    ("documentation", ListingField::Documentation),
    ("technical documentation", ListingField::Documentation),
    ("docs", ListingField::Documentation),
    ("installation guide", ListingField::Documentation),
    ("installation instructions", ListingField::Documentation),
    ("gtm resources", ListingField::GtmResources),
    ("go to market resources", ListingField::GtmResources),
    ("marketing resources", ListingField::GtmResources),
    ("sales collateral", ListingField::GtmResources),
];

/// Words that begin ordinary sentences with a colon ("Note: this syncs hourly"); a line
/// starting with one of them is never an unknown label.
const PROSE_LEAD_INS: &[&str] = &[
    "note",
    "notes",
    "nb",
    "n.b",
    "tip",
    "tips",
    "pro tip",
    "warning",
    "important",
    "example",
    "examples",
    "e.g",
    "eg",
    "i.e",
    "ie",
    "ps",
    "p.s",
    "caution",
    "disclaimer",
    "hint",
    "update",
    "fyi",
    "q",
    "a",
    "question",
    "answer",
    "result",
    "results",
    "bonus",
    "why",
    "how",
    "also",
    "plus",
    "step",
    "for example",
    "in short",
    "tl;dr",
    "tldr",
    "http",
    "https",
    "mailto",
];

/// Normalises a label as written: drops `**`, `__`, backticks, quotes (and the `{` or `,` of
/// broken JSON) around it and a
/// trailing colon, collapses spaces, lower-cases, and reads `_`/`-` as spaces.
pub(super) fn normalize(label: &str) -> String {
    let t = label
        .trim()
        .trim_matches(|c: char| matches!(c, '*' | '_' | '`' | '"' | '\'' | '{' | ','))
        .trim()
        .trim_end_matches(':')
        .trim_matches(|c: char| matches!(c, '*' | '_' | '`'));
    let mut out = String::with_capacity(t.len());
    for word in t.split(|c: char| c.is_whitespace() || c == '_' || c == '-') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The field a label names, if any.
pub(super) fn lookup(label: &str) -> Option<ListingField> {
    let n = normalize(label);
    let n = n.strip_suffix(" (optional)").unwrap_or(&n);
    SYNONYMS.iter().find(|(s, _)| *s == n).map(|(_, f)| *f)
}

/// Whether a label that is not a known one still looks like a label: one to four words,
/// starting with a letter, made of letters, digits, spaces and `&`, `/`, `-`, `'`, `(`, `)`,
/// and not a common prose lead-in ("Note", "Example", …).
pub(super) fn plausible_unknown(label: &str) -> bool {
    let n = normalize(label);
    let words = n.split(' ').count();
    !n.is_empty()
        && words <= 4
        && n.chars().next().is_some_and(char::is_alphabetic)
        && n.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '&' | '/' | '\'' | '(' | ')'))
        && !PROSE_LEAD_INS.contains(&n.as_str())
}

/// The text of a bullet line without its marker (`-`, `*`, `+`, `•`, `1.`, `1)`), or
/// `None` when `line` is not a bullet.
pub(super) fn strip_bullet(line: &str) -> Option<&str> {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix('•').or_else(|| t.strip_prefix('▪')) {
        return Some(rest.trim());
    }
    for m in ["- ", "* ", "+ ", "– ", "— "] {
        if let Some(rest) = t.strip_prefix(m) {
            return Some(rest.trim());
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = t.get(digits..).unwrap_or("");
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(r.trim());
        }
    }
    None
}

/// A markdown heading: its level (1–6) and text, or `None`.
pub(super) fn heading(line: &str) -> Option<(usize, &str)> {
    let t = line.trim();
    let level = t.bytes().take_while(|b| *b == b'#').count();
    let rest = t.get(level..)?;
    if !(1..=6).contains(&level) || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim();
    (!text.is_empty()).then_some((level, text))
}

/// Splits `Label: value` at the first colon, tolerating bold markers on either side
/// (`**Title:** Acme`, `**Title**: Acme`). Returns `None` when there is no colon, the label
/// part is empty, or the colon starts a URL (`https://…`).
pub(super) fn split_label(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    let colon = t.find(':')?;
    let label = t.get(..colon)?;
    let rest = t.get(colon + 1..)?;
    if rest.starts_with("//") || normalize(label).is_empty() {
        return None;
    }
    let value = rest.trim_start_matches(['*', '_']).trim();
    Some((label, value))
}

//! Listing labels: the vocabulary real drafts use, normalisation (bold markers, trailing
//! colons and bracketed hints such as "(3 required, 250 char each)"), and the shapes of a
//! label line, a heading and a bullet.

use super::Target;
use crate::engine::model::ListingField as F;
use Target::{Known, Other, Requirements, StandIn};

/// Every accepted label, normalised (lower case, single spaces), with what it names, in
/// byte order (looked up by binary search; a unit test keeps it sorted).
///
/// `Known` labels name a field outright. `StandIn` labels fill a field only when no label
/// names it outright ("Key Features" are the highlights unless a Highlights section exists;
/// a "Brief Description" is the tagline unless a Tagline is given). `Other` sections are
/// recognised and kept under their own name but not checked; `Requirements` is kept too,
/// and the editions named inside it are read.
const SYNONYMS: &[(&str, Target)] = &[
    ("abstract", Known(F::Tagline)),
    ("app name", Known(F::Title)),
    ("app title", Known(F::Title)),
    ("brief description", StandIn(F::Tagline)),
    ("business need", Known(F::Categories)),
    ("business needs", Known(F::Categories)),
    ("case studies", Known(F::GtmResources)),
    ("case study", Known(F::GtmResources)),
    ("categories", Known(F::Categories)),
    ("category", Known(F::Categories)),
    ("compatible editions", Known(F::Editions)),
    ("countries", Known(F::Markets)),
    ("data sheet", Known(F::GtmResources)),
    ("datasheet", Known(F::GtmResources)),
    ("demo", Known(F::Video)),
    ("demo video", Known(F::Video)),
    // A script is what the video will say, not a video: kept by name, not checked.
    ("demo video script", Other),
    ("description", Known(F::Description)),
    ("detailed description", Known(F::Description)),
    ("docs", Known(F::Documentation)),
    ("documentation", Known(F::Documentation)),
    ("editions", Known(F::Editions)),
    ("feature highlights", Known(F::Highlights)),
    ("features", StandIn(F::Highlights)),
    ("full description", Known(F::Description)),
    ("go to market resources", Known(F::GtmResources)),
    ("gtm resources", Known(F::GtmResources)),
    ("highlights", Known(F::Highlights)),
    ("images", Known(F::Screenshots)),
    ("industries", Known(F::Industries)),
    ("industry", Known(F::Industries)),
    ("installation guide", Known(F::Documentation)),
    ("installation instructions", Known(F::Documentation)),
    ("key features", StandIn(F::Highlights)),
    ("key highlights", Known(F::Highlights)),
    ("keywords", Other),
    ("language", Known(F::Languages)),
    ("languages", Known(F::Languages)),
    ("listing market", Known(F::Markets)),
    ("listing markets", Known(F::Markets)),
    ("listing title", Known(F::Title)),
    ("long description", Known(F::Description)),
    ("market", Known(F::Markets)),
    ("marketing resources", Known(F::GtmResources)),
    ("markets", Known(F::Markets)),
    ("name", Known(F::Title)),
    ("overview", Known(F::Description)),
    ("package details", Other),
    ("prerequisites", Requirements),
    ("price", Known(F::Pricing)),
    ("pricing", Known(F::Pricing)),
    ("pricing details", Known(F::Pricing)),
    ("pricing model", Known(F::Pricing)),
    ("product name", Known(F::Title)),
    ("publisher", Other),
    ("regions", Known(F::Markets)),
    ("requirements", Requirements),
    ("sales collateral", Known(F::GtmResources)),
    ("sales deck", Known(F::GtmResources)),
    ("salesforce editions", Known(F::Editions)),
    ("screenshot", Known(F::Screenshots)),
    ("screenshots", Known(F::Screenshots)),
    ("search keywords", Other),
    ("seo title", Other),
    ("short description", StandIn(F::Tagline)),
    ("solution name", Known(F::Title)),
    ("support", Known(F::Support)),
    ("support contact", Known(F::Support)),
    ("support description", Known(F::Support)),
    ("support info", Known(F::Support)),
    ("support information", Known(F::Support)),
    ("supported editions", Known(F::Editions)),
    ("supported languages", Known(F::Languages)),
    ("system requirements", Requirements),
    ("tagline", Known(F::Tagline)),
    ("technical documentation", Known(F::Documentation)),
    ("title", Known(F::Title)),
    ("video", Known(F::Video)),
    ("video script", Other),
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
/// broken JSON) around it and a trailing colon, collapses spaces, lower-cases, and reads
/// `_`/`-` as spaces.
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

/// `n` without trailing bracketed hints ("highlights (3 required) [sidebar]" →
/// "highlights") and without a hint after a dash ("tagline — 80 characters" → "tagline").
fn strip_hints(n: &str) -> &str {
    let mut t = n.trim_end().trim_end_matches(':').trim_end();
    while let Some(close) = t.chars().last().filter(|c| matches!(c, ')' | ']')) {
        let open = if close == ')' { '(' } else { '[' };
        match t.rfind(open) {
            Some(i) => {
                t = t
                    .get(..i)
                    .unwrap_or("")
                    .trim_end()
                    .trim_end_matches(':')
                    .trim_end()
            }
            None => break,
        }
    }
    t
}

/// What a label names, if it is in the vocabulary: the whole label first, then the label
/// without its bracketed hints, then the part before a dash (`—`, `–`).
pub(super) fn lookup(label: &str) -> Option<Target> {
    let n = normalize(label);
    let find = |s: &str| {
        SYNONYMS
            .binary_search_by(|(name, _)| (*name).cmp(s))
            .ok()
            .and_then(|i| SYNONYMS.get(i))
            .map(|(_, t)| *t)
    };
    find(&n).or_else(|| {
        let bare = strip_hints(&n);
        find(bare).or_else(|| {
            bare.split(['—', '–'])
                .next()
                .map(str::trim)
                .filter(|b| *b != bare)
                .and_then(find)
        })
    })
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

/// The text of a bullet line without its marker (`-`, `*`, `+`, `•`, `1.`, `1)`, also in
/// bold as `**1.**`), or `None` when `line` is not a bullet.
pub(super) fn strip_bullet(line: &str) -> Option<&str> {
    let t = line.trim_start();
    if let Some(rest) = ['•', '▪', '●', '◦', '·']
        .iter()
        .find_map(|m| t.strip_prefix(*m))
    {
        return Some(rest.trim());
    }
    for m in ["- ", "* ", "+ ", "– ", "— ", "-\t", "*\t"] {
        if let Some(rest) = t.strip_prefix(m) {
            return Some(rest.trim());
        }
    }
    let (bold, t) = match t.strip_prefix("**").or_else(|| t.strip_prefix("__")) {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = t.get(digits..).unwrap_or("");
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    let rest = if bold {
        rest.strip_prefix("**")
            .or_else(|| rest.strip_prefix("__"))?
    } else {
        rest
    };
    rest.starts_with([' ', '\t']).then(|| rest.trim())
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

/// The label as shown back to the user: trimmed, without bold markers, quotes and a
/// trailing colon.
pub(super) fn display(label: &str) -> String {
    label
        .trim()
        .trim_matches(['*', '_', '"'])
        .trim()
        .trim_end_matches(':')
        .trim_matches(['*', '_'])
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::SYNONYMS;

    #[test]
    fn synonyms_are_sorted_and_unique_for_binary_search() {
        assert!(SYNONYMS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}

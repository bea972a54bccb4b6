//! Listing-details parser.
//!
//! Two layouts are read:
//! - **Labelled text**: `Label: value` lines and markdown headings (`## Label`, any level).
//!   A value runs on over the following lines until the next label; multi-line values keep
//!   their line breaks. Labels are matched case-insensitively, ignoring `**bold**` markers,
//!   quotes and a trailing colon, against the synonyms in [`labels`] (e.g. "App name" is
//!   the title, "Key features" the highlights).
//! - **JSON**: an object whose keys are labels (`{"title": "…", "highlights": ["a", "b"],
//!   "screenshots": 5}`); arrays become one item per line. Text that starts with `{` but is
//!   not a JSON object is diagnosed and read as labelled text.
//!
//! Telling labels from prose (a description may contain "Note: this syncs hourly" or a
//! URL):
//! - A known label or synonym before a colon always starts a field, and so does a heading
//!   that names one. A bullet line (`- Key: value`) starts a field only when it names a
//!   known label and the current field is not highlights or screenshots.
//! - An unknown `X: value` line starts an (unknown) field only when X is one to four plain
//!   words, is not a prose lead-in ("Note", "Example", "Tip", …), the colon does not start
//!   `//` (URLs), the line is not indented, and the line comes where a new field can start:
//!   at the top, after a blank line, or right after a label line that had its value inline.
//!   So "Email: x" lines under "Support:" stay part of the support value.
//! - An unknown heading starts a field unless it is deeper than the heading that opened the
//!   current field (a `###` sub-heading inside a `## Description` stays in the description).
//!
//! Other rules:
//! - Text before the first label becomes the description when no description is given
//!   (with a diagnostic saying so); otherwise it is kept in `unknown` with a diagnostic.
//! - A field given twice keeps the first non-empty value; the repeat gets a diagnostic.
//! - A label with no value is treated as missing, with a diagnostic.
//! - Unknown labels are kept in `unknown`, each with a diagnostic.
//! - Pricing that names no model, and a screenshot count too large to be one, are diagnosed.

mod json;
mod labels;
mod values;

use crate::engine::model::{FieldValue, ListingDetails, ListingField};
use crate::engine::parse::{numbered_lines, snippet};
use crate::engine::report::{Diagnostic, InputKind};

/// The label under which text before the first label is kept.
pub const PREAMBLE_LABEL: &str = "(text before the first label)";

/// Parses pasted listing details into fields plus diagnostics.
///
/// Never panics; runs in time linear in the input (apart from JSON key lookups, linear per
/// key).
pub fn parse(text: &str) -> (ListingDetails, Vec<Diagnostic>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut diags = Vec::new();
    let entries = if text.trim_start().starts_with('{') {
        match json::entries(text) {
            Ok(entries) => entries,
            Err((line, why)) => {
                diags.push(Diagnostic::new(
                    InputKind::Listing,
                    line,
                    format!("The text starts with {{ but is not a JSON object of fields ({why}); it was read as labelled lines instead."),
                ));
                line_entries(text)
            }
        }
    } else {
        line_entries(text)
    };
    let details = finish(entries, &mut diags);
    (details, diags)
}

/// What a run of lines belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    /// A known field.
    Known(ListingField),
    /// A label the parser does not know.
    Unknown,
    /// Text before the first label.
    Preamble,
}

/// One labelled value as read, before duplicates and empties are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Entry {
    pub target: Target,
    pub label: String,
    pub line: usize,
    pub value: String,
}

/// How the previous line was read, for the label-versus-prose rule.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    Start,
    Blank,
    LabelWithValue,
    Other,
}

/// Splits labelled text into entries.
fn line_entries(text: &str) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    // Heading level that opened the current entry (0: a `Label:` line or none).
    let mut level = 0usize;
    let mut prev = Prev::Start;
    for (no, line) in numbered_lines(text) {
        let t = line.trim();
        if t.is_empty() {
            if let Some(e) = entries.last_mut() {
                e.value.push('\n');
            }
            prev = Prev::Blank;
            continue;
        }
        let current = entries.last().map(|e| e.target);
        let in_list = matches!(
            current,
            Some(Target::Known(
                ListingField::Highlights | ListingField::Screenshots
            ))
        );
        let new_field_ok = matches!(prev, Prev::Start | Prev::Blank | Prev::LabelWithValue)
            && !line.starts_with([' ', '\t']);
        let mut start: Option<(Target, String, String)> = None;
        if let Some((lvl, text)) = labels::heading(t) {
            let known = labels::lookup(text);
            if known.is_some() || level == 0 || lvl <= level {
                let target = known.map_or(Target::Unknown, Target::Known);
                start = Some((target, text.to_string(), String::new()));
                level = lvl;
            }
        } else if let Some(item) = labels::strip_bullet(t) {
            if let Some((label, value)) = labels::split_label(item) {
                if let (Some(f), false) = (labels::lookup(label), in_list) {
                    start = Some((Target::Known(f), label.to_string(), value.to_string()));
                }
            }
        } else if let Some((label, value)) = labels::split_label(t) {
            if let Some(f) = labels::lookup(label) {
                start = Some((Target::Known(f), label.to_string(), value.to_string()));
            } else if new_field_ok && labels::plausible_unknown(label) {
                start = Some((Target::Unknown, label.to_string(), value.to_string()));
            }
        }
        match start {
            Some((target, label, value)) => {
                if labels::heading(t).is_none() {
                    level = 0;
                }
                prev = if value.is_empty() {
                    Prev::Other
                } else {
                    Prev::LabelWithValue
                };
                let label = label
                    .trim()
                    .trim_matches(['*', '_', '"'])
                    .trim()
                    .trim_end_matches(':')
                    .to_string();
                entries.push(Entry {
                    target,
                    label,
                    line: no,
                    value,
                });
            }
            None => {
                prev = Prev::Other;
                match entries.last_mut() {
                    Some(e) => {
                        if !e.value.is_empty() {
                            e.value.push('\n');
                        }
                        e.value.push_str(line.trim_end());
                    }
                    None => entries.push(Entry {
                        target: Target::Preamble,
                        label: PREAMBLE_LABEL.to_string(),
                        line: no,
                        value: line.trim_end().to_string(),
                    }),
                }
            }
        }
    }
    entries
}

/// Resolves entries into the details: empties, duplicates, unknowns, the preamble and the
/// structured facts of highlights, screenshots and pricing.
pub(super) fn finish(entries: Vec<Entry>, diags: &mut Vec<Diagnostic>) -> ListingDetails {
    let mut d = ListingDetails::default();
    let diag = |diags: &mut Vec<Diagnostic>, line: usize, msg: String| {
        diags.push(Diagnostic::new(InputKind::Listing, line, msg));
    };
    let has_description = entries.iter().any(|e| {
        e.target == Target::Known(ListingField::Description) && !e.value.trim().is_empty()
    });
    for e in entries {
        let value = tidy(&e.value);
        let fv = FieldValue {
            label: e.label.clone(),
            value,
            line: e.line,
        };
        match e.target {
            Target::Preamble if fv.value.is_empty() => {}
            Target::Preamble if !has_description => {
                diag(diags, e.line, "Text before the first label was read as the description, since no Description label was given.".into());
                d.fields.insert(ListingField::Description, fv);
            }
            Target::Preamble => {
                diag(diags, e.line, "Text before the first label belongs to no field; it was kept as unlabelled text but not checked.".into());
                d.unknown.push(fv);
            }
            Target::Unknown => {
                diag(diags, e.line, format!("\u{201c}{}\u{201d} is not a listing field the analyzer knows; its value was kept but not checked.", snippet(&e.label, 40)));
                d.unknown.push(fv);
            }
            Target::Known(f) if fv.value.is_empty() => {
                diag(
                    diags,
                    e.line,
                    format!(
                        "\u{201c}{}\u{201d} has no value; the {} is treated as missing.",
                        snippet(&e.label, 40),
                        f.key()
                    ),
                );
            }
            Target::Known(f) => {
                if let Some(first) = d.fields.get(&f) {
                    let msg = format!(
                        "\u{201c}{}\u{201d} repeats the {} already given on line {}; this second value was ignored.",
                        snippet(&e.label, 40),
                        f.key(),
                        first.line
                    );
                    diag(diags, e.line, msg);
                    continue;
                }
                match f {
                    ListingField::Highlights => d.highlights = values::highlights(&fv.value),
                    ListingField::Screenshots => match values::screenshots(&fv.value) {
                        values::ScreenshotCount::Count(n) => d.screenshot_count = Some(n),
                        values::ScreenshotCount::TooLarge => diag(diags, e.line, "The screenshot count is too large to be a number of screenshots; it was not counted.".into()),
                    },
                    ListingField::Pricing => {
                        d.pricing_model = values::pricing_model(&fv.value);
                        if d.pricing_model.is_none() {
                            diag(diags, e.line, "The pricing names no pricing model (free, freemium, paid, or paid add-on required); the model is unknown.".into());
                        }
                    }
                    _ => {}
                }
                d.fields.insert(f, fv);
            }
        }
    }
    d
}

/// Trims a value and drops trailing spaces of its lines, keeping line breaks.
fn tidy(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for (i, line) in value.trim().lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line.trim_end());
    }
    out
}

#[cfg(test)]
mod tests;

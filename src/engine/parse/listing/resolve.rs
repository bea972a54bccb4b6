//! Resolving entries into listing details: a label that names a field outright beats a
//! stand-in, a stand-in beats a field read from inside another section, and that beats a
//! guess (the top heading, text before the first label). Repeats and empty values are
//! diagnosed, unknown sections are kept under their own name, and every field's entries are
//! recorded for "how your listing was read".

use super::labels::{lookup, split_label, strip_bullet};
use super::values::{self, ScreenshotCount};
use super::{Entry, Target, PREAMBLE_LABEL};
use crate::engine::model::{FieldValue, ListingDetails, ListingField, ListingRead};
use crate::engine::parse::snippet;
use crate::engine::report::{Diagnostic, InputKind};

/// How strongly a candidate names its field; the strongest wins, then the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The top heading, or text before the first label.
    Guess,
    /// Read from inside another section (editions in Requirements, a labelled bullet).
    Derived,
    /// A stand-in label ("Key Features", "Brief Description").
    StandIn,
    /// A label that names the field outright.
    Explicit,
}

/// One section after tidying.
struct Section {
    target: Target,
    label: String,
    line: usize,
    value: String,
    value_line: usize,
    mapped: bool,
}

impl Section {
    /// The input line of the value's `k`-th line (0-based), or the label's line when the
    /// value's lines do not follow the input's.
    fn line_of(&self, k: usize) -> usize {
        if self.mapped {
            self.value_line.saturating_add(k)
        } else {
            self.line
        }
    }

    /// The section as a kept value.
    fn kept(&self, label: &str) -> FieldValue {
        FieldValue {
            label: label.to_string(),
            value: self.value.clone(),
            line: self.line,
        }
    }
}

/// A value that may fill a field.
struct Candidate {
    field: ListingField,
    rank: Rank,
    /// The section it came from.
    section: usize,
    label: String,
    line: usize,
    value: String,
}

/// Where `field` is (`Ok`) or would go (`Err`) in the sorted winners list of [`finish`].
fn position(winners: &[(ListingField, Vec<usize>)], field: ListingField) -> Result<usize, usize> {
    winners.binary_search_by(|(f, _)| f.cmp(&field))
}

/// The winners of `field` in the sorted list of [`finish`].
fn winners_of(winners: &[(ListingField, Vec<usize>)], field: ListingField) -> Option<&Vec<usize>> {
    let at = position(winners, field).ok()?;
    winners.get(at).map(|(_, w)| w)
}

/// Resolves entries into the details (see the module documentation).
pub(super) fn finish(entries: Vec<Entry>, diags: &mut Vec<Diagnostic>) -> ListingDetails {
    let sections: Vec<Section> = entries.into_iter().map(section).collect();
    let mut cands: Vec<Candidate> = Vec::new();
    for (i, s) in sections.iter().enumerate() {
        candidates(i, s, &mut cands, diags);
    }
    // The winning candidates of each field, strongest first, then in input order; the
    // fields in their canonical order (a sorted list: a map type would add its own generic
    // code to the wasm for a few dozen fields).
    let mut winners: Vec<(ListingField, Vec<usize>)> = Vec::new();
    for (ci, c) in cands.iter().enumerate() {
        let at = position(&winners, c.field).unwrap_or_else(|at| {
            winners.insert(at, (c.field, Vec::new()));
            at
        });
        let Some((_, slot)) = winners.get_mut(at) else {
            continue;
        };
        let best = slot.first().and_then(|&w| cands.get(w)).map(|w| w.rank);
        match best {
            Some(rank) if rank > c.rank => {}
            Some(rank) if rank == c.rank => {
                if c.field == ListingField::GtmResources && rank == Rank::Explicit {
                    slot.push(ci);
                }
            }
            _ => *slot = vec![ci],
        }
    }
    let mut won = vec![false; cands.len()];
    for &ci in winners.iter().flat_map(|(_, w)| w) {
        if let Some(w) = won.get_mut(ci) {
            *w = true;
        }
    }
    // The section whose top heading was read as the title, if any.
    let title_section = winners_of(&winners, ListingField::Title)
        .and_then(|w| w.first())
        .and_then(|&ci| cands.get(ci))
        .map(|c| c.section);
    let mut d = ListingDetails::default();
    for (field, list) in &winners {
        let field = *field;
        let chosen: Vec<&Candidate> = list.iter().filter_map(|&ci| cands.get(ci)).collect();
        fill(&mut d, field, &chosen, diags);
    }
    for (ci, c) in cands.iter().enumerate() {
        if won.get(ci).copied().unwrap_or(false) {
            continue;
        }
        let first = winners_of(&winners, c.field)
            .and_then(|w| w.first())
            .and_then(|&w| cands.get(w))
            .map_or(0, |w| w.line);
        lost(&mut d, c, first, &sections, diags);
    }
    for (i, s) in sections.iter().enumerate() {
        keep(&mut d, s, title_section == Some(i), diags);
    }
    d.read.sort_by_key(|r| r.line);
    d
}

/// Tidies an entry's value, moving its first line past the blank lines dropped.
fn section(e: Entry) -> Section {
    let lead = e.value.len().saturating_sub(e.value.trim_start().len());
    let dropped = e.value.get(..lead).map_or(0, |l| l.matches('\n').count());
    Section {
        target: e.target,
        label: e.label,
        line: e.line,
        value: values::tidy(&e.value),
        value_line: e.value_line.saturating_add(dropped),
        mapped: e.mapped,
    }
}

/// Adds the candidates that section `i` offers.
fn candidates(i: usize, s: &Section, out: &mut Vec<Candidate>, diags: &mut Vec<Diagnostic>) {
    let mut add = |field, rank, label: &str, line, value: &str| {
        out.push(Candidate {
            field,
            rank,
            section: i,
            label: label.to_string(),
            line,
            value: value.to_string(),
        });
    };
    match s.target {
        Target::Known(f) | Target::StandIn(f) if s.value.is_empty() => {
            let msg = format!(
                "\u{201c}{}\u{201d} has no value; the {} is treated as missing.",
                snippet(&s.label, 40),
                f.key()
            );
            diags.push(Diagnostic::new(InputKind::Listing, s.line, msg));
        }
        Target::Known(f) => add(f, Rank::Explicit, &s.label, s.line, &s.value),
        Target::StandIn(f) => add(f, Rank::StandIn, &s.label, s.line, &s.value),
        // One short line before the first label, as a document's first line (the app's
        // name above "Tagline", "Description", … in a Word or Google doc): a title guess.
        Target::Preamble if name_line(&s.value) => {
            add(
                ListingField::Title,
                Rank::Guess,
                PREAMBLE_LABEL,
                s.line,
                &values::title_from_heading(s.value.trim()),
            );
        }
        Target::Preamble if !s.value.is_empty() => {
            add(
                ListingField::Description,
                Rank::Guess,
                PREAMBLE_LABEL,
                s.line,
                &s.value,
            );
        }
        Target::TopHeading => {
            add(
                ListingField::Title,
                Rank::Guess,
                &s.label,
                s.line,
                &values::title_from_heading(&s.label),
            );
            if !s.value.is_empty() {
                add(
                    ListingField::Description,
                    Rank::Guess,
                    PREAMBLE_LABEL,
                    s.value_line,
                    &s.value,
                );
            }
        }
        _ => {}
    }
    if matches!(s.target, Target::Known(_) | Target::StandIn(_)) {
        return;
    }
    // Fields named inside another section: labelled bullets, and editions in requirements.
    let mut editions: Vec<(usize, &str)> = Vec::new();
    for (k, line) in s.value.lines().enumerate() {
        let item = strip_bullet(line);
        if let Some((label, value)) = item.and_then(split_label) {
            if let Some(Target::Known(f) | Target::StandIn(f)) = lookup(label) {
                if !value.is_empty() {
                    add(
                        f,
                        Rank::Derived,
                        &super::labels::display(label),
                        s.line_of(k),
                        value,
                    );
                }
            }
        }
        if s.target == Target::Requirements && values::names_editions(line) {
            editions.push((s.line_of(k), item.unwrap_or(line.trim())));
        }
    }
    if let Some(&(line, _)) = editions.first() {
        let text: Vec<&str> = editions.iter().map(|(_, t)| *t).collect();
        add(
            ListingField::Editions,
            Rank::Derived,
            &s.label,
            line,
            &text.join("\n"),
        );
    }
}

/// Fills `field` from its winning candidates, with its structured facts and its row.
fn fill(
    d: &mut ListingDetails,
    field: ListingField,
    chosen: &[&Candidate],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(first) = chosen.first() else {
        return;
    };
    let diag = |diags: &mut Vec<Diagnostic>, msg: &str| {
        diags.push(Diagnostic::new(InputKind::Listing, first.line, msg));
    };
    let (value, items) = match chosen {
        [one] => (one.value.clone(), values::items(field, &one.value)),
        many => {
            let value: Vec<String> = many
                .iter()
                .map(|c| format!("{}: {}", c.label, c.value))
                .collect();
            let items = many
                .iter()
                .flat_map(|c| {
                    values::items(field, &c.value)
                        .into_iter()
                        .map(|i| format!("{}: {i}", c.label))
                })
                .collect();
            (value.join("\n"), items)
        }
    };
    let unknown: Vec<String> = chosen
        .iter()
        .flat_map(|c| values::unknown_items(field, &values::items(field, &c.value)))
        .collect();
    if let Some(msg) = values::unknown_note(field, &unknown) {
        diag(diags, &msg);
    }
    match field {
        ListingField::Highlights => d.highlights = values::highlights(&value),
        ListingField::Screenshots => match values::screenshots(&value) {
            ScreenshotCount::Count(n) => d.screenshot_count = Some(n),
            ScreenshotCount::TooLarge => diag(diags, "The screenshot count is too large to be a number of screenshots; it was not counted."),
        },
        ListingField::Pricing => {
            d.pricing_model = values::pricing_model(&value);
            if d.pricing_model.is_none() {
                diag(diags, "The pricing names no pricing model (free, freemium, paid, or paid add-on required); the model is unknown.");
            }
        }
        _ => {}
    }
    d.read.push(ListingRead {
        field: field.key().to_string(),
        line: first.line,
        items,
    });
    let fv = FieldValue {
        label: first.label.clone(),
        value,
        line: first.line,
    };
    d.fields.insert(field, fv);
}

/// Diagnoses a candidate that did not win, and keeps a stand-in section apart.
fn lost(
    d: &mut ListingDetails,
    c: &Candidate,
    first: usize,
    sections: &[Section],
    diags: &mut Vec<Diagnostic>,
) {
    let key = c.field.key();
    let label = snippet(&c.label, 40);
    let msg = match c.rank {
        Rank::Explicit => format!("\u{201c}{label}\u{201d} repeats the {key} already given on line {first}; this second value was ignored."),
        Rank::StandIn => {
            if let Some(s) = sections.get(c.section) {
                d.other.push(s.kept(&s.label));
                push_row(d, &s.label, s.line, &s.value);
            }
            format!("\u{201c}{label}\u{201d} was kept as a section of its own, since the {key} is given on line {first}; it was not counted as the {key}.")
        }
        // Fields read inside another section stay there; guesses are explained in `keep`.
        Rank::Derived | Rank::Guess => return,
    };
    diags.push(Diagnostic::new(InputKind::Listing, c.line, msg));
}

/// Keeps what a section holds beyond the fields it filled.
/// Whether `text` before the first label reads as a name: one line of at most eight words
/// and 80 characters that does not end a sentence.
fn name_line(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && !t.contains('\n')
        && t.chars().count() <= 80
        && t.split_whitespace().count() <= 8
        && !t.ends_with(['.', '!', '?', ':'])
}

fn keep(d: &mut ListingDetails, s: &Section, title_won: bool, diags: &mut Vec<Diagnostic>) {
    let mut diag =
        |line: usize, msg: String| diags.push(Diagnostic::new(InputKind::Listing, line, msg));
    let description_from = |d: &ListingDetails| {
        d.fields
            .get(&ListingField::Description)
            .map(|v| (v.label.clone(), v.line))
    };
    match s.target {
        Target::Other | Target::Requirements => {
            d.other.push(s.kept(&s.label));
            push_row(d, &s.label, s.line, &s.value);
        }
        Target::Unknown => {
            diag(s.line, format!("\u{201c}{}\u{201d} is not a listing field the analyzer knows; its value was kept but not checked.", snippet(&s.label, 40)));
            d.unknown.push(s.kept(&s.label));
            push_row(d, &s.label, s.line, &s.value);
        }
        Target::TopHeading if !title_won => {
            let title_line = d.fields.get(&ListingField::Title).map_or(0, |v| v.line);
            diag(s.line, format!("The top heading \u{201c}{}\u{201d} was not read as the title, since the title is given on line {title_line}; it was kept but not checked.", snippet(&s.label, 40)));
            d.unknown.push(s.kept(&s.label));
            push_row(d, &s.label, s.line, &s.value);
        }
        Target::Preamble if title_won => {
            diag(s.line, format!("The first line \u{201c}{}\u{201d} was read as the title, since no label names the title.", snippet(s.value.trim(), 40)));
        }
        Target::TopHeading | Target::Preamble => {
            if s.target == Target::TopHeading {
                diag(s.line, format!("The top heading \u{201c}{}\u{201d} was read as the title, since no label names the title.", snippet(&s.label, 40)));
            }
            let line = if s.target == Target::TopHeading {
                s.value_line
            } else {
                s.line
            };
            if s.value.is_empty() {
                return;
            }
            if description_from(d) == Some((PREAMBLE_LABEL.to_string(), line)) {
                diag(line, "Text before the first label was read as the description, since no Description label was given.".into());
            } else {
                diag(line, "Text before the first label belongs to no field; it was kept as unlabelled text but not checked.".into());
                d.unknown.push(FieldValue {
                    label: PREAMBLE_LABEL.to_string(),
                    value: s.value.clone(),
                    line,
                });
                push_row(d, PREAMBLE_LABEL, line, &s.value);
            }
        }
        Target::Known(_) | Target::StandIn(_) => {}
    }
}

/// Records a kept section's row: one entry per bullet, else the whole value.
fn push_row(d: &mut ListingDetails, label: &str, line: usize, value: &str) {
    let has_bullets = value.lines().any(|l| strip_bullet(l).is_some());
    let items = if has_bullets {
        values::list_items(value)
    } else if value.is_empty() {
        Vec::new()
    } else {
        vec![value.to_string()]
    };
    d.read.push(ListingRead {
        field: label.to_string(),
        line,
        items,
    });
}

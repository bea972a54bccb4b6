//! Listing-details parser.
//!
//! Layouts read (each one is how real drafts arrive):
//! - **Labelled text**: `Label: value` lines; a value runs on over the following lines until
//!   the next label and keeps its line breaks.
//! - **Markdown**: headings of any level name the sections, with hints in brackets
//!   (`## Highlights (3 required, 250 char each)`); numbered, bold-numbered (`**1.**`) and
//!   plain bullets; sub-headings and bold lead-ins (`**Key features:**`) inside a section
//!   stay in it. A `# Title` top heading is the title when no label names the title.
//! - **Word / Google Docs**: headings on a line of their own, without `#` or colon, in
//!   capitals or not. A line that names a known section is a heading; an unknown line in
//!   capitals, or a short capitalised line after a blank line, is an unknown heading once
//!   the text has at least two known ones (see [`lines`]).
//! - **Two-column sheet** copied from a spreadsheet: `Field⇥Value` rows, with quoted cells
//!   holding line breaks (see [`sheet`]).
//! - **JSON**: an object whose keys are labels (`{"title": "…", "highlights": ["a", "b"]}`);
//!   arrays become one item per line. Text that starts with `{` but is not a JSON object is
//!   diagnosed and read as labelled text.
//!
//! Labels are matched case-insensitively against the vocabulary in [`labels`], ignoring bold
//! markers, quotes, a trailing colon and bracketed hints. An explicit label beats a guess:
//! "Key Features" fill the highlights only when there is no Highlights section (otherwise
//! they are kept apart, never merged), a "Brief Description" is the tagline only when no
//! Tagline is given, editions are read from a Requirements section or a
//! `- Documentation: …` bullet inside an unknown section only when no label names them, and
//! the `# Title` heading only when no label names the title. A section the analyzer does not
//! know is kept under its own name with a diagnostic, never folded into another field.
//!
//! Telling labels from prose (a description may contain "Note: this syncs hourly" or a
//! URL): inside a section opened by a heading that names a field, no `X: value` line starts
//! a new field. Elsewhere, a known label before a colon starts a field; an unknown one does
//! only when it is one to four plain words, not a prose lead-in ("Note", "Example", …), not
//! a URL, not indented, and comes where a field can start (at the top, after a blank line,
//! or after a label line with its value inline).
//!
//! Other rules: text before the first label becomes the description when no description is
//! given, otherwise it is kept with a diagnostic; a field given twice keeps the first value
//! (the repeat is diagnosed), except GTM resources (a data sheet and a case study both
//! count); a label with no value is missing, with a diagnostic; pricing that names no
//! model, and a screenshot count too large to be one, are diagnosed. The result carries
//! [`ListingDetails::read`], the field-by-field account shown as "How your listing was
//! read".

mod json;
mod labels;
mod lines;
mod resolve;
mod sheet;
mod values;

use crate::engine::model::{ListingDetails, ListingField};
use crate::engine::parse::DiagSink;
use crate::engine::report::{Diagnostic, InputKind};

/// The label under which text before the first label is kept.
pub const PREAMBLE_LABEL: &str = "(text before the first label)";

/// Parses pasted listing details into fields plus diagnostics (sorted by line, at most
/// [`crate::engine::parse::MAX_LINE_DIAGNOSTICS`] of them and a summary).
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
                lines::entries(text)
            }
        }
    } else if sheet::looks_like_sheet(text) {
        sheet::entries(text)
    } else {
        lines::entries(text)
    };
    let details = resolve::finish(entries, &mut diags);
    // All of them are about the listing, so this is a sort by line.
    Diagnostic::sort(&mut diags);
    // At most MAX_LINE_DIAGNOSTICS of them, then one summary, like the other parsers.
    let mut sink = DiagSink::new(InputKind::Listing);
    for d in diags {
        sink.line(d.line, || d.message);
    }
    (details, sink.finish())
}

/// What a run of lines belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    /// A field, named outright.
    Known(ListingField),
    /// A field, named by a stand-in label that counts only when no label names it outright.
    StandIn(ListingField),
    /// A section the analyzer recognises but does not check.
    Other,
    /// A requirements section: kept, and the editions named in it are read.
    Requirements,
    /// A label the parser does not know.
    Unknown,
    /// Text before the first label.
    Preamble,
    /// A `# Title` heading at the top that names no known section: a guess at the title.
    TopHeading,
}

impl Target {
    /// Whether a heading that opens this target owns the lines below it, so that no
    /// `X: value` line inside starts another field.
    fn owns_content(self) -> bool {
        matches!(
            self,
            Target::Known(_) | Target::StandIn(_) | Target::Other | Target::Requirements
        )
    }

    /// Whether the target holds a list of entries.
    fn is_list(self) -> bool {
        matches!(self, Target::Known(f) | Target::StandIn(f) if f.is_list())
    }
}

/// One labelled value as read, before duplicates, stand-ins and empties are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Entry {
    /// What the label names.
    pub target: Target,
    /// The label as written.
    pub label: String,
    /// The 1-based line of the label.
    pub line: usize,
    /// The value; multi-line values keep their line breaks.
    pub value: String,
    /// The 1-based line of the value's first line.
    pub value_line: usize,
    /// Whether the value's lines follow the input's lines one to one from `value_line`
    /// (false for JSON, whose arrays are joined).
    pub mapped: bool,
    /// Whether the value has a first line yet (a heading's value starts on the next line).
    pub started: bool,
}

impl Entry {
    /// An entry for a label on `line`; its value starts inline when `value` is not empty,
    /// else on the next line (a heading, or `Label:` alone).
    pub(super) fn new(target: Target, label: &str, line: usize, value: &str) -> Entry {
        Entry {
            target,
            label: labels::display(label),
            line,
            value: value.to_string(),
            value_line: if value.is_empty() {
                line.saturating_add(1)
            } else {
                line
            },
            mapped: true,
            started: !value.is_empty(),
        }
    }

    /// Appends one input line to the value.
    pub(super) fn push_line(&mut self, line: &str) {
        if self.started {
            self.value.push('\n');
        }
        self.value.push_str(line);
        self.started = true;
    }

    /// Whether the value holds anything but whitespace.
    pub(super) fn has_content(&self) -> bool {
        !self.value.trim().is_empty()
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_json;
#[cfg(test)]
mod tests_layouts;

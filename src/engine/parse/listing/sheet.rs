//! A two-column sheet copied from a spreadsheet: `Field⇥Value` rows, tab-separated, where a
//! cell that holds line breaks (or tabs or quotes) comes quoted, with `""` for a quote.
//!
//! The first cell names the field (as any label: "App Name", "Highlights (3 required)"),
//! the rest of the row is its value. A row with an empty first cell continues the field
//! above (a list spread over rows); a first row `Field⇥Value` is a header and is skipped;
//! a row of one cell that names a known field opens it for the rows below.

use csv_core::{ReadRecordResult, ReaderBuilder};

use super::labels::{lookup, normalize};
use super::{Entry, Target, PREAMBLE_LABEL};
use crate::engine::parse::numbered_lines;

/// Rows whose first cell names a known section before the text is read as a sheet.
const MIN_LABEL_ROWS: usize = 2;
/// First cells of a header row.
const HEADER_LABELS: &[&str] = &[
    "field",
    "fields",
    "label",
    "section",
    "listing field",
    "item",
];

/// Whether `text` is a two-column sheet: its first non-blank line has a tab, and at least
/// [`MIN_LABEL_ROWS`] lines start with a known label followed by a tab.
pub(super) fn looks_like_sheet(text: &str) -> bool {
    let mut lines = numbered_lines(text)
        .map(|(_, l)| l)
        .filter(|l| !l.trim().is_empty());
    if !lines.next().is_some_and(|l| l.contains('\t')) {
        return false;
    }
    numbered_lines(text)
        .filter_map(|(_, l)| l.split_once('\t'))
        .filter(|(cell, _)| lookup(cell.trim().trim_matches('"')).is_some())
        .take(MIN_LABEL_ROWS)
        .count()
        >= MIN_LABEL_ROWS
}

/// Counts lines up to a byte offset, moving forward only (linear over the whole text).
struct LineCounter<'a> {
    bytes: &'a [u8],
    counted: usize,
    line: usize,
}

impl LineCounter<'_> {
    /// The 1-based line of the first byte at or after `start` that is not a line break.
    fn line_at(&mut self, start: usize) -> usize {
        let skip = self.bytes.get(start..).map_or(0, |b| {
            b.iter().take_while(|c| matches!(c, b'\n' | b'\r')).count()
        });
        let to = start
            .saturating_add(skip)
            .min(self.bytes.len())
            .max(self.counted);
        let newlines = self
            .bytes
            .get(self.counted..to)
            .map_or(0, |b| b.iter().filter(|c| **c == b'\n').count());
        self.line = self.line.saturating_add(newlines);
        self.counted = to;
        self.line
    }
}

/// Reads the sheet's rows into entries.
pub(super) fn entries(text: &str) -> Vec<Entry> {
    let bytes = text.as_bytes();
    // Buffers that hold the whole input, so that a record never fills them.
    let mut out = vec![0u8; bytes.len().saturating_add(1)];
    let tabs = bytes.iter().filter(|b| **b == b'\t').count();
    let mut ends = vec![0usize; tabs.saturating_add(2)];
    let mut rdr = ReaderBuilder::new().delimiter(b'\t').build();
    let mut lines = LineCounter {
        bytes,
        counted: 0,
        line: 1,
    };
    let mut entries: Vec<Entry> = Vec::new();
    let mut pos = 0usize;
    let mut record_start: Option<usize> = None;
    // Output written so far for the record being read (it may span calls).
    let (mut nout, mut nend) = (0usize, 0usize);
    // Every call consumes input or ends a record, so this bounds the loop.
    for _ in 0..bytes.len().saturating_mul(2).saturating_add(4) {
        let input = bytes.get(pos..).unwrap_or(&[]);
        let (res, nin, o, e) = rdr.read_record(
            input,
            out.get_mut(nout..).unwrap_or(&mut []),
            ends.get_mut(nend..).unwrap_or(&mut []),
        );
        let start = *record_start.get_or_insert(pos);
        pos = pos.saturating_add(nin);
        nout = nout.saturating_add(o);
        nend = nend.saturating_add(e);
        match res {
            ReadRecordResult::Record => {
                let cells: Vec<&str> = (0..nend)
                    .map(|i| {
                        let from = i
                            .checked_sub(1)
                            .and_then(|p| ends.get(p))
                            .copied()
                            .unwrap_or(0);
                        let to = ends.get(i).copied().unwrap_or(0).min(nout);
                        out.get(from..to)
                            .and_then(|b| std::str::from_utf8(b).ok())
                            .unwrap_or("")
                    })
                    .collect();
                row(&mut entries, &cells, lines.line_at(start));
                (record_start, nout, nend) = (None, 0, 0);
            }
            ReadRecordResult::InputEmpty if !input.is_empty() => {}
            _ => break,
        }
    }
    entries
}

/// Adds one row starting on `line`.
fn row(entries: &mut Vec<Entry>, cells: &[&str], line: usize) {
    let label = cells.first().map_or("", |c| c.trim());
    let rest: Vec<&str> = cells.get(1..).unwrap_or(&[]).to_vec();
    let value = rest.join("\t");
    let value = value.trim_end_matches(['\t', ' ']).trim_start();
    if label.is_empty() && value.is_empty() {
        return;
    }
    let target = lookup(label);
    if entries.is_empty() && target.is_none() && HEADER_LABELS.contains(&normalize(label).as_str())
    {
        return;
    }
    if label.is_empty() || (target.is_none() && cells.len() == 1) {
        let text = if label.is_empty() { value } else { label };
        match entries.last_mut() {
            Some(e) => {
                e.mapped = false;
                for l in text.split('\n') {
                    e.push_line(l.trim_end());
                }
            }
            None => entries.push(Entry::new(Target::Preamble, PREAMBLE_LABEL, line, text)),
        }
        return;
    }
    let mut entry = Entry::new(target.unwrap_or(Target::Unknown), label, line, value);
    let label_breaks = label.bytes().filter(|b| *b == b'\n').count();
    entry.value_line = entry.value_line.saturating_add(label_breaks);
    entry.label = entry.label.replace('\n', " ");
    entries.push(entry);
}

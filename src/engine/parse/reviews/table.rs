//! CSV/TSV review tables: layout detection and row reading with `csv-core`.

use csv_core::{ReadRecordResult, ReaderBuilder};

use super::Acc;
use crate::engine::input::DateOrder;
use crate::engine::parse::date::{find_date, parse_date, scan_date};
use crate::engine::parse::rating::{find_rating, parse_rating, RatingRead};
use crate::engine::parse::{is_blank, numbered_lines, snippet};

/// Non-blank lines looked at to detect the layout.
const SAMPLE_LINES: usize = 50;
/// A header row may follow this many title lines.
const HEADER_SEARCH: usize = 5;
/// Columns looked at per row during detection.
const MAX_COLUMNS: usize = 64;

/// Where the reviews are in a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Layout {
    pub delim: u8,
    pub date_col: usize,
    pub rating_col: usize,
    /// The 1-based line of the header row, when there is one.
    pub header_line: Option<usize>,
}

/// Decides whether `text` is a table and where its columns are.
pub(super) fn detect(text: &str, order: DateOrder) -> Option<Layout> {
    let sample: Vec<(usize, &str)> = numbered_lines(text)
        .filter(|(_, l)| !is_blank(l))
        .take(SAMPLE_LINES)
        .collect();
    let mut cells: Vec<&str> = Vec::new();
    for delim in [b'\t', b';', b','] {
        for (no, line) in sample.iter().take(HEADER_SEARCH) {
            split_cells(line, delim, &mut cells);
            if let Some((date_col, rating_col)) = header_columns(&cells) {
                return Some(Layout {
                    delim,
                    date_col,
                    rating_col,
                    header_line: Some(*no),
                });
            }
        }
    }
    let mut best: Option<(usize, Layout)> = None;
    for delim in [b'\t', b';', b','] {
        let mut date_hits = [0usize; MAX_COLUMNS];
        let mut rating_hits = [0usize; MAX_COLUMNS];
        for (_, line) in &sample {
            split_cells(line, delim, &mut cells);
            if cells.len() < 2 {
                continue;
            }
            for (i, cell) in cells.iter().enumerate().take(MAX_COLUMNS) {
                if let Some(slot) = date_hits.get_mut(i) {
                    *slot += usize::from(parse_date(cell, order).is_some());
                }
                if let Some(slot) = rating_hits.get_mut(i) {
                    *slot += usize::from(matches!(parse_rating(cell), Some(RatingRead::Valid(_))));
                }
            }
        }
        let Some(date_col) = argmax(&date_hits, None) else {
            continue;
        };
        let Some(rating_col) = argmax(&rating_hits, Some(date_col)) else {
            continue;
        };
        let rows = sample
            .iter()
            .filter(|(_, line)| {
                split_cells(line, delim, &mut cells);
                let d = cells
                    .get(date_col)
                    .is_some_and(|c| parse_date(c, order).is_some());
                let r = cells
                    .get(rating_col)
                    .is_some_and(|c| parse_rating(c).is_some());
                d && r
            })
            .count();
        if rows > 0 && rows * 3 >= sample.len() && best.as_ref().is_none_or(|(n, _)| rows > *n) {
            let layout = Layout {
                delim,
                date_col,
                rating_col,
                header_line: None,
            };
            best = Some((rows, layout));
        }
    }
    best.map(|(_, l)| l)
}

/// The index with the most hits (first on ties), other than `except`; `None` when no hits.
fn argmax(hits: &[usize], except: Option<usize>) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, &h) in hits.iter().enumerate() {
        if Some(i) != except && h > 0 && best.is_none_or(|(_, b)| h > b) {
            best = Some((i, h));
        }
    }
    best.map(|(i, _)| i)
}

/// Splits one line into trimmed cells, honouring double quotes (approximate: for detection).
fn split_cells<'a>(line: &'a str, delim: u8, out: &mut Vec<&'a str>) {
    out.clear();
    let mut in_quotes = false;
    let mut start = 0;
    for (i, b) in line.bytes().enumerate() {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if b == delim && !in_quotes {
            out.push(clean_cell(line.get(start..i).unwrap_or("")));
            start = i + 1;
        }
    }
    out.push(clean_cell(line.get(start..).unwrap_or("")));
}

fn clean_cell(c: &str) -> &str {
    c.trim().trim_matches('"').trim()
}

/// Whether a header cell names the review date.
fn is_date_header(c: &str) -> bool {
    let c = c.to_ascii_lowercase();
    let c = c.trim_end_matches(':').trim();
    c.contains("date")
        || [
            "posted",
            "posted on",
            "reviewed on",
            "reviewed",
            "created",
            "created at",
            "submitted",
            "submitted on",
            "published",
            "published on",
            "when",
            "time",
        ]
        .contains(&c)
}

/// Whether a header cell names the rating.
fn is_rating_header(c: &str) -> bool {
    let c = c.to_ascii_lowercase();
    let c = c.trim_end_matches(':').trim();
    c.contains("rating")
        || c.contains("stars")
        || ["score", "star", "rated", "overall"].contains(&c)
}

/// The date and rating columns when `cells` is a header row.
fn header_columns(cells: &[&str]) -> Option<(usize, usize)> {
    if cells.len() < 2 {
        return None;
    }
    let date = cells.iter().position(|c| is_date_header(c))?;
    let rating = cells
        .iter()
        .enumerate()
        .position(|(i, c)| i != date && is_rating_header(c))?;
    Some((date, rating))
}

/// Reads every row of a table into `acc`.
pub(super) fn read(text: &str, layout: &Layout, acc: &mut Acc) {
    let mut rdr = ReaderBuilder::new().delimiter(layout.delim).build();
    let mut out = vec![0u8; 4096];
    let mut ends = vec![0usize; 32];
    let (mut nout, mut nend) = (0usize, 0usize);
    let mut rec_start: Option<usize> = None;
    let mut last_line = 0;
    // Non-blank lines of the record being read (a quoted field may hold blank lines).
    let mut rec_lines = 0usize;
    let header = layout.header_line.unwrap_or(0);
    let mut rest = text;
    let mut no = 0usize;
    while !rest.is_empty() {
        no += 1;
        let (line, next) = match rest.find('\n') {
            Some(i) => (
                rest.get(..=i).unwrap_or(rest),
                rest.get(i + 1..).unwrap_or(""),
            ),
            None => (rest, ""),
        };
        rest = next;
        if rec_start.is_none() {
            if is_blank(line) {
                continue;
            }
            if no < header {
                acc.skip(no, 1, || {
                    format!(
                        "Text before the header row is not a review: \u{201c}{}\u{201d}; skipped.",
                        snippet(line, 40)
                    )
                });
                continue;
            }
            if no == header {
                acc.header(1);
                continue;
            }
            rec_start = Some(no);
        }
        last_line = no;
        rec_lines += usize::from(!is_blank(line));
        let mut input = line.as_bytes();
        loop {
            let (res, nin, o, e) = rdr.read_record(
                input,
                out.get_mut(nout..).unwrap_or(&mut []),
                ends.get_mut(nend..).unwrap_or(&mut []),
            );
            input = input.get(nin..).unwrap_or(&[]);
            nout += o;
            nend += e;
            match res {
                ReadRecordResult::InputEmpty | ReadRecordResult::End => break,
                ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    let start = rec_start.take().unwrap_or(no);
                    let span = (start, no, rec_lines);
                    row(acc, layout, &out, ends.get(..nend).unwrap_or(&[]), span);
                    (nout, nend, rec_lines) = (0, 0, 0);
                }
            }
        }
    }
    // Flush a last record that has no line terminator or an unclosed quote.
    loop {
        let (res, _, o, e) = rdr.read_record(
            &[],
            out.get_mut(nout..).unwrap_or(&mut []),
            ends.get_mut(nend..).unwrap_or(&mut []),
        );
        nout += o;
        nend += e;
        match res {
            ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                if let Some(start) = rec_start.take() {
                    let span = (start, last_line, rec_lines);
                    row(acc, layout, &out, ends.get(..nend).unwrap_or(&[]), span);
                }
                (nout, nend) = (0, 0);
            }
            ReadRecordResult::InputEmpty | ReadRecordResult::End => break,
        }
    }
}

/// The field `i` of a record as text (empty when missing or not UTF-8).
fn field<'a>(out: &'a [u8], ends: &[usize], i: usize) -> Option<&'a str> {
    let end = *ends.get(i)?;
    let start = if i == 0 { 0 } else { *ends.get(i - 1)? };
    out.get(start..end)
        .map(|b| std::str::from_utf8(b).unwrap_or("").trim())
}

/// Handles one record spanning lines `start..=end`, `lines` of them non-blank.
fn row(
    acc: &mut Acc,
    layout: &Layout,
    out: &[u8],
    ends: &[usize],
    (start, end, lines): (usize, usize, usize),
) {
    let span = || {
        if end > start {
            format!(" (lines {start}–{end})")
        } else {
            String::new()
        }
    };
    if ends.len() == 1 && field(out, ends, 0).is_some_and(str::is_empty) {
        // A whitespace-only record inside the table; nothing to report.
        acc.header(lines);
        return;
    }
    let (Some(date_cell), Some(rating_cell)) = (
        field(out, ends, layout.date_col),
        field(out, ends, layout.rating_col),
    ) else {
        let n = ends.len();
        return acc.skip(start, lines, || {
            format!(
                "Row{} has {n} field{} but the date is in field {} and the rating in field {}; skipped.",
                span(),
                if n == 1 { "" } else { "s" },
                layout.date_col + 1,
                layout.rating_col + 1
            )
        });
    };
    if is_date_header(date_cell) && is_rating_header(rating_cell) {
        acc.header(lines);
        return;
    }
    let order = acc.order;
    let date = parse_date(date_cell, order)
        .map(|d| (d, date_cell))
        .or_else(|| {
            find_date(date_cell, order).map(|(d, r)| (d, date_cell.get(r).unwrap_or(date_cell)))
        });
    let Some((date, date_text)) = date else {
        let why = match scan_date(date_cell, order) {
            Some((Err(e), r)) => format!(
                "\u{201c}{}\u{201d} {}",
                snippet(date_cell.get(r).unwrap_or(""), 30),
                e.describe()
            ),
            _ if date_cell.is_empty() => "the date cell is empty".to_string(),
            _ => format!(
                "no date found in \u{201c}{}\u{201d}",
                snippet(date_cell, 30)
            ),
        };
        return acc.skip(start, lines, || format!("Row{} skipped: {why}.", span()));
    };
    let rating =
        parse_rating(rating_cell).or_else(|| find_rating(rating_cell, None).map(|f| f.read));
    match rating {
        Some(RatingRead::Valid(r)) => acc.review(date, date_text, r, start, lines),
        Some(RatingRead::OutOfRange(v)) => acc.skip(start, lines, || {
            format!(
                "Row{} skipped: rating {} is outside 1–5 stars.",
                span(),
                hundredths_text(v)
            )
        }),
        None => acc.skip(start, lines, || {
            if rating_cell.is_empty() {
                format!("Row{} skipped: the rating cell is empty.", span())
            } else {
                format!(
                    "Row{} skipped: no rating found in \u{201c}{}\u{201d}.",
                    span(),
                    snippet(rating_cell, 30)
                )
            }
        }),
    }
}

/// Hundredths as a short decimal ("4.5", "6", "0").
pub(super) fn hundredths_text(v: u32) -> String {
    let (whole, frac) = (v / 100, v % 100);
    match frac {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

//! CSV/TSV review tables: layout detection and row reading.
//!
//! Detection reads the first records (quoted multi-line cells included) with each
//! delimiter: tab, semicolon, comma. A header row among the first few records decides the
//! columns by name (see [`super::columns`]); without one, the columns are chosen by content
//! and the input is a table when at least a third of the sampled records hold a date cell
//! and a rating cell.

use std::borrow::Cow;

use super::columns::{best_rating, is_date_cell, is_header, named, rows_inside, ColStats, Named};
use super::records::{Record, Records};
use super::{candidate, Acc, RowFacts};
use crate::engine::parse::date::{scan_bare, scan_raw, RawDate};
use crate::engine::parse::rating::{find_rating, parse_rating, RatingRead};
use crate::engine::parse::snippet;

/// Records looked at to detect the layout.
const SAMPLE_RECORDS: usize = 50;
/// Bytes looked at to detect the layout (a record with an unclosed quote may be long).
const SAMPLE_BYTES: usize = 64 * 1024;
/// A header row may follow this many title records.
const HEADER_SEARCH: usize = 5;
/// Columns looked at per record during detection.
const MAX_COLUMNS: usize = 64;
/// Longest cell of a header row that names no known column.
const MAX_UNNAMED_HEADER_CELL: usize = 40;
/// The delimiters tried, in order of preference on ties.
const DELIMITERS: [u8; 3] = [b'\t', b';', b','];

/// Where the reviews are in a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Layout {
    pub delim: u8,
    pub date_col: usize,
    pub rating_col: usize,
    /// The 1-based line of the header row, when there is one.
    pub header_line: Option<usize>,
    /// How the columns were chosen, when a reader should know: `(line, message)`.
    pub note: Option<(usize, String)>,
    /// The app or listing id column and its header, when the header row names one.
    pub app_col: Option<(usize, String)>,
}

/// A sampled record: its first line and its cells.
type Row = (usize, Vec<String>);

/// The first records of `text` split by `delim`.
fn sample(text: &str, delim: u8) -> Vec<Row> {
    let mut records = Records::new(text, delim, 1);
    let mut rows = Vec::new();
    while rows.len() < SAMPLE_RECORDS && records.pos() < SAMPLE_BYTES {
        let Some(r) = records.next() else { break };
        let n = r.len().min(MAX_COLUMNS);
        let cells = (0..n).map(|i| r.field(i).unwrap_or("").to_string());
        rows.push((r.start, cells.collect()));
    }
    rows
}

/// Per-column statistics of `rows`.
fn stats<'r>(rows: impl Iterator<Item = &'r Row> + Clone) -> Vec<ColStats> {
    let width = rows.clone().map(|(_, c)| c.len()).max().unwrap_or(0);
    let mut cols = vec![ColStats::default(); width];
    for (_, cells) in rows {
        for (s, c) in cols.iter_mut().zip(cells) {
            s.add(c);
        }
    }
    cols
}

/// Decides whether `text` is a table and where its columns are.
pub(super) fn detect(text: &str) -> Option<Layout> {
    let samples: Vec<(u8, Vec<Row>)> = DELIMITERS.iter().map(|&d| (d, sample(text, d))).collect();
    for (delim, rows) in &samples {
        for (k, (line, cells)) in rows.iter().enumerate().take(HEADER_SEARCH) {
            if is_header(cells.iter().map(String::as_str)) {
                let data = rows.get(k + 1..).unwrap_or(&[]);
                if let Some(layout) = from_header(*delim, *line, cells, data) {
                    return Some(layout);
                }
            }
        }
    }
    let mut best: Option<(usize, Layout)> = None;
    for (delim, rows) in &samples {
        if let Some((n, layout)) = by_content(*delim, rows) {
            if n * 3 >= rows.len() && best.as_ref().is_none_or(|(b, _)| n > *b) {
                best = Some((n, layout));
            }
        }
    }
    best.map(|(_, l)| l)
}

/// Quotes a header cell for a note.
fn quote(cell: &str) -> String {
    format!("\u{201c}{}\u{201d}", snippet(cell, 30))
}

/// The layout given a header row, or `None` when no column can be the rating.
fn from_header(delim: u8, line: usize, header: &[String], data: &[Row]) -> Option<Layout> {
    let names: Vec<Named> = header.iter().map(|c| named(c)).collect();
    let mut date_col = None;
    for (i, n) in names.iter().enumerate() {
        if let Named::Date(rank) = n {
            if date_col.is_none_or(|(_, r)| *rank > r) {
                date_col = Some((i, *rank));
            }
        }
    }
    let (date_col, _) = date_col?;
    let cols = stats(data.iter());
    let col = |i: usize| cols.get(i).copied().unwrap_or_default();
    let name = |i: usize| quote(header.get(i).map_or("", String::as_str));
    let top = names
        .iter()
        .filter_map(|n| match n {
            Named::Rating(r) => Some(*r),
            _ => None,
        })
        .max();
    let app_col = names_app(header);
    let layout = |rating_col: usize, note: Option<String>| Layout {
        delim,
        date_col,
        rating_col,
        header_line: Some(line),
        note: note.map(|n| (line, n)),
        app_col: app_col.clone(),
    };
    if let Some(top) = top {
        let named_cols: Vec<usize> = (0..names.len())
            .filter(|&i| names.get(i) == Some(&Named::Rating(top)) && i != date_col)
            .collect();
        let first = *named_cols.first()?;
        let (rating_col, _) =
            best_rating(named_cols.iter().map(|&i| (i, col(i)))).unwrap_or((first, false));
        let others: Vec<String> = named_cols
            .iter()
            .filter(|&&i| i != rating_col)
            .map(|&i| format!("{} (column {})", name(i), i + 1))
            .collect();
        let note = (!others.is_empty()).then(|| {
            format!(
                "More than one column names a rating: the rating was read from {} (column {}), \
                 not from {}. To use another, rename the headers so that only that column is \
                 called \u{201c}Rating\u{201d}.",
                name(rating_col),
                rating_col + 1,
                others.join(", ")
            )
        });
        return Some(layout(rating_col, note));
    }
    let candidates = (0..names.len())
        .filter(|&i| i != date_col && names.get(i) == Some(&Named::Other))
        .map(|i| (i, col(i)));
    let (rating_col, tie) = best_rating(candidates)?;
    let also = if tie {
        " (another column reads as ratings too)"
    } else {
        ""
    };
    let note = format!(
        "No column is named as a rating: the rating was read from {} (column {}) because its \
         cells read as ratings{also}. To use another column, name its header \
         \u{201c}Rating\u{201d}.",
        name(rating_col),
        rating_col + 1
    );
    Some(layout(rating_col, Some(note)))
}

/// Whether a sampled row looks like a header that names no column we know: short cells,
/// none of them a date or a rating.
fn unnamed_header(row: &Row) -> bool {
    row.1.iter().all(|c| {
        c.len() <= MAX_UNNAMED_HEADER_CELL && !is_date_cell(c) && parse_rating(c).is_none()
    })
}

/// The layout chosen by content for rows without a header we recognise, with how many
/// sampled rows it reads.
fn by_content(delim: u8, rows: &[Row]) -> Option<(usize, Layout)> {
    let mut rows: Vec<&Row> = rows.iter().filter(|(_, c)| c.len() >= 2).collect();
    let header = match rows.first() {
        Some(first) if rows.len() > 1 && unnamed_header(first) => {
            let h = *first;
            rows.remove(0);
            Some(h)
        }
        _ => None,
    };
    let cols = stats(rows.iter().copied());
    let mut date_col: Option<(usize, usize)> = None;
    for (i, s) in cols.iter().enumerate() {
        if s.is_dates() && date_col.is_none_or(|(_, n)| s.dates > n) {
            date_col = Some((i, s.dates));
        }
    }
    let (date_col, _) = date_col?;
    let others = cols
        .iter()
        .copied()
        .enumerate()
        .filter(|(i, _)| *i != date_col);
    let (rating_col, tie) = best_rating(others)?;
    let cell = |r: &Row, i: usize| r.1.get(i).map_or("", String::as_str).to_string();
    let n = rows
        .iter()
        .filter(|r| {
            is_date_cell(&cell(r, date_col)) && parse_rating(&cell(r, rating_col)).is_some()
        })
        .count();
    let example = rows
        .iter()
        .map(|r| cell(r, rating_col))
        .find(|c| !c.is_empty())
        .unwrap_or_default();
    let also = if tie {
        "; another column reads as ratings too"
    } else {
        ""
    };
    let how = format!(
        "dates were read from column {} and ratings from column {} (such as {}) by their \
         content{also}",
        date_col + 1,
        rating_col + 1,
        quote(&example)
    );
    let note = match header {
        Some(h) => Some((
            h.0,
            format!(
                "The first row ({}) names no Date or Rating column, so it was taken as the \
                 header and {how}. To choose other columns, name them Date and Rating.",
                quote(&h.1.join(", "))
            ),
        )),
        None => (cols.len() >= 3 || tie).then(|| {
            let first = rows.first().map_or(1, |r| r.0);
            let msg = format!(
                "No header row: {how}. To choose other columns, add a header row naming the \
                 Date and Rating columns."
            );
            (first, msg)
        }),
    };
    let layout = Layout {
        delim,
        date_col,
        rating_col,
        header_line: header.map(|h| h.0),
        note,
        app_col: None,
    };
    Some((n, layout))
}

/// Reads every row of a table into `acc`.
pub(super) fn read<'a>(text: &'a str, layout: &Layout, acc: &mut Acc<'a>) {
    if let Some((line, note)) = &layout.note {
        acc.note(*line, note.clone());
    }
    acc.app_column = layout.app_col.as_ref().map(|(_, name)| name.clone());
    let header = layout.header_line.unwrap_or(0);
    let mut records = Records::new(text, layout.delim, 1);
    while let Some(r) = records.next() {
        if r.end < header {
            acc.skip(r.start, r.lines, || {
                format!(
                    "Text before the header row is not a review: \u{201c}{}\u{201d}; skipped.",
                    snippet(r.field(0).unwrap_or(""), 40)
                )
            });
        } else if r.start <= header || r.is_empty() {
            acc.header(r.lines);
        } else {
            row(acc, layout, &r);
        }
    }
}

/// Handles one record.
fn row<'a>(acc: &mut Acc<'a>, layout: &Layout, r: &Record<'_, 'a>) {
    let (start, end, lines) = (r.start, r.end, r.lines);
    if end > start {
        let (delim, d, g) = (layout.delim, layout.date_col, layout.rating_col);
        if let Some((n, first)) = rows_inside(r.raw, delim, d, g) {
            let rows = if n == 1 {
                "line that looks"
            } else {
                "lines that look"
            };
            acc.note(
                start,
                format!(
                    "Lines {start}–{end} were read as one review because a quoted cell spans \
                     them, but {n} {rows} like a review of its own (line {}); check for a \
                     quote that is not closed on line {start}.",
                    start + first
                ),
            );
        }
    }
    let span = || {
        if end > start {
            format!(" (lines {start}–{end})")
        } else {
            String::new()
        }
    };
    let (Some(date_cell), Some(rating_cell)) =
        (r.field(layout.date_col), r.field(layout.rating_col))
    else {
        let n = r.len();
        return acc.skip(start, lines, || {
            if n == 1 && scan_raw(r.raw).is_some() {
                format!(
                    "Row{} has a date but no rating (\u{201c}{}\u{201d}); skipped.",
                    span(),
                    snippet(r.raw, 40)
                )
            } else if n == 1 {
                // A line of text among the rows ("review removed by moderator").
                format!(
                    "Row{} is one piece of text (\u{201c}{}\u{201d}), not a date and a rating; skipped.",
                    span(),
                    snippet(r.raw, 40)
                )
            } else {
                format!(
                    "Row{} has {n} fields but the date is in field {} and the rating in field {}; skipped.",
                    span(),
                    layout.date_col + 1,
                    layout.rating_col + 1
                )
            }
        });
    };
    // A bare day and month (`3/2`) is a date when it is the whole cell.
    let found = scan_raw(date_cell).or_else(|| {
        scan_bare(date_cell).filter(|(_, r)| date_cell.get(r.clone()) == Some(date_cell.trim()))
    });
    if found.is_none() && matches!(named(date_cell), Named::Date(_)) {
        // The header row repeated (two exports pasted one after the other).
        return acc.header(lines);
    }
    let (raw, range) = match found {
        Some((RawDate::Invalid(e), range)) => {
            let text = date_cell.get(range).unwrap_or("");
            return acc.skip(start, lines, || {
                format!(
                    "Row{} skipped: \u{201c}{}\u{201d} {}.",
                    span(),
                    snippet(text, 30),
                    e.describe()
                )
            });
        }
        Some(found) => found,
        None => {
            return acc.skip(start, lines, || {
                if date_cell.is_empty() {
                    format!("Row{} skipped: the date cell is empty.", span())
                } else {
                    format!(
                        "Row{} skipped: no date found in \u{201c}{}\u{201d}.",
                        span(),
                        snippet(date_cell, 30)
                    )
                }
            })
        }
    };
    let rating =
        parse_rating(rating_cell).or_else(|| find_rating(rating_cell, None).map(|f| f.read));
    let why = match rating {
        Some(RatingRead::Valid(rating)) => {
            let text = match raw {
                RawDate::Fixed(_) => Cow::Borrowed(""),
                _ => Cow::Owned(date_cell.get(range).unwrap_or("").to_string()),
            };
            let facts = RowFacts {
                key: carries_more(r, layout).then_some(r.raw),
                app: layout
                    .app_col
                    .as_ref()
                    .and_then(|(i, _)| r.field(*i))
                    .filter(|c| !c.is_empty())
                    .map(str::to_string),
            };
            return acc.review(candidate(start, raw, text), rating, (start, lines), facts);
        }
        Some(RatingRead::OutOfRange(v)) => {
            format!("rating {} is outside 1–5 stars", hundredths_text(v))
        }
        Some(RatingRead::Negative(v)) => {
            format!("rating -{} is negative, not 1–5 stars", hundredths_text(v))
        }
        None if rating_cell.is_empty() => "the rating cell is empty".to_string(),
        None => format!("no rating found in {}", quote(rating_cell)),
    };
    acc.skip(start, lines, || format!("Row{} skipped: {why}.", span()));
}

/// Whether a row carries a non-empty cell besides its date and rating (text, a reviewer,
/// an id), so that an exact repeat of it is the same review.
fn carries_more(r: &Record, layout: &Layout) -> bool {
    (0..r.len()).any(|i| {
        i != layout.date_col && i != layout.rating_col && r.field(i).is_some_and(|c| !c.is_empty())
    })
}

/// The app or listing id column named by a header row, with its header as written: `Unique
/// ID`, `App ID`, `Listing ID`, `App Name`, `Product`, `Listing`…
fn names_app(header: &[String]) -> Option<(usize, String)> {
    header.iter().enumerate().find_map(|(i, cell)| {
        let words: Vec<String> = cell
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
        let thing = has(&[
            "app",
            "apps",
            "application",
            "listing",
            "product",
            "package",
        ]);
        let named = (has(&["unique"]) && has(&["id"]))
            || (thing && (words.len() == 1 || has(&["id", "name", "title", "key"])));
        (named && cell.len() <= 40).then(|| (i, cell.trim().to_string()))
    })
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

//! Real review exports (`../shared/real-world/appx-scrape-reviews-*.csv`, not in this
//! repository): every app's reviews, pasted as the CSV text, as tab-separated rows copied
//! from a spreadsheet, and as rows without their header (both CSV and tab-separated), must
//! be read completely, and the count and average inside the review window must equal an
//! independent reading of the file.
//!
//! The independent reading below is a plain RFC 4180 reader written for this test; it
//! shares no code with the engine. Skips with a message when `../shared` is absent.

use crate::real_world_common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use real_world_common::{read_csv, Rec};

use chrono::NaiveDate;
use listing_analyzer::engine::input::{DateOrder, Input};
use listing_analyzer::engine::{analyze, parse_reviews};

const FILES: [&str; 3] = [
    "appx-scrape-reviews-sflabs-2025-02.csv",
    "appx-scrape-reviews-agentforce-2025-02.csv",
    "appx-scrape-reviews-preview-2025-02.csv",
];

/// The analysis date: the end of the month the scrape was made.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 2, 28).expect("date")
}

/// The review window on [`today`]: the previous and the current Salesforce fiscal year
/// (FY2025 starts on 1 February 2024), up to today.
fn in_window(d: NaiveDate) -> bool {
    NaiveDate::from_ymd_opt(2024, 2, 1).is_some_and(|start| start <= d) && d <= today()
}

/// A review as the file says it: `MM/DD/YYYY` and `N stars`, in hundredths.
fn independent(cells: &[String]) -> Option<(NaiveDate, u16)> {
    let mut p = cells.get(1)?.split('/');
    let (m, d, y) = (p.next()?, p.next()?, p.next()?);
    let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
    let stars: u16 = cells.get(4)?.strip_suffix(" stars")?.parse().ok()?;
    Some((date, stars * 100))
}

/// A cell as a spreadsheet copies it: quoted when it holds a tab, a line break or a quote.
fn tsv_cell(c: &str) -> String {
    if c.contains(['\t', '\n', '\r', '"']) {
        format!("\"{}\"", c.replace('"', "\"\""))
    } else {
        c.to_string()
    }
}

fn tsv_row(cells: &[String]) -> String {
    let row: Vec<String> = cells.iter().map(|c| tsv_cell(c)).collect();
    format!("{}\n", row.join("\t"))
}

/// The pastes of one app, by layout name.
fn pastes(header: &Rec, rows: &[&Rec]) -> Vec<(&'static str, String)> {
    let csv: String = rows.iter().map(|r| r.raw.as_str()).collect();
    let tsv: String = rows.iter().map(|r| tsv_row(&r.cells)).collect();
    vec![
        ("csv", format!("{}{csv}", header.raw)),
        ("tsv", format!("{}{tsv}", tsv_row(&header.cells))),
        ("csv, no header", csv),
        ("tsv, no header", tsv),
    ]
}

fn input(reviews: String) -> Input {
    Input {
        today: Some(today()),
        reviews,
        date_order: DateOrder::MonthFirst,
        ..Input::default()
    }
}

/// Checks one paste; returns a description of what went wrong, if anything.
fn check(text: String, want: &[(NaiveDate, u16)]) -> Option<String> {
    let input = input(text);
    let (history, diags) = parse_reviews(&input, today());
    let mut got: Vec<(NaiveDate, u16)> = history
        .reviews
        .iter()
        .map(|r| (r.date, r.rating.hundredths()))
        .collect();
    let mut want = want.to_vec();
    got.sort();
    want.sort();
    if got != want || history.lines_skipped > 0 {
        let first = diags
            .first()
            .map(|d| format!("line {}: {}", d.line, d.message));
        return Some(format!(
            "read {} of {} reviews, {} lines skipped; {first:?}",
            got.len(),
            want.len(),
            history.lines_skipped
        ));
    }
    if let Some(d) = diags
        .iter()
        .find(|d| d.message.contains("check for a quote"))
    {
        return Some(format!("false alarm on line {}: {}", d.line, d.message));
    }
    let report = analyze(&input, today());
    let score = &report.review_score;
    let inside: Vec<u16> = want
        .iter()
        .filter(|(d, _)| in_window(*d))
        .map(|r| r.1)
        .collect();
    let average = (!inside.is_empty())
        .then(|| inside.iter().map(|&h| f64::from(h)).sum::<f64>() / inside.len() as f64 / 100.0);
    let same_average = match (score.average, average) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (a, b) => a == b,
    };
    if score.reviews_in_window as usize != inside.len() || !same_average {
        return Some(format!(
            "window: engine {} reviews, average {:?}; file {} reviews, average {average:?}",
            score.reviews_in_window,
            score.average,
            inside.len()
        ));
    }
    None
}

#[test]
fn every_app_reads_right_in_every_layout() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/real-world");
    if !dir.is_dir() {
        println!(
            "SKIPPED: {} is absent (real-world review exports live beside the clone)",
            dir.display()
        );
        return;
    }
    let mut failures = Vec::new();
    let mut repeats = 0;
    for file in FILES {
        let text = std::fs::read_to_string(dir.join(file)).expect("readable export");
        let recs = read_csv(&text);
        let (header, rows) = recs.split_first().expect("a header row");
        assert_eq!(header.cells.get(1).map(String::as_str), Some("Review Date"));
        let mut apps: BTreeMap<&str, Vec<&Rec>> = BTreeMap::new();
        for r in rows {
            apps.entry(r.cells.first().map_or("", String::as_str))
                .or_default()
                .push(r);
        }
        let mut ok: BTreeMap<&str, usize> = BTreeMap::new();
        for (id, rows) in &apps {
            // An exact repeat of a row (same reviewer, date and text: one real case in the
            // Salesforce Labs file) is one review.
            let mut unique: Vec<&Rec> = Vec::with_capacity(rows.len());
            for r in rows {
                if !unique.iter().any(|u| u.cells == r.cells) {
                    unique.push(r);
                }
            }
            repeats += rows.len() - unique.len();
            let want: Vec<(NaiveDate, u16)> = unique
                .iter()
                .filter_map(|r| independent(&r.cells))
                .collect();
            assert_eq!(
                want.len(),
                unique.len(),
                "{file} {id}: the file itself reads"
            );
            for (layout, paste) in pastes(header, rows) {
                match check(paste, &want) {
                    None => *ok.entry(layout).or_default() += 1,
                    Some(why) => failures.push(format!("{file} {id} [{layout}]: {why}")),
                }
            }
        }
        for (layout, n) in &ok {
            println!("{file}: {layout}: {n}/{} apps read right", apps.len());
        }
        for layout in ["csv", "tsv", "csv, no header", "tsv, no header"] {
            if !ok.contains_key(layout) {
                println!("{file}: {layout}: 0/{} apps read right", apps.len());
            }
        }
    }
    println!("{repeats} exact repeats of a review row set aside");
    assert_eq!(repeats, 1, "the files hold one exact repeat");
    for f in failures.iter().take(40) {
        println!("{f}");
    }
    assert!(failures.is_empty(), "{} pastes misread", failures.len());
}

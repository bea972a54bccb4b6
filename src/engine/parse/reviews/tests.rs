use chrono::NaiveDate;

use super::*;
use crate::engine::input::DateOrder;
use DateOrder::{DayFirst, MonthFirst};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The analysis date of these tests.
fn today() -> NaiveDate {
    ymd(2026, 11, 25)
}

fn ctx(order: DateOrder) -> DateContext {
    DateContext {
        today: today(),
        order,
    }
}

/// A review as `(date, hundredths, line)`.
type Row = (NaiveDate, u16, usize);

/// Every review read, the history and the diagnostics.
fn read(text: &str, order: DateOrder) -> (Vec<Row>, ReviewHistory, Vec<Diagnostic>) {
    let (h, d, acct) = parse_counted(text, ctx(order));
    let non_blank = text.lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(
        acct.used + acct.headers + acct.repeats + h.lines_skipped,
        non_blank,
        "every non-blank line is accounted for in {text:?}"
    );
    let v = h
        .reviews
        .iter()
        .map(|r| (r.date, r.rating.hundredths(), r.line))
        .collect();
    (v, h, d)
}

#[test]
fn tables_with_and_without_headers() {
    let table: &[(&str, &str, DateOrder, Vec<Row>)] = &[
        (
            "csv with header",
            "Date,Rating,Review\n2026-03-01,5,Great\n2026-03-02,4.5,Good\n",
            MonthFirst,
            vec![(ymd(2026, 3, 1), 500, 2), (ymd(2026, 3, 2), 450, 3)],
        ),
        (
            "header names and order vary",
            "Stars;Reviewer;Posted on\n4;Ann;Mar 1, 2026\n★★★☆☆;Bob;1 March 2026\n",
            MonthFirst,
            vec![(ymd(2026, 3, 1), 400, 2), (ymd(2026, 3, 1), 300, 3)],
        ),
        (
            "tsv without header",
            "2026-03-01\t5\tGreat, really\n2026-03-02\t4\tok\n",
            MonthFirst,
            vec![(ymd(2026, 3, 1), 500, 1), (ymd(2026, 3, 2), 400, 2)],
        ),
        (
            "csv without header, rating first",
            "5,2026-03-01,Great\n3 out of 5 stars,2026-03-05,Meh\n",
            MonthFirst,
            vec![(ymd(2026, 3, 1), 500, 1), (ymd(2026, 3, 5), 300, 2)],
        ),
        (
            "quoted commas and a quoted line break",
            "date,rating,text\n2026-03-01,5,\"Great, fast, cheap\"\n2026-03-02,4,\"two\nlines\"\n2026-03-03,3,x\n",
            MonthFirst,
            vec![
                (ymd(2026, 3, 1), 500, 2),
                (ymd(2026, 3, 2), 400, 3),
                (ymd(2026, 3, 3), 300, 5),
            ],
        ),
        (
            "semicolons with day-first dates and decimal commas",
            "Datum;Rating\n01/03/2026;4,5\n",
            DayFirst,
            vec![(ymd(2026, 3, 1), 450, 2)],
        ),
        (
            "title line before the header",
            "Acme reviews export\nReviewed On,Score\n03/01/2026,5\n",
            MonthFirst,
            vec![(ymd(2026, 3, 1), 500, 3)],
        ),
        (
            "crlf and bom",
            "\u{feff}date,rating\r\n2026-03-01,5\r\n",
            MonthFirst,
            vec![(ymd(2026, 3, 1), 500, 2)],
        ),
    ];
    for (name, text, order, want) in table {
        let (got, _, _) = read(text, *order);
        assert_eq!(&got, want, "{name}");
    }
}

#[test]
fn table_rows_that_fail_are_diagnosed_with_their_line() {
    let text =
        "date,rating\n2026-02-30,5\n2026-03-01,6\n2026-03-01,\nsoon,5\n2026-03-04\n2026-03-05,4\n";
    let (got, h, d) = read(text, MonthFirst);
    assert_eq!(got, vec![(ymd(2026, 3, 5), 400, 7)]);
    assert_eq!(h.lines_skipped, 5);
    let lines: Vec<usize> = d.iter().map(|d| d.line).collect();
    assert_eq!(lines, vec![2, 3, 4, 5, 6]);
    assert!(
        d[0].message.contains("not a real calendar date"),
        "{}",
        d[0].message
    );
    assert!(d[1].message.contains("outside 1–5"), "{}", d[1].message);
    assert!(d[2].message.contains("empty"), "{}", d[2].message);
    assert!(d[3].message.contains("no date"), "{}", d[3].message);
    assert!(
        d[4].message.contains("a date but no rating"),
        "{}",
        d[4].message
    );
}

#[test]
fn a_line_of_text_among_the_rows_is_named_as_text() {
    // The example's "review removed by moderator" (a tester, 7 Dec 2026, was told about
    // fields 1 and 2).
    let (got, _, d) = read(
        "date,rating\n2026-03-01,5\nreview removed by moderator\n",
        DayFirst,
    );
    assert_eq!(got.len(), 1);
    assert!(
        d.iter().any(|d| d.line == 3
            && d.message == "Row is one piece of text (\u{201c}review removed by moderator\u{201d}), not a date and a rating; skipped."),
        "{d:?}"
    );
}

#[test]
fn a_bare_day_and_month_as_the_date_cell_is_read() {
    // A tester (7 Dec 2026): `3/2,5` in a sheet without years is a review of 3 February
    // (day first) in the most recent year that keeps the history before the analysis date.
    let (got, _, d) = read("date,rating\n3/2,5\n2026-03-05,4\n", DayFirst);
    assert_eq!(
        got,
        vec![(ymd(2026, 2, 3), 500, 2), (ymd(2026, 3, 5), 400, 3)],
        "{d:?}"
    );
    // Not the whole cell: no date.
    let (got, _, _) = read("date,rating\n3/2 or so,5\n", DayFirst);
    assert!(got.is_empty());
}

#[test]
fn blocks_from_a_listing_page() {
    let table: &[(&str, &str, Vec<Row>)] = &[
        (
            "blank-line separated",
            "★★★★★\nGreat app, saved us hours\nJane D. · March 3, 2026\n\n★★★★☆\nGood, 3 of our 12 admins use it\nBob · Feb 1, 2026\n",
            vec![(ymd(2026, 3, 3), 500, 1), (ymd(2026, 2, 1), 400, 5)],
        ),
        (
            "no blank lines, rating first",
            "★★★★★\nGreat\nJane · Mar 3, 2026\n★★★★☆\nGood\nBob · Feb 1, 2026\n",
            vec![(ymd(2026, 3, 3), 500, 1), (ymd(2026, 2, 1), 400, 4)],
        ),
        (
            "no blank lines, date first",
            "Jane · 2026-03-03\nRated 4 out of 5 stars\nNice since 2026-01-01\nBob · 2026-02-01\n5/5\n",
            vec![(ymd(2026, 3, 3), 400, 1), (ymd(2026, 2, 1), 500, 4)],
        ),
        (
            "one review per line",
            "2026-03-01 5\n4 stars 2026-03-02\n",
            vec![(ymd(2026, 3, 1), 500, 1), (ymd(2026, 3, 2), 400, 2)],
        ),
        (
            "rating inside prose only",
            "Five stars? I'd give it 5 stars\nAnn — 1 Mar 2026\n",
            vec![(ymd(2026, 3, 1), 500, 1)],
        ),
    ];
    for (name, text, want) in table {
        let (got, h, d) = read(text, MonthFirst);
        assert_eq!(&got, want, "{name}: {d:?}");
        assert_eq!(h.lines_skipped, 0, "{name}: {d:?}");
    }
}

#[test]
fn incomplete_blocks_are_skipped_line_by_line() {
    let text = "Reviews (2)\n\n★★★★★\nGreat\n\nJane · Feb 30, 2026\n★★★★\n";
    let (got, h, d) = read(text, MonthFirst);
    assert!(got.is_empty());
    assert_eq!(h.lines_skipped, 5);
    let lines: Vec<usize> = d.iter().map(|d| d.line).collect();
    assert_eq!(lines, vec![1, 3, 4, 6, 7]);
    assert!(
        d[0].message.contains("no rating and no date"),
        "{}",
        d[0].message
    );
    assert!(d[1].message.contains("lines 3–4"), "{}", d[1].message);
    assert!(
        d[3].message.contains("not a real calendar date"),
        "{}",
        d[3].message
    );
}

#[test]
fn ambiguous_dates_are_counted_with_one_summary() {
    let text = "date,rating\n03/04/2026,5\n04/04/2026,5\n05/03/2026,4\n";
    let (got, h, d) = read(text, MonthFirst);
    assert_eq!(got.len(), 3);
    assert_eq!(h.ambiguous_dates, 2);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].line, 2);
    assert!(d[0].message.contains("03/04/2026"), "{}", d[0].message);
    assert!(
        d[0].message.contains("switch the date order"),
        "{}",
        d[0].message
    );
    let (got, _, _) = read(text, DayFirst);
    assert_eq!(got.first().map(|r| r.0), Some(ymd(2026, 4, 3)));
}

// Changed by issue 9: a date that can only be read one way decides the ambiguous ones,
// whatever the setting, and a note says so (they used to follow the setting).
#[test]
fn a_date_readable_one_way_decides_the_others() {
    let text = "date,rating\n03/04/2026,5\n04/04/2026,5\n05/03/2026,4\n03/25/2026,4\n";
    for order in [MonthFirst, DayFirst] {
        let (got, h, d) = read(text, order);
        let dates: Vec<NaiveDate> = got.iter().map(|r| r.0).collect();
        assert_eq!(
            dates,
            vec![
                ymd(2026, 3, 4),
                ymd(2026, 4, 4),
                ymd(2026, 5, 3),
                ymd(2026, 3, 25)
            ]
        );
        // Issue 20: the count is the note's (two dates could be read either way; the
        // other dates decided them).
        assert_eq!(h.ambiguous_dates, 2);
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].message.starts_with("2 dates such as"), "{d:?}");
        assert!(
            d[0].message
                .contains("like \u{201c}03/25/2026\u{201d} on line 5"),
            "{d:?}"
        );
    }
    // UK dates: 28/10/2026 among 03/04/2026 reads day-first with the month-first setting.
    let (got, _, _) = read("Date\tStars\n03/04/2026\t5\n28/10/2026\t4\n", MonthFirst);
    assert_eq!(got.first().map(|r| r.0), Some(ymd(2026, 4, 3)));
}

#[test]
fn junk_is_capped_and_fast() {
    let junk = "lorem ipsum dolor\n".repeat(100_000);
    let (h, d) = parse(&junk, ctx(MonthFirst));
    assert_eq!(h.lines_skipped, 100_000);
    assert_eq!(d.len(), crate::engine::parse::MAX_LINE_DIAGNOSTICS + 1);
    assert!(d.last().is_some_and(|d| d.message.contains("more lines")));
}

#[test]
fn odd_inputs_do_not_panic() {
    for text in [
        "",
        "\n\n",
        "\"",
        "\"unclosed,5\n2026-03-01",
        ",,,\n;;;",
        "\u{0}\u{fffd}★",
        "<script>alert(1)</script>",
        "date,rating\n\"2026-03-01\",\"5\"",
    ] {
        let _ = read(text, MonthFirst);
    }
}

#[test]
fn exact_repeats_with_text_are_one_review_and_bare_rows_are_kept() {
    // Table rows: with a reviewer, repeated; of only date and rating, repeated.
    let text = "Date,Rating,Reviewer\n2026-03-01,5,Ann\n2026-03-01,5,Ann\n2026-03-02,4,Bo\n";
    let (rows, h, d) = read(text, MonthFirst);
    assert_eq!(rows.len(), 2);
    assert_eq!(h.repeats, 1);
    assert!(
        d.iter()
            .any(|d| d.line == 3 && d.message.contains("repeats line 2")),
        "{d:?}"
    );
    let (rows, h, _) = read("Date,Rating\n2026-03-01,5\n2026-03-01,5\n", MonthFirst);
    assert_eq!((rows.len(), h.repeats), (2, 0));
    // Blocks copied from a listing page, pasted twice: the text makes them the same review.
    let block = "★★★★★\nMar 1, 2026\nGreat app, saves hours\n\n★★★★☆\nMar 2, 2026\nGood\n";
    let (rows, h, _) = read(&format!("{block}\n{block}"), MonthFirst);
    assert_eq!((rows.len(), h.repeats), (2, 2));
    // Blocks of only a rating and a date are kept.
    let bare = "★★★★★\nMar 1, 2026\n\n★★★★★\nMar 1, 2026\n";
    let (rows, h, _) = read(bare, MonthFirst);
    assert_eq!((rows.len(), h.repeats), (2, 0));
}

mod exports;

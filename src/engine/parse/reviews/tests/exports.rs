//! Review exports as real tools write them (synthetic rows in the layout of a real
//! AppExchange scrape: id, date, reviewer, likes, valence, badge counts, text).

use super::*;

const HEADER: &str = "Unique ID,Review Date,Reviewer Name,Likes,Review Valence,MVP Count,\
                      Ranger Count,Top Reviewer Count,Review Text\n";

/// Rows whose Likes column holds small counts that would read as ratings, with review text
/// holding dates, numbers, commas, doubled quotes and a line break.
const ROWS: &str = "\
a1,02/12/2025,Ann,1.0,4 stars,0.0,1.0,0.0,Works. Works well
a1,01/11/2025,Bob,2.0,5 stars,0.0,0.0,3.0,\"Great, since 03/04/2024 we saved 5 hours
and rated it 1 of 5 at first\"
a1,11/20/2024,Cy,1.0,1 stars,0.0,0.0,0.0,\"He said \"\"meh\"\"\"
";

/// The same rows as a spreadsheet copies them: tab-separated, multi-line cells quoted.
const TSV_ROWS: &str = "\
a1\t02/12/2025\tAnn\t1.0\t4 stars\t0.0\t1.0\t0.0\tWorks. Works well
a1\t01/11/2025\tBob\t2.0\t5 stars\t0.0\t0.0\t3.0\t\"Great, since 03/04/2024 we saved 5 hours
and rated it 1 of 5 at first\"
a1\t11/20/2024\tCy\t1.0\t1 stars\t0.0\t0.0\t0.0\t\"He said \"\"meh\"\"\"
";

/// `(date, hundredths)` of [`ROWS`].
fn expected() -> Vec<(NaiveDate, u16)> {
    vec![
        (ymd(2025, 2, 12), 400),
        (ymd(2025, 1, 11), 500),
        (ymd(2024, 11, 20), 100),
    ]
}

fn dates_and_ratings(got: &[Row]) -> Vec<(NaiveDate, u16)> {
    got.iter().map(|r| (r.0, r.1)).collect()
}

#[test]
fn the_valence_column_is_the_rating_never_the_likes() {
    let layouts = [
        ("csv", format!("{HEADER}{ROWS}"), 2),
        ("tsv", format!("{}{TSV_ROWS}", HEADER.replace(',', "\t")), 2),
        ("csv without header", ROWS.to_string(), 1),
        ("tsv without header", TSV_ROWS.to_string(), 1),
    ];
    for (name, text, first) in layouts {
        // 11/20/2024 can only be month-first, so the setting does not matter.
        for order in [MonthFirst, DayFirst] {
            let (got, h, d) = read(&text, order);
            assert_eq!(
                dates_and_ratings(&got),
                expected(),
                "{name} {order:?}: {d:?}"
            );
            assert_eq!(got.first().map(|r| r.2), Some(first), "{name}");
            assert_eq!(
                h.lines_skipped, 0,
                "{name}: the header is not a skipped review"
            );
            // Issue 20: the count of dates that could be read either way is the one the
            // date-order note states (none without a note).
            let stated = d.iter().any(|d| {
                d.message
                    .starts_with(&format!("{} date", h.ambiguous_dates))
            });
            assert!(h.ambiguous_dates == 0 || stated, "{name}: {d:?}");
            let headerless = d.iter().any(|d| d.message.starts_with("No header row"));
            assert_eq!(headerless, first == 1, "{name}: {d:?}");
        }
    }
}

#[test]
fn rating_forms_in_a_column() {
    let text = "Date\tRating\n2026-03-01\t5 stars\n2026-03-02\t1 stars\n2026-03-03\t4.0\n\
                2026-03-04\t★★★★☆\n2026-03-05\t4/5\n2026-03-06\t3 out of 5\n";
    let (got, h, _) = read(text, MonthFirst);
    let ratings: Vec<u16> = got.iter().map(|r| r.1).collect();
    assert_eq!(ratings, vec![500, 100, 400, 400, 400, 300]);
    assert_eq!(h.lines_skipped, 0);
}

#[test]
fn out_of_range_and_negative_ratings_are_reported_and_skipped() {
    let text = "Date,Rating\n2026-03-01,-1\n2026-03-02,0\n2026-03-03,6\n2026-03-04,5\n";
    let (got, h, d) = read(text, MonthFirst);
    assert_eq!(got, vec![(ymd(2026, 3, 4), 500, 5)]);
    assert_eq!(h.lines_skipped, 3);
    let lines: Vec<usize> = d.iter().map(|d| d.line).collect();
    assert_eq!(lines, vec![2, 3, 4]);
    assert!(d[0].message.contains("-1 is negative"), "{d:?}");
    assert!(d[1].message.contains("outside 1–5"), "{d:?}");
}

#[test]
fn column_choices_that_are_not_plain_are_explained() {
    // Two columns name a rating: the better name wins and a note says how to change it.
    let text = "Date,Ease of use rating,Overall rating\n2026-03-01,3,5\n2026-03-02,2,4\n";
    let (got, _, d) = read(text, MonthFirst);
    assert_eq!(got.iter().map(|r| r.1).collect::<Vec<_>>(), vec![500, 400]);
    assert!(d.is_empty(), "different ranks are not ambiguous: {d:?}");
    // Equal names: the higher ratings win (counts are mostly low), and the note says so.
    let text = "Date,Rating (app),Rating (support)\n2026-03-01,3,5\n2026-03-02,2,4\n";
    let (got, _, d) = read(text, MonthFirst);
    assert_eq!(got.iter().map(|r| r.1).collect::<Vec<_>>(), vec![500, 400]);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].line, 1);
    assert!(
        d[0].message
            .contains("(column 3), not from \u{201c}Rating (app)\u{201d} (column 2)"),
        "{d:?}"
    );
    assert!(d[0].message.contains("rename the headers"), "{d:?}");
    // No column named as a rating: the content decides, counts excluded, and it is said.
    let text = "Posted,Helpful votes,Verdict,Text\n2026-03-01,2,5,ok\n2026-03-02,3,4,fine\n";
    let (got, _, d) = read(text, MonthFirst);
    assert_eq!(got.iter().map(|r| r.1).collect::<Vec<_>>(), vec![500, 400]);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].message.contains("\u{201c}Verdict\u{201d} (column 3)"),
        "{d:?}"
    );
    // A header that names nothing we know is still a header, and it is said.
    let text = "Quando;Voto\n2026-03-01;5\n2026-03-02;4\n";
    let (got, h, d) = read(text, MonthFirst);
    assert_eq!(got.len(), 2);
    assert_eq!(h.lines_skipped, 0);
    assert!(
        d.iter()
            .any(|d| d.line == 1 && d.message.contains("taken as the header")),
        "{d:?}"
    );
}

#[test]
fn review_text_with_dates_and_numbers_never_moves_a_column() {
    // Without a header, the text column is full of dates and numbers; the columns stay.
    let text = "2026-03-01,5,\"Since 2025-01-01: 4 of 5 admins, 3 stars at first\"\n\
                2026-03-02,4,\"Updated 2026-02-02, 10/10\"\n\
                2026-03-03,3,\"2026-01-01 2 stars\"\n";
    let (got, h, _) = read(text, MonthFirst);
    assert_eq!(
        got,
        vec![
            (ymd(2026, 3, 1), 500, 1),
            (ymd(2026, 3, 2), 400, 2),
            (ymd(2026, 3, 3), 300, 3)
        ]
    );
    assert_eq!(h.lines_skipped, 0);
}

#[test]
fn yearless_and_relative_dates_in_a_table_and_in_blocks() {
    let text = "Date,Rating\nSep 8,5\n4 weeks ago,4\nyesterday,3\n";
    let (got, h, d) = read(text, MonthFirst);
    let dates: Vec<NaiveDate> = got.iter().map(|r| r.0).collect();
    assert_eq!(
        dates,
        vec![ymd(2026, 9, 8), ymd(2026, 10, 28), ymd(2026, 11, 24)]
    );
    assert_eq!((h.inferred_years, h.approximate_dates), (1, 2));
    assert!(
        d.iter()
            .any(|d| d.line == 2 && d.message.contains("without a year")),
        "{d:?}"
    );
    assert!(
        d.iter()
            .any(|d| d.line == 3 && d.message.contains("approximate")),
        "{d:?}"
    );
    let blocks = "★★★★★\nGreat app\nJane · 3 weeks ago\n\n★★★★☆\nGood\nBob · Oct 2\n";
    let (got, h, _) = read(blocks, MonthFirst);
    let dates: Vec<NaiveDate> = got.iter().map(|r| r.0).collect();
    // Oct 2 is anchored on the relative date before it (2026-11-04).
    assert_eq!(dates, vec![ymd(2026, 11, 4), ymd(2026, 10, 2)]);
    assert_eq!(h.lines_skipped, 0);
}

#[test]
fn a_quote_left_open_is_said_not_silent() {
    let text = "Date,Rating,Text\n2026-03-01,5,\"Great\n2026-03-02,4,ok\n2026-03-03,3,\"fine\"\n";
    let (got, _, d) = read(text, MonthFirst);
    assert_eq!(got.len(), 1, "{d:?}");
    assert!(
        d.iter()
            .any(|d| d.line == 2 && d.message.contains("check for a quote")),
        "{d:?}"
    );
}

#[test]
fn without_stars_or_header_the_higher_column_wins_and_it_is_said() {
    // Likes (column 2) and bare ratings (column 3) both read as 1–5: the ratings are higher.
    let text = "2026-03-01,1.0,4.0,x\n2026-03-02,2.0,5.0,y\n2026-03-03,1.0,4.0,z\n";
    let (got, _, d) = read(text, MonthFirst);
    assert_eq!(
        got.iter().map(|r| r.1).collect::<Vec<_>>(),
        vec![400, 500, 400]
    );
    assert!(
        d.iter().any(|d| d.message.contains("ratings from column 3")
            && d.message.contains("another column reads as ratings too")),
        "{d:?}"
    );
}

//! Native tests of the app's view-model: the supported date range at the door, the saved
//! work's overwrite rule and keys, the allowed parent origins, Markdown escaping, and a
//! property test that no input the engine accepts can panic the formatting, export and
//! chart code.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use listing_analyzer::app::chart::{ratings::ratings, timeline::timeline};
use listing_analyzer::app::config::allowed_parents;
use listing_analyzer::app::export::{cell, markdown};
use listing_analyzer::app::format;
use listing_analyzer::app::saved::{
    may_hold_surrogates, may_overwrite, next_stamp, utf16_len, Keys, Stamp,
};
use listing_analyzer::engine::input::{DateOrder, Input, SecurityReviewInput, SUPPORTED_YEARS};
use listing_analyzer::engine::report::Report;
use listing_analyzer::engine::{analyze, check_input, parse_input, InputError};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

#[test]
fn analysis_dates_outside_the_supported_years_are_refused_at_the_door() {
    let cases: [(&str, Option<NaiveDate>); 6] = [
        ("+262142-12-31", Some(d(262_142, 12, 31))),
        ("-262143-01-01", Some(d(-262_143, 1, 1))),
        ("1899-12-31", Some(d(1899, 12, 31))),
        ("2200-01-01", Some(d(2200, 1, 1))),
        ("1900-01-01", None),
        ("2199-12-31", None),
    ];
    for (today, refused) in cases {
        let json = format!("{{\"schema_version\":1,\"today\":\"{today}\"}}");
        match (parse_input(&json), refused) {
            (Err(InputError::DateOutOfRange(got)), Some(want)) => {
                assert_eq!(got, want, "{today}");
                let line = InputError::DateOutOfRange(got).to_string();
                assert!(line.contains("1900\u{2013}2199"), "{line}");
            }
            (Ok(input), None) => assert!(check_input(&input).is_ok(), "{today}"),
            (other, _) => panic!("{today}: {other:?}"),
        }
    }
}

#[test]
fn a_tab_never_overwrites_a_newer_save_by_another_tab() {
    let stamp = |version, tab: &str| Stamp {
        version,
        tab: tab.to_owned(),
    };
    // (stored, this tab's base, this tab, may overwrite)
    let cases = [
        (None, 0, "c", true),
        (Some(stamp(1, "c")), 1, "c", true),
        (Some(stamp(2, "d")), 1, "c", false),
        (Some(stamp(2, "d")), 2, "c", true),
        (Some(stamp(5, "c")), 1, "c", true),
        (Some(stamp(1, "d")), 0, "c", false),
    ];
    for (stored, base, tab, want) in cases {
        assert_eq!(
            may_overwrite(stored.as_ref(), base, tab),
            want,
            "{stored:?} {base} {tab}"
        );
    }
    let next = next_stamp(Some(&stamp(7, "d")), 3, "c");
    assert_eq!((next.version, next.tab.as_str()), (8, "c"));
    assert_eq!(Stamp::parse(&next.to_string()), Some(next));
    assert_eq!(Stamp::parse("not a stamp"), None);
    assert_eq!(Stamp::version_of(None), 0);
}

#[test]
fn framed_pages_and_unreadable_copies_have_keys_of_their_own() {
    let (mine, framed) = (Keys::framed(false), Keys::framed(true));
    let all = [
        mine.input,
        mine.stamp,
        mine.previous,
        mine.origin,
        mine.history,
        framed.input,
        framed.stamp,
        framed.previous,
        framed.origin,
        framed.history,
    ];
    for (i, a) in all.iter().enumerate() {
        for b in all.iter().skip(i + 1) {
            assert_ne!(a, b);
        }
    }
    assert_eq!(
        mine.input, "listing-analyzer.input",
        "old autosaves keep loading"
    );
    let copies: Vec<String> = (0..3)
        .map(|n| mine.unreadable(1_700_000_000_000, n))
        .collect();
    assert_eq!(copies[0], "listing-analyzer.input.unreadable.1700000000000");
    assert!(copies[1] != copies[0] && copies[2] != copies[1]);
    assert!(framed
        .unreadable(1, 0)
        .starts_with(framed.unreadable_prefix));
}

#[test]
fn surrogate_escapes_are_spotted_in_saved_json_and_nothing_else_is() {
    let serde_json_never_writes_one = serde_json::to_string(&Input {
        listing: "\u{FFFD} \u{1F600} \\ \\u \\ud7ff u+d800".to_owned(),
        ..Input::default()
    })
    .expect("serialises");
    for (json, expected) in [
        (r#"{"listing":"a\ud800b"}"#, true),
        (r#"{"listing":"\uDC00"}"#, true),
        (r#"{"listing":"\udbff\udfff"}"#, true),
        (r#"{"listing":"\\ud800"}"#, true),
        (r#"{"listing":"\ud7ff \ue000 \u0041"}"#, false),
        (r#"{"listing":"ud800 \\u"}"#, false),
        ("", false),
        (serde_json_never_writes_one.as_str(), false),
    ] {
        assert_eq!(may_hold_surrogates(json), expected, "{json}");
    }
}

#[test]
fn allowed_parents_are_named_origins_never_a_wildcard() {
    let cases: [(&str, &[&str], usize); 6] = [
        ("self", &["/"], 0),
        (
            "self https://www.example.com/",
            &["/", "https://www.example.com"],
            0,
        ),
        ("*", &[], 1),
        ("https://*.example.com javascript:alert(1)", &[], 2),
        (
            "http://127.0.0.1:8080 https://example.com/path",
            &["http://127.0.0.1:8080"],
            1,
        ),
        ("", &[], 0),
    ];
    for (content, targets, warnings) in cases {
        let (got, warned) = allowed_parents(content);
        assert_eq!(got, targets, "{content}");
        assert_eq!(warned.len(), warnings, "{content}: {warned:?}");
    }
}

#[test]
fn markdown_cells_keep_html_links_and_images_as_text() {
    let cases = [
        (
            "<img src=x onerror=alert(1)>",
            "&lt;img src=x onerror=alert\\(1\\)&gt;",
        ),
        (
            "![](http://evil.example/p.png)",
            "\\!\\[\\]\\(http://evil.example/p.png\\)",
        ),
        (
            "[x](javascript:alert(1))",
            "\\[x\\]\\(javascript:alert\\(1\\)\\)",
        ),
        ("a | b\nc", "a \\| b c"),
        (
            "**bold** `code` ~~gone~~ \\",
            "\\*\\*bold\\*\\* \\`code\\` \\~\\~gone\\~\\~ \\\\",
        ),
        (
            "Fix: add 3 screenshots & more",
            "Fix: add 3 screenshots &amp; more",
        ),
    ];
    for (raw, want) in cases {
        assert_eq!(cell(raw), want, "{raw}");
    }
}

#[test]
fn the_markdown_export_quotes_a_hostile_review_inert() {
    let input = Input {
        reviews: "Date,Rating\n<img src=x onerror=alert(1)>\n![](http://evil.example/p.png)\n[x](javascript:alert(1))\n2026-03-01,5\n".to_owned(),
        ..Input::default()
    };
    let md = markdown(&analyze(&input, d(2026, 11, 25)));
    assert!(
        md.contains("## Not understood"),
        "the lines are quoted: {md}"
    );
    for live in ["<img", "![", "[x]", "](javascript", "](http://evil"] {
        assert!(!md.contains(live), "{live} is live in:\n{md}");
    }
    // The only links are the sources' own addresses, from the rule data.
    for (at, _) in md.match_indices("](") {
        let target = &md[at + 2..];
        assert!(
            target.starts_with("https://"),
            "a link that is not a source address in:\n{md}"
        );
    }
}

#[test]
fn html_date_values_have_no_sign_for_the_years_a_date_field_reads() {
    assert_eq!(format::iso_date(d(2026, 3, 1)), "2026-03-01");
    assert_eq!(format::iso_date(d(1900, 1, 1)), "1900-01-01");
    assert_eq!(format::iso_date(d(9999, 12, 31)), "9999-12-31");
}

/// Any date in the supported years, with the first and last days of the range (and the
/// weeks just inside them, where computed dates cross the range's ends) drawn often.
fn supported_date() -> impl Strategy<Value = NaiveDate> {
    let first = d(*SUPPORTED_YEARS.start(), 1, 1);
    let last = d(*SUPPORTED_YEARS.end(), 12, 31);
    let span = last.signed_duration_since(first).num_days() as u64;
    prop_oneof![
        Just(first),
        Just(last),
        (0..=400u64).prop_map(move |n| first + Days::new(n)),
        (0..=400u64).prop_map(move |n| last - Days::new(n)),
        (0..=span).prop_map(move |n| first + Days::new(n)),
    ]
}

/// Any date chrono can hold.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let span = NaiveDate::MAX
        .signed_duration_since(NaiveDate::MIN)
        .num_days() as u64;
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (0..=span).prop_map(|n| NaiveDate::MIN + Days::new(n)),
    ]
}

/// Lines that look like reviews and log events, dated anywhere in the supported years,
/// mixed with text the parsers must skip.
fn lines(words: &'static [&'static str]) -> impl Strategy<Value = String> {
    let line = prop_oneof![
        (supported_date(), 0..words.len()).prop_map(move |(d, w)| format!("{d},{}", words[w])),
        (supported_date(), 0..words.len()).prop_map(move |(d, w)| format!("{d} {}", words[w])),
        "[ -~]{0,40}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(line, 0..12).prop_map(|l| l.join("\n"))
}

const RATINGS: &[&str] = &[
    "5",
    "1",
    "4/5",
    "\u{2605}\u{2605}\u{2605}",
    "-1",
    "0",
    "5 out of 5 stars",
];
const EVENTS: &[&str] = &[
    "submitted",
    "failed",
    "resubmitted",
    "provisional pass",
    "passed",
    "approved",
];

fn accepted_input() -> impl Strategy<Value = Input> {
    let ids: Vec<String> = analyze(&Input::default(), d(2026, 1, 1))
        .rules
        .iter()
        .map(|r| r.id.to_string())
        .collect();
    let overrides = prop::collection::btree_map(
        prop::sample::select(ids),
        prop_oneof![Just(0.0), Just(1e9), Just(-1.0), 0.0..500.0f64],
        0..4,
    );
    (
        prop::option::of(supported_date()),
        "[ -~\n]{0,80}",
        lines(RATINGS),
        lines(EVENTS),
        any::<bool>(),
        overrides,
    )
        .prop_map(
            |(today, listing, reviews, log, day_first, overrides)| Input {
                today,
                listing,
                reviews,
                security_review: SecurityReviewInput {
                    log,
                    ..SecurityReviewInput::default()
                },
                date_order: if day_first {
                    DateOrder::DayFirst
                } else {
                    DateOrder::MonthFirst
                },
                overrides: overrides.into_iter().collect::<BTreeMap<_, _>>().into(),
                ..Input::default()
            },
        )
}

/// Renders everything the app renders from `report` outside Yew, checking the geometry.
fn render_all(report: &Report) {
    let g = timeline(&report.time_to_listing, report.today);
    let xs = [g.band.0, g.band.1, g.likely_x, g.today_x]
        .into_iter()
        .chain(g.bars.iter().flat_map(|b| [b.x, b.width]))
        .chain(g.markers.iter().map(|m| m.x))
        .chain(g.ticks.iter().map(|t| t.x));
    for x in xs {
        assert!(x.is_finite() && (0.0..=640.0).contains(&x), "x {x}");
    }
    assert!(!g.caption.is_empty());
    if let Some(r) = ratings(&report.review_score, report.today) {
        for v in r.dots.iter().flat_map(|d| [d.x, d.y, d.r]).chain([
            r.window.0,
            r.window.1,
            r.threshold_y,
        ]) {
            assert!(v.is_finite(), "{v}");
        }
    }
    let md = markdown(report);
    assert!(md.starts_with("# AppExchange listing analysis"));
    for f in &report.time_to_listing.factors {
        let _ = format::weeks_delta(f.weeks);
    }
    let _ = format::stars(report.review_score.average);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn no_accepted_input_panics_the_formatting_export_or_charts(
        input in accepted_input(),
        browser_today in supported_date(),
    ) {
        // The door: what the generator makes is what the engine accepts.
        let json = serde_json::to_string(&input).expect("serialises");
        let read = parse_input(&json).expect("accepted");
        render_all(&analyze(&read, browser_today));
    }

    #[test]
    fn chart_geometry_survives_any_date_chrono_can_hold(
        input in accepted_input(),
        dates in prop::collection::vec(any_date(), 8),
    ) {
        let mut report = analyze(&input, d(2026, 11, 25));
        let t = &mut report.time_to_listing;
        (t.start, t.earliest, t.likely, t.latest) = (dates[0], dates[1], dates[2], dates[3]);
        for (e, date) in t.events.iter_mut().zip(dates.iter().cycle()) {
            e.date = *date;
        }
        report.today = dates[4];
        let s = &mut report.review_score;
        (s.window_start, s.window_end) = (dates[5], dates[6]);
        if let Some(p) = s.ratings.first_mut() {
            p.date = dates[7];
        }
        let _ = timeline(&report.time_to_listing, report.today);
        let _ = ratings(&report.review_score, report.today);
        let _ = markdown(&report);
    }
}

proptest! {
    /// The storage quota's count of a text equals the UTF-16 encoding's length, for any
    /// mix of one- to four-byte characters.
    #[test]
    fn utf16_len_counts_what_the_browser_stores(text in "\\PC{0,40}", wide in "[\u{10000}-\u{10FFFF}é€a]{0,8}") {
        let text = format!("{text}{wide}{text}");
        prop_assert_eq!(utf16_len(&text), text.encode_utf16().count());
    }
}

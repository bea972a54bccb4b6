//! Native table tests of the app's words and numbers ([`format`]) and of the downloads
//! ([`export`]): every helper against the strings the page and the files show.

use chrono::NaiveDate;
use listing_analyzer::app::{export, format};
use listing_analyzer::engine::report::{Report, SourceKind};
use listing_analyzer::engine::{analyze, parse_input};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

#[test]
fn dates_read_the_same_in_every_locale() {
    let cases = [
        (d(2026, 12, 7), "7 Dec 2026", "2026-12-07", "Dec"),
        (d(2027, 1, 31), "31 Jan 2027", "2027-01-31", "Jan"),
        (d(999, 5, 1), "1 May 999", "0999-05-01", "May"),
        (d(2024, 2, 29), "29 Feb 2024", "2024-02-29", "Feb"),
    ];
    for (day, words, iso, month) in cases {
        assert_eq!(format::date(day), words);
        assert_eq!(format::iso_date(day), iso);
        assert_eq!(format::month(day), month);
    }
}

#[test]
fn counts_stars_figures_and_weeks_are_written_as_shown() {
    let counts = [(0, "0 reviews"), (1, "1 review"), (2, "2 reviews")];
    for (n, want) in counts {
        assert_eq!(format::count(n, "review", "reviews"), want);
    }
    let stars = [(Some(4.756), "4.76"), (Some(5.0), "5.00"), (None, "—")];
    for (avg, want) in stars {
        assert_eq!(format::stars(avg), want);
    }
    let figures = [
        (8.0, "8"),
        (4.6, "4.6"),
        (0.125, "0.125"),
        (1.0 / 3.0, "0.3333"),
        (-2.0, "-2"),
        (1e16, "10000000000000000"),
    ];
    for (v, want) in figures {
        assert_eq!(format::figure(v), want, "{v}");
    }
    let weeks = [
        (0, ""),
        (1, "+1 week"),
        (3, "+3 weeks"),
        (-1, "\u{2212}1 week"),
        (-4, "\u{2212}4 weeks"),
    ];
    for (w, want) in weeks {
        assert_eq!(format::weeks_delta(w), want);
    }
}

#[test]
fn fees_names_and_classes() {
    assert_eq!(format::fees(Some(1998)), "$1998");
    assert_eq!(format::fees(Some(0)), "$0");
    assert!(format::fees(None).starts_with("unknown"));
    let caps = [
        ("agreement signed", "Agreement signed"),
        // The engine's own English words: only an ASCII first letter changes.
        ("é", "é"),
        ("", ""),
    ];
    for (text, want) in caps {
        assert_eq!(format::capitalized(text), want);
    }
    assert_eq!(
        format::class_name("awaiting_resubmission"),
        "awaiting-resubmission"
    );
    assert_eq!(format::class_name("passed"), "passed");
    assert_eq!(
        format::source_kind_class(SourceKind::TeamDefault),
        "team default"
    );
    assert_eq!(format::source_kind_class(SourceKind::Seed), "seed");
}

fn sample_report() -> Report {
    let text = std::fs::read_to_string("docs/sample-input.json").expect("sample input");
    let input = parse_input(&text).expect("sample input parses");
    analyze(&input, d(2030, 1, 1))
}

#[test]
fn the_json_download_is_the_engine_report_unchanged() {
    let report = sample_report();
    let json = export::json(&report);
    let golden = std::fs::read_to_string("tests/golden/sample-report.json").expect("golden");
    assert_eq!(format!("{json}\n"), golden);
    let back: Report = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, report);
}

#[test]
fn the_markdown_download_says_each_section_in_the_engine_words() {
    let report = sample_report();
    let md = export::markdown(&report);
    let t = &report.time_to_listing;
    // Table: text the file must hold, and why.
    let wants = [
        ("# AppExchange listing analysis".to_owned(), "title"),
        (
            format!("Analysis date: {}", format::date(report.today)),
            "date",
        ),
        (format!("- Status: {}", t.status.label()), "status label"),
        (format!("- {}", format::range(t.app_type)), "app type label"),
        (
            format!(
                "## Readiness: {}",
                export::cell(&report.summary.readiness.words.headline)
            ),
            "score, in the summary's words",
        ),
        ("## Summary".to_owned(), "the summary first"),
        ("## Rules used".to_owned(), "rules"),
        ("| Rule set | Reviews |".to_owned(), "rule-set table"),
        // The plan travels too (a tester, 7 Dec 2026: the .md left it out), every step.
        ("### Plan to a live listing".to_owned(), "plan"),
        (
            format!(
                "{}. {}: **{}**",
                t.plan.len(),
                format::date_span(
                    t.plan.last().expect("a plan").from,
                    t.plan.last().expect("a plan").to
                ),
                t.plan.last().expect("a plan").step
            ),
            "the plan's last step, dated",
        ),
    ];
    for (want, why) in wants {
        assert!(md.contains(&want), "{why}: {want}\n{md}");
    }
    // One line per gap, most severe first, with the field's label.
    let gap_lines: Vec<&str> = md.lines().filter(|l| l.starts_with("- **")).collect();
    assert_eq!(gap_lines.len(), report.readiness.gaps.len());
    for (line, g) in gap_lines.iter().zip(&report.readiness.gaps) {
        let head = format!(
            "- **{}** ({}):",
            g.severity.label(),
            export::cell(g.field.label())
        );
        assert!(line.starts_with(&head), "{line} / {head}");
    }
    // One table row per rule, with its unit and source kind in words.
    for rule in &report.rules {
        let value = format!("{} {}", format::figure(rule.value), rule.unit.label());
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| {} |", export::cell(&rule.label))))
            .unwrap_or_else(|| panic!("no row for {}", rule.id));
        assert!(row.contains(&export::cell(&value)), "{row} / {value}");
        assert!(row.contains(rule.source.kind.label()), "{row}");
    }
}

#[test]
fn the_markdown_download_names_the_input_of_each_diagnostic() {
    let text = r#"{"schema_version":1,"today":"2026-11-22",
        "reviews":"Date,Rating\n2026-03-01,9\n2026-03-01,4",
        "security_review":{"log":"2026-09-07 submitted\nsomething happened 2026-10-01"},
        "overrides":{"no.such.rule":3}}"#;
    let report = analyze(&parse_input(text).expect("parses"), d(2030, 1, 1));
    let md = export::markdown(&report);
    assert!(md.contains("## Not understood"), "{md}");
    for diag in &report.diagnostics {
        let place = if diag.line == 0 {
            String::new()
        } else {
            format!(", line {}", diag.line)
        };
        let want = format!("- {}{place}: ", diag.input.label());
        assert!(md.contains(&want), "{want}\n{md}");
    }
    assert!(md.contains("- Settings: "), "{md}");
    assert!(md.contains("- Review history, line 2: "), "{md}");
    assert!(md.contains("- Security-review timing, line 2: "), "{md}");
    assert_eq!(report.diagnostics.len(), 3, "{:?}", report.diagnostics);
}

#[test]
fn the_markdown_download_links_a_source_with_an_address() {
    let mut report = sample_report();
    let linked = report
        .rules
        .iter()
        .find(|r| r.source.url.is_some())
        .expect("a rule whose source has an address")
        .clone();
    let url = linked.source.url.clone().unwrap_or_default();
    let md = export::markdown(&report);
    let title = export::cell(&linked.source.title);
    assert!(
        md.contains(&format!(
            "[{title}]({url}) ({})",
            linked.source.kind.label()
        )),
        "no link for {title} in:\n{md}"
    );
    // A source without an address stays text.
    let plain = report
        .rules
        .iter()
        .find(|r| r.source.url.is_none())
        .expect("a rule whose source has no address");
    let plain_title = export::cell(&plain.source.title);
    assert!(md.contains(&format!(
        "| {plain_title} ({}) |",
        plain.source.kind.label()
    )));
    // Only http(s) addresses become links, and nothing in an address can end the link.
    for (bad, why) in [
        ("javascript:alert(1)", "scheme"),
        ("https://example.com/a)b", "parenthesis"),
        ("https://example.com/a b", "space"),
    ] {
        if let Some(r) = report.rules.first_mut() {
            r.source.url = Some(bad.to_string());
        }
        let md = export::markdown(&report);
        assert!(!md.contains(&format!("]({bad}")), "{why}: {bad} linked");
    }
}

#[test]
fn a_source_links_only_to_http_addresses() {
    let mut s = sample_report().rules[0].source.clone();
    s.url = Some("https://example.com/".into());
    assert_eq!(format::source_href(&s), Some("https://example.com/"));
    s.url = Some("javascript:alert(1)".into());
    assert_eq!(format::source_href(&s), None);
    s.url = None;
    assert_eq!(format::source_href(&s), None);
}

//! Rule data, overrides and the fiscal calendar.

use crate::engine_common;

use std::collections::BTreeMap;

use engine_common::d;
use listing_analyzer::engine::estimate::fiscal::{
    fiscal_year_end, fiscal_year_of, fiscal_year_start, next_window, next_window_change,
    ReviewWindow,
};
use listing_analyzer::engine::report::InputKind;
use listing_analyzer::engine::rules::{RuleBook, RuleId, SourceKind, Unit};

fn view_value(book: &RuleBook, id: &str) -> (f64, String, bool) {
    let v = book.views().into_iter().find(|v| v.id == id).expect(id);
    (v.value, v.source.kind.key().to_string(), v.overridden)
}

#[test]
fn defaults_are_the_cited_figures() {
    let book = RuleBook::new();
    let table: &[(&str, f64, &str)] = &[
        ("fy24.min_reviews", 8.0, "SEED"),
        ("fy24.min_average", 4.6, "INFERRED"),
        ("fy24.points", 75.0, "INFERRED"),
        ("fy21.min_reviews", 5.0, "SEED"),
        ("fy21.min_average", 4.6, "SEED"),
        ("fy21.points", 75.0, "SEED"),
        ("official_a.min_reviews", 5.0, "OFFICIAL"),
        ("official_a.band1.points", 20.0, "OFFICIAL"),
        ("official_a.band5.from", 4.5, "OFFICIAL"),
        ("official_a.band5.points", 100.0, "OFFICIAL"),
        ("official_fy22.min_reviews", 8.0, "OFFICIAL"),
        ("official_fy22.band3.points", 45.0, "OFFICIAL"),
        ("official_fy22.band4.points", 60.0, "UNVERIFIED"),
        ("official_fy22.band5.points", 75.0, "UNVERIFIED"),
        ("sr.connected.min_weeks", 8.0, "SEED"),
        ("sr.connected.max_weeks", 16.0, "SEED"),
        ("sr.native.min_weeks", 16.0, "SEED"),
        ("sr.native.max_weeks", 32.0, "SEED"),
        ("sr.initial_review.min_weeks", 4.0, "OFFICIAL"),
        ("sr.initial_review.max_weeks", 6.0, "OFFICIAL"),
        ("sr.field_review.min_weeks", 6.0, "PRACTITIONER"),
        ("sr.field_review.max_weeks", 9.0, "PRACTITIONER"),
        ("sr.resubmission.min_weeks", 2.0, "PRACTITIONER"),
        ("sr.resubmission.max_weeks", 3.0, "PRACTITIONER"),
        ("sr.follow_up.max_weeks", 4.0, "OFFICIAL"),
        ("sr.first_attempt_failure_pct", 50.0, "PRACTITIONER"),
        ("sr.fee_usd", 999.0, "PRACTITIONER"),
        ("limits.title_chars", 80.0, "UNVERIFIED"),
        ("limits.tagline_chars", 255.0, "UNVERIFIED"),
        ("limits.highlights_max", 3.0, "OFFICIAL"),
        ("limits.screenshots_min", 3.0, "TEAM DEFAULT"),
        ("sr.bounce_weeks", 2.0, "TEAM DEFAULT"),
        ("sr.complexity.medium_pct", 25.0, "TEAM DEFAULT"),
        ("readiness.blocker_weight", 10.0, "TEAM DEFAULT"),
        ("partner.revenue_share.min_pct", 15.0, "PRACTITIONER"),
        ("partner.revenue_share.max_pct", 25.0, "PRACTITIONER"),
        ("partner.score.ridge_from", 250.0, "SEED"),
        ("partner.score.crest_from", 500.0, "SEED"),
        ("partner.score.trailhead_badges", 600.0, "SEED"),
        ("partner.score.trailhead_points", 75.0, "SEED"),
        ("partner.score.technology_adoption_points", 200.0, "SEED"),
    ];
    for &(id, value, kind) in table {
        let (v, k, overridden) = view_value(&book, id);
        assert_eq!((v, k.as_str(), overridden), (value, kind, false), "{id}");
    }
}

#[test]
fn every_rule_is_well_formed_and_unique() {
    let views = RuleBook::new().views();
    assert_eq!(views.len(), RuleId::ALL.len());
    let mut ids: Vec<&str> = views.iter().map(|v| v.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), views.len(), "duplicate rule ids");
    for v in &views {
        assert!(
            v.min <= v.default_value && v.default_value <= v.max,
            "{}",
            v.id
        );
        assert!(
            !v.source.title.is_empty() && !v.source.as_of.is_empty(),
            "{}",
            v.id
        );
        // In JSON, the kind and the result fed are names from closed lists.
        let json = serde_json::to_value(v).expect("a rule view serialises");
        assert!(
            SourceKind::ALL
                .iter()
                .any(|k| json["source"]["kind"] == k.key()),
            "{}",
            v.id
        );
        assert!(
            ["time_to_listing", "review_score", "readiness", "partner"]
                .iter()
                .any(|u| json["used_by"] == *u),
            "{}",
            v.id
        );
        assert_eq!(
            RuleId::from_key(&v.id).map(|r| r.def().id),
            Some(v.id.as_str())
        );
    }
    // A threshold of 5 stars could never be reached once any review is lower.
    for v in views.iter().filter(|v| v.unit == Unit::Stars) {
        assert!(v.max < 5.0, "{}", v.id);
    }
}

#[test]
fn overrides_apply_or_are_reported() {
    let cases: &[(&str, f64, bool)] = &[
        ("fy24.min_reviews", 10.0, true),
        ("fy24.min_average", 4.5, true),
        ("sr.fee_usd", 0.0, true),
        ("no.such.rule", 1.0, false),
        ("fy24.min_reviews", 0.0, false),
        ("fy24.min_reviews", 7.5, false),
        ("fy24.min_average", 5.0, false),
        ("fy24.min_average", f64::NAN, false),
        ("sr.native.max_weeks", f64::INFINITY, false),
        ("sr.connected.min_weeks", 20.0, false),
    ];
    for &(key, value, accepted) in cases {
        let overrides = BTreeMap::from([(key.to_string(), value)]);
        let (book, diags) = RuleBook::with_overrides(&overrides);
        assert_eq!(diags.is_empty(), accepted, "{key} = {value}: {diags:?}");
        for diag in &diags {
            assert_eq!((diag.input, diag.line), (InputKind::Settings, 0));
        }
        if let Some(rule) = RuleId::from_key(key) {
            let expected = if accepted { value } else { rule.def().value };
            assert_eq!(book.value(rule), expected, "{key}");
        }
    }
}

#[test]
fn a_pair_of_overrides_that_crosses_is_ignored_whole() {
    let overrides = BTreeMap::from([
        ("sr.native.min_weeks".to_string(), 30.0),
        ("sr.native.max_weeks".to_string(), 20.0),
        ("fy21.points".to_string(), 50.0),
    ]);
    let (book, diags) = RuleBook::with_overrides(&overrides);
    assert_eq!(diags.len(), 1, "{diags:?}");
    // Named by the labels the rules table shows, with the values typed (a tester, 7 Dec
    // 2026, was shown the rule ids).
    assert_eq!(
        diags[0].message,
        "\u{201c}Native app: shortest security review\u{201d} (30) would be above \u{201c}Native app: longest security review\u{201d} (20): both changes ignored, the defaults apply."
    );
    assert_eq!(book.whole(RuleId::SrNativeMinWeeks), 16);
    assert_eq!(book.whole(RuleId::SrNativeMaxWeeks), 32);
    assert_eq!(book.whole(RuleId::Fy21Points), 50);
    let (_, _, overridden) = view_value(&book, "fy21.points");
    assert!(overridden);
}

#[test]
fn used_views_list_exactly_the_rules_read() {
    let book = RuleBook::new();
    assert!(book.used_views().is_empty());
    book.whole(RuleId::SrFeeUsd);
    book.hundredths(RuleId::Fy24MinAverage);
    let ids: Vec<String> = book.used_views().into_iter().map(|v| v.id).collect();
    assert_eq!(ids, ["fy24.min_average", "sr.fee_usd"]);
    assert_eq!(book.hundredths(RuleId::Fy24MinAverage), 460);
}

#[test]
fn fiscal_years_run_february_to_january() {
    // (date, fiscal year, window start, window end, next change, next window start)
    #[rustfmt::skip]
    let cases = [
        (d(2026, 1, 31), 2026, d(2024, 2, 1), d(2026, 1, 31), d(2026, 2, 1), d(2025, 2, 1)),
        (d(2026, 2, 1), 2027, d(2025, 2, 1), d(2027, 1, 31), d(2027, 2, 1), d(2026, 2, 1)),
        (d(2026, 11, 22), 2027, d(2025, 2, 1), d(2027, 1, 31), d(2027, 2, 1), d(2026, 2, 1)),
        (d(2026, 12, 31), 2027, d(2025, 2, 1), d(2027, 1, 31), d(2027, 2, 1), d(2026, 2, 1)),
        (d(2027, 1, 1), 2027, d(2025, 2, 1), d(2027, 1, 31), d(2027, 2, 1), d(2026, 2, 1)),
        (d(2027, 1, 31), 2027, d(2025, 2, 1), d(2027, 1, 31), d(2027, 2, 1), d(2026, 2, 1)),
        (d(2024, 2, 29), 2025, d(2023, 2, 1), d(2025, 1, 31), d(2025, 2, 1), d(2024, 2, 1)),
        (d(2024, 1, 15), 2024, d(2022, 2, 1), d(2024, 1, 31), d(2024, 2, 1), d(2023, 2, 1)),
    ];
    for (date, fy, start, end, change, next_start) in cases {
        assert_eq!(fiscal_year_of(date), fy, "{date}");
        let w = ReviewWindow::on(date);
        assert_eq!((w.start, w.end), (start, end), "{date}");
        assert_eq!(next_window_change(date), change, "{date}");
        assert_eq!(next_window(date).start, next_start, "{date}");
    }
    assert_eq!(fiscal_year_start(2027), d(2026, 2, 1));
    assert_eq!(fiscal_year_end(2027), d(2027, 1, 31));
    assert_eq!(fiscal_year_end(2025), d(2025, 1, 31));
}

#[test]
fn fiscal_arithmetic_saturates_at_the_ends_of_the_calendar() {
    for date in [chrono::NaiveDate::MIN, chrono::NaiveDate::MAX] {
        let w = ReviewWindow::on(date);
        assert!(w.start <= w.end);
        let _ = next_window(date);
        let _ = next_window_change(date);
    }
}

#[test]
fn window_counts_from_start_through_today() {
    let today = d(2026, 11, 22);
    let w = ReviewWindow::on(today);
    assert!(!w.counts(d(2025, 1, 31), today));
    assert!(w.counts(d(2025, 2, 1), today));
    assert!(w.counts(today, today));
    assert!(!w.counts(d(2026, 11, 23), today));
}

/// No estimator writes a figure: numbers other than 0, 1 and 2 (rounding) live in rules.
#[test]
fn estimators_hold_no_magic_numbers() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine/estimate");
    let mut files = vec![dir];
    let mut sources = Vec::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(
                std::fs::read_dir(&path)
                    .expect("dir")
                    .map(|e| e.expect("entry").path()),
            );
        } else if path.extension().is_some_and(|e| e == "rs") {
            sources.push(path);
        }
    }
    assert!(sources.len() >= 5, "{sources:?}");
    for path in sources {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).expect("source");
        for (no, line) in text.lines().enumerate() {
            let code = strip_strings(line.split("//").next().unwrap_or(""));
            let mut chars = code.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let prev = code[..i].chars().next_back();
                if c.is_ascii_digit()
                    && !prev.is_some_and(|p| p.is_alphanumeric() || p == '_' || p == '.')
                {
                    let mut num = c.to_string();
                    while let Some(&(_, n)) = chars.peek() {
                        if n.is_ascii_alphanumeric() || n == '_' || n == '.' {
                            num.push(n);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    // A type suffix (`0u32`) does not change the figure.
                    let value = num.trim_end_matches(|ch: char| !ch.is_ascii_digit());
                    let value = value.split(['u', 'i', 'f']).next().unwrap_or(value);
                    assert!(
                        ["0", "1", "2"].contains(&value),
                        "{name}:{}: literal {num}",
                        no + 1
                    );
                }
            }
        }
    }
}

fn strip_strings(line: &str) -> String {
    let mut out = String::new();
    let mut in_str = false;
    let mut escaped = false;
    for c in line.chars() {
        if in_str {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_str = false;
            }
        } else if c == '"' {
            in_str = true;
        } else {
            out.push(c);
        }
    }
    out
}

//! Source addresses in the rule data: every `url` is an `https://` address, our own readings
//! and team defaults carry none, every source the report can cite is in `sources::ALL`, and
//! the report's JSON names `"url"` only where a source has one.

use crate::engine_common;

use engine_common::d;
use listing_analyzer::engine::input::Component;
use listing_analyzer::engine::rules::{checklist, partner, sources, RuleBook, SourceKind};
use listing_analyzer::engine::{analyze, parse_input};

#[test]
fn every_url_in_the_rule_data_is_https_and_none_on_our_own_readings() {
    let mut with_url = 0;
    for s in sources::ALL {
        if let Some(url) = s.url {
            with_url += 1;
            assert!(url.starts_with("https://"), "{}: {url}", s.title);
            assert!(
                url.chars().all(|c| c.is_ascii_graphic()),
                "{}: {url} has spaces or non-ASCII",
                s.title
            );
            assert!(
                !matches!(s.kind, SourceKind::TeamDefault | SourceKind::Inferred),
                "{} is {} but has a url",
                s.title,
                s.kind
            );
        }
    }
    assert!(with_url > 0, "no source has an address");
}

#[test]
fn sources_all_lists_every_declared_source() {
    let declared: usize = [
        "src/engine/rules/sources.rs",
        "src/engine/rules/sources/review.rs",
    ]
    .iter()
    .map(|p| {
        std::fs::read_to_string(p)
            .expect(p)
            .matches(": RuleSource = RuleSource {")
            .count()
    })
    .sum();
    assert_eq!(sources::ALL.len(), declared);
    let reachable = RuleBook::new()
        .views()
        .into_iter()
        .map(|v| v.source)
        .chain(checklist::ITEMS.iter().map(|i| i.source.to_report()))
        .chain([
            checklist::range_source(&[]).to_report(),
            checklist::range_source(&[Component::ApiOnly]).to_report(),
        ])
        .chain(
            [
                partner::TIERS_SOURCE,
                partner::JOIN_SOURCE,
                partner::AGREEMENT_SOURCE,
                partner::SCORE_TIERS_SOURCE,
                partner::ADVICE_SOURCE,
            ]
            .iter()
            .map(|s| s.to_report()),
        );
    for s in reachable {
        assert!(
            sources::ALL.iter().any(|a| a.to_report() == s),
            "{} is not in sources::ALL",
            s.title
        );
    }
}

/// Every object of the JSON that looks like a `Source` (title, kind, as_of).
fn report_sources<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a serde_json::Value>) {
    match v {
        serde_json::Value::Object(map) => {
            if map.contains_key("title") && map.contains_key("kind") && map.contains_key("as_of") {
                out.push(v);
            }
            map.values().for_each(|x| report_sources(x, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|x| report_sources(x, out)),
        _ => {}
    }
}

#[test]
fn the_report_json_carries_url_only_where_a_source_has_one() {
    let text = std::fs::read_to_string("docs/sample-input.json").expect("sample input");
    let input = parse_input(&text).expect("sample input parses");
    let report = analyze(&input, d(2030, 1, 1));
    let json = serde_json::to_value(&report).expect("json");
    let mut found = Vec::new();
    report_sources(&json, &mut found);
    assert!(!found.is_empty());
    let mut linked = 0;
    for s in found {
        let kind = s["kind"].as_str().expect("kind");
        if let Some(url) = s.get("url") {
            linked += 1;
            let url = url.as_str().expect("url is a string");
            assert!(url.starts_with("https://"), "{url}");
            assert!(kind != "TEAM DEFAULT" && kind != "INFERRED", "{s}");
        }
        assert!(
            s.get("url") != Some(&serde_json::Value::Null),
            "null url in {s}"
        );
    }
    assert!(linked > 0, "the sample report links no source");
}

#[test]
fn no_official_or_seed_page_is_dated_by_the_day_it_was_read() {
    // Issue 23: several sources once carried "as of 2026-11" on pages from 2020 or earlier.
    // A page's `as_of` is its own date or release; a page without one says "undated (read
    // …)". Only our own readings, team defaults, unverified notes and practitioner
    // accounts gathered this round may carry this round's months.
    for s in sources::ALL {
        let this_round = s.as_of.starts_with("2026-11") || s.as_of.starts_with("2026-12");
        if matches!(s.kind, SourceKind::Official | SourceKind::Seed) {
            assert!(!this_round, "{}: as of {}", s.title, s.as_of);
        }
    }
    assert!(sources::ALL
        .iter()
        .any(|s| s.as_of.starts_with("undated (read ")));
}

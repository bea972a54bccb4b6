//! `docs/rules.md`'s "Against the marketplace" section against the embedded aggregates:
//! its generated table of the whole marketplace's figures must be current, and every
//! metric the engine reports must be defined in the prose. `UPDATE_DOCS=1 cargo test
//! --test suite docs_marketplace` rewrites the table.

use std::path::PathBuf;

use listing_analyzer::engine::marketplace::{compare, Metric};

const BEGIN: &str = "<!-- marketplace-table:begin (generated from data/marketplace-2025-07.txt; do not edit by hand) -->";
const END: &str = "<!-- marketplace-table:end -->";

fn doc_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md")
}

/// A figure as the table shows it: `–` for none, else up to two decimals.
fn figure(v: Option<f64>) -> String {
    v.map_or("–".into(), |v| {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    })
}

/// The whole marketplace's figures as Markdown, one row per metric.
fn table() -> String {
    let report = compare(&[], &[None; 5]);
    let whole = &report.categories[0];
    let source = report.source.as_ref().expect("a source");
    let mut out = format!(
        "{} listings, as of {} ({}).\n\n| metric | listings counted | p25 | median | p75 |\n|---|---|---|---|---|\n",
        whole.listings, report.as_of, source.title
    );
    for m in &whole.metrics {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            serde_json::to_value(m.metric).unwrap().as_str().unwrap(),
            m.of,
            figure(m.p25),
            figure(m.median),
            figure(m.p75)
        ));
    }
    out
}

#[test]
fn the_generated_marketplace_table_is_current() {
    let _rules_md = crate::RULES_MD.lock().unwrap_or_else(|e| e.into_inner());
    let doc = std::fs::read_to_string(doc_path()).expect("docs/rules.md");
    let (before, rest) = doc
        .split_once(BEGIN)
        .expect("marketplace-table begin marker");
    let (committed, after) = rest.split_once(END).expect("marketplace-table end marker");
    let expected = format!("\n{}", table());
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(doc_path(), format!("{before}{BEGIN}{expected}{END}{after}"))
            .expect("write docs/rules.md");
        return;
    }
    assert!(
        committed == expected,
        "docs/rules.md's marketplace table is stale: run `UPDATE_DOCS=1 cargo test --test suite docs_marketplace`"
    );
}

#[test]
fn every_metric_is_defined_in_the_prose() {
    let doc = std::fs::read_to_string(doc_path()).expect("docs/rules.md");
    let (_, section) = doc
        .split_once("## Against the marketplace")
        .expect("an 'Against the marketplace' section");
    let section = section.split("\n## ").next().unwrap_or("");
    for m in Metric::ALL {
        let definition = format!("  - `{}`: ", m.key());
        assert!(
            section.contains(&definition),
            "docs/rules.md defines no metric `{}`",
            m.key()
        );
    }
    assert!(
        section.contains("mid-rank"),
        "the percentile is not defined"
    );
}

//! `docs/rules.md` against the rule table: the generated table at its end must be current,
//! and every rule id the prose names must exist. `UPDATE_DOCS=1 cargo test --test
//! docs_rules` rewrites the table.

use std::path::PathBuf;

use listing_analyzer::engine::report::Source;
use listing_analyzer::engine::rules::{RuleBook, SourceKind};

const BEGIN: &str =
    "<!-- rule-table:begin (generated from src/engine/rules/table.rs; do not edit by hand) -->";
const END: &str = "<!-- rule-table:end -->";

/// The prefixes of rule ids, so that other dotted names in the prose (`Input.partner`,
/// `review_score.ranking`) are not taken for rule ids.
const RULE_PREFIXES: &[&str] = &[
    "fy24.",
    "fy21.",
    "official_a.",
    "official_fy22.",
    "sr.",
    "limits.",
    "readiness.",
    "partner.",
];

fn doc_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md")
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// A source's title, as a link to its public page when it has one.
fn source(s: &Source) -> String {
    match &s.url {
        Some(url) => format!("[{}]({url})", cell(&s.title)),
        None => cell(&s.title),
    }
}

/// The rule table as Markdown, one row per rule in table order.
fn table() -> String {
    let mut out = String::from(
        "| id | rule | default | unit | accepted | kind | source (as of) | feeds |\n\
         |---|---|---|---|---|---|---|---|\n",
    );
    for v in RuleBook::new().views() {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {}–{} | {} | {} ({}) | {} |\n",
            v.id,
            cell(&v.label),
            v.default_value,
            v.unit,
            v.min,
            v.max,
            v.source.kind,
            source(&v.source),
            v.source.as_of,
            v.used_by,
        ));
    }
    out
}

/// The document split around the generated table: (before, table, after).
fn split(doc: &str) -> Option<(&str, &str, &str)> {
    let (before, rest) = doc.split_once(BEGIN)?;
    let (table, after) = rest.split_once(END)?;
    Some((before, table, after))
}

#[test]
fn the_generated_rule_table_is_current() {
    let _rules_md = crate::RULES_MD.lock().unwrap_or_else(|e| e.into_inner());
    let path = doc_path();
    let doc = std::fs::read_to_string(&path).expect("docs/rules.md");
    let (before, committed, after) = split(&doc).expect("rule-table markers in docs/rules.md");
    let expected = format!("\n{}", table());
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{before}{BEGIN}{expected}{END}{after}");
        std::fs::write(&path, updated).expect("write docs/rules.md");
        return;
    }
    assert!(
        committed == expected,
        "docs/rules.md's rule table is stale: run `UPDATE_DOCS=1 cargo test --test suite docs_rules`"
    );
}

#[test]
fn every_rule_id_the_prose_names_exists() {
    let doc = std::fs::read_to_string(doc_path()).expect("docs/rules.md");
    let (prose, _, _) = split(&doc).expect("rule-table markers");
    let ids: Vec<String> = RuleBook::new().views().into_iter().map(|v| v.id).collect();
    let named: Vec<&str> = prose
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|t| RULE_PREFIXES.iter().any(|p| t.starts_with(p)))
        .filter(|t| {
            t.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._*".contains(c))
        })
        .collect();
    assert!(named.len() >= 20, "only {} rule ids named", named.len());
    for name in named {
        let found = match name.split_once('*') {
            Some((head, tail)) => ids
                .iter()
                .any(|id| id.starts_with(head) && id.ends_with(tail)),
            None => ids.iter().any(|id| id == name),
        };
        assert!(found, "docs/rules.md names `{name}`, which is no rule id");
    }
}

#[test]
fn every_source_kind_is_explained() {
    let rules = std::fs::read_to_string(doc_path()).expect("docs/rules.md");
    let domain =
        std::fs::read_to_string(doc_path().with_file_name("domain.md")).expect("docs/domain.md");
    for kind in SourceKind::ALL {
        let tag = format!("`{}`", kind.key());
        assert!(rules.contains(&tag), "docs/rules.md does not name {tag}");
        assert!(
            domain.contains(&tag),
            "docs/domain.md does not explain {tag}"
        );
    }
}

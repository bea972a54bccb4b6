//! `docs/rules.md` against the checklist rule data: the generated tables of whom each item
//! applies to and what each component counts as must be current. `UPDATE_DOCS=1 cargo test --test
//! docs_checklist` rewrites it.

use std::path::PathBuf;

use listing_analyzer::engine::input::Component;
use listing_analyzer::engine::rules::checklist::{component, Applies, ITEMS};

const BEGIN: &str = "<!-- checklist-table:begin (generated from src/engine/rules/checklist.rs; do not edit by hand) -->";
const END: &str = "<!-- checklist-table:end -->";

/// One row per item (whom it applies to, whether it is required, its source), then one
/// row per component (whether it counts as a package, whether it implies a web domain).
fn table() -> String {
    let mut out =
        String::from("| item | applies to | need | source (as of) |\n|---|---|---|---|\n");
    for item in ITEMS {
        let need = if item.required { "required" } else { "check" };
        let scope = match item.applies {
            Applies::Always => "every solution".to_string(),
            Applies::WithPackage => "a solution with a package".to_string(),
            Applies::PerExternalDomain => "one per external domain".to_string(),
            Applies::WithExternalDomain => "a solution with an external domain".to_string(),
            Applies::With(c) => format!("a solution with: {}", c.label()),
        };
        out.push_str(&format!(
            "| {} (`{}`) | {scope} | {need} | {} {} ({}) |\n",
            item.label,
            item.id,
            item.source.kind.key(),
            item.source.title,
            item.source.as_of
        ));
    }
    out.push_str("\n| component (`key`) | counts as a package (native range) | implies an external domain (one DAST report unless the input gives a count) |\n|---|---|---|\n");
    for c in Component::ALL {
        let d = component(c);
        out.push_str(&format!(
            "| {} (`{}`) | {} | {} |\n",
            c.label(),
            c.key(),
            if d.package { "yes" } else { "no" },
            if d.web_domain { "yes" } else { "no" }
        ));
    }
    out
}

#[test]
fn the_generated_checklist_table_is_current() {
    let _rules_md = crate::RULES_MD.lock().unwrap_or_else(|e| e.into_inner());
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let doc = std::fs::read_to_string(&path).expect("docs/rules.md");
    let (before, rest) = doc.split_once(BEGIN).expect("checklist-table begin marker");
    let (committed, after) = rest.split_once(END).expect("checklist-table end marker");
    let expected = format!("\n{}", table());
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, format!("{before}{BEGIN}{expected}{END}{after}"))
            .expect("write docs/rules.md");
        return;
    }
    assert!(
        committed == expected,
        "docs/rules.md's checklist table is stale: run `UPDATE_DOCS=1 cargo test --test suite docs_checklist`"
    );
}

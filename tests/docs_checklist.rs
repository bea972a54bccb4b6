//! `docs/rules.md` against the checklist rule data: the generated table of what each
//! architecture's checklist holds must be current. `UPDATE_DOCS=1 cargo test --test
//! docs_checklist` rewrites it.

use std::path::PathBuf;

use listing_analyzer::engine::rules::checklist::{Applies, ARCHITECTURES, ITEMS};

const BEGIN: &str = "<!-- checklist-table:begin (generated from src/engine/rules/checklist.rs; do not edit by hand) -->";
const END: &str = "<!-- checklist-table:end -->";

/// One row per item, one column per architecture: what the item is for it.
fn table() -> String {
    let mut out = String::from("| item |");
    for a in ARCHITECTURES {
        out.push_str(&format!(" {} |", a.name));
    }
    out.push_str(" source (as of) |\n|---|");
    out.push_str(&"---|".repeat(ARCHITECTURES.len()));
    out.push_str("---|\n");
    for item in ITEMS {
        let need = if item.required { "required" } else { "check" };
        out.push_str(&format!("| {} (`{}`) |", item.label, item.id));
        for a in ARCHITECTURES {
            let cell = match item.applies {
                Applies::Always => need.to_string(),
                Applies::WithPackage if a.package => need.to_string(),
                Applies::WithPackage => "—".to_string(),
                Applies::PerExternalDomain => format!(
                    "{need}, one per external domain (default {})",
                    a.default_external_domains
                ),
                Applies::WithExternalDomain => format!("{need} with an external domain"),
                Applies::Agentforce => format!("{need} with Agentforce"),
            };
            out.push_str(&format!(" {cell} |"));
        }
        out.push_str(&format!(
            " {} {} ({}) |\n",
            item.source.kind.key(),
            item.source.title,
            item.source.as_of
        ));
    }
    out.push_str("| review range |");
    for a in ARCHITECTURES {
        let range = match a.range {
            listing_analyzer::engine::input::AppType::Native => "native",
            listing_analyzer::engine::input::AppType::Connected => "connected",
        };
        out.push_str(&format!(" {range} ({}) |", a.range_source.kind.key()));
    }
    out.push_str(" `sr.native.*`, `sr.connected.*` |\n");
    out
}

#[test]
fn the_generated_checklist_table_is_current() {
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
        "docs/rules.md's checklist table is stale: run `UPDATE_DOCS=1 cargo test --test docs_checklist`"
    );
}

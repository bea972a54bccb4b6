//! The submission checklist in the Markdown export.

use std::fmt::Write as _;

use super::{cell, row_escaped, source_cell};
use crate::engine::report::checklist::Checklist;

/// Appends the checklist section: the architecture, the ready count and one row per item
/// with its tick, need and source.
pub(super) fn section(md: &mut String, list: &Checklist) {
    // Writing into a String cannot fail, so the results of `writeln!` are ignored.
    let _ = writeln!(
        md,
        "\n## Submission checklist: {}\n\n{}\n",
        cell(&list.architecture_name),
        cell(&list.note)
    );
    let _ = writeln!(
        md,
        "- Agentforce prompts or actions: {}\n- External domains: {}\n- Required items ready: {}\n",
        if list.agentforce { "yes" } else { "no" },
        list.external_domains,
        if list.said {
            format!("{} of {}", list.required_ready, list.required_total)
        } else {
            "not said".to_string()
        }
    );
    let _ = writeln!(
        md,
        "| Ready | Item | Need | Source | As of |\n|---|---|---|---|---|"
    );
    for i in &list.items {
        row_escaped(
            md,
            &[
                cell(if i.ready { "yes" } else { "no" }),
                cell(&format!("{}: {}", i.label, i.detail)),
                cell(if i.required { "required" } else { "check" }),
                source_cell(&i.source, &i.source.kind.to_string()),
                cell(&i.source.as_of),
            ],
        );
    }
}

//! The submission checklist in the Markdown export.

use std::fmt::Write as _;

use super::{cell, row_escaped, source_cell};
use crate::engine::report::checklist::Checklist;

/// Appends the checklist section: the components, the ready counts and one row per item
/// with its state, need and source.
pub(super) fn section(md: &mut String, list: &Checklist) {
    // Writing into a String cannot fail, so the results of `writeln!` are ignored.
    let _ = writeln!(
        md,
        "\n## Submission checklist: {}\n\n{}\n",
        cell(&list.solution_name),
        cell(&list.note)
    );
    let _ = writeln!(
        md,
        "- Checklist version: {} (AgentExchange, formerly AppExchange, security review; checked against the official pages cited below)\n- What it is made of: {}\n- External domains: {}\n- Required items ready: {}\n",
        list.version,
        list.read_from.label(),
        list.external_domains,
        if list.said {
            format!(
                "{} of {} ({} not ready, the rest not said)",
                list.required_ready, list.required_total, list.required_not_ready
            )
        } else {
            "not said".to_string()
        }
    );
    let _ = writeln!(
        md,
        "| State | Item | Need | Source | As of |\n|---|---|---|---|---|"
    );
    for i in &list.items {
        row_escaped(
            md,
            &[
                cell(i.state.label()),
                cell(&format!("{}: {}", i.label, i.detail)),
                cell(if i.required { "required" } else { "check" }),
                source_cell(&i.source, &i.source.kind.to_string()),
                cell(&i.source.as_of),
            ],
        );
    }
}

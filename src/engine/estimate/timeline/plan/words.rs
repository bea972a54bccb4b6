//! The sentences the plan builds from the submission checklist and the review fee.

use crate::engine::report::checklist::{Checklist, ItemGroupView};

/// The required items, as a list of labels.
pub(super) fn required_words(list: &Checklist) -> String {
    let labels: Vec<&str> = list
        .items
        .iter()
        .filter(|i| i.required)
        .map(|i| i.label.as_str())
        .collect();
    labels.join(", ")
}

/// What the ticks say: the required items still to prepare, or that all are ready.
pub(super) fn ready_words(list: &Checklist) -> String {
    if !list.said {
        return "tick what is ready in the checklist".to_string();
    }
    let missing: Vec<&str> = list
        .items
        .iter()
        .filter(|i| i.required && !i.ready)
        .map(|i| i.label.as_str())
        .collect();
    if missing.is_empty() {
        format!(
            "all {} required items are ticked ready",
            list.required_total
        )
    } else {
        format!(
            "still to prepare: {} ({} of {} required items ready)",
            missing.join(", "),
            list.required_ready,
            list.required_total
        )
    }
}

/// The scan step: Code Analyzer, Checkmarx when there is a package, DAST per domain.
pub(super) fn scan_step(list: &Checklist) -> String {
    let has = |id: &str| list.items.iter().any(|i| i.id == id);
    let mut scans = vec!["Code Analyzer".to_string()];
    if has("checkmarx") {
        scans.push("Checkmarx".to_string());
    }
    match list.external_domains {
        0 => {}
        1 => scans.push("a DAST scan of every external domain".to_string()),
        n => scans.push(format!("a DAST scan of each of the {n} external domains")),
    }
    let last = scans.pop().unwrap_or_default();
    if scans.is_empty() {
        format!("Run the scans: {last}")
    } else {
        format!("Run the scans: {} and {last}", scans.join(", "))
    }
}

/// The common failures to check, in checklist order (CRUD/FLS first when it applies).
pub(super) fn common_failures(list: &Checklist) -> String {
    let labels: Vec<&str> = list
        .items
        .iter()
        .filter(|i| i.group == ItemGroupView::CommonFailure)
        .map(|i| i.label.as_str())
        .collect();
    labels.join(", ")
}

/// The fee of one attempt, as a clause to append; empty when unknown.
pub(super) fn fee_words(fee: Option<u32>) -> String {
    match fee {
        Some(0) => "; no review fee for a free solution (PRACTITIONER)".to_string(),
        Some(fee) => {
            format!("; review fee ${fee} for this attempt, not refunded if it fails (PRACTITIONER)")
        }
        None => String::new(),
    }
}

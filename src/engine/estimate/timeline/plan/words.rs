//! The sentences the plan builds from the submission checklist and the review fee.

use crate::engine::input::ItemState;
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

/// What the answers say: the required items said to be not ready, how many are ready,
/// and how many are not said.
pub(super) fn ready_words(list: &Checklist) -> String {
    if !list.said {
        return "say in the checklist what is ready".to_string();
    }
    if list.required_ready == list.required_total {
        return format!(
            "all {} required items are said to be ready",
            list.required_total
        );
    }
    let missing: Vec<&str> = list
        .items
        .iter()
        .filter(|i| i.required && i.state == ItemState::NotReady)
        .map(|i| i.label.as_str())
        .collect();
    let counts = format!(
        "{} of {} required items ready",
        list.required_ready, list.required_total
    );
    if missing.is_empty() {
        format!("{counts}, the rest not said")
    } else {
        format!("still to prepare: {} ({counts})", missing.join(", "))
    }
}

/// The scan step: Code Analyzer, Checkmarx when there is a package, DAST per domain.
pub(super) fn scan_step(list: &Checklist) -> String {
    let has = |id: &str| list.items.iter().any(|i| i.id == id);
    let mut scans = Vec::new();
    if has("code_analyzer") {
        scans.push("Code Analyzer".to_string());
    }
    if has("checkmarx") {
        scans.push("Checkmarx".to_string());
    }
    match list.external_domains {
        0 => {}
        1 => scans.push("a DAST scan of every external domain".to_string()),
        n => scans.push(format!("a DAST scan of each of the {n} external domains")),
    }
    let Some(last) = scans.pop() else {
        return "Check the common failures before submitting".to_string();
    };
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

/// The fee of a resubmission, as a clause to append: a retest of remediated code is charged
/// like an attempt, a false-positives report alone is evaluated free (docs/domain.md §7).
pub(super) fn resubmission_fee_words(fee: Option<u32>) -> String {
    match fee {
        Some(n) if n > 0 => format!(
            "{}; a resubmission with false-positive documentation only is free (OFFICIAL)",
            fee_words(fee)
        ),
        _ => fee_words(fee),
    }
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

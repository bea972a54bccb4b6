//! The report's `checklist` section: the submission checklist for what the solution is
//! made of, with what the user says of each item.
//!
//! ```json
//! "checklist": {
//!   "version": "2026-12-06",
//!   "components": ["managed_package_2gp", "external_app"],   // [] when not said
//!   "solution_name": "Managed package (2GP) + External web app or service",
//!   "read_from": "components",   // "architecture" / "app_type" (older saved work), "not_said"
//!   "note": "Made of: …, as you said; reviewed on the native range (16–32 weeks: it ships a package).",
//!   "range_app_type": "native",   // null when not said
//!   "range_source": { "title": "…", "kind": "INFERRED", "as_of": "2026-11" },
//!   "package": true, "agentforce": false, "external_domains": 2, "said": true,
//!   "items": [{ "id": "dast_2", "group": "material", "label": "DAST report: external domain 2",
//!               "detail": "…", "fix": "…", "required": true, "state": "not_ready",
//!               "source": { "title": "…", "kind": "OFFICIAL", "as_of": "2026-11" } }, …],
//!   "required_total": 8, "required_ready": 6, "required_not_ready": 1
//! }
//! ```
//! Only the Checkmarx item carries a figure (scans per version): the rule
//! `sr.checkmarx_scans_per_version`, editable through the input's overrides.

use serde::{Deserialize, Serialize};

use super::Source;
use crate::engine::input::{AppType, Component, ItemState, SolutionReading};

/// The submission checklist for the solution's components.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Checklist {
    /// The checklist's version: the day its items were last checked against the official
    /// pages they cite ([`crate::engine::rules::checklist::CHECKLIST_VERSION`]).
    pub version: String,
    /// The components in force, in the order of the components list; empty when not said.
    pub components: Vec<Component>,
    /// Their names joined with " + ", or "Not said".
    pub solution_name: String,
    /// Whether they were said (`components`), read from older saved work (`architecture`,
    /// `app_type`), or not said.
    pub read_from: SolutionReading,
    /// Which reading was taken and the range it implies, as a sentence.
    pub note: String,
    /// The review range: `"native"` with any package, `"connected"` without one, `null`
    /// when nothing is said (no range is then the user's answer).
    pub range_app_type: Option<AppType>,
    /// Where that range reading comes from.
    pub range_source: Source,
    /// Whether a component ships a package (the package items apply).
    pub package: bool,
    /// Whether Agentforce prompts or actions are on the checklist.
    pub agentforce: bool,
    /// External domains counted (one DAST report each): the input's, else one when a
    /// component implies a partner-hosted web domain.
    pub external_domains: u32,
    /// Whether the user said anything of any item (ready or not ready).
    pub said: bool,
    /// Every item for these components: materials, Agentforce rules, common failures.
    pub items: Vec<ChecklistItem>,
    /// Required items.
    pub required_total: u32,
    /// Required items said to be ready.
    pub required_ready: u32,
    /// Required items said to be not ready: each is a readiness gap and a bounce risk
    /// while a submission is ahead. Required items not said are neutral.
    pub required_not_ready: u32,
}

/// What a checklist item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemGroupView {
    /// A material handed in with the submission.
    Material,
    /// A rule for Agentforce prompts and actions.
    Agentforce,
    /// A common failure to check before submitting.
    CommonFailure,
}

/// One item of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// Stable id, as named in the input's `checklist_ready` / `checklist_not_ready`
    /// (`"dast_2"`, …).
    pub id: String,
    /// The group.
    pub group: ItemGroupView,
    /// A short label.
    pub label: String,
    /// What it means.
    pub detail: String,
    /// A concrete fix when it is not ready.
    pub fix: String,
    /// Whether the submission needs it.
    pub required: bool,
    /// What the user says of it: `"ready"`, `"not_ready"` or `"not_said"` (neutral).
    pub state: ItemState,
    /// Where it comes from.
    pub source: Source,
}

//! The report's `checklist` section: the submission checklist for the solution's
//! architecture, with what the user ticked as ready.
//!
//! ```json
//! "checklist": {
//!   "architecture": "composite", "architecture_name": "Composite (package + external web app/service)",
//!   "read_from": "architecture",       // or "app_type" for older inputs
//!   "note": "Architecture: Composite (…), as given; reviewed on the native range.",
//!   "range_app_type": "native", "range_source": { "title": "…", "kind": "INFERRED", "as_of": "2026-11" },
//!   "agentforce": false, "external_domains": 2, "said": true,
//!   "items": [{ "id": "dast_2", "group": "material", "label": "DAST report: external domain 2",
//!               "detail": "…", "fix": "…", "required": true, "ready": false,
//!               "source": { "title": "…", "kind": "OFFICIAL", "as_of": "2026-11" } }, …],
//!   "required_total": 8, "required_ready": 7,
//!   "materials_ready": ["code_analyzer", "checkmarx", …]
//! }
//! ```
//! Only the Checkmarx item carries a figure (scans per version): the rule
//! `sr.checkmarx_scans_per_version`, editable through the input's overrides.

use serde::{Deserialize, Serialize};

use super::Source;
use crate::engine::input::{AppType, Architecture, ArchitectureReading, Material};

/// The submission checklist for the solution's architecture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Checklist {
    /// The architecture in force.
    pub architecture: Architecture,
    /// Its name in the official checklist.
    pub architecture_name: String,
    /// Whether it was read from `security_review.architecture` or from the older `app_type`.
    pub read_from: ArchitectureReading,
    /// Which reading was taken and the range it implies, as a sentence.
    pub note: String,
    /// The app type whose review range applies (composite and native: `"native"`).
    pub range_app_type: AppType,
    /// Where that range reading comes from.
    pub range_source: Source,
    /// Whether Agentforce prompts or actions are on the checklist.
    pub agentforce: bool,
    /// External domains counted (one DAST report each): the input's, else the
    /// architecture's default.
    pub external_domains: u32,
    /// Whether the user said anything about readiness (`checklist_ready` or
    /// `materials_ready`); when not, missing items add no gap and no bounce risk.
    pub said: bool,
    /// Every item for this architecture: materials, Agentforce rules, common failures.
    pub items: Vec<ChecklistItem>,
    /// Required items.
    pub required_total: u32,
    /// Required items ticked as ready.
    pub required_ready: u32,
    /// The older materials whose every item is ticked (what `materials_ready` now holds).
    pub materials_ready: Vec<Material>,
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
    /// Stable id, as ticked in the input's `checklist_ready` (`"dast_2"`, …).
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
    /// Whether the user ticked it as ready.
    pub ready: bool,
    /// Where it comes from.
    pub source: Source,
}

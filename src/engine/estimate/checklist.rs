//! The submission checklist (docs/domain.md §2): which architecture is in force (the
//! input's, else the one its older `app_type` stands for), the items it needs, which are
//! ticked as ready, the readiness gaps of the missing required ones, and how a tick is
//! recorded in the input.

use crate::engine::input::{Architecture, ArchitectureReading, Material, SecurityReviewInput};
use crate::engine::report::checklist::{Checklist, ChecklistItem, ItemGroupView};
use crate::engine::report::{
    Diagnostic, Gap, GapField, InputKind, Readiness, ReviewStatus, Severity,
};
use crate::engine::rules::checklist::{
    architecture, Applies, ArchitectureDef, ItemDef, ItemGroup, ITEMS, MAX_EXTERNAL_DOMAINS,
    PER_DOMAIN_SEPARATOR,
};
use crate::engine::rules::{RuleBook, RuleId};

use super::readiness::{score_for, sort_gaps};

/// The architecture facts in force for a security-review input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    /// The architecture's rule data.
    pub def: &'static ArchitectureDef,
    /// Where it was read from.
    pub reading: ArchitectureReading,
    /// Whether Agentforce rules apply.
    pub agentforce: bool,
    /// External domains counted.
    pub external_domains: u32,
}

/// Reads the architecture, the Agentforce flag and the external domains from `sr`.
pub fn resolve(sr: &SecurityReviewInput) -> Resolved {
    let (arch, reading) = match sr.architecture {
        Some(a) => (a, ArchitectureReading::Architecture),
        None => (
            Architecture::from_app_type(sr.app_type),
            ArchitectureReading::AppType,
        ),
    };
    let def = architecture(arch);
    Resolved {
        def,
        reading,
        agentforce: sr.agentforce.unwrap_or(false),
        external_domains: sr
            .external_domains
            .unwrap_or(def.default_external_domains)
            .min(MAX_EXTERNAL_DOMAINS),
    }
}

/// One applicable item: its definition and, for a per-domain item, the domain number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applicable {
    /// The item's rule data.
    pub def: &'static ItemDef,
    /// The external domain it is about (1-based), for per-domain items.
    pub domain: Option<u32>,
}

impl Applicable {
    /// The id ticked in the input.
    pub fn id(&self) -> String {
        match self.domain {
            Some(n) => format!("{}{PER_DOMAIN_SEPARATOR}{n}", self.def.id),
            None => self.def.id.to_string(),
        }
    }
}

/// The items that apply to `r`, in checklist order.
pub fn applicable(r: &Resolved) -> Vec<Applicable> {
    let mut out = Vec::new();
    for def in ITEMS {
        match def.applies {
            Applies::PerExternalDomain => {
                out.extend((1..=r.external_domains).map(|n| Applicable {
                    def,
                    domain: Some(n),
                }))
            }
            other => {
                let applies = match other {
                    Applies::Always => true,
                    Applies::WithPackage => r.def.package,
                    Applies::WithExternalDomain => r.external_domains > 0,
                    Applies::Agentforce => r.agentforce,
                    Applies::PerExternalDomain => false,
                };
                if applies {
                    out.push(Applicable { def, domain: None });
                }
            }
        }
    }
    out
}

/// The ids ticked as ready: `checklist_ready` when given, else every item of each older
/// `materials_ready` value; `None` when neither is said.
fn ticked(sr: &SecurityReviewInput, items: &[Applicable]) -> Option<Vec<String>> {
    if let Some(ids) = &sr.checklist_ready {
        return Some(ids.clone());
    }
    sr.materials_ready.as_ref().map(|materials| {
        items
            .iter()
            .filter(|a| a.def.material.is_some_and(|m| materials.contains(&m)))
            .map(Applicable::id)
            .collect()
    })
}

/// The materials whose every applicable item is in `ready` (a material with no item
/// here, such as Checkmarx for a connected app, counts as ready only when `previous` had it).
fn materials_of(items: &[Applicable], ready: &[String], previous: &[Material]) -> Vec<Material> {
    Material::ALL
        .into_iter()
        .filter(|&m| {
            let mut of_m = items
                .iter()
                .filter(|a| a.def.material == Some(m))
                .peekable();
            if of_m.peek().is_none() {
                return previous.contains(&m);
            }
            of_m.all(|a| ready.contains(&a.id()))
        })
        .collect()
}

/// Whether `id` names an item of any architecture (a per-domain id with any number).
fn known_id(id: &str) -> bool {
    ITEMS.iter().any(|d| {
        id == d.id
            || (d.applies == Applies::PerExternalDomain
                && id
                    .strip_prefix(d.id)
                    .and_then(|rest| rest.strip_prefix(PER_DOMAIN_SEPARATOR))
                    .is_some_and(|n| n.parse::<u32>().is_ok_and(|n| n > 0)))
    })
}

fn group(g: ItemGroup) -> ItemGroupView {
    match g {
        ItemGroup::Material => ItemGroupView::Material,
        ItemGroup::Agentforce => ItemGroupView::Agentforce,
        ItemGroup::CommonFailure => ItemGroupView::CommonFailure,
    }
}

/// The item's label and detail, with its domain number and the figure it carries.
fn words(a: &Applicable, r: &Resolved, rules: &RuleBook) -> (String, String) {
    let label = match a.domain {
        Some(n) if r.external_domains > 1 => format!("{}: external domain {n}", a.def.label),
        _ => a.def.label.to_string(),
    };
    let detail = if a.def.id == "checkmarx" {
        a.def.detail.replace(
            "{}",
            &rules.whole(RuleId::SrCheckmarxScansPerVersion).to_string(),
        )
    } else {
        a.def.detail.to_string()
    };
    (label, detail)
}

fn note(r: &Resolved, sr: &SecurityReviewInput) -> String {
    let range = match r.def.range {
        crate::engine::input::AppType::Native => "native",
        crate::engine::input::AppType::Connected => "connected",
    };
    match r.reading {
        ArchitectureReading::Architecture if sr.app_type != r.def.range => format!(
            "Architecture: {}, as given; reviewed on the {range} range (the older app type \u{201c}{}\u{201d} is not read).",
            r.def.name,
            if range == "native" { "connected" } else { "native" }
        ),
        ArchitectureReading::Architecture => format!(
            "Architecture: {}, as given; reviewed on the {range} range.",
            r.def.name
        ),
        ArchitectureReading::AppType => format!(
            "No architecture given: read from the app type \u{201c}{range}\u{201d} as {}; choose the architecture for its full checklist.",
            r.def.name
        ),
    }
}

/// The checklist for `sr`, with a diagnostic per ticked id that names no item at all.
pub fn build(sr: &SecurityReviewInput, rules: &RuleBook) -> (Checklist, Vec<Diagnostic>) {
    let r = resolve(sr);
    let items = applicable(&r);
    let ready = ticked(sr, &items);
    let said = ready.is_some();
    let ready = ready.unwrap_or_default();
    let diagnostics = ready
        .iter()
        .filter(|id| !known_id(id))
        .map(|id| {
            Diagnostic::new(
                InputKind::SecurityReview,
                0,
                format!("Checklist item \u{201c}{id}\u{201d} is not on any checklist: kept, not counted."),
            )
        })
        .collect();
    let views: Vec<ChecklistItem> = items
        .iter()
        .map(|a| {
            let (label, detail) = words(a, &r, rules);
            ChecklistItem {
                id: a.id(),
                group: group(a.def.group),
                label,
                detail,
                fix: a.def.fix.to_string(),
                required: a.def.required,
                ready: ready.contains(&a.id()),
                source: a.def.source.to_report(),
            }
        })
        .collect();
    let required = views.iter().filter(|i| i.required);
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let previous = sr.materials_ready.clone().unwrap_or_default();
    let checklist = Checklist {
        architecture: r.def.architecture,
        architecture_name: r.def.name.to_string(),
        read_from: r.reading,
        note: note(&r, sr),
        range_app_type: r.def.range,
        range_source: r.def.range_source.to_report(),
        agentforce: r.agentforce,
        external_domains: r.external_domains,
        said,
        required_total: count(required.clone().count()),
        required_ready: count(required.filter(|i| i.ready).count()),
        materials_ready: materials_of(&items, &ready, &previous),
        items: views,
    };
    (checklist, diagnostics)
}

/// The labels of the required items not ticked, when readiness is said (else none).
pub fn missing_required(checklist: &Checklist) -> Vec<&str> {
    if !checklist.said {
        return Vec::new();
    }
    checklist
        .items
        .iter()
        .filter(|i| i.required && !i.ready)
        .map(|i| i.label.as_str())
        .collect()
}

/// Whether a submission is still to be made in `status` (so missing items matter).
pub fn submission_ahead(status: ReviewStatus) -> bool {
    matches!(
        status,
        ReviewStatus::Planned
            | ReviewStatus::NotStarted
            | ReviewStatus::Preparing
            | ReviewStatus::AwaitingResubmission
    )
}

/// Adds one warning gap per missing required item (when readiness is said and a
/// submission is ahead), then re-sorts and re-scores.
pub fn add_gaps(
    readiness: &mut Readiness,
    checklist: &Checklist,
    status: ReviewStatus,
    rules: &RuleBook,
) {
    if !checklist.said || !submission_ahead(status) {
        return;
    }
    for item in checklist.items.iter().filter(|i| i.required && !i.ready) {
        readiness.gaps.push(Gap {
            field: GapField::SecurityReview,
            severity: Severity::Warning,
            message: format!(
                "Submission checklist: {} not ready ({}); a submission without it bounces.",
                item.label, item.source.kind
            ),
            fix: item.fix.clone(),
        });
    }
    sort_gaps(&mut readiness.gaps);
    readiness.score = score_for(&readiness.gaps, rules);
}

/// Records that item `id` is (or is not) ready: the ticks move into `checklist_ready`
/// (taken from `materials_ready` the first time), and `materials_ready` is rewritten to
/// the materials whose every item is ticked, so older readers see the same readiness.
pub fn set_ready(sr: &mut SecurityReviewInput, id: &str, ready: bool) {
    let items = applicable(&resolve(sr));
    let mut ids = ticked(sr, &items).unwrap_or_default();
    ids.retain(|t| t != id);
    if ready {
        ids.push(id.to_string());
    }
    let previous = sr.materials_ready.clone().unwrap_or_default();
    let materials = materials_of(&items, &ids, &previous);
    sr.materials_ready = (!materials.is_empty()).then_some(materials);
    sr.checklist_ready = Some(ids);
}

/// Sets the architecture, keeping the older `app_type` in step with its range so that older
/// readers of the input see the same range.
pub fn set_architecture(sr: &mut SecurityReviewInput, arch: Architecture) {
    sr.architecture = Some(arch);
    sr.app_type = architecture(arch).range;
}

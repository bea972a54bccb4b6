//! The submission checklist (docs/domain.md §2, §7): which components are in force (the
//! input's, else those its older `architecture` or `app_type` stands for, else none: not
//! said), the items they need, what the user says of each (ready, not ready, not said), the
//! readiness gaps of the required items said to be not ready, and how an answer is
//! recorded in the input ([`edit`]).

use crate::engine::input::{AppType, Component, ItemState, SecurityReviewInput, SolutionReading};
use crate::engine::report::checklist::{Checklist, ChecklistItem, ItemGroupView};
use crate::engine::report::{
    Diagnostic, Gap, GapField, InputKind, Readiness, ReviewStatus, Severity,
};
use crate::engine::rules::checklist::{
    component, range_of, range_source, Applies, ItemDef, ItemGroup, CHECKLIST_VERSION, ITEMS,
    MAX_EXTERNAL_DOMAINS, PER_DOMAIN_SEPARATOR,
};
use crate::engine::rules::{RuleBook, RuleId};

use super::readiness::{score_for, sort_gaps};

pub mod edit;

/// The solution facts in force for a security-review input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The components in force, in [`Component::ALL`] order, each once; empty when not said.
    pub components: Vec<Component>,
    /// Where they were read from.
    pub reading: SolutionReading,
    /// Whether any component ships a package (the package items apply).
    pub package: bool,
    /// The review range: native with a package, connected without, `None` when not said.
    pub range: Option<AppType>,
    /// Whether the Agentforce rules apply.
    pub agentforce: bool,
    /// External domains counted (the input's, else one when a component implies a
    /// partner-hosted web domain), at most [`MAX_EXTERNAL_DOMAINS`].
    pub external_domains: u32,
}

/// Reads the components (with the older fields' fallbacks) and the external domains.
pub fn resolve(sr: &SecurityReviewInput) -> Resolved {
    let (mut given, reading): (Vec<Component>, SolutionReading) =
        match (&sr.components[..], sr.architecture, sr.app_type) {
            ([_, ..], _, _) => (sr.components.clone(), SolutionReading::Components),
            ([], Some(a), _) => (a.components().to_vec(), SolutionReading::Architecture),
            ([], None, Some(t)) => (t.components().to_vec(), SolutionReading::AppType),
            ([], None, None) => (Vec::new(), SolutionReading::NotSaid),
        };
    if sr.agentforce == Some(true) {
        given.push(Component::Agentforce);
    }
    let components: Vec<Component> = Component::ALL
        .into_iter()
        .filter(|c| given.contains(c))
        .collect();
    let reading = if reading == SolutionReading::NotSaid && !components.is_empty() {
        SolutionReading::Components
    } else {
        reading
    };
    let web = components.iter().any(|&c| component(c).web_domain);
    Resolved {
        package: components.iter().any(|&c| component(c).package),
        range: range_of(&components),
        agentforce: components.contains(&Component::Agentforce),
        external_domains: sr
            .external_domains
            .unwrap_or(u32::from(web))
            .min(MAX_EXTERNAL_DOMAINS),
        components,
        reading,
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
    /// The id used in the input's `checklist_ready` / `checklist_not_ready`.
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
        let applies = match def.applies {
            Applies::PerExternalDomain => {
                out.extend((1..=r.external_domains).map(|n| Applicable {
                    def,
                    domain: Some(n),
                }));
                false
            }
            Applies::Always => true,
            Applies::WithPackage => r.package,
            Applies::WithExternalDomain => r.external_domains > 0,
            Applies::With(c) => r.components.contains(&c),
        };
        if applies {
            out.push(Applicable { def, domain: None });
        }
    }
    out
}

/// What the input says of each item: the two checklist lists when either is given (an id
/// in both reads as ready), else the older `materials_ready` (its items ready), else
/// nothing. Returns the ids said ready and said not ready.
pub(crate) fn said_lists(
    sr: &SecurityReviewInput,
    items: &[Applicable],
) -> (Vec<String>, Vec<String>) {
    if sr.checklist_ready.is_some() || sr.checklist_not_ready.is_some() {
        let ready = sr.checklist_ready.clone().unwrap_or_default();
        let not_ready = sr
            .checklist_not_ready
            .iter()
            .flatten()
            .filter(|id| !ready.contains(id))
            .cloned()
            .collect();
        return (ready, not_ready);
    }
    let ready = sr
        .materials_ready
        .as_ref()
        .map_or_else(Vec::new, |materials| {
            items
                .iter()
                .filter(|a| a.def.material.is_some_and(|m| materials.contains(&m)))
                .map(Applicable::id)
                .collect()
        });
    (ready, Vec::new())
}

/// The state of `id` given the said lists.
fn state_of(id: &str, (ready, not_ready): &(Vec<String>, Vec<String>)) -> ItemState {
    if ready.iter().any(|r| r == id) {
        ItemState::Ready
    } else if not_ready.iter().any(|r| r == id) {
        ItemState::NotReady
    } else {
        ItemState::NotSaid
    }
}

/// Whether `id` names an item of any solution (a per-domain id with any number).
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

/// The components' names joined ("Managed package (2GP) + External web app or service"),
/// or "Not said".
pub fn solution_name(components: &[Component]) -> String {
    if components.is_empty() {
        return SolutionReading::NotSaid.label().to_string();
    }
    components
        .iter()
        .map(|c| c.label())
        .collect::<Vec<_>>()
        .join(" + ")
}

/// The range words: "the native range (16–32 weeks: it ships a package)".
fn range_words(range: AppType, rules: &RuleBook) -> String {
    let (min, max, why) = match range {
        AppType::Native => (
            RuleId::SrNativeMinWeeks,
            RuleId::SrNativeMaxWeeks,
            "it ships a package",
        ),
        AppType::Connected => (
            RuleId::SrConnectedMinWeeks,
            RuleId::SrConnectedMaxWeeks,
            "no package",
        ),
    };
    format!(
        "the {} range ({}\u{2013}{} weeks: {why})",
        range.key(),
        rules.whole(min),
        rules.whole(max)
    )
}

fn note(r: &Resolved, sr: &SecurityReviewInput, rules: &RuleBook) -> String {
    let name = solution_name(&r.components);
    let Some(range) = r.range else {
        return format!(
            "Not said what the solution is made of: choose its components. With a package the review takes {}\u{2013}{} weeks, without one {}\u{2013}{}; until you say, neither range is your answer.",
            rules.whole(RuleId::SrNativeMinWeeks),
            rules.whole(RuleId::SrNativeMaxWeeks),
            rules.whole(RuleId::SrConnectedMinWeeks),
            rules.whole(RuleId::SrConnectedMaxWeeks),
        );
    };
    let range = range_words(range, rules);
    let older = match (r.reading, sr.architecture, sr.app_type) {
        (SolutionReading::Architecture, Some(a), _) => Some(("architecture", a.key())),
        (SolutionReading::AppType, _, Some(t)) => Some(("app type", t.key())),
        _ => None,
    };
    match older {
        Some((what, key)) => format!(
            "Read from the {what} \u{201c}{key}\u{201d} in your saved work as: {name}; reviewed on {range}. Say what the solution is made of to change it."
        ),
        None => format!("Made of: {name}, as you said; reviewed on {range}."),
    }
}

/// The checklist for `sr`, with a diagnostic per said id that names no item at all.
pub fn build(sr: &SecurityReviewInput, rules: &RuleBook) -> (Checklist, Vec<Diagnostic>) {
    let r = resolve(sr);
    let items = applicable(&r);
    let lists = said_lists(sr, &items);
    let diagnostics = lists
        .0
        .iter()
        .chain(&lists.1)
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
            let id = a.id();
            ChecklistItem {
                state: state_of(&id, &lists),
                id,
                group: group(a.def.group),
                label,
                detail,
                fix: a.def.fix.to_string(),
                required: a.def.required,
                source: a.def.source.to_report(),
            }
        })
        .collect();
    let count = |state: Option<ItemState>| {
        let n = views
            .iter()
            .filter(|i| i.required && state.is_none_or(|s| i.state == s))
            .count();
        u32::try_from(n).unwrap_or(u32::MAX)
    };
    let checklist = Checklist {
        version: CHECKLIST_VERSION.to_string(),
        solution_name: solution_name(&r.components),
        read_from: r.reading,
        note: note(&r, sr, rules),
        range_app_type: r.range,
        range_source: range_source(&r.components).to_report(),
        package: r.package,
        agentforce: r.agentforce,
        external_domains: r.external_domains,
        said: views.iter().any(|i| i.state != ItemState::NotSaid),
        required_total: count(None),
        required_ready: count(Some(ItemState::Ready)),
        required_not_ready: count(Some(ItemState::NotReady)),
        items: views,
        components: r.components,
    };
    (checklist, diagnostics)
}

/// The labels of the required items said to be not ready (not-said items are neutral).
pub fn missing_required(checklist: &Checklist) -> Vec<&str> {
    checklist
        .items
        .iter()
        .filter(|i| i.required && i.state == ItemState::NotReady)
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

/// Adds one warning gap per required item said to be not ready (when a submission is
/// ahead), then re-sorts and re-scores.
pub fn add_gaps(
    readiness: &mut Readiness,
    checklist: &Checklist,
    status: ReviewStatus,
    rules: &RuleBook,
) {
    if !submission_ahead(status) {
        return;
    }
    let mut added = false;
    for item in checklist
        .items
        .iter()
        .filter(|i| i.required && i.state == ItemState::NotReady)
    {
        added = true;
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
    if added {
        sort_gaps(&mut readiness.gaps);
        readiness.score = score_for(&readiness.gaps, rules);
    }
}

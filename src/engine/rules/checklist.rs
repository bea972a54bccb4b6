//! Rule data for the security-review submission checklist (docs/domain.md §2, §7): what each
//! component is reviewed as, and every item a submission needs or should check, with
//! its source and as-of date. The one editable figure (Checkmarx scans per version) is a
//! row of the rule table.

use super::sources::{INFERRED_RANGE, SEED_FORECASTABLE};
use super::RuleSource;
use crate::engine::input::{AppType, Component, Material};

mod items;

pub use items::ITEMS;

/// The checklist's version: the day its items were last checked against the official pages
/// they cite. The report, the page and the exports name it, so that a report read months
/// later says which checklist it used.
pub const CHECKLIST_VERSION: &str = "2026-12-06";

/// What a component is reviewed as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ComponentDef {
    /// The component.
    pub component: Component,
    /// Whether it ships Salesforce code or metadata in a managed package: the package items
    /// apply (Code Analyzer, Checkmarx, Managed–Released, the test org, CRUD/FLS, sharing)
    /// and the solution takes the native range.
    pub package: bool,
    /// Whether it implies a partner-hosted web domain: one DAST report is assumed when the
    /// input gives no count of external domains.
    pub web_domain: bool,
}

/// Shorthand for the table below.
const fn def(component: Component, package: bool, web_domain: bool) -> ComponentDef {
    ComponentDef {
        component,
        package,
        web_domain,
    }
}

/// Every component, in [`Component::ALL`] order. Lightning components, Apex callouts and
/// Agentforce agents, prompts or actions are Salesforce metadata that reach customers only
/// inside a managed package, so they count as a package ([`INFERRED_RANGE`]).
pub const COMPONENTS: [ComponentDef; Component::ALL.len()] = [
    def(Component::ManagedPackage1gp, true, false),
    def(Component::ManagedPackage2gp, true, false),
    def(Component::ExtensionPackage, true, false),
    def(Component::LightningComponents, true, false),
    def(Component::ApexCallouts, true, true),
    def(Component::ExternalApp, false, true),
    def(Component::ApiOnly, false, true),
    def(Component::MobileIos, false, false),
    def(Component::MobileAndroid, false, false),
    def(Component::DesktopClient, false, false),
    def(Component::BrowserExtension, false, false),
    def(Component::MarketingCloud, false, true),
    def(Component::Agentforce, true, false),
];

/// The definition of `component`.
pub fn component(component: Component) -> &'static ComponentDef {
    COMPONENTS
        .iter()
        .find(|d| d.component == component)
        .unwrap_or(&COMPONENTS[0])
}

/// The review range a combination takes: native with any package, connected without one,
/// none when nothing is said.
pub fn range_of(components: &[Component]) -> Option<AppType> {
    if components.is_empty() {
        None
    } else if components.iter().any(|&c| component(c).package) {
        Some(AppType::Native)
    } else {
        Some(AppType::Connected)
    }
}

/// Where a combination's range reading comes from: the seed names only a managed package
/// (native) and an off-platform API app (connected); anything else is our reading.
pub fn range_source(components: &[Component]) -> &'static RuleSource {
    let seed_native = [Component::ManagedPackage1gp, Component::ManagedPackage2gp];
    let seed_connected = [Component::ApiOnly, Component::ExternalApp];
    let within = |set: &[Component]| components.iter().all(|c| set.contains(c));
    if !components.is_empty() && (within(&seed_native) || within(&seed_connected)) {
        &SEED_FORECASTABLE
    } else {
        &INFERRED_RANGE
    }
}

/// What a checklist item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemGroup {
    /// A material handed in with the submission.
    Material,
    /// A rule for Agentforce prompts and actions.
    Agentforce,
    /// A common failure to check before submitting.
    CommonFailure,
}

/// Which solutions an item applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// Every solution.
    Always,
    /// Solutions with a Salesforce package or component.
    WithPackage,
    /// Solutions with at least one external domain (one item).
    WithExternalDomain,
    /// One item per external domain.
    PerExternalDomain,
    /// Solutions with this component.
    With(Component),
}

/// One checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemDef {
    /// Stable id used in the input's `checklist_ready` (per-domain items add `_N`).
    pub id: &'static str,
    /// The group.
    pub group: ItemGroup,
    /// A short label.
    pub label: &'static str,
    /// What it means, in a sentence.
    pub detail: &'static str,
    /// A concrete fix when it is not ready.
    pub fix: &'static str,
    /// Whether the submission needs it (a missing one is a gap and a bounce risk).
    pub required: bool,
    /// Which solutions it applies to.
    pub applies: Applies,
    /// The older `materials_ready` value it stands for.
    pub material: Option<Material>,
    /// Where it comes from.
    pub source: &'static RuleSource,
}

/// Where the DAST item's domain number is appended: `dast_1`, `dast_2`, ….
pub const PER_DOMAIN_SEPARATOR: char = '_';

/// The most external domains the checklist lists one DAST item for; a larger count is
/// read as this many (a technical limit, not a domain rule).
pub const MAX_EXTERNAL_DOMAINS: u32 = 50;

//! How the app records what the user says: the components of the solution and the state of
//! one checklist item. Both write only the current fields; the older ones they replace
//! (`architecture`, `app_type`, `agentforce`, `materials_ready`) are cleared once their
//! meaning has moved over.

use super::{applicable, resolve, said_lists};
use crate::engine::input::{Component, ItemState, SecurityReviewInput};

/// Says that the solution is made of `components` (in any order; repeats count once). The
/// older `architecture`, `app_type` and `agentforce` fields are cleared: the components now
/// say everything they said. An empty list means "not said".
pub fn set_components(sr: &mut SecurityReviewInput, components: &[Component]) {
    sr.components = Component::ALL
        .into_iter()
        .filter(|c| components.contains(c))
        .collect();
    sr.architecture = None;
    sr.app_type = None;
    sr.agentforce = None;
}

/// Adds (`on`) or removes one component, starting from the components in force (those read
/// from older saved work included).
pub fn toggle_component(sr: &mut SecurityReviewInput, component: Component, on: bool) {
    let mut now = resolve(sr).components;
    now.retain(|&c| c != component);
    if on {
        now.push(component);
    }
    set_components(sr, &now);
}

/// Records what the user says of item `id`. The answers move into `checklist_ready` and
/// `checklist_not_ready` (an older `materials_ready` is read into them the first time and
/// then cleared); [`ItemState::NotSaid`] removes the id from both.
pub fn set_state(sr: &mut SecurityReviewInput, id: &str, state: ItemState) {
    let items = applicable(&resolve(sr));
    let (mut ready, mut not_ready) = said_lists(sr, &items);
    ready.retain(|t| t != id);
    not_ready.retain(|t| t != id);
    match state {
        ItemState::Ready => ready.push(id.to_string()),
        ItemState::NotReady => not_ready.push(id.to_string()),
        ItemState::NotSaid => {}
    }
    sr.materials_ready = None;
    sr.checklist_ready = (!ready.is_empty()).then_some(ready);
    sr.checklist_not_ready = (!not_ready.is_empty()).then_some(not_ready);
}

/// A compact way to say what the solution is made of, for the summary widget (issue 22): a
/// few kinds a visitor recognises, each standing for components of the full list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// The words shown beside the check box.
    pub label: &'static str,
    /// The components that saying this kind adds.
    pub adds: &'static [Component],
    /// Every component the kind stands for: it reads as said when one of them is, and
    /// unsaying it removes them all.
    pub covers: &'static [Component],
}

impl Kind {
    /// Whether `components` (those in force) include this kind.
    pub fn said(&self, components: &[Component]) -> bool {
        components.iter().any(|c| self.covers.contains(c))
    }
}

/// The widget's kinds, in the order shown. A package of any kind (and what ships in one)
/// is "managed package"; the partner's own external web app or an API-only solution is
/// "web app or API"; "mobile app" is its iOS and Android clients; "Agentforce" is agents,
/// prompts or actions.
pub const KINDS: &[Kind] = &[
    Kind {
        label: "Managed package",
        adds: &[Component::ManagedPackage2gp],
        covers: &[
            Component::ManagedPackage1gp,
            Component::ManagedPackage2gp,
            Component::ExtensionPackage,
            Component::LightningComponents,
            Component::ApexCallouts,
        ],
    },
    Kind {
        label: "Web app or API",
        adds: &[Component::ExternalApp],
        covers: &[Component::ExternalApp, Component::ApiOnly],
    },
    Kind {
        label: "Mobile app",
        adds: &[Component::MobileIos, Component::MobileAndroid],
        covers: &[Component::MobileIos, Component::MobileAndroid],
    },
    Kind {
        label: "Agentforce",
        adds: &[Component::Agentforce],
        covers: &[Component::Agentforce],
    },
];

/// Says (`on`) or unsays one of the widget's [`KINDS`], starting from the components in
/// force: saying it adds its components; unsaying it removes every component it covers.
pub fn set_kind(sr: &mut SecurityReviewInput, kind: &Kind, on: bool) {
    let mut now = resolve(sr).components;
    now.retain(|c| !kind.covers.contains(c));
    if on {
        now.extend_from_slice(kind.adds);
    }
    set_components(sr, &now);
}

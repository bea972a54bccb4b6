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

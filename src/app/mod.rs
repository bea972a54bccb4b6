//! The Yew shell: turns what the user typed into an [`crate::engine::input::Input`], calls
//! [`crate::engine::analyze`] and renders the [`crate::engine::report::Report`].
//!
//! Nothing here knows a domain rule. The layout follows Yew's own examples: a
//! `use_reducer` [`store`] shared through context, thin [`components`], small [`hooks`], and
//! browser plumbing ([`storage`], [`share`], [`browser`]) kept apart from rendering.

//!
//! The view-model — [`format`], [`export`], [`chart`] geometry, [`config`] parsing, the
//! [`saved`] envelope, the [`state`] reducer, the [`first_visit`] prompts and the [`sample`]
//! input — is plain Rust that also compiles natively, so it has native tests; everything
//! that touches the browser is compiled for `wasm32` only.

pub mod chart;
pub mod config;
pub mod export;
pub mod first_visit;
pub mod format;
pub mod history;
pub mod host;
pub mod keep;
pub mod link;
pub mod market;
pub mod page;
pub mod sample;
pub mod saved;
pub mod state;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod browser;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod components;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod embed;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod exact;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod hooks;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod json;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod panic;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod restore;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod share;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod storage;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod store;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
use wasm_bindgen::JsCast;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
use components::app::{App, AppProps};

/// The id of the element the app mounts into (it is in `index.html`).
pub const ROOT_ID: &str = "app";

/// The id of the "Starting…" status the build puts beside the prerendered first render.
pub const STARTING_ID: &str = "la-starting";

/// The attribute [`App`] sets on the root element once its first render is on screen and
/// live (tests and embedding pages can wait for it).
pub const READY_ATTR: &str = "data-ready";

/// Starts the app: installs the panic message, reads a share link if the fragment holds
/// one and mounts [`App`] into the root element.
///
/// The root holds the prerendered first render (inert) or, in a saved "complete" page, the
/// previous render: it is emptied right before Yew's first render, in the same task, so
/// that no blank frame is painted between the two.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub fn start() {
    panic::install();
    let config = config::AppConfig::from_location();
    let Some(document) = browser::window().and_then(|w| w.document()) else {
        return;
    };
    let root = match document.get_element_by_id(ROOT_ID) {
        Some(el) => el,
        None => {
            // The page was changed by hand; mount into the body rather than not at all.
            gloo::console::warn!("listing-analyzer: no #app element; mounting into <body>");
            match document.body() {
                Some(body) => body.unchecked_into(),
                None => return,
            }
        }
    };
    // A share link wins over autosave, so it is read (asynchronously: the browser inflates
    // it) before the app first renders.
    let hash = browser::location_hash();
    if share::is_share_fragment(&hash) {
        yew::platform::spawn_local(async move {
            let shared = Some(share::decode(&hash).await);
            take_over(&document, &root);
            yew::Renderer::<App>::with_root_and_props(root, AppProps { config, shared }).render();
        });
    } else {
        take_over(&document, &root);
        yew::Renderer::<App>::with_root_and_props(
            root,
            AppProps {
                config,
                shared: None,
            },
        )
        .render();
    }
}

/// Empties the root (the prerender, or a saved page's previous render), makes it live
/// (no longer `inert` nor busy, not yet ready) and removes the "Starting…" status.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn take_over(document: &web_sys::Document, root: &web_sys::Element) {
    while let Some(child) = root.first_child() {
        // Removing a child we just read cannot fail; ignore the impossible error.
        let _ = root.remove_child(&child);
    }
    for attr in ["inert", "aria-busy", READY_ATTR] {
        let _ = root.remove_attribute(attr);
    }
    if let Some(status) = document.get_element_by_id(STARTING_ID) {
        status.remove();
    }
}

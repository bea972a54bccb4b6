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
pub mod page;
pub mod sample;
pub mod saved;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod exact;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod json;
#[cfg(target_arch = "wasm32")]
pub mod panic;
#[cfg(target_arch = "wasm32")]
pub mod share;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod store;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;

#[cfg(target_arch = "wasm32")]
use components::app::{App, AppProps};

/// The id of the element the app mounts into (it is in `index.html`).
pub const ROOT_ID: &str = "app";

/// Starts the app: installs the panic message, empties the root element (a saved
/// "complete" page still holds the previous render), reads a share link if the fragment
/// holds one and mounts [`App`] there.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic::install();
    let config = config::AppConfig::from_location();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
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
    while let Some(child) = root.first_child() {
        // Removing a child we just read cannot fail; ignore the impossible error.
        let _ = root.remove_child(&child);
    }
    // A share link wins over autosave, so it is read (asynchronously: the browser inflates
    // it) before the app first renders.
    let hash = browser::location_hash();
    if share::is_share_fragment(&hash) {
        yew::platform::spawn_local(async move {
            let shared = Some(share::decode(&hash).await);
            yew::Renderer::<App>::with_root_and_props(root, AppProps { config, shared }).render();
        });
    } else {
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

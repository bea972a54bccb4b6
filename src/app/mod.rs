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
/// one and mounts [`App`].
///
/// The root holds the prerendered first render (inert) or, in a saved "complete" page, the
/// previous render. Yew builds its first render in a new root element that is not yet in
/// the document (so the browser lays nothing out while it is built, and the old content
/// stays on screen); [`attach_root`], called by [`App`]'s first effect, puts it in the old
/// root's place in one step, so no blank or half-built frame is ever painted.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub fn start() {
    panic::install();
    let config = config::AppConfig::from_location();
    let Some(document) = browser::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = new_root(&document) else {
        return;
    };
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

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
thread_local! {
    /// The page's root and the new one the app renders into, until [`attach_root`].
    static PENDING_ROOT: std::cell::RefCell<Option<(web_sys::Element, web_sys::Element)>> =
        const { std::cell::RefCell::new(None) };
}

/// The element the app renders into: a new, detached copy of the page's `#app` (its id and
/// class; not `inert`, busy nor ready), remembered with the old one for [`attach_root`].
/// Without an `#app` (a page changed by hand), the body is emptied and rendered into.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn new_root(document: &web_sys::Document) -> Option<web_sys::Element> {
    let Some(old) = document.get_element_by_id(ROOT_ID) else {
        gloo::console::warn!("listing-analyzer: no #app element; mounting into <body>");
        let body: web_sys::Element = document.body()?.unchecked_into();
        body.set_inner_html("");
        return Some(body);
    };
    let new = document.create_element("div").ok()?;
    new.set_id(ROOT_ID);
    new.set_class_name(&old.class_name());
    PENDING_ROOT.with(|p| p.replace(Some((old, new.clone()))));
    Some(new)
}

/// Puts the app's first render in the page: the new root replaces the old one (the
/// prerender, or a saved page's previous render) and the "Starting…" status goes. Called
/// once, by [`App`]'s first effect (before any effect that looks at the page); later calls
/// do nothing.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub fn attach_root() {
    let Some((old, new)) = PENDING_ROOT.with(|p| p.take()) else {
        return;
    };
    // Replacing a node that is in the document cannot fail; ignore the impossible error.
    let _ = old.replace_with_with_node_1(&new);
    if let Some(status) = browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(STARTING_ID))
    {
        status.remove();
    }
}

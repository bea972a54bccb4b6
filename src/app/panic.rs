//! What the user sees if the app ever panics.
//!
//! The wasm is built to abort at once on a panic (`-Cpanic=immediate-abort`, see
//! `scripts/wasm-env.sh`): no panic hook runs and no message is formatted; the panic is a
//! trap, a `WebAssembly.RuntimeError` thrown out of the wasm into the JavaScript that
//! called it. The page's start-up script (`scripts/inline.mjs`) catches such an error
//! where it leaves the wasm (the window's `error` and `unhandledrejection` events) and
//! calls [`crashed`]. The module is then in an unknown state, so the message cannot be a
//! Yew component: [`crashed`] writes it straight into the page with `web-sys`. From then on
//! nothing is written to storage (the page may hold whatever caused the panic), so the
//! work saved before the panic survives.
//!
//! Every control on the message works without the module: plain links to reload, to start
//! empty (`?start=empty`, which keeps the saved work one click away), and a download of
//! the saved work made here, right after the trap.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use super::config::START_PARAM;
use super::storage;

/// The id of the element that holds the crash message.
pub const CRASH_ID: &str = "app-crash";

/// Keeps Yew from installing its own panic hook (`console_error_panic_hook`) when the app
/// first renders: with an immediate abort no hook ever runs, but that one's message
/// formatting would stay in the wasm. Where std is not built to abort at once (the rustup
/// route without `rust-src`), this empty hook runs, the abort traps, and the start-up
/// script shows the message all the same.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|_| {}));
}

/// Called by the page's start-up script after the wasm trapped (a panic): stops every
/// later storage write and shows the crash message, once however often it is called.
#[wasm_bindgen(js_name = laCrashed)]
pub fn crashed() {
    storage::stop_writing();
    show_message();
}

/// The page's address without its fragment, with `start=empty` when `empty`.
fn page_href(location: &web_sys::Location, empty: bool) -> Option<String> {
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    params.delete(START_PARAM);
    if empty {
        params.append(START_PARAM, "empty");
    }
    let query = String::from(params.to_string());
    let sep = if query.is_empty() { "" } else { "?" };
    Some(format!("{}{sep}{query}", location.pathname().ok()?))
}

/// An object URL of the saved work as a JSON file, if anything is saved.
fn saved_work_url() -> Option<String> {
    let raw = storage::raw(storage::keys().input)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(&raw));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Appends a link styled as a button to `parent`.
fn link(
    document: &web_sys::Document,
    parent: &web_sys::Element,
    href: &str,
    text: &str,
) -> Option<web_sys::Element> {
    let a = document.create_element("a").ok()?;
    a.set_attribute("href", href).ok()?;
    a.set_attribute("class", "button").ok()?;
    a.set_text_content(Some(text));
    parent.append_child(&a).ok()?;
    Some(a)
}

/// Writes the crash message into a fixed element at the top of the page.
///
/// Every step that can fail is skipped quietly: there is nothing left to report a
/// failure to.
fn show_message() {
    let Some(document) = crate::app::browser::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(CRASH_ID).is_some() {
        return;
    }
    let Ok(box_el) = document.create_element("div") else {
        return;
    };
    box_el.set_id(CRASH_ID);
    let _ = box_el.set_attribute("role", "alert");
    let _ = box_el.set_attribute("class", "crash");
    let location = document.location();
    let href = |empty| {
        location
            .as_ref()
            .and_then(|l| page_href(l, empty))
            .unwrap_or_else(|| ".".to_owned())
    };
    let Ok(text) = document.create_element("p") else {
        return;
    };
    let saved = saved_work_url();
    text.set_text_content(Some(if saved.is_some() {
        "Something went wrong and the analyzer stopped. Your work saved before this happened is untouched: reload to continue with it, download it, or start empty (it stays one click away)."
    } else {
        "Something went wrong and the analyzer stopped. Reload the page to continue."
    }));
    let _ = box_el.append_child(&text);
    if let Some(a) = link(&document, &box_el, &href(false), "Reload the page") {
        let _ = a.set_attribute("class", "button primary");
    }
    if let Some(url) = saved {
        if let Some(a) = link(&document, &box_el, &url, "Download what was saved") {
            let _ = a.set_attribute("download", "listing-analyzer-saved-work.json");
        }
    }
    link(&document, &box_el, &href(true), "Start empty");
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&box_el);
    }
}

//! What the user sees if the app ever panics.
//!
//! Release builds abort on panic, which stops the wasm module for good, so the message
//! cannot be a Yew component: the hook writes it straight into the page with `web-sys`
//! before the abort. The inputs survive because autosave runs on every change.

use std::panic::PanicHookInfo;

/// The id of the element that holds the crash message.
pub const CRASH_ID: &str = "app-crash";

/// Installs the panic hook (through Yew, so that Yew does not replace it on render).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(hook));
}

fn hook(info: &PanicHookInfo<'_>) {
    gloo::console::error!(format!("listing-analyzer crashed: {info}"));
    show_message();
}

/// The page's address without its fragment and without the crash-test parameter (which
/// would only crash again).
fn reload_href(location: web_sys::Location) -> Option<String> {
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    params.delete("crash-test");
    let query = String::from(params.to_string());
    let sep = if query.is_empty() { "" } else { "?" };
    Some(format!("{}{sep}{query}", location.pathname().ok()?))
}

/// Writes the crash message into a fixed element at the top of the page.
///
/// The reload control is a plain link to the page without its fragment, because no Rust
/// event handler can run after the abort. Every step that can fail is skipped quietly:
/// there is nothing left to report a failure to.
fn show_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
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
    let href = document
        .location()
        .and_then(reload_href)
        .unwrap_or_default();
    let Ok(text) = document.create_element("p") else {
        return;
    };
    text.set_text_content(Some(
        "Something went wrong and the analyzer stopped. Your inputs were saved in this browser; reload the page to continue.",
    ));
    let _ = box_el.append_child(&text);
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", if href.is_empty() { "." } else { &href });
        let _ = link.set_attribute("class", "button primary");
        link.set_text_content(Some("Reload the page"));
        let _ = box_el.append_child(&link);
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&box_el);
    }
}

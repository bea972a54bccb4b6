//! Small wrappers over browser APIs. Each returns a `Result` or does nothing when the API
//! is missing, so callers can show a message instead of crashing.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use chrono::NaiveDate;

use crate::engine::input::is_supported_date;

/// The browser window, or `None` where there is none: natively, in the build-time
/// prerender (`--features prerender`), which renders a first visit without a browser, so
/// every read of the page's location, storage or frame answers "nothing there". The app
/// reads the window only through this.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Offers `content` as a file download named `filename` (a Blob behind an `<a download>`).
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    let fail = |what: &str| format!("The download could not start ({what}).");
    let doc = document().ok_or_else(|| fail("no document"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("the browser refused to build the file"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| fail("object URLs are not allowed here"))?;
    let anchor: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| fail("no link element"))?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_hidden(true);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&anchor);
        anchor.click();
        anchor.remove();
    } else {
        anchor.click();
    }
    // Revoke later: some browsers read the URL after the click handler returns.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The text of a file the user chose or dropped; `Err` with a clause saying why not.
pub async fn file_text(file: &web_sys::File) -> Result<String, String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| "the browser could not read it".to_owned())?;
    text.as_string()
        .ok_or_else(|| "the browser could not read it as text".to_owned())
}

/// Copies `text` to the clipboard and calls `done(true)` on success, `done(false)` when
/// the clipboard is unavailable or refused.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = window() else {
        done(false);
        return;
    };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        done(false);
        return;
    }
    let promise = navigator.clipboard().write_text(text);
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let done_err = done.clone();
    let ok = Closure::once(move |_: JsValue| {
        if let Some(f) = done.take() {
            f(true);
        }
    });
    let err = Closure::once(move |_: JsValue| {
        if let Some(f) = done_err.take() {
            f(false);
        }
    });
    let _ = promise.then2(&ok, &err);
    // The promise owns the only references now; one of them runs exactly once.
    ok.forget();
    err.forget();
}

/// The current URL fragment including its `#`, or an empty string.
pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The current page address without its fragment.
pub fn location_without_hash() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.find('#') {
        Some(i) => href[..i].to_owned(),
        None => href,
    }
}

/// Replaces the URL fragment without a new history entry (`None` removes it).
pub fn replace_hash(fragment: Option<&str>) {
    let Some(window) = window() else {
        return;
    };
    let url = match fragment {
        Some(f) => format!("{}#{f}", location_without_hash()),
        None => location_without_hash(),
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Removes the query parameter `name` from the address without a new history entry.
pub fn remove_query_param(name: &str) {
    let Some(window) = window() else {
        return;
    };
    let location = window.location();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default())
    else {
        return;
    };
    params.delete(name);
    let query = String::from(params.to_string());
    let url = format!(
        "{}{}{query}{}",
        location.pathname().unwrap_or_default(),
        if query.is_empty() { "" } else { "?" },
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Sets `<html data-theme>` to `theme` (a theme's key, such as `dark`); `None` removes the
/// attribute, so that the page follows the system's colours.
pub fn apply_theme(theme: Option<&str>) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match theme {
        None => root.remove_attribute("data-theme"),
        Some(key) => root.set_attribute("data-theme", key),
    };
}

/// Colours the page's accent and its primary controls with `colour` (already validated by
/// the page settings, `is_hex_colour` in the config module): the `--accent` and `--primary` custom properties on
/// `<html>`, and `--on-primary`, the text on those controls, set to `text`.
pub fn apply_accent(colour: &str, text: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let html: web_sys::HtmlElement = root.unchecked_into();
        let style = html.style();
        for (property, value) in [
            ("--accent", colour),
            ("--primary", colour),
            ("--on-primary", text),
        ] {
            let _ = style.set_property(property, value);
        }
    }
}

/// Moves keyboard focus to the element with `id` and scrolls it to the top of the window
/// (below the sticky bar: the CSS gives headings a `scroll-margin-top`). Focus comes first,
/// because focusing scrolls an element only to somewhere in view, often mid-screen.
pub fn focus_id(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
    el.scroll_into_view();
}

/// Opens the `<details>` element with `id` (its `toggle` event tells Yew).
pub fn open_details(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = el.set_attribute("open", "");
    }
}

/// Focuses and selects the text of the input with `id`, so the user can copy it by hand.
pub fn select_input(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}

/// The clock now, in milliseconds since 1970, and the time zone's offset in minutes (UTC
/// minus local time, as JavaScript's `getTimezoneOffset`). Natively (the prerender),
/// `(0, 0)`.
pub fn clock() -> (u64, i64) {
    // Both branches compile on both targets, so the native checks lint the browser's too.
    if cfg!(target_arch = "wasm32") {
        let d = js_sys::Date::new_0();
        (d.get_time() as u64, d.get_timezone_offset() as i64)
    } else {
        (0, 0)
    }
}

/// The browser's local date today. A clock that is unreadable or set outside the supported
/// years gives 1 January 2026, so that every date the page computes with stays in range.
/// The app and `window.ListingAnalyzer` both use this one.
pub fn today() -> NaiveDate {
    if cfg!(target_arch = "wasm32") {
        browser_today()
    } else {
        build_day()
    }
}

/// The browser's clock's local date (see [`today`]).
fn browser_today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    let year = d.get_full_year();
    let today = i32::try_from(year as i64)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, d.get_month() + 1, d.get_date()));
    supported_or_default(today)
}

/// Natively (the build-time prerender), the day the build runs, in UTC: the app replaces
/// the prerender with the visitor's own day as soon as it starts.
fn build_day() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let today = i64::try_from(secs)
        .ok()
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map(|t| t.date_naive());
    supported_or_default(today)
}

/// `date` when it is within the supported years, else 1 January 2026 (both clocks above).
fn supported_or_default(date: Option<NaiveDate>) -> NaiveDate {
    date.filter(|d| is_supported_date(*d))
        .or_else(|| NaiveDate::from_ymd_opt(2026, 1, 1))
        .unwrap_or_default()
}

/// Marks the root element ready ([`super::READY_ATTR`]): the app is rendered and live.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.get_element_by_id(super::ROOT_ID)) {
        let _ = root.set_attribute(super::READY_ATTR, "true");
    }
}

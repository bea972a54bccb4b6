//! What the page offers to the website around it: the `window.ListingAnalyzer` API, the
//! iframe height messages and the debounced report-summary messages.
//!
//! Messages go to `window.parent` only when the page runs inside a frame, and only to the
//! origins the deployer allowed in the hosted page (see
//! [`crate::app::config::ALLOWED_PARENTS_META`]; by default the app's own origin): each is
//! posted with a named target origin, never `*`, so a page not allowed gets nothing.
//!
//! Message shapes:
//! * `{ "type": "listing-analyzer:height", "height": <CSS px, integer> }`
//! * `{ "type": "listing-analyzer:report", "version": 2, "summary": { … } }`: the engine's
//!   summary (`version`, `inputs`, one object per section, `null` figures while their input
//!   is empty) plus [`VersionOneFields`]
//! * `{ "type": "listing-analyzer:cta", "version": 2, "summary": { … } }`: the visitor
//!   pressed the host's call to action (issue 22); the same summary, posted at once
//! * `{ "type": "listing-analyzer:section", "section": "<key>", "offset": <CSS px> }`: where
//!   the `section=` heading is, from the top of the page, so that the host script can scroll
//!   the host page there (an auto-height frame has nothing to scroll itself)
//!
//! This module formats and transports; it computes nothing about the domain.

use std::cell::RefCell;

use chrono::NaiveDate;
use gloo::timers::callback::Timeout;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::config::{allowed_parents_of_page, targets_for_parent};
use crate::app::json::{input_from_js, to_js};
use crate::engine::{self, input::Input, report::Report, InputError};

/// The `type` of the height message.
pub const HEIGHT_MESSAGE: &str = "listing-analyzer:height";
/// The `type` of the report-summary message.
pub const REPORT_MESSAGE: &str = "listing-analyzer:report";
/// The `type` of the call-to-action message.
pub const CTA_MESSAGE: &str = "listing-analyzer:cta";
/// The `type` of the section-offset message.
pub const SECTION_MESSAGE: &str = "listing-analyzer:section";
/// The event fired on `window` once `window.ListingAnalyzer` exists.
pub const READY_EVENT: &str = "listing-analyzer:ready";
/// How long results must stay unchanged before a summary is posted, in milliseconds.
const REPORT_DEBOUNCE_MS: u32 = 400;

/// Whether the page runs inside a frame of another page.
pub fn in_frame() -> bool {
    let Some(win) = crate::app::browser::window() else {
        return false;
    };
    match win.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &win),
        _ => false,
    }
}

/// The parent page's origin when the browser tells it: `location.ancestorOrigins` (Chromium,
/// Safari), else the origin of `document.referrer` (the page that loaded the frame).
fn parent_origin() -> Option<String> {
    let win = crate::app::browser::window()?;
    let ancestors = js_sys::Reflect::get(&win.location(), &"ancestorOrigins".into()).ok();
    let first = ancestors
        .filter(|a| !a.is_undefined() && !a.is_null())
        .and_then(|a| js_sys::Reflect::get(&a, &0.into()).ok())
        .and_then(|v| v.as_string());
    first.or_else(|| {
        let referrer = win.document()?.referrer();
        web_sys::Url::new(&referrer).ok().map(|u| u.origin())
    })
}

/// The target origins messages may go to, read once from the hosted page's meta tag and
/// narrowed to the parent's origin when it is known.
fn allowed_targets() -> Vec<String> {
    ALLOWED_TARGETS.with(|t| {
        t.borrow_mut()
            .get_or_insert_with(|| {
                let (targets, warnings) = allowed_parents_of_page();
                for w in warnings {
                    gloo::console::warn!(w);
                }
                let own = crate::app::browser::window()
                    .and_then(|w| w.location().origin().ok())
                    .unwrap_or_default();
                targets_for_parent(&targets, &own, parent_origin().as_deref())
            })
            .clone()
    })
}

/// In a frame whose parent's origin the browser tells and the hosted page does not allow,
/// that origin: the page shows the site owner what to run (nothing is posted to it).
/// `None` outside a frame, for an allowed parent, or when the parent's origin is unknown.
pub fn refused_parent() -> Option<String> {
    if !in_frame() {
        return None;
    }
    let parent = parent_origin()?;
    allowed_targets().is_empty().then_some(parent)
}

fn post_to_parent(message: &JsValue) {
    if !in_frame() {
        return;
    }
    if let Some(Ok(Some(parent))) = crate::app::browser::window().map(|w| w.parent()) {
        // The browser delivers each copy only if the parent's origin is that target, so a
        // page that is not allowed receives nothing, and the app need not know who framed it.
        for target in allowed_targets() {
            let _ = parent.post_message(message, &target);
        }
    }
}

/// Analyzes an input given as a JavaScript object (or a JSON string) of the documented
/// input shape and returns the report as a plain object. Throws an `Error` with a
/// one-line message when the input cannot be read.
fn js_analyze(input: JsValue) -> Result<JsValue, JsValue> {
    let parsed: Input = if let Some(text) = input.as_string() {
        engine::parse_input(&text).map_err(|e| js_sys::Error::new(&e.to_string()))?
    } else {
        input_from_js(input).map_err(|e| match e {
            InputError::Json(e) => {
                js_sys::Error::new(&format!("input is not of the documented shape: {e}"))
            }
            other => js_sys::Error::new(&other.to_string()),
        })?
    };
    to_js(&engine::analyze(&parsed, crate::app::browser::today()))
}

/// Keeps a copy of the page as it was loaded, before the app renders into it, for
/// [`offline_page_html`]. Call once, before the app starts.
///
/// The copy is a detached deep clone of the document element, which is cheap; it is
/// serialised only when someone asks for the offline page.
pub fn capture_page() {
    let copy = crate::app::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.clone_node_with_deep(true).ok())
        .and_then(|n| n.dyn_into::<web_sys::Element>().ok());
    PRISTINE_PAGE.with(|p| p.replace(copy));
}

/// The self-contained page as it was loaded (glue, wasm and CSP inline), ready to save as
/// a file that works offline; `None` if [`capture_page`] was not called or failed.
pub fn offline_page_html() -> Option<String> {
    PRISTINE_PAGE.with(|p| {
        p.borrow()
            .as_ref()
            .map(|e| format!("<!doctype html>\n{}\n", e.outer_html()))
    })
}

/// Installs `window.ListingAnalyzer = { analyze(input), version }` (frozen) and fires
/// [`READY_EVENT`] on `window`.
pub fn install_js_api() {
    let Some(win) = crate::app::browser::window() else {
        return;
    };
    let api = js_sys::Object::new();
    let analyze = Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(js_analyze);
    let _ = js_sys::Reflect::set(&api, &"analyze".into(), analyze.as_ref());
    analyze.forget();
    let _ = js_sys::Reflect::set(&api, &"version".into(), &env!("CARGO_PKG_VERSION").into());
    js_sys::Object::freeze(&api);
    let _ = js_sys::Reflect::set(&win, &"ListingAnalyzer".into(), &api);
    if let Ok(event) = web_sys::Event::new(READY_EVENT) {
        let _ = win.dispatch_event(&event);
    }
}

thread_local! {
    static PRISTINE_PAGE: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
    static LAST_HEIGHT: RefCell<i32> = const { RefCell::new(-1) };
    static PENDING_REPORT: RefCell<Option<Timeout>> = const { RefCell::new(None) };
    static ALLOWED_TARGETS: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

fn post_height() {
    let Some(root) = crate::app::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let height = root.offset_height();
    let changed = LAST_HEIGHT.with(|h| h.replace(height) != height);
    if changed {
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
        post_to_parent(&msg);
    }
}

/// In a frame, posts the current height and then where the heading with `heading_id`
/// sits from the top of the page, so that the host script, which applies the height first,
/// can scroll the host page to it. Returns whether a message was posted.
pub fn post_section_offset(section: &str, heading_id: &str) -> bool {
    if !in_frame() {
        return false;
    }
    let Some(win) = crate::app::browser::window() else {
        return false;
    };
    let Some(heading) = win
        .document()
        .and_then(|d| d.get_element_by_id(heading_id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    // The distance from the top of the page: the offsets up the chain of offset parents.
    let mut offset = 0_i32;
    let mut node = Some(heading);
    while let Some(el) = node {
        offset = offset.saturating_add(el.offset_top());
        node = el
            .offset_parent()
            .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok());
    }
    post_height();
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &SECTION_MESSAGE.into());
    let _ = js_sys::Reflect::set(&msg, &"section".into(), &section.into());
    let _ = js_sys::Reflect::set(&msg, &"offset".into(), &offset.max(0).into());
    post_to_parent(&msg);
    true
}

/// In a frame, posts the page height to the parent now and whenever it changes.
pub fn start_height_reporting() {
    if !in_frame() {
        return;
    }
    let Some(root) = crate::app::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let callback = Closure::<dyn FnMut()>::new(post_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    callback.forget();
    post_height();
}

/// The fields of the `report` message's version 1, for host code written for it: each read
/// from the engine's summary, and `null` while its section has no figure (an empty or
/// not-said input). [`post_report_summary`] adds them to the summary's own object.
#[derive(Debug, Serialize)]
pub struct VersionOneFields {
    /// Review status (`not_started`, `in_review`, `passed`, …).
    pub status: engine::report::ReviewStatus,
    /// Low/likely/high weeks to listing; `null` when no range is the user's.
    pub weeks: Option<[u32; 3]>,
    /// Earliest, likely and latest listing dates (ISO); `null` likewise.
    pub dates: Option<[NaiveDate; 3]>,
    /// Whether the reviews met the retired scorecard's chosen rule set; `null` without reviews.
    pub review_eligible: Option<bool>,
    /// Its points; `null` without reviews.
    pub review_points: Option<u32>,
    /// Reviews counted in its window; `null` without reviews.
    pub reviews_in_window: Option<u32>,
    /// 5-star reviews it would still need; `null` without reviews.
    pub five_star_reviews_needed: Option<u32>,
    /// Readiness score 0–100; `null` without a listing.
    pub readiness_score: Option<u32>,
    /// Blocker gaps; `null` without a listing.
    pub blockers: Option<u32>,
}

impl VersionOneFields {
    /// The version-1 fields of a report, read from its summary.
    pub fn of(r: &Report) -> Self {
        let s = &r.summary;
        let history = s.reviews.retired_scorecard.as_ref();
        Self {
            status: s.time_to_listing.status,
            weeks: s.time_to_listing.weeks,
            dates: s.time_to_listing.dates,
            review_eligible: history.map(|h| h.eligible),
            review_points: history.map(|h| h.points),
            reviews_in_window: history.map(|h| h.reviews_in_window),
            five_star_reviews_needed: history.map(|h| h.five_star_reviews_needed),
            readiness_score: s.readiness.score,
            blockers: s.readiness.blockers,
        }
    }
}

/// In a frame, posts the call-to-action message with the report summary at once (the
/// visitor pressed the host's button; the link then opens as usual).
pub fn post_cta(report: &Report) {
    if !in_frame() {
        return;
    }
    if let Some(msg) = summary_message(CTA_MESSAGE, report) {
        post_to_parent(&msg);
    }
}

/// A message of type `kind` with the report's `version` and `summary`: the engine's summary
/// with version 1's fields added to the same object. `None` if it cannot be converted.
fn summary_message(kind: &str, report: &Report) -> Option<JsValue> {
    let summary = to_js(&report.summary).ok()?;
    let v1 = to_js(&VersionOneFields::of(report)).ok()?;
    let (target, source): (js_sys::Object, js_sys::Object) =
        (summary.unchecked_into(), v1.unchecked_into());
    let summary = js_sys::Object::assign(&target, &source);
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&msg, &"version".into(), &report.summary.version.into());
    let _ = js_sys::Reflect::set(&msg, &"summary".into(), &summary);
    Some(msg.into())
}

/// In a frame, posts the report summary to the parent once results have been stable for
/// a short while (each call restarts the wait).
pub fn post_report_summary(report: &Report) {
    if !in_frame() {
        return;
    }
    let Some(msg) = summary_message(REPORT_MESSAGE, report) else {
        return;
    };
    let timeout = Timeout::new(REPORT_DEBOUNCE_MS, move || {
        post_to_parent(&msg);
    });
    PENDING_REPORT.with(|p| p.replace(Some(timeout)));
}

//! Opening an analysis file (the input JSON that "Save analysis file" downloads): through
//! "Open analysis file" (a file picker) or by dropping the file on the page. What it
//! replaces is kept in the restore list, as for a share link.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::replace::{replace_live, use_live, Live};
use crate::app::history::Origin;
use crate::app::keep::Cause;
use crate::app::store::{Action, NoticeKind, StoreContext};
use crate::app::{browser, exact, share};

/// Reads `file` as an analysis file and puts it in place of the live work; a file that is
/// too large or not an analysis file is refused with a notice and replaces nothing.
pub fn open_file(store: StoreContext, live: Live, file: web_sys::File) {
    open_file_or_paste(store, live, file, None);
}

/// As [`open_file`]; when `into` is a paste box and the file is not an analysis file (a
/// review export, a draft), its text goes into that box as a paste would (a tester, 7 Dec
/// 2026, dropped a review CSV on "Review history" and was told it was not an analysis
/// file).
fn open_file_or_paste(
    store: StoreContext,
    live: Live,
    file: web_sys::File,
    into: Option<web_sys::HtmlTextAreaElement>,
) {
    let name = file.name();
    let refuse = move |store: &StoreContext, why: &str| {
        store.dispatch(Action::Notify(
            NoticeKind::Error,
            format!("\u{201c}{name}\u{201d} could not be opened: {why}. Nothing on the page was replaced."),
        ));
    };
    if file.size() > share::MAX_INFLATED_BYTES as f64 {
        refuse(&store, "it is larger than an analysis file can be (32 MB)");
        return;
    }
    yew::platform::spawn_local(async move {
        let text = match browser::file_text(&file).await {
            Ok(text) => text,
            Err(why) => return refuse(&store, &why),
        };
        match (exact::parse(&text), into) {
            (Ok(input), _) => replace_live(&store, &live, input, Origin::File, Cause::File),
            (Err(_), Some(area)) => {
                // The box reads a script's input event as typing.
                area.set_value(&text);
                if let Ok(event) = web_sys::Event::new("input") {
                    let _ = area.dispatch_event(&event);
                }
            }
            (Err(e), None) => refuse(&store, &format!("it is not an analysis file ({e})")),
        }
    });
}

/// The first file a drag carries, if it carries files.
fn dragged_file(e: &web_sys::Event) -> Option<web_sys::File> {
    e.dyn_ref::<web_sys::DragEvent>()?
        .data_transfer()?
        .files()?
        .get(0)
}

/// The paste box (textarea) a drop landed in, if any.
fn dropped_on_box(e: &web_sys::Event) -> Option<web_sys::HtmlTextAreaElement> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    target.closest("textarea").ok()??.dyn_into().ok()
}

/// Whether a drag carries files (text dragged into a box is left to the box).
fn drags_files(e: &web_sys::Event) -> bool {
    e.dyn_ref::<web_sys::DragEvent>()
        .and_then(|d| d.data_transfer())
        .is_some_and(|t| t.types().includes(&"Files".into(), 0))
}

/// Opens an analysis file dropped anywhere on the page; another file dropped on a paste box
/// goes into that box.
#[hook]
pub fn use_file_drop(store: StoreContext) {
    let live = use_live(&store);
    use_effect_with((), move |_| {
        let window = browser::window();
        let over = window.as_ref().map(|w| {
            gloo::events::EventListener::new_with_options(
                w,
                "dragover",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                |e| {
                    if drags_files(e) {
                        // Accept the drop (the browser would otherwise open the file).
                        e.prevent_default();
                    }
                },
            )
        });
        let on_drop = window.as_ref().map(|w| {
            gloo::events::EventListener::new_with_options(
                w,
                "drop",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    if let Some(file) = dragged_file(e) {
                        e.prevent_default();
                        open_file_or_paste(store.clone(), live.clone(), file, dropped_on_box(e));
                    }
                },
            )
        });
        move || drop((over, on_drop))
    });
}

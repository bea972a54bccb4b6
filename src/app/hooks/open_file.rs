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
        let read = browser::file_text(&file).await.and_then(|text| {
            exact::parse(&text).map_err(|e| format!("it is not an analysis file ({e})"))
        });
        match read {
            Ok(input) => replace_live(&store, &live, input, Origin::File, Cause::File),
            Err(why) => refuse(&store, &why),
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

/// Whether a drag carries files (text dragged into a box is left to the box).
fn drags_files(e: &web_sys::Event) -> bool {
    e.dyn_ref::<web_sys::DragEvent>()
        .and_then(|d| d.data_transfer())
        .is_some_and(|t| t.types().includes(&"Files".into(), 0))
}

/// Opens an analysis file dropped anywhere on the page.
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
                        open_file(store.clone(), live.clone(), file);
                    }
                },
            )
        });
        move || drop((over, on_drop))
    });
}

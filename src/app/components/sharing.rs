//! Sharing from the toolbar: "Copy link", which says first when a link would be too long
//! for chat, mail and ticket tools and offers two honest choices instead (the analysis
//! file, or a short link without the reviews' text); "Save analysis file"; and "Open
//! analysis file". The sentences are in [`crate::app::link`] and [`crate::app::keep`].

use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::hooks::{live_now, open_file};
use crate::app::keep::{OPEN_FILE, SAVE_FILE};
use crate::app::link::{self, LinkKind};
use crate::app::store::{Action, NoticeKind, StoreContext};
use crate::app::{browser, exact, share};
use crate::engine::share::short_input;

/// The id of the read-only field that shows the last share link.
pub const SHARE_FIELD_ID: &str = "share-link";

/// The name of the downloaded analysis file.
pub const ANALYSIS_FILE: &str = "listing-analysis-inputs.json";

/// A link that was not copied because it is long, waiting for the user's choice.
#[derive(Debug, Clone, PartialEq)]
struct LongLink {
    url: String,
}

/// The sharing controls' own state, kept among the app's hooks.
pub struct SharingState {
    long: UseStateHandle<Option<LongLink>>,
    picker: NodeRef,
}

/// The sharing controls' state ([`SharingState`]).
#[hook]
pub fn use_sharing() -> SharingState {
    SharingState {
        long: use_state(|| None),
        picker: use_node_ref(),
    }
}

/// Shows `url` in the share field and copies it, then says what was copied (`kind`) or how
/// to copy it by hand; `extra` is added to the sentence.
fn copy(store: &StoreContext, url: String, kind: LinkKind, extra: String) {
    store.dispatch(Action::SetShareLink(Some(url.clone())));
    let store = store.clone();
    browser::copy_text(&url, move |copied| {
        if copied {
            let text = link::copied(kind, &browser::location_without_hash()) + &extra;
            store.dispatch(Action::Notify(NoticeKind::Success, text));
        } else {
            store.dispatch(Action::Notify(
                NoticeKind::Warning,
                format!(
                    "The link could not be copied automatically. It is selected in the \u{201c}Share link\u{201d} field: press Ctrl+C (or \u{2318}C) to copy it.{extra}{}",
                    link::local_note(&browser::location_without_hash())
                ),
            ));
            // Select once the field has rendered.
            Timeout::new(0, || browser::select_input(SHARE_FIELD_ID)).forget();
        }
    });
}

/// Said when the browser cannot make a link.
const NO_COMPRESSION: &str = "This browser cannot compress the inputs into a link (it lacks CompressionStream); use \u{201c}Save analysis file\u{201d} instead.";

/// The page's address with `fragment`.
fn url_with(fragment: &str) -> String {
    format!("{}#{fragment}", browser::location_without_hash())
}

/// "Save analysis file": downloads the input JSON, which "Open analysis file" (or a drop
/// on the page) and the command line read back.
fn save_file(store: &StoreContext) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |_: MouseEvent| {
        let json = exact::to_json(&store.input);
        match browser::download(ANALYSIS_FILE, "application/json", &json) {
            Ok(()) => store.dispatch(Action::Notify(
                NoticeKind::Success,
                format!("The analysis file \u{201c}{ANALYSIS_FILE}\u{201d} was offered for download. It holds all your inputs; open it again with \u{201c}{OPEN_FILE}\u{201d} or by dropping it on this page."),
            )),
            Err(why) => store.dispatch(Action::Notify(NoticeKind::Error, why)),
        }
    })
}

/// The toolbar's sharing buttons: "Copy link", "Save analysis file", "Open analysis file".
pub fn sharing_buttons(store: &StoreContext, state: &SharingState) -> Html {
    let copy_link = {
        let store = store.clone();
        let long = state.long.clone();
        Callback::from(move |_: MouseEvent| {
            let store = store.clone();
            let long = long.clone();
            yew::platform::spawn_local(async move {
                let Some(fragment) = share::encode(&store.input, LinkKind::Full).await else {
                    store.dispatch(Action::Notify(NoticeKind::Error, NO_COMPRESSION.to_owned()));
                    return;
                };
                let url = url_with(&fragment);
                if link::too_long(url.len()).is_some() {
                    long.set(Some(LongLink { url }));
                } else {
                    long.set(None);
                    copy(&store, url, LinkKind::Full, String::new());
                }
            });
        })
    };
    let pick = {
        let picker = state.picker.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = picker.cast::<HtmlInputElement>() {
                el.click();
            }
        })
    };
    let picked = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let el = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = el.files().and_then(|f| f.get(0)) {
                open_file(store.clone(), live_now(&store), file);
            }
            // The same file can be opened again.
            el.set_value("");
        })
    };
    html! {
        <>
            <button type="button" class="button" onclick={copy_link}>{ "Copy link" }</button>
            <button type="button" class="button" onclick={save_file(store)}>{ SAVE_FILE }</button>
            <button type="button" class="button" onclick={pick}>{ OPEN_FILE }</button>
            <input ref={state.picker.clone()} type="file" hidden=true accept=".json,application/json" onchange={picked} />
        </>
    }
}

/// What a long link needs before it is copied (the two choices, and the long link anyway),
/// then the last link made, in a field to copy by hand.
pub fn sharing_panels(store: &StoreContext, state: &SharingState) -> Html {
    let long_panel = state.long.as_ref().map(|long| {
        let chars = long.url.len();
        let close = {
            let long = state.long.clone();
            Callback::from(move |_: MouseEvent| long.set(None))
        };
        let short = {
            let store = store.clone();
            let long = state.long.clone();
            Callback::from(move |_: MouseEvent| {
                let store = store.clone();
                long.set(None);
                yew::platform::spawn_local(async move {
                    let short = short_input(&store.input, browser::today());
                    let Some(fragment) = share::encode(&short.input, LinkKind::Short).await else {
                        store.dispatch(Action::Notify(NoticeKind::Error, NO_COMPRESSION.to_owned()));
                        return;
                    };
                    let url = url_with(&fragment);
                    let extra = format!(
                        " It carries {} review rows and is {} characters long{}",
                        link::thousands(short.reviews),
                        link::thousands(url.len()),
                        if link::too_long(url.len()).is_some() {
                            "; that is still more than some tools keep, so the analysis file is the safer choice."
                        } else {
                            "."
                        }
                    );
                    copy(&store, url, LinkKind::Short, extra);
                });
            })
        };
        let anyway = {
            let store = store.clone();
            let url = long.url.clone();
            let long = state.long.clone();
            Callback::from(move |_: MouseEvent| {
                long.set(None);
                copy(&store, url.clone(), LinkKind::Full, String::new());
            })
        };
        let save = {
            let long = state.long.clone();
            let save = save_file(store);
            Callback::from(move |e: MouseEvent| {
                long.set(None);
                save.emit(e);
            })
        };
        let file_page = link::only_on_this_computer(&browser::location_without_hash());
        html! {
            <section class="share-panel long-link" aria-labelledby="long-link-title">
                <h2 id="long-link-title">{ "This link is too long to share safely" }</h2>
                <p>{ link::too_long(chars).unwrap_or_default() }</p>
                if file_page {
                    <p>{ link::file_page_warning() }</p>
                }
                <div class="inline">
                    <button type="button" class="button primary" onclick={save}>{ SAVE_FILE }</button>
                    <button type="button" class="button primary" onclick={short}>{ "Copy short link (no review text)" }</button>
                    <button type="button" class="button" onclick={anyway}>{ "Copy the long link anyway" }</button>
                    <button type="button" class="button" onclick={close}>{ "Cancel" }</button>
                </div>
            </section>
        }
    });
    html! {
        <>
            { for long_panel }
            if let Some(link) = store.share_link.clone() {
                <div class="share-panel">
                    <label for={SHARE_FIELD_ID}>{ "Share link" }</label>
                    <input id={SHARE_FIELD_ID} type="text" readonly=true value={link}
                        aria-describedby="share-help" />
                    <p id="share-help" class="help">{ "The link carries your inputs, compressed, after the # sign; browsers never send that part to a server." }</p>
                </div>
            }
        </>
    }
}

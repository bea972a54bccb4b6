//! The page header: product name and the toolbar (example, clear, share, export, theme).

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::confirm::{confirm_dialog, use_modal, ConfirmProps};
use super::previous_work::previous_work_view;
use super::sharing::{sharing_buttons, sharing_panels, use_sharing, SharingState};
use crate::app::config::Theme;
use crate::app::history::Origin;
use crate::app::hooks::replace_work;
use crate::app::keep::{Cause, PREVIOUS_WORK};
use crate::app::store::{Action, NoticeKind, StoreContext};
use crate::app::{browser, export, first_visit, sample};
use crate::engine::input::Input;
use crate::engine::report::Report;

/// What the page header shows: its settings, the report (for the downloads) and the store.
pub struct HeaderProps {
    /// Compact embed mode.
    pub embed: bool,
    /// Whether the embedder hid the toolbar (`hide=toolbar`).
    pub hide_toolbar: bool,
    /// The current report, for the downloads.
    pub report: Rc<Report>,
    /// The app's state, which the toolbar shows and changes.
    pub store: StoreContext,
}

/// The header's own state, kept among the app's hooks: whether "Clear all" is asking, and
/// its dialog. The header is a function of the app rather than a component type of its own
/// (issue 15): it re-rendered with every report anyway.
pub struct HeaderState {
    confirming: UseStateHandle<bool>,
    dialog: NodeRef,
    sharing: SharingState,
}

/// The header's state ([`HeaderState`]).
#[hook]
pub fn use_header() -> HeaderState {
    let confirming = use_state(|| false);
    let dialog = use_modal(*confirming);
    let sharing = use_sharing();
    HeaderState {
        confirming,
        dialog,
        sharing,
    }
}

/// "Load example": replaces the inputs with the example, keeping the work it replaces in
/// the restore list, and says so (the notice goes when the example is gone). Shared by the
/// header and the summary view.
pub fn load_example(store: &StoreContext) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |_: MouseEvent| {
        replace_work(&store, sample::input(), Origin::Example, Cause::Example);
        store.dispatch(Action::Notify(
            NoticeKind::Success,
            first_visit::EXAMPLE_NOTICE.to_owned(),
        ));
    })
}

/// The page header, with its `state` from [`use_header`].
pub fn header_view(props: &HeaderProps, state: &HeaderState) -> Html {
    let store = props.store.clone();
    let confirming = &state.confirming;
    let dialog = &state.dialog;

    let load_example = load_example(&store);
    let ask_clear = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let clear = {
        let store = store.clone();
        let confirming = confirming.clone();
        Callback::from(move |_: ()| {
            confirming.set(false);
            replace_work(&store, Input::default(), Origin::Typed, Cause::Clear);
        })
    };
    let cancel_clear = {
        let confirming = confirming.clone();
        Callback::from(move |_: ()| confirming.set(false))
    };
    let download = |kind: &'static str| {
        let store = store.clone();
        let report = Rc::clone(&props.report);
        Callback::from(move |_: MouseEvent| {
            let result = match kind {
                "md" => browser::download(
                    "listing-analysis.md",
                    "text/markdown;charset=utf-8",
                    &export::markdown(&report),
                ),
                _ => browser::download(
                    "listing-analysis.json",
                    "application/json",
                    &export::json(&report),
                ),
            };
            if let Err(why) = result {
                store.dispatch(Action::Notify(NoticeKind::Error, why));
            }
        })
    };
    let offline = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let result = crate::app::embed::offline_page_html()
                .ok_or_else(|| "The offline copy is not available in this page.".to_owned())
                .and_then(|page| {
                    browser::download("listing-analyzer.html", "text/html;charset=utf-8", &page)
                });
            if let Err(why) = result {
                store.dispatch(Action::Notify(NoticeKind::Error, why));
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = browser::window() {
            let _ = w.print();
        }
    });
    let set_theme = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(theme) = Theme::from_key(&value) {
                store.dispatch(Action::SetTheme(theme));
            }
        })
    };

    // Before anything is pasted the example is the one primary action (issue 14).
    let first_visit = first_visit::first_visit(&props.report);

    html! {
        <header class={classes!("site-header", props.embed.then_some("compact"))}>
            <div class="brand">
                <h1>{ "AppExchange Listing Analyzer" }</h1>
                if !props.embed {
                    <p class="tagline">{ "Paste your listing draft, review history and security-review timing. Everything stays in this browser." }</p>
                }
            </div>
            if !props.hide_toolbar {
                <div class="toolbar" role="group" aria-label="Actions">
                    <button type="button" class={classes!("button", first_visit.then_some("primary"))} onclick={load_example}>{ "Load example" }</button>
                    <button type="button" class="button" onclick={ask_clear}>{ "Clear all" }</button>
                    { sharing_buttons(&store, &state.sharing) }
                    <button type="button" class="button" onclick={download("md")}>{ "Download Markdown" }</button>
                    <button type="button" class="button" onclick={download("json")}>{ "Download JSON" }</button>
                    <button type="button" class="button" onclick={print}>{ "Print" }</button>
                    <button type="button" class="button" onclick={offline}>{ "Download for offline use" }</button>
                    <span class="theme-picker">
                        <label for="theme">{ "Theme" }</label>
                        <select id="theme" onchange={set_theme}>
                            { for Theme::ALL.into_iter().map(|t| html! {
                                <option value={t.key()} selected={store.theme == t}>{ t.label() }</option>
                            }) }
                        </select>
                    </span>
                </div>
            }
            if !props.hide_toolbar {
                { previous_work_view(&store) }
            }
            { sharing_panels(&store, &state.sharing) }
            { confirm_dialog(&ConfirmProps {
                title: "Clear everything?".into(),
                message: format!("This removes the three inputs, your choices and any changed rule figures from this page and from this browser's autosave. A copy is kept under \u{201c}{PREVIOUS_WORK}\u{201d}, from where one click restores it.").into(),
                confirm_label: "Clear everything".into(),
                on_confirm: clear,
                on_cancel: cancel_clear,
            }, dialog) }
        </header>
    }
}

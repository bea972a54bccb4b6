//! A confirmation dialog on the native `<dialog>` element: modal, focus kept inside, Escape
//! cancels, and focus returns to the button that opened it.

use wasm_bindgen::JsCast;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

/// What a [`confirm_dialog`] asks. The dialog is a plain function of its owner (the
/// header), with [`use_modal`] among the owner's hooks, rather than a component type of its
/// own (issue 15).
pub struct ConfirmProps {
    /// The dialog's heading.
    pub title: AttrValue,
    /// What will happen, as a sentence.
    pub message: AttrValue,
    /// The label of the confirming button.
    pub confirm_label: AttrValue,
    /// Called when the user confirms.
    pub on_confirm: Callback<()>,
    /// Called when the user cancels (button, Escape).
    pub on_cancel: Callback<()>,
}

/// The dialog element's reference, shown as a modal while `open` and closed otherwise.
#[hook]
pub fn use_modal(open: bool) -> NodeRef {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(open, move |open| {
            if let Some(el) = dialog.cast::<HtmlDialogElement>() {
                if *open && !el.open() {
                    // showModal fails only if the element is detached; then nothing shows
                    // and the user can press the button again. It focuses the first button,
                    // "Cancel": no `autofocus` attribute, which a browser refuses (with a
                    // console message on the host page) inside a cross-origin frame.
                    let _ = el.show_modal();
                } else if !*open && el.open() {
                    el.close();
                }
            }
        });
    }
    dialog
}

/// A modal yes/no question in the element `dialog` (from [`use_modal`]).
pub fn confirm_dialog(props: &ConfirmProps, dialog: &NodeRef) -> Html {
    let on_cancel_event = {
        let cb = props.on_cancel.clone();
        Callback::from(move |e: Event| {
            // Escape: keep the element and the state in step by closing through the state.
            e.prevent_default();
            cb.emit(());
        })
    };
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let confirm = props.on_confirm.reform(|_: MouseEvent| ());
    let on_close = {
        let cb = props.on_cancel.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: Event| {
            // A close that did not come from the state (for example a form method=dialog)
            // still resets it.
            let still_open = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlDialogElement>().ok())
                .or_else(|| dialog.cast::<HtmlDialogElement>())
                .map(|d| d.open())
                .unwrap_or(false);
            if !still_open {
                cb.emit(());
            }
        })
    };
    html! {
        <dialog ref={dialog.clone()} class="confirm" aria-labelledby="confirm-title"
            aria-describedby="confirm-message" oncancel={on_cancel_event} onclose={on_close}>
            <h2 id="confirm-title">{ props.title.clone() }</h2>
            <p id="confirm-message">{ props.message.clone() }</p>
            <div class="dialog-actions">
                <button type="button" class="button" onclick={cancel}>{ "Cancel" }</button>
                <button type="button" class="button danger" onclick={confirm}>{ props.confirm_label.clone() }</button>
            </div>
        </dialog>
    }
}

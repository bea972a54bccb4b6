//! One labelled paste box with its help text and what the engine understood of it.
//!
//! The textarea is uncontrolled: the page never writes the user's text back while they
//! type (that would copy megabytes on every keystroke). Its content is set only when the
//! store's `revision` changes, i.e. when the input is replaced by the example, a clear or
//! a shared link. A large box, or a paste, is read a moment after the change ([`READ_LATER_BYTES`]).

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::app::exact;
use crate::app::store::{Action, Dispatch};
use crate::engine::input::Input;
use crate::engine::report::Diagnostic;
use crate::engine::report::InputKind;
use crate::engine::Session;

/// A box that held more bytes than this, or that something was pasted or dropped into, is
/// read into the store in a task of its own, [`READ_LATER_MS`] after the change, instead
/// of in its `input` event: copying megabytes into the wasm then no longer delays the frame
/// that shows the keystroke or the paste (issue 25). A responsiveness limit of the page,
/// not a domain rule.
pub const READ_LATER_BYTES: usize = 256 * 1024;

/// How long a large box's read waits: about one frame, so that the browser shows the
/// keystroke first. Keystrokes typed meanwhile are read together.
pub const READ_LATER_MS: u32 = 20;

/// How many diagnostics are listed under a box before "and N more".
pub const SHOWN_DIAGNOSTICS: usize = 5;

/// Props of [`TextBox`].
#[derive(Properties)]
pub struct TextBoxProps {
    /// Which input this is.
    pub field: InputKind,
    /// The element id of the textarea.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// Short help on accepted formats.
    pub help: Html,
    /// Placeholder text.
    pub placeholder: AttrValue,
    /// The whole input; only read when `revision` changes.
    pub input: Rc<Input>,
    /// See the module documentation.
    pub revision: u32,
    /// "12 reviews read, 1 line skipped".
    pub summary: String,
    /// The first [`SHOWN_DIAGNOSTICS`] diagnostics for this input.
    pub diagnostics: Vec<Diagnostic>,
    /// How many diagnostics there are in all.
    pub diagnostics_total: usize,
    /// The text's length in bytes, when it is longer than what is analysed.
    pub truncated_bytes: Option<usize>,
    /// Whether this is prose: spell-checked and wrapped. Tables and logs are neither,
    /// which also keeps the browser's layout of a huge paste several times faster.
    #[prop_or(false)]
    pub prose: bool,
    /// The summary widget's box: its diagnostics are folded behind their count, so that
    /// the widget stays small (issue 22); each keeps its line number when opened.
    #[prop_or(false)]
    pub compact: bool,
    /// Where the box sends what is typed.
    pub dispatch: Dispatch,
}

impl PartialEq for TextBoxProps {
    /// Everything but the input itself, which is only read on a new revision.
    fn eq(&self, o: &Self) -> bool {
        self.field == o.field
            && self.id == o.id
            && self.label == o.label
            && self.revision == o.revision
            && self.summary == o.summary
            && self.diagnostics == o.diagnostics
            && self.diagnostics_total == o.diagnostics_total
            && self.truncated_bytes == o.truncated_bytes
            && self.compact == o.compact
            && self.dispatch == o.dispatch
    }
}

/// The folded diagnostics' label: "1 note by line" or "3 notes by line".
fn notes_label(total: usize) -> String {
    let s = if total == 1 { "" } else { "s" };
    format!("{total} note{s} by line")
}

fn megabytes(bytes: usize) -> String {
    format!(
        "{} MB",
        crate::engine::decimal::fixed(bytes as f64 / (1024.0 * 1024.0), 1)
    )
}

/// A labelled textarea with its "understood" line.
#[function_component]
pub fn TextBox(props: &TextBoxProps) -> Html {
    let store = props.dispatch.clone();
    let area = use_node_ref();
    {
        let area = area.clone();
        let input = Rc::clone(&props.input);
        let field = props.field;
        use_effect_with(props.revision, move |_| {
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                exact::set_value(&el, field, field.text(&input));
            }
        });
    }
    let pending = use_mut_ref(|| None::<Timeout>);
    let oninput = {
        let field = props.field;
        // Asking the box for its length would make the browser build its whole value.
        let was_large = field.text(&props.input).len() > READ_LATER_BYTES;
        Callback::from(move |e: InputEvent| {
            // Only a browser's own `InputEvent` has an `inputType`: a script's plain
            // `Event("input")` (a form filler, an extension, the host page) is read like
            // typing rather than failing on the missing property.
            let pasted = e.dyn_ref::<web_sys::InputEvent>().is_some_and(|e| {
                matches!(
                    e.input_type().as_str(),
                    "insertFromPaste" | "insertFromDrop"
                )
            });
            let el = e.target_unchecked_into::<HtmlTextAreaElement>();
            let large = was_large || pasted;
            let store = store.clone();
            let read = move || {
                let value = exact::read_box(&el, field);
                store.dispatch(Action::SetText(field, value));
            };
            // Replacing a pending read cancels it: the newer one reads the same box.
            if large {
                *pending.borrow_mut() = Some(Timeout::new(READ_LATER_MS, read));
            } else {
                *pending.borrow_mut() = None;
                read();
            }
        })
    };
    let help_id = format!("{}-help", props.id);
    let status_id = format!("{}-understood", props.id);
    let more = props
        .diagnostics_total
        .saturating_sub(props.diagnostics.len());
    let list = html! {
        <ul class="diagnostics">
            { for props.diagnostics.iter().map(|d| html! {
                <li>
                    if d.line > 0 { <span class="line">{ format!("Line {}: ", d.line) }</span> }
                    { d.message.clone() }
                </li>
            }) }
            if more > 0 {
                <li class="more">{ format!("…and {more} more.") }</li>
            }
        </ul>
    };
    html! {
        <div class="field text-field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <p class="help" id={help_id.clone()}>{ props.help.clone() }</p>
            <textarea ref={area} id={props.id.clone()} rows="8"
                spellcheck={if props.prose { "true" } else { "false" }}
                wrap={if props.prose { "soft" } else { "off" }}
                placeholder={props.placeholder.clone()}
                aria-describedby={format!("{help_id} {status_id}")}
                {oninput} />
            <div class="understood" id={status_id}>
                // In the widget an empty box's "nothing pasted yet" is for screen readers only
                // (the frame stays short); what was read always shows.
                <p class={classes!((props.compact && props.field.text(&props.input).trim().is_empty()).then_some("sr-only"))}>
                    { props.summary.clone() }
                </p>
                if let Some(bytes) = props.truncated_bytes {
                    <p class="limit-warning">{ format!(
                        "This box holds {}; only the first {} were analysed. The rest is kept here but not read.",
                        megabytes(bytes), megabytes(Session::DEFAULT_MAX_BYTES)
                    ) }</p>
                }
                if !props.diagnostics.is_empty() {
                    if props.compact {
                        <details class="diagnostics-fold">
                            <summary>{ notes_label(props.diagnostics_total) }</summary>
                            { list }
                        </details>
                    } else {
                        { list }
                    }
                }
            </div>
        </div>
    }
}

//! The user's exact text where a Rust `String` cannot hold it.
//!
//! A textarea holds UTF-16, which may contain lone surrogates (pasted from broken
//! sources). A Rust `String` cannot: crossing into wasm turns each into U+FFFD. The engine
//! may analyse that copy (it only sees an unreadable character), but the user's text must
//! not change, so this module remembers the exact text of a box whenever its Rust copy
//! differs from it, and puts it back wherever the text leaves or enters the page:
//!
//! * reading a box ([`read_value`]) remembers the exact text beside the Rust copy;
//! * saving and share links ([`to_json`]) write the exact text, as JSON's own `\udXXX`
//!   escapes, in place of the Rust copy;
//! * loading them ([`parse`]) reads those escapes back and remembers the exact text;
//! * filling a box ([`set_value`]) writes the exact text instead of the Rust copy.
//!
//! An exact text is only ever used for the Rust copy it was made with (compared in full),
//! so a remembered text can never replace different work. Text without lone surrogates,
//! nearly all text, takes none of these paths and costs no extra copy. Browsers without
//! `String.prototype.isWellFormed` (before 2023) keep the replaced characters.

use std::cell::RefCell;

use js_sys::{JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlTextAreaElement;

use super::json;
use super::saved::may_hold_surrogates;
use crate::engine::input::Input;
use crate::engine::report::InputKind;
use crate::engine::InputError;

/// How many exact texts are remembered at once: the current work, a share link being
/// opened and the previous work, for each box, with room to spare.
const REMEMBERED: usize = 9;

/// An exact text: the Rust copy it belongs to and the exact text as a JSON string literal.
struct Exact {
    field: InputKind,
    copy: String,
    literal: String,
    /// Read from the box as the user typed (not loaded): each keystroke replaces the
    /// previous typed text of its box, so typing into a huge text keeps one copy, not nine.
    typed: bool,
}

thread_local! {
    static EXACT: RefCell<Vec<Exact>> = const { RefCell::new(Vec::new()) };
}

/// The path of a box's text in the input JSON.
fn path(field: InputKind) -> &'static [&'static str] {
    match field {
        InputKind::Listing => &["listing"],
        InputKind::Reviews => &["reviews"],
        InputKind::SecurityReview => &["security_review", "log"],
        // Not a text box: it has no text of its own.
        InputKind::Settings => &[],
    }
}

/// Whether `s` is well-formed UTF-16; `true` where the browser cannot tell.
fn well_formed(s: &JsString) -> bool {
    let proto = js_sys::Object::get_prototype_of(s);
    if !Reflect::has(&proto, &JsValue::from_str("isWellFormed")).unwrap_or(false) {
        return true;
    }
    s.is_well_formed()
}

/// Remembers `literal` as the exact text of `field` whose Rust copy is `copy`.
fn remember(field: InputKind, copy: String, literal: String, typed: bool) {
    EXACT.with(|e| {
        let mut e = e.borrow_mut();
        e.retain(|x| !(x.field == field && (x.copy == copy || (typed && x.typed))));
        e.insert(
            0,
            Exact {
                field,
                copy,
                literal,
                typed,
            },
        );
        e.truncate(REMEMBERED);
    });
}

/// The exact text (as a JSON string literal) of `field` when its Rust copy is `copy`.
fn literal_for(field: InputKind, copy: &str) -> Option<String> {
    EXACT.with(|e| {
        e.borrow()
            .iter()
            .find(|x| x.field == field && x.copy == copy)
            .map(|x| x.literal.clone())
    })
}

/// The value at `path` inside `obj`, if every step is there.
fn get_path(obj: &JsValue, path: &[&str]) -> Option<JsValue> {
    path.iter().try_fold(obj.clone(), |at, key| {
        Reflect::get(&at, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    })
}

/// Sets the value at `path` inside `obj` (whose parents exist); `false` if it could not.
fn set_path(obj: &JsValue, path: &[&str], value: &JsValue) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    get_path(obj, parents)
        .is_some_and(|parent| Reflect::set(&parent, &JsValue::from_str(last), value).is_ok())
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's UTF-8 encoder.
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsString) -> js_sys::Uint8Array;
}

/// The Rust copy of `value` (each lone surrogate becomes U+FFFD), made by the browser's
/// encoder and one native copy into the wasm's memory. wasm-bindgen's own conversion
/// walks the text one character at a time in JavaScript, which for a 10 MB paste took
/// most of the paste's input handler (issue 25).
fn rust_copy(value: &JsString) -> String {
    let bytes = TextEncoder::new().encode(value).to_vec();
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// A box's value: its Rust copy, and its exact text as a JSON string literal when the
/// copy differs from it.
fn read_value(el: &HtmlTextAreaElement) -> (String, Option<String>) {
    let value: JsString = match Reflect::get(el, &JsValue::from_str("value")) {
        Ok(v) => v.unchecked_into(),
        Err(_) => return (el.value(), None),
    };
    let copy = rust_copy(&value);
    if well_formed(&value) {
        return (copy, None);
    }
    let literal = JSON::stringify(&value).ok().map(String::from);
    (copy, literal)
}

/// Reads box `field` and returns the Rust copy of its value, remembering the exact text.
pub fn read_box(el: &HtmlTextAreaElement, field: InputKind) -> String {
    let (copy, literal) = read_value(el);
    if let Some(literal) = literal {
        remember(field, copy.clone(), literal, true);
    }
    copy
}

/// Fills box `field` with `text`, or with the exact text `text` is the Rust copy of.
pub fn set_value(el: &HtmlTextAreaElement, field: InputKind, text: &str) {
    let exact = literal_for(field, text).and_then(|l| JSON::parse(&l).ok());
    match exact {
        Some(exact) => {
            let _ = Reflect::set(el, &JsValue::from_str("value"), &exact);
        }
        None => {
            if el.value() != text {
                el.set_value(text);
            }
        }
    }
}

/// The input JSON of `input`, with the exact text of each box whose Rust copy it holds.
pub fn to_json(input: &Input) -> String {
    // Plain data with string keys always converts; an empty text is the harmless fallback.
    let Ok(obj) = json::to_js(input) else {
        return String::new();
    };
    for field in InputKind::PASTED {
        if let Some(literal) = literal_for(field, field.text(input)) {
            if let Ok(text) = JSON::parse(&literal) {
                set_path(&obj, path(field), &text);
            }
        }
    }
    // The browser escapes each lone surrogate as `\udXXX`, so the result is well-formed.
    JSON::stringify(&obj)
        .ok()
        .map(String::from)
        .unwrap_or_default()
}

/// Reads input JSON written by [`to_json`] (or by anyone): where a box's text holds lone
/// surrogates, the input gets the Rust copy and the exact text is remembered.
pub fn parse(text: &str) -> Result<Input, InputError> {
    if !may_hold_surrogates(text) {
        return crate::engine::parse_input(text);
    }
    let Ok(obj) = JSON::parse(text) else {
        // Not JSON at all: the usual reader words the error.
        return crate::engine::parse_input(text);
    };
    let mut found = Vec::new();
    for field in InputKind::PASTED {
        let Some(value) = get_path(&obj, path(field)).and_then(|v| v.dyn_into::<JsString>().ok())
        else {
            continue;
        };
        if well_formed(&value) {
            continue;
        }
        let Some(literal) = JSON::stringify(&value).ok().map(String::from) else {
            continue;
        };
        set_path(&obj, path(field), &value.to_well_formed());
        found.push((field, literal));
    }
    let input = json::input_from_js(obj)?;
    for (field, literal) in found {
        remember(field, field.text(&input).to_owned(), literal, false);
    }
    Ok(input)
}

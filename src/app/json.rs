//! JSON in the browser without JSON text machinery in the wasm: values become JavaScript
//! values with `serde-wasm-bindgen`, and the browser's own `JSON` writes and reads the
//! text (exports, the JS API, autosave and share links). The native command line keeps
//! `serde_json`.
//!
//! The text has the same keys, key order and values as `serde_json` wrote; a whole
//! floating-point number is written as JavaScript writes it (`4`, not `4.0`), which every
//! JSON reader reads as the same number.

use serde::Serialize;
use wasm_bindgen::{JsCast as _, JsValue};

use crate::engine::input::Input;
use crate::engine::InputError;

/// Absent values as `null`, maps as plain objects and 64-bit integers as numbers: the
/// value `JSON.stringify` turns into the text `serde_json` would write.
const SERIALIZER: serde_wasm_bindgen::Serializer =
    serde_wasm_bindgen::Serializer::json_compatible();

/// `value` as a plain JavaScript object of its JSON shape; the error is a JavaScript
/// `Error` with the reason.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&SERIALIZER)
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

/// The browser's `JSON.stringify(value, null, indent)`, or an empty string when it
/// refuses (it cannot for the plain objects [`to_js`] makes).
fn stringify(value: &JsValue, indent: u32) -> String {
    let text = if indent == 0 {
        js_sys::JSON::stringify(value)
    } else {
        js_sys::JSON::stringify_with_replacer_and_space(value, &JsValue::NULL, &indent.into())
    };
    text.ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// `value` as compact JSON text; an empty string if it cannot be converted (plain data with
/// string keys always can).
pub fn to_json_string<T: Serialize + ?Sized>(value: &T) -> String {
    to_js(value).map_or_else(|_| String::new(), |v| stringify(&v, 0))
}

/// `value` as JSON text indented by two spaces (the report download).
pub fn to_json_pretty<T: Serialize + ?Sized>(value: &T) -> String {
    to_js(value).map_or_else(|_| String::new(), |v| stringify(&v, 2))
}

/// The one-line reason in a JavaScript exception (an `Error`'s message, else its text).
fn reason(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "not JSON".to_owned())
}

/// Reads input given as a JavaScript value of the documented input shape: its JSON text
/// (the browser's `JSON.stringify`) goes to [`crate::engine::parse_input`], the reader the
/// command line uses too, so both accept the same inputs with the same messages.
pub fn input_from_js(value: JsValue) -> Result<Input, InputError> {
    let text = js_sys::JSON::stringify(&value)
        .map_err(|e| InputError::Json(reason(&e)))?
        .as_string()
        // `undefined` and functions have no JSON text.
        .ok_or_else(|| InputError::Json("expected an object of the input's shape".to_owned()))?;
    crate::engine::parse_input(&text)
}

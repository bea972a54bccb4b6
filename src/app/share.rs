//! The share link: the input in the URL fragment, as `#i=` (the whole input) or `#s=`
//! (a short link, see [`super::link`]) followed by the base64url (no padding) of the
//! raw-deflated input JSON. Nothing is sent anywhere: a browser never sends the fragment
//! to a server. The browser's own `CompressionStream` and `DecompressionStream`
//! (`deflate-raw`) do the (de)compression, so both are asynchronous. Reading a fragment
//! back (however mail and chat tools changed it) is [`super::link::read_fragment`].

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ReadableStreamDefaultReader, ReadableStreamReadResult, ReadableWritablePair, Response,
};

use super::link::{read_fragment, LinkKind};
use crate::engine::input::Input;
use crate::engine::InputError;

/// The most bytes a shared input may inflate to; a larger one is refused rather than
/// letting a hostile link exhaust memory.
pub const MAX_INFLATED_BYTES: usize = 32 * 1024 * 1024;

/// Why a share fragment could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Not base64url.
    Encoding,
    /// Not deflate data, or larger than [`MAX_INFLATED_BYTES`].
    Compression,
    /// Not an input the engine reads.
    Input(InputError),
}

impl ShareError {
    /// A sentence for the notice shown to the user.
    pub fn message(&self) -> String {
        let why = match self {
            ShareError::Encoding => {
                "it is not a complete share link (it may have been cut off when copied)".to_owned()
            }
            ShareError::Compression => "its data is damaged or too large".to_owned(),
            ShareError::Input(e) => e.to_string(),
        };
        format!("This shared link could not be opened: {why}. Your saved work is shown instead.")
    }
}

/// The browsers' name for raw deflate (RFC 1951, no zlib or gzip wrapper).
const DEFLATE_RAW: &str = "deflate-raw";

// Bound by hand: web-sys only offers these behind `--cfg web_sys_unstable_apis`. Each is a
// `ReadableWritablePair` (it has `readable` and `writable`), which is all `pipeThrough` needs.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(extends = js_sys::Object)]
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(extends = js_sys::Object)]
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// The fragment (without `#`) of a link of `kind` that carries `input`, or `None` if the
/// browser cannot compress (it lacks `CompressionStream`).
pub async fn encode(input: &Input, kind: LinkKind) -> Option<String> {
    // Lone surrogates in the user's text travel as JSON escapes (see `super::exact`).
    let json = super::exact::to_json(input).into_bytes();
    let stream = CompressionStream::new(DEFLATE_RAW).ok()?;
    let packed = pipe(json, stream.unchecked_ref(), usize::MAX).await.ok()?;
    let mut out = String::with_capacity(kind.prefix().len() + packed.len() * 4 / 3 + 4);
    out.push_str(kind.prefix());
    URL_SAFE_NO_PAD.encode_string(&packed, &mut out);
    Some(out)
}

/// Sends `bytes` through the browser's (de)compression transform `pair` and collects what
/// comes out; more than `limit` bytes is an error (the rest is not read).
async fn pipe(
    mut bytes: Vec<u8>,
    pair: &ReadableWritablePair,
    limit: usize,
) -> Result<Vec<u8>, ()> {
    let body = Response::new_with_opt_u8_array(Some(&mut bytes))
        .map_err(|_| ())?
        .body()
        .ok_or(())?;
    let reader: ReadableStreamDefaultReader = body.pipe_through(pair).get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| ())?
            .unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            return Ok(out);
        }
        let data: js_sys::Uint8Array = chunk.get_value().dyn_into().map_err(|_| ())?;
        if out.len() + data.length() as usize > limit {
            let _ = reader.cancel();
            return Err(());
        }
        let at = out.len();
        out.resize(at + data.length() as usize, 0);
        data.copy_to(&mut out[at..]);
    }
}

/// Whether a fragment (with or without its `#`) is meant as a share link.
pub fn is_share_fragment(fragment: &str) -> bool {
    read_fragment(fragment).is_some()
}

/// Reads a fragment written by [`encode`], as [`read_fragment`] cleans it: the input and
/// the kind of link.
pub async fn decode(fragment: &str) -> Result<(Input, LinkKind), ShareError> {
    let (kind, data) = read_fragment(fragment).ok_or(ShareError::Encoding)?;
    let packed = URL_SAFE_NO_PAD
        .decode(data.as_bytes())
        .map_err(|_| ShareError::Encoding)?;
    let stream = DecompressionStream::new(DEFLATE_RAW).map_err(|_| ShareError::Compression)?;
    let json = pipe(packed, stream.unchecked_ref(), MAX_INFLATED_BYTES)
        .await
        .map_err(|_| ShareError::Compression)?;
    let text = std::str::from_utf8(&json).map_err(|_| ShareError::Compression)?;
    let input = super::exact::parse(text).map_err(ShareError::Input)?;
    Ok((input, kind))
}

//! The share link: the whole input in the URL fragment, as `#i=` followed by the
//! base64url (no padding) of the raw-deflated input JSON. Nothing is sent anywhere: a
//! browser never sends the fragment to a server.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use crate::engine::input::Input;
use crate::engine::{parse_input, InputError};

/// What starts a share fragment (after the `#`).
pub const PREFIX: &str = "i=";

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

/// The fragment (without `#`) that carries `input`.
pub fn encode(input: &Input) -> String {
    // Serialising plain data with string keys cannot fail; an empty object is the
    // harmless fallback.
    let json = serde_json::to_vec(input).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    let mut out = String::with_capacity(PREFIX.len() + packed.len() * 4 / 3 + 4);
    out.push_str(PREFIX);
    URL_SAFE_NO_PAD.encode_string(&packed, &mut out);
    out
}

/// Whether a fragment (with or without its `#`) is meant as a share link.
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(PREFIX)
}

/// Reads a fragment written by [`encode`] (a leading `#` is accepted).
pub fn decode(fragment: &str) -> Result<Input, ShareError> {
    let data = fragment.trim_start_matches('#');
    let data = data.strip_prefix(PREFIX).ok_or(ShareError::Encoding)?;
    // Some mail and chat apps add padding or line breaks; both are harmless to drop.
    let cleaned: String = data
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=')
        .collect();
    let packed = URL_SAFE_NO_PAD
        .decode(cleaned.as_bytes())
        .map_err(|_| ShareError::Encoding)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES)
        .map_err(|_| ShareError::Compression)?;
    let text = std::str::from_utf8(&json).map_err(|_| ShareError::Compression)?;
    parse_input(text).map_err(ShareError::Input)
}

//! Autosave in the browser's `localStorage`.
//!
//! This talks to `web_sys::Storage` directly rather than through `gloo::storage`, because
//! gloo throws when storage is unavailable (sandboxed iframes, some `file://` pages,
//! private modes) and here every failure must become a message, never a crash.

use super::config::Theme;
use crate::engine::input::Input;
use crate::engine::parse_input;

/// Where the input JSON is kept.
pub const INPUT_KEY: &str = "listing-analyzer.input";
/// Where an unreadable input is moved, so that it is not lost by the next save.
pub const UNREADABLE_KEY: &str = "listing-analyzer.input.unreadable";
/// Where the theme choice is kept.
pub const THEME_KEY: &str = "listing-analyzer.theme";

/// What was found in storage at start.
#[derive(Debug)]
pub enum Loaded {
    /// Nothing saved (or storage unavailable).
    Nothing,
    /// A saved input.
    Input(Input),
    /// Something was saved but cannot be read; the sentence says why.
    Unreadable(String),
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the autosaved input. An unreadable value is moved aside to [`UNREADABLE_KEY`].
pub fn load_input() -> Loaded {
    let Some(store) = storage() else {
        return Loaded::Nothing;
    };
    let Ok(Some(raw)) = store.get_item(INPUT_KEY) else {
        return Loaded::Nothing;
    };
    match parse_input(&raw) {
        Ok(input) => Loaded::Input(input),
        Err(e) => {
            let _ = store.set_item(UNREADABLE_KEY, &raw);
            let _ = store.remove_item(INPUT_KEY);
            Loaded::Unreadable(format!(
                "Your saved work from an earlier visit could not be read ({e}), so the analyzer starts empty. A copy was kept in this browser's storage under \u{201c}{UNREADABLE_KEY}\u{201d}."
            ))
        }
    }
}

/// Why a save failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// The browser offers no storage here.
    Unavailable,
    /// The browser refused the write, usually because the storage quota is full.
    Refused,
}

impl SaveError {
    /// A sentence for the notice shown to the user.
    pub fn message(self) -> &'static str {
        match self {
            SaveError::Unavailable => "This browser does not allow saving here, so your work will not survive a reload. Use \u{201c}Copy link\u{201d} to keep it.",
            SaveError::Refused => "Autosave failed: the inputs are larger than this browser's storage allows. Your text is still here, but it will not survive a reload; use \u{201c}Download JSON\u{201d} to keep it.",
        }
    }
}

/// Saves `input` as JSON.
pub fn save_input(input: &Input) -> Result<(), SaveError> {
    let store = storage().ok_or(SaveError::Unavailable)?;
    // Serialising plain data with string keys cannot fail.
    let json = serde_json::to_string(input).unwrap_or_default();
    store
        .set_item(INPUT_KEY, &json)
        .map_err(|_| SaveError::Refused)
}

/// Removes the autosaved input.
pub fn clear_input() {
    if let Some(store) = storage() {
        let _ = store.remove_item(INPUT_KEY);
    }
}

/// The saved theme choice, if any.
pub fn load_theme() -> Option<Theme> {
    let raw = storage()?.get_item(THEME_KEY).ok()??;
    Theme::from_key(&raw)
}

/// Saves the theme choice; a failure only means it is not remembered.
pub fn save_theme(theme: Theme) {
    if let Some(store) = storage() {
        let _ = store.set_item(THEME_KEY, theme.key());
    }
}

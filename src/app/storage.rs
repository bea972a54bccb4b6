//! Autosave in the browser's `localStorage`.
//!
//! This talks to `web_sys::Storage` directly rather than through `gloo::storage`, because
//! gloo throws when storage is unavailable (sandboxed iframes, some `file://` pages,
//! private modes) and here every failure must become a message, never a crash.
//!
//! The layout and the overwrite rule are in [`super::saved`]. On top of them:
//! * nothing is written after a panic ([`stop_writing`]): a page in an unknown state must
//!   not replace good saved work;
//! * while a decision is pending ([`Hold`]) autosave writes nothing either, so a newer
//!   save by another tab, or an unreadable value that could not be copied aside, is never
//!   overwritten before the user chose.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;

use super::config::Theme;
use super::exact;
use super::history::Origin;
pub use super::keep::SaveError;
use super::saved::{may_overwrite, next_stamp, utf16_len, Keys, Stamp};
use crate::engine::input::Input;
use crate::engine::report::InputKind;

/// Where the theme choice is kept.
pub const THEME_KEY: &str = "listing-analyzer.theme";

/// The most UTF-16 code units `localStorage` holds per origin in Chrome, Firefox and Safari
/// (5 MiB of characters). A browser limit, not a domain rule: an input larger than this is
/// refused before it is serialised and offered to the browser, which would spend a long
/// task copying it only to throw a quota error.
pub const STORAGE_QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// Set once the app panicked: from then on nothing is written.
static STOPPED: AtomicBool = AtomicBool::new(false);

/// Why autosave is paused until the user decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Another tab saved newer work; saving would overwrite it.
    Newer,
    /// The saved value is unreadable and there was no room to copy it aside, so it is
    /// still where autosave would write.
    Unreadable,
}

thread_local! {
    static TAB: String = tab_id();
    static BASE: Cell<u64> = const { Cell::new(0) };
    static HOLD: RefCell<Option<Hold>> = const { RefCell::new(None) };
    static KNOWN: Cell<Option<u64>> = const { Cell::new(None) };
}

/// A fingerprint of a stored value, to tell whether a save would change anything.
fn fingerprint(value: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

fn tab_id() -> String {
    let n = js_sys::Math::random() * 4_294_967_296.0;
    format!("{:x}-{:x}", js_sys::Date::now() as u64, n as u64)
}

fn tab() -> String {
    TAB.with(Clone::clone)
}

/// Stops every later write (called by the panic hook).
pub fn stop_writing() {
    STOPPED.store(true, Ordering::SeqCst);
}

/// Whether the app crashed, so that nothing may be written any more.
pub(crate) fn stopped() -> bool {
    STOPPED.load(Ordering::SeqCst)
}

/// The decision autosave is waiting for, if any.
pub fn hold() -> Option<Hold> {
    HOLD.with(|h| *h.borrow())
}

/// Pauses autosave (`Some`) or lets it resume (`None`).
pub fn set_hold(hold: Option<Hold>) {
    HOLD.with(|h| h.replace(hold));
}

/// The keys of this page: its own set when it runs inside a frame.
pub fn keys() -> Keys {
    Keys::framed(crate::app::embed::in_frame())
}

/// What was found in storage at start.
#[derive(Debug)]
pub enum Loaded {
    /// Nothing saved (or storage unavailable).
    Nothing,
    /// A saved input (boxed: an input is far larger than the other variants), and where it
    /// came from.
    Input(Box<Input>, Origin),
    /// Something was saved but cannot be read; the sentence says why and where it is.
    Unreadable(String),
}

/// The browser's storage for this page, when it offers one.
pub(crate) fn storage() -> Option<web_sys::Storage> {
    crate::app::browser::window()?
        .local_storage()
        .ok()
        .flatten()
}

/// The raw value stored under `key`.
pub fn raw(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// The stamp of the stored input.
pub fn stored_stamp() -> Option<Stamp> {
    Stamp::parse(&raw(keys().stamp)?)
}

/// Copies `value` under a new key of its own for unreadable values; the key on success.
fn keep_unreadable(store: &web_sys::Storage, keys: &Keys, value: &str) -> Option<String> {
    let now = js_sys::Date::now() as u64;
    let key = (0..100)
        .map(|attempt| keys.unreadable(now, attempt))
        .find(|k| matches!(store.get_item(k), Ok(None)))?;
    store.set_item(&key, value).ok()?;
    Some(key)
}

/// Reads the autosaved input and remembers its version. An unreadable value is copied
/// aside under a key of its own (then removed), or, when there is no room for the copy,
/// left in place with autosave on [`Hold::Unreadable`]; the sentence says which.
pub fn load_input() -> Loaded {
    let Some(store) = storage() else {
        return Loaded::Nothing;
    };
    let keys = keys();
    let Ok(Some(raw)) = store.get_item(keys.input) else {
        return Loaded::Nothing;
    };
    let base = Stamp::version_of(stored_stamp().as_ref());
    match exact::parse(&raw) {
        Ok(input) => {
            let origin = Origin::from_key(
                &store
                    .get_item(keys.origin)
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
            );
            BASE.with(|b| b.set(base));
            KNOWN.with(|k| k.set(Some(fingerprint(&format!("{}\n{raw}", origin.key())))));
            Loaded::Input(Box::new(input), origin)
        }
        Err(e) => {
            let start = format!(
                "Your saved work from an earlier visit could not be read ({e}), so the analyzer starts empty."
            );
            if stopped() {
                return Loaded::Unreadable(start);
            }
            match keep_unreadable(&store, &keys, &raw) {
                Some(key) => {
                    let _ = store.remove_item(keys.input);
                    let _ = store.remove_item(keys.stamp);
                    Loaded::Unreadable(format!(
                        "{start} A copy was kept in this browser's storage under \u{201c}{key}\u{201d}."
                    ))
                }
                None => {
                    BASE.with(|b| b.set(base));
                    set_hold(Some(Hold::Unreadable));
                    Loaded::Unreadable(format!(
                        "{start} There is no room in this browser's storage for a copy, so it was left where it is and autosave is paused to keep it. Download it to keep it, or discard it to let autosave resume."
                    ))
                }
            }
        }
    }
}

/// The kind of error a refused `setItem` threw.
pub(crate) fn refusal(err: &wasm_bindgen::JsValue) -> SaveError {
    match err.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
        Some(name) if name == "SecurityError" => SaveError::Blocked,
        _ => SaveError::Full,
    }
}

/// Whether the texts of `input` alone hold more UTF-16 code units than storage takes
/// ([`STORAGE_QUOTA_UNITS`]). A UTF-8 text never has more code units than bytes, so the
/// count is only made for texts whose bytes already exceed the quota.
pub(crate) fn over_quota(input: &Input) -> bool {
    let texts = InputKind::PASTED.map(|f| f.text(input));
    let bytes = texts.iter().map(|t| t.len()).fold(0, usize::saturating_add);
    bytes > STORAGE_QUOTA_UNITS
        && texts
            .iter()
            .map(|t| utf16_len(t))
            .fold(0, usize::saturating_add)
            > STORAGE_QUOTA_UNITS
}

/// Writes `input` as the current version and stamps it for this tab, without checking
/// what is stored (the caller decided). Unless `force`, a value equal to what this tab
/// last loaded or saved is not written again, so other tabs hear of no change that is none.
fn write(
    store: &web_sys::Storage,
    keys: &Keys,
    (input, origin): (&Input, Origin),
    force: bool,
) -> Result<(), SaveError> {
    if over_quota(input) {
        return Err(SaveError::Full);
    }
    let json = exact::to_json(input);
    let print = fingerprint(&format!("{}\n{json}", origin.key()));
    if !force && KNOWN.with(Cell::get) == Some(print) {
        return Ok(());
    }
    let stamp = next_stamp(stored_stamp().as_ref(), BASE.with(Cell::get), &tab());
    store.set_item(keys.input, &json).map_err(|e| refusal(&e))?;
    let _ = store.set_item(keys.origin, origin.key());
    let _ = store.set_item(keys.stamp, &stamp.to_string());
    BASE.with(|b| b.set(stamp.version));
    KNOWN.with(|k| k.set(Some(print)));
    Ok(())
}

/// Whether another tab saved newer work since this tab last loaded or saved, so that this
/// tab's next save needs the user's choice.
pub fn save_needs_choice() -> bool {
    !may_overwrite(stored_stamp().as_ref(), BASE.with(Cell::get), &tab())
}

/// Saves `input` (which came from `origin`), unless the app crashed, autosave is on hold,
/// or another tab saved newer work since this tab last loaded or saved (then
/// [`SaveError::Newer`], and autosave holds until the user decides).
pub fn save_input(input: &Input, origin: Origin) -> Result<(), SaveError> {
    if stopped() || hold().is_some() {
        return Err(SaveError::Paused);
    }
    let store = storage().ok_or(SaveError::Unavailable)?;
    let keys = keys();
    if save_needs_choice() {
        set_hold(Some(Hold::Newer));
        return Err(SaveError::Newer);
    }
    write(&store, &keys, (input, origin), false)
}

/// Saves `input` even over newer work (the user chose to keep this tab's version) and
/// lets autosave resume.
pub fn save_over(input: &Input, origin: Origin) -> Result<(), SaveError> {
    set_hold(None);
    if stopped() {
        return Err(SaveError::Paused);
    }
    let store = storage().ok_or(SaveError::Unavailable)?;
    write(&store, &keys(), (input, origin), true)
}

/// Removes the autosaved input (and lets autosave resume).
pub fn clear_input() {
    set_hold(None);
    if stopped() {
        return;
    }
    if let Some(store) = storage() {
        let keys = keys();
        let _ = store.remove_item(keys.input);
        let _ = store.remove_item(keys.origin);
        KNOWN.with(|k| k.set(None));
    }
}

/// The saved theme choice, if any.
pub fn load_theme() -> Option<Theme> {
    let raw = storage()?.get_item(THEME_KEY).ok()??;
    Theme::from_key(&raw)
}

/// Saves the theme choice; a failure only means it is not remembered.
pub fn save_theme(theme: Theme) {
    if stopped() {
        return;
    }
    if let Some(store) = storage() {
        let _ = store.set_item(THEME_KEY, theme.key());
    }
}

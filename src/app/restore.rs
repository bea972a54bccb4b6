//! The restore list in the browser's storage: the index ([`History`]) under
//! [`super::saved::Keys::history`], and each kept input as input JSON under a key of its
//! own ([`super::saved::Keys::history_entry`]). The rules (what is kept, what is pushed
//! out) are in [`super::history`], tested natively.

use super::exact;
use super::history::{describe, Entry, History, Origin};
use super::keep::{Cause, SaveError};
use super::saved::Keys;
use super::storage::{keys, over_quota, refusal, stopped, storage};
use crate::engine::input::Input;

/// Writes the index; an empty list removes it.
fn write_index(store: &web_sys::Storage, keys: &Keys, history: &History) -> Result<(), SaveError> {
    if history.entries.is_empty() {
        let _ = store.remove_item(keys.history);
        return Ok(());
    }
    store
        .set_item(keys.history, &history.to_text())
        .map_err(|e| refusal(&e))
}

/// A new entry id, from the clock, whose key is free.
fn new_id(store: &web_sys::Storage, keys: &Keys) -> String {
    let now = js_sys::Date::now() as u64;
    (0..1000)
        .map(|n| {
            if n == 0 {
                now.to_string()
            } else {
                format!("{now}-{n}")
            }
        })
        .find(|id| matches!(store.get_item(&keys.history_entry(id)), Ok(None)))
        .unwrap_or_else(|| format!("{now}-x"))
}

/// The restore list, newest first. Work kept in the older single "previous" slot is
/// moved into the list the first time it is read.
pub fn load() -> History {
    let Some(store) = storage() else {
        return History::default();
    };
    let keys = keys();
    let mut history = History::parse(
        &store
            .get_item(keys.history)
            .ok()
            .flatten()
            .unwrap_or_default(),
    );
    if stopped() {
        return history;
    }
    if let Some(previous) = store.get_item(keys.previous).ok().flatten() {
        if let Ok(input) = exact::parse(&previous) {
            let id = new_id(&store, &keys);
            if store.set_item(&keys.history_entry(&id), &previous).is_ok() {
                history.add(Entry {
                    id,
                    when_ms: js_sys::Date::now() as u64,
                    cause: Cause::Link,
                    origin: Origin::Typed,
                    what: describe(&input),
                });
                if write_index(&store, &keys, &history).is_ok() {
                    let _ = store.remove_item(keys.previous);
                }
            }
        }
    }
    history
}

/// Keeps `current` (which came from `origin`) as the newest entry, because `cause` is
/// about to replace it. `Ok(false)` when there is nothing worth keeping: empty work, the
/// unedited example, or the same state as the newest entry. When storage is full, the
/// oldest entries that arrived through links make room first; the user's older own work
/// makes room only for the user's newer own work.
pub fn keep(current: &Input, origin: Origin, cause: Cause) -> Result<bool, SaveError> {
    if stopped() {
        return Err(SaveError::Paused);
    }
    if origin == Origin::Example || *current == Input::default() {
        return Ok(false);
    }
    let store = storage().ok_or(SaveError::Unavailable)?;
    if over_quota(current) {
        return Err(SaveError::Full);
    }
    let keys = keys();
    let mut history = load();
    let json = exact::to_json(current);
    if let Some(newest) = history.entries.first() {
        if store
            .get_item(&keys.history_entry(&newest.id))
            .ok()
            .flatten()
            .as_deref()
            == Some(json.as_str())
        {
            return Ok(true);
        }
    }
    let id = new_id(&store, &keys);
    let key = keys.history_entry(&id);
    while let Err(e) = store.set_item(&key, &json) {
        let why = refusal(&e);
        let room = match why {
            SaveError::Full => history.drop_oldest_link().or_else(|| {
                (!origin.from_link())
                    .then(|| history.entries.pop())
                    .flatten()
            }),
            _ => None,
        };
        match room {
            Some(old) => {
                let _ = store.remove_item(&keys.history_entry(&old.id));
                let _ = write_index(&store, &keys, &history);
            }
            None => return Err(why),
        }
    }
    let evicted = history.add(Entry {
        id,
        when_ms: js_sys::Date::now() as u64,
        cause,
        origin,
        what: describe(current),
    });
    for old in evicted {
        let _ = store.remove_item(&keys.history_entry(&old.id));
    }
    if let Err(e) = write_index(&store, &keys, &history) {
        let _ = store.remove_item(&key);
        return Err(e);
    }
    Ok(true)
}

/// The input kept as entry `id`, and where it came from; `None` when it is gone or
/// unreadable.
pub fn read(id: &str) -> Option<(Input, Origin)> {
    let store = storage()?;
    let keys = keys();
    let entry = load().entries.into_iter().find(|e| e.id == id)?;
    let raw = store.get_item(&keys.history_entry(id)).ok().flatten()?;
    Some((exact::parse(&raw).ok()?, entry.origin))
}

/// Removes entry `id` from the list and from storage (it was restored).
pub fn forget(id: &str) {
    if stopped() {
        return;
    }
    let Some(store) = storage() else {
        return;
    };
    let keys = keys();
    let mut history = load();
    if history.remove(id).is_some() {
        let _ = store.remove_item(&keys.history_entry(id));
        let _ = write_index(&store, &keys, &history);
    }
}

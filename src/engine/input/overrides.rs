//! The user's changes to rule figures, keyed by rule id.
//!
//! A sorted list rather than a `BTreeMap`: the wasm build would otherwise carry the map's
//! generic code (insertion, rebalancing, removal, cloning; about 6 KB) for a handful of
//! entries. The list keeps a map's behaviour where it shows: keys in ascending order, one
//! value per key (a later insert replaces), and the same JSON (an object in key order).

use std::collections::BTreeMap;

use serde::ser::{Serialize, SerializeMap, Serializer};

/// Rule figures set by the user, keyed by [`crate::engine::rules::RuleDef::id`], in
/// ascending key order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overrides(Vec<(String, f64)>);

/// One entry as [`Overrides`] iterates it, in the shape a `BTreeMap` iterates.
type Entry<'a> = (&'a String, &'a f64);

/// The iterator of [`Overrides::iter`].
pub type Iter<'a> =
    std::iter::Map<std::slice::Iter<'a, (String, f64)>, fn(&'a (String, f64)) -> Entry<'a>>;

/// Borrows an entry in the shape a `BTreeMap` iterates.
fn entry(e: &(String, f64)) -> Entry<'_> {
    (&e.0, &e.1)
}

impl Overrides {
    /// No override.
    pub fn new() -> Self {
        Self::default()
    }

    /// Where `key` is (`Ok`) or would go (`Err`) in key order.
    fn position(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// Sets `key` to `value`, returning the value it replaced.
    pub fn insert(&mut self, key: String, value: f64) -> Option<f64> {
        match self.position(&key) {
            Ok(at) => self
                .0
                .get_mut(at)
                .map(|e| std::mem::replace(&mut e.1, value)),
            Err(at) => {
                if at <= self.0.len() {
                    self.0.insert(at, (key, value));
                }
                None
            }
        }
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<f64> {
        let at = self.position(key).ok().filter(|&at| at < self.0.len())?;
        Some(self.0.remove(at).1)
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<f64> {
        self.position(key)
            .ok()
            .and_then(|at| self.0.get(at))
            .map(|e| e.1)
    }

    /// Removes every override.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Whether there is no override.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many overrides there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The overrides in ascending key order.
    pub fn iter(&self) -> Iter<'_> {
        self.0.iter().map(entry)
    }
}

impl<'a> IntoIterator for &'a Overrides {
    type Item = Entry<'a>;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl FromIterator<(String, f64)> for Overrides {
    /// Collects entries as a `BTreeMap` does: a later value for a key replaces an earlier.
    fn from_iter<I: IntoIterator<Item = (String, f64)>>(iter: I) -> Self {
        let mut out = Self::new();
        for (key, value) in iter {
            out.insert(key, value);
        }
        out
    }
}

impl From<BTreeMap<String, f64>> for Overrides {
    fn from(map: BTreeMap<String, f64>) -> Self {
        // A map iterates in ascending key order with unique keys: already the list's order.
        Self(map.into_iter().collect())
    }
}

impl PartialEq<BTreeMap<String, f64>> for Overrides {
    fn eq(&self, other: &BTreeMap<String, f64>) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Serialize for Overrides {
    /// An object in ascending key order, as a `BTreeMap` is written.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (key, value) in self {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests;

//! Applies and remembers the colour theme.

use yew::prelude::*;

use crate::app::browser;
use crate::app::config::Theme;
use crate::app::storage;

/// Puts `theme` on `<html data-theme>` whenever it changes, and remembers the choice.
#[hook]
pub fn use_theme(theme: Theme) {
    let first = use_mut_ref(|| true);
    use_effect_with(theme, move |theme| {
        browser::apply_theme((*theme != Theme::Auto).then(|| theme.key()));
        // The first run only applies the start-up theme (which may come from the URL);
        // only a choice the user makes later is remembered.
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            storage::save_theme(*theme);
        }
    });
}

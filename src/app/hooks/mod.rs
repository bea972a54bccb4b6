//! Hooks that connect the store to the engine and the browser: the memoised analysis,
//! autosave, theme, share-link restore, debouncing and the example notice's lifetime.

mod notice_actions;
mod open_file;
mod replace;
mod use_autosave;
mod use_debounced;
mod use_example_notice;
mod use_hash_link;
mod use_report;
mod use_theme;

pub use notice_actions::run_notice_action;
pub use open_file::{open_file, use_file_drop};
pub use replace::{live_now, replace_work, restore_entry};
pub use use_autosave::use_autosave;
pub use use_debounced::use_debounced;
pub use use_example_notice::use_example_notice;
pub use use_hash_link::{initial_store, use_hash_link};
pub use use_report::use_report;
pub use use_theme::use_theme;

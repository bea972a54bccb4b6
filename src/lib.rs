//! AppExchange listing analyzer.
//!
//! The crate has two halves:
//!
//! * [`engine`] is plain Rust with no browser dependency, no I/O and no panics. It turns
//!   the three pasted inputs into a [`engine::report::Report`] and is tested natively.
//! * `app` (only on `wasm32`) is the Yew shell: it turns user input into an
//!   [`engine::input::Input`], calls the engine and renders the report. It holds no
//!   domain logic.

pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod app;

#[cfg(target_arch = "wasm32")]
pub mod embed;

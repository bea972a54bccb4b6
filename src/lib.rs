//! AppExchange listing analyzer.
//!
//! The crate has two halves:
//!
//! * [`engine`] is plain Rust with no browser dependency, no I/O and no panics. It turns
//!   the three pasted inputs into a [`engine::report::Report`] and is tested natively.
//! * [`app`] is the Yew shell: it turns user input into an [`engine::input::Input`],
//!   calls the engine and renders the report. It holds no domain logic. Its view-model
//!   (formatting, exports, chart geometry, URL settings, the saved-work envelope) compiles
//!   natively too; the parts that touch the browser only on `wasm32`.

pub mod app;
pub mod engine;

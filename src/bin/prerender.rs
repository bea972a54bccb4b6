//! Build-time prerender: prints the app's first render for a first-time visitor (empty
//! inputs, no autosave, no share link, default settings) as HTML, rendered natively with
//! Yew's server-side renderer. `scripts/build.sh` writes it to `dist/prerender.html` and
//! `scripts/inline.mjs` puts it inside `<div id="app">`, so that the browser paints the
//! page before the wasm has been compiled; the app replaces it when it starts.
//!
//! Usage: `cargo run --release --features prerender --bin prerender > dist/prerender.html`

use std::io::Write as _;
use std::process::ExitCode;

use listing_analyzer::app::components::app::{App, AppProps};
use listing_analyzer::app::config::AppConfig;

fn main() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("prerender: no async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    let renderer = yew::ServerRenderer::<App>::with_props(|| AppProps {
        config: AppConfig::default(),
        shared: None,
    })
    .hydratable(false);
    let html = runtime.block_on(renderer.render());
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(html.as_bytes()).and_then(|()| out.flush()) {
        eprintln!("prerender: cannot write the page: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

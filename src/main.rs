//! Entry point of the web app. Trunk builds this binary for `wasm32-unknown-unknown`.

#[cfg(target_arch = "wasm32")]
fn main() {
    listing_analyzer::app::embed::capture_page();
    listing_analyzer::app::start();
    listing_analyzer::app::embed::install_js_api();
    listing_analyzer::app::embed::start_height_reporting();
}

/// Natively the web app has nothing to do; the command line lives in `src/bin/analyze.rs`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("listing-analyzer: the web app only runs in a browser; see README.md (or use `--bin analyze`).");
}

//! Entry point of the web app. Trunk builds this binary for `wasm32-unknown-unknown`.

#[cfg(target_arch = "wasm32")]
fn main() {
    listing_analyzer::app::embed::capture_page();
    listing_analyzer::app::start();
    listing_analyzer::app::embed::install_js_api();
    // The frame's height is reported once the app's first render is in the page (App's
    // first effect): before, the hidden prerender of the full page gave the host page a
    // height of thousands of pixels for a moment.
}

/// Natively the web app has nothing to do; the command line lives in `src/bin/analyze.rs`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("listing-analyzer: the web app only runs in a browser; see README.md (or use `--bin analyze`).");
}

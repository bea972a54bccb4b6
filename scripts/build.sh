#!/usr/bin/env bash
# Builds the release app into dist/: the first render prerendered natively (Yew's ssr,
# `--bin prerender`), Trunk (cargo + wasm-bindgen + wasm-opt -Oz), then scripts/inline.mjs
# makes dist/index.html self-contained, with the prerender inside <div id="app"> and the
# page's LZMA decoder (scripts/unlzma, a small wasm module of its own).
# With ALLOWED_PARENTS="https://www.example.com ..." it then names those sites as allowed to
# embed the app (scripts/allow-parent.sh), so a rebuilt copy keeps them.
# Assumes scripts/bootstrap.sh ran.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH"
mkdir -p target
# Native, with the ordinary toolchain (before wasm-env.sh switches to the wasm one); the
# dev profile: the renderer runs once, in well under a second.
cargo run --quiet --locked --features prerender --bin prerender >target/prerender.html 2>target/prerender.log \
  || { cat target/prerender.log; exit 1; }
# shellcheck source=scripts/wasm-env.sh
source scripts/wasm-env.sh
trunk build --release --offline >target/trunk-build.log 2>&1 || { cat target/trunk-build.log; exit 1; }
# The page's LZMA decoder (scripts/unlzma), a wasm module of its own: after the app, whose
# std build it reuses (same workspace, profile and target folder).
"${CARGO:-cargo}" build --quiet --locked --release --offline --target wasm32-unknown-unknown -p unlzma
# (wasm-opt reads the features the module uses from its target_features section, then
# strips that section.)
wasm-opt -O3 --strip-debug --strip-producers --strip-target-features \
  "${CARGO_TARGET_DIR:-$PWD/target}/wasm32-unknown-unknown/release/unlzma.wasm" -o target/unlzma.wasm
node scripts/inline.mjs dist target/prerender.html
# Which toolchain route built the page: its size budget belongs to one route (scripts/size.mjs).
echo "$LA_WASM_ROUTE" >dist/.la-wasm-route
if [[ -n "${ALLOWED_PARENTS:-}" ]]; then
  # shellcheck disable=SC2086 # one origin per word
  scripts/allow-parent.sh ${ALLOWED_PARENTS}
fi

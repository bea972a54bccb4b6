#!/usr/bin/env bash
# Builds the release app into dist/: Trunk (cargo + wasm-bindgen + wasm-opt -Oz), then
# scripts/inline.mjs makes dist/index.html self-contained. Assumes scripts/bootstrap.sh ran.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# shellcheck source=scripts/wasm-env.sh
source scripts/wasm-env.sh
mkdir -p target
trunk build --release --offline >target/trunk-build.log 2>&1 || { cat target/trunk-build.log; exit 1; }
node scripts/inline.mjs dist

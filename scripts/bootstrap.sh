#!/usr/bin/env bash
# Installs what building and testing the app needs, skipping whatever is already present.
#
# Safe to run again and again. Downloads only from package registries (Debian, crates.io,
# npm); nothing fetches prebuilt binaries from elsewhere. Used by scripts/serve.sh and
# scripts/test.sh; run it alone with `scripts/bootstrap.sh [--with-browser]`.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
with_browser=0
[ "${1:-}" = "--with-browser" ] && with_browser=1

say() { printf '[bootstrap] %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# --- cargo-installed tools --------------------------------------------------------
# Both tools are compiled from crates.io. Their own release profiles ask for fat LTO and one
# codegen unit, which costs most of the install time on a two-core machine and buys speed
# these tools do not need here, so the profile is overridden for the install only. The two
# installs run side by side: each spends long stretches on one core (linking, big crates).
tool_profile=(CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
              CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=0)
cargo_tool_install() { # <toolchain or ""> <cargo install args...>
  local tc=$1; shift
  (cd /tmp && env -u RUSTC -u CARGO -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD -u CARGO_TARGET_DIR \
     -u RUSTFLAGS "${tool_profile[@]}" PATH="$HOME/.cargo/bin:$PATH" cargo $tc install --quiet "$@")
}
pids=()
trap '[ ${#pids[@]} -eq 0 ] || kill "${pids[@]}" 2>/dev/null || true' EXIT
# Trunk 0.22 needs rustc >= 1.96.1; rustup's nightly has it where stable does not.
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  tc=""
  if command -v rustup >/dev/null 2>&1 && rustup run nightly rustc --version >/dev/null 2>&1; then tc="+nightly"; fi
  say "installing trunk $TRUNK_VERSION (cargo $tc install; several minutes)"
  cargo_tool_install "$tc" trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls &
  pids+=($!)
fi

wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg_version\$"; then
  say "installing wasm-bindgen-cli $wbg_version (matches Cargo.lock; several minutes)"
  # Without --locked: the registry index can lag an entry of the CLI's own lock file.
  cargo_tool_install "" wasm-bindgen-cli --version "$wbg_version" &
  pids+=($!)
fi
# --- Debian packages -------------------------------------------------------------
apt_missing=()
need_deb() { dpkg -s "$1" >/dev/null 2>&1 || apt_missing+=("$1"); }

# shellcheck source=scripts/wasm-env.sh
source scripts/wasm-env.sh
if [ "$LA_WASM_ROUTE" = "debian" ]; then
  for p in rustc-web cargo-web rust-web-src lld-22; do need_deb "$p"; done
fi
if [ "$with_browser" = 1 ]; then
  for p in chromium chromium-driver; do need_deb "$p"; done
fi
# XZ Utils packs the page's wasm (scripts/inline.mjs; where it is missing, a slower
# JavaScript packer is used instead).
command -v xz >/dev/null 2>&1 || need_deb xz-utils
command -v node >/dev/null 2>&1 || need_deb nodejs
command -v npm >/dev/null 2>&1 || need_deb npm
if [ "${#apt_missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    say "installing Debian packages: ${apt_missing[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
  elif [ "$LA_WASM_ROUTE" = "debian" ]; then
    say "no wasm32 standard library and no apt-get; trying rustup (needs internet)"
    timeout 300 rustup target add wasm32-unknown-unknown
    LA_WASM_ROUTE=""; source scripts/wasm-env.sh
  else
    say "missing ${apt_missing[*]}: install them with your package manager"; exit 1
  fi
fi
say "wasm toolchain route: $LA_WASM_ROUTE ($(rustc --version))"

if ! grep -q "wasm_bindgen = \"$wbg_version\"" Trunk.toml; then
  say "Trunk.toml [tools] wasm_bindgen must be $wbg_version (Cargo.lock)"; exit 1
fi

# --- npm tools: wasm-opt (binaryen), LZMA, esbuild, playwright-core, axe-core ----------
stamp=scripts/node_modules/.installed-from-lock
if [ ! -f "$stamp" ] || ! cmp -s scripts/package-lock.json "$stamp"; then
  say "installing npm tools (binaryen, lzma, esbuild, playwright-core, axe-core)"
  npm ci --prefix scripts --no-audit --no-fund --loglevel=error
  cp scripts/package-lock.json "$stamp"
fi
# The cargo installs started above ran meanwhile; the npm step only waits on the network.
for pid in "${pids[@]}"; do wait "$pid" || { say "a cargo install failed"; exit 1; }; done
say "ready: $(trunk --version), $(wasm-bindgen --version), $(scripts/node_modules/.bin/wasm-opt --version)"

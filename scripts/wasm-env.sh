# Sourced by the build scripts: puts a wasm32-capable Rust toolchain first on PATH.
#
# Two routes, chosen by what the machine has:
# * rustup with the wasm32-unknown-unknown standard library installed (an ordinary
#   developer machine with internet): nothing to change.
# * otherwise Debian's rustc-web/cargo-web 1.96 with rust-web-src, building std from source
#   (-Zbuild-std) and linking with wasm-ld (see ../shared/TOOLCHAIN.md).
# Sets LA_WASM_ROUTE to "rustup" or "debian".

la_have_rustup_wasm() {
  command -v rustc >/dev/null 2>&1 || return 1
  local libdir
  libdir=$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null) || return 1
  ls "$libdir"/libstd-*.rlib >/dev/null 2>&1
}

if [ "${LA_WASM_ROUTE:-}" = "" ]; then
  if la_have_rustup_wasm; then
    LA_WASM_ROUTE=rustup
  else
    LA_WASM_ROUTE=debian
  fi
fi
export LA_WASM_ROUTE

if [ "$LA_WASM_ROUTE" = "debian" ]; then
  export PATH="/usr/bin:$PATH"
  export RUSTC=/usr/bin/rustc
  export CARGO=/usr/bin/cargo
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # Size-optimised std algorithms (e.g. a small stable sort instead of driftsort); only
  # possible when std is built from source, so the rustup route goes without it.
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22
  # No file/line/column strings in panic locations and no Debug formatting machinery: the
  # app prints no Debug output, and its panic hook shows the panic's message, not where.
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none"
  # Keep the Debian toolchain's artifacts apart from rustup's native ones.
  export CARGO_TARGET_DIR="${LA_WASM_TARGET_DIR:-$PWD/target/wasm}"
fi

# Sourced by the build scripts: puts a wasm32-capable Rust toolchain first on PATH.
#
# Two routes, chosen by what the machine has:
# * rustup with the wasm32-unknown-unknown standard library installed (an ordinary
#   developer machine with internet).
# * otherwise Debian's rustc-web/cargo-web 1.96 with rust-web-src, building std from source
#   (-Zbuild-std) and linking with wasm-ld (see ../shared/TOOLCHAIN.md).
# Sets LA_WASM_ROUTE to "rustup" or "debian". Both routes ask for the same size options
# (LA_WASM_SIZE_FLAGS below); the rustup route builds std from source with them only when
# its rust-src component is installed, and otherwise applies them to the app's crates and
# uses rustup's prebuilt std. The page's size budget (scripts/size-budget.json) belongs to
# the route that measured it; scripts/size.mjs reports the other route's size by name.

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

# No file/line/column strings in panic locations and no Debug formatting machinery: the
# app prints no Debug output, and its crash screen shows no panic location. Unstable
# flags: both routes allow them with RUSTC_BOOTSTRAP=1 (Debian's compiler is a stable
# 1.96, like rustup's stable).
LA_WASM_SIZE_FLAGS="-Zlocation-detail=none -Zfmt-debug=none"
# Flags that need std built from source with them: a panic aborts at once (a trap), with
# no panic machinery and no message formatting in the wasm; the page's start-up script
# catches the trap and shows the crash message (src/app/panic.rs).
LA_WASM_STD_FLAGS="-Zunstable-options -Cpanic=immediate-abort"

la_build_std() { # Builds std from source with the size options (needs the std sources).
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # Size-optimised std algorithms (e.g. a small stable sort instead of driftsort).
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  LA_WASM_SIZE_FLAGS="$LA_WASM_SIZE_FLAGS${LA_WASM_STD_FLAGS:+ $LA_WASM_STD_FLAGS}"
}

export RUSTC_BOOTSTRAP=1
# scripts/test.sh compiles the native crate through clippy (RUSTC_WORKSPACE_WRAPPER); the
# wasm is compiled by rustc alone, as on every other build (clippy's driver turns off MIR
# optimisations, which would change the page's bytes).
unset RUSTC_WORKSPACE_WRAPPER CLIPPY_ARGS
if [ "$LA_WASM_ROUTE" = "debian" ]; then
  export PATH="/usr/bin:$PATH"
  export RUSTC=/usr/bin/rustc
  export CARGO=/usr/bin/cargo
  la_build_std
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22
  # Keep the Debian toolchain's artifacts apart from rustup's native ones.
  export CARGO_TARGET_DIR="${LA_WASM_TARGET_DIR:-$PWD/target/wasm}"
elif [ -d "$(rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library" ]; then
  # rustup with its rust-src component (`rustup component add rust-src`): std from source too.
  la_build_std
fi
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$LA_WASM_SIZE_FLAGS"

#!/usr/bin/env bash
# README command 2: every check and test, on a fresh machine or a warm one.
#
# Installs what is missing (scripts/bootstrap.sh), then: rustfmt, clippy (as the compiler
# of the native test build), native cargo tests (engine unit, property, command-line), a release build of
# the app, its size against the budget (scripts/size-budget.json), and end-to-end tests driving the built app in headless Chromium. Ends with one
# summary line and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
logdir=target/test-logs
mkdir -p "$logdir"
passed=0; failed=0; steps_failed=()
t0=$(date +%s)

step() { # step NAME COMMAND...: runs a step, keeps its log, stops counting nothing.
  local name=$1; shift
  local s; s=$(date +%s)
  printf '== %s\n' "$name"
  if "$@" >"$logdir/$name.log" 2>&1; then
    printf '   ok (%ss)\n' "$(( $(date +%s) - s ))"
    return 0
  fi
  printf '   FAILED (%ss); last lines of %s:\n' "$(( $(date +%s) - s ))" "$logdir/$name.log"
  tail -n 40 "$logdir/$name.log" | sed 's/^/   | /'
  steps_failed+=("$name")
  return 1
}

count_cargo() { # Adds up "test result: ... N passed; M failed" lines.
  local p f
  p=$(grep -Eo '[0-9]+ passed' "$1" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
  printf '   %s passed, %s failed\n' "$p" "$f"
}

if ! step bootstrap scripts/bootstrap.sh --with-browser; then
  echo "summary: 0 passed, 1 failed (bootstrap failed)"; exit 1
fi
step fmt cargo fmt --all -- --check
# Clippy compiles this crate for the native tests (Cargo's RUSTC_WORKSPACE_WRAPPER and
# CLIPPY_ARGS, the two settings through which `cargo clippy` itself runs it): every target
# is linted with -D warnings as it is built, so the crate and its dependencies are compiled
# once for lints and tests, and the build's prerender (same features, same wrapper) reuses
# them. With the `prerender` feature the browser-only code (start-up, crash screen, the
# browser's clock) compiles natively too, so one native pass lints all of it; the wasm
# release build does not use the wrapper (scripts/wasm-env.sh). A fresh machine: clippy
# 90 s + tests 83 s + wasm clippy 147 s before these two steps (README, "Measured").
export RUSTC_WORKSPACE_WRAPPER; RUSTC_WORKSPACE_WRAPPER=$(command -v clippy-driver)
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
step clippy cargo test --workspace --all-targets --all-features --locked --no-run
if step cargo-test cargo test --workspace --all-features --locked; then count_cargo "$logdir/cargo-test.log"
else count_cargo "$logdir/cargo-test.log"; [ "$failed" -gt 0 ] || failed=$((failed + 1)); fi
if step build scripts/build.sh; then
  tail -n 1 "$logdir/build.log" | sed 's/^/   /'
  node scripts/size.mjs dist | sed 's/^/   /'
  # The page may not grow past its budget (scripts/size-budget.json), which belongs to the
  # toolchain route that measured it: on another route the size is printed with the route's
  # name and not checked.
  step size-budget node scripts/size.mjs dist --check || :
  # The e2e files share no state (each serves dist/ on its own port, with its own Chromium
  # profile and temporary folders), so two run at a time, one per core of these machines
  # (LA_E2E_JOBS=1 runs them one after the other).
  # No test may wait forever: each has 5 minutes (a timed-out test fails and its file's
  # cleanup still closes its browser; a file whose tests are done ends even if a handle is
  # left open), and the whole step has LA_E2E_TIMEOUT seconds (25
  # minutes unless set), after which it is stopped and counted as failed. Chromium profiles
  # live under this run's own temporary folder, so what a stopped run leaves is found and
  # ended without touching another run's browsers.
  e2e_tmp="$PWD/$logdir/e2e-tmp"; rm -rf "$e2e_tmp"; mkdir -p "$e2e_tmp"
  if ! step e2e env TMPDIR="$e2e_tmp" timeout --kill-after=30s "${LA_E2E_TIMEOUT:-1500}" \
      node --test --test-timeout=300000 --test-force-exit --test-concurrency="${LA_E2E_JOBS:-2}" --test-reporter=spec tests/e2e/; then
    pkill -f "$e2e_tmp" 2>/dev/null || :
    grep -E '^ *✖|timed out|cancelled' "$logdir/e2e.log" | head -n 20 | sed 's/^/   | /'
  fi
  p=$(grep -E '^ℹ pass [0-9]+' "$logdir/e2e.log" | awk '{print $3}'); f=$(grep -E '^ℹ fail [0-9]+' "$logdir/e2e.log" | awk '{print $3}')
  p=${p:-0}; f=${f:-0}
  if [ "${#steps_failed[@]}" -gt 0 ] && [ "${steps_failed[-1]}" = e2e ] && [ "$f" = 0 ]; then f=1; fi
  printf '   e2e: %s passed, %s failed\n' "$p" "$f"
  passed=$((passed + p)); failed=$((failed + f))
fi

elapsed=$(( $(date +%s) - t0 ))
if [ "${#steps_failed[@]}" -gt 0 ]; then
  echo "failed steps: ${steps_failed[*]} (logs in $logdir/)"
  [ "$failed" -gt 0 ] || failed=${#steps_failed[@]}
  echo "took ${elapsed}s"
  echo "summary: $passed passed, $failed failed"
  exit 1
fi
echo "took ${elapsed}s"
echo "summary: $passed passed, $failed failed"

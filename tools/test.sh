#!/usr/bin/env bash
# Runs every check and test, in order, stopping at the first failure.
# Called by `make test` after tools/setup.sh has installed what was missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# npm's binaryen (wasm-opt 132) must come before any other wasm-opt on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# The browser tests' per-test time limit (seconds); the first Chromium start on a cold machine is slow.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

started=$SECONDS
step() {
  local title=$1; shift
  printf '\n==> %s\n' "$title"
  local t0=$SECONDS
  "$@"
  printf '<== %s: %ss\n' "$title" "$((SECONDS - t0))"
}

step "Formatting (cargo fmt --check)" cargo fmt --all --check
step "Lints, core and cli (clippy -D warnings)" cargo clippy -p inovda-core -p inovda-cli --all-targets --locked -- -D warnings
step "Lints, web app and recap worker for wasm32 (clippy -D warnings)" cargo clippy -p inovda-web -p inovda-xlsx-worker --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
step "Unit tests, core and cli (native)" cargo test -p inovda-core -p inovda-cli --locked
step "Web tests in headless Chromium (wasm-bindgen-test)" cargo test -p inovda-web --target wasm32-unknown-unknown --locked
step "Release build (trunk build --release, offline)" trunk build --release
step "End-to-end tests (Playwright + Chromium)" node --test --test-concurrency=1 tests/e2e/
# Each fault story ends with "records lost: n"; summary.mjs closes with "faults: N passed, M failed" and "records lost: K".
step "Fault-injection stories (Playwright + Chromium)" node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=./tests/faults/summary.mjs --test-reporter-destination=stdout tests/faults/
printf '\nAll checks passed in %ss.\n' "$((SECONDS - started))"
node tools/sizes.mjs dist

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

# A CI run builds once from a fresh clone: incremental caches would only cost disk.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

started=$SECONDS
step() {
  local title=$1; shift
  printf '\n==> %s\n' "$title"
  local t0=$SECONDS
  "$@"
  printf '<== %s: %ss\n' "$title" "$((SECONDS - t0))"
}

# A throwaway PostgreSQL for the relay's storage tests: its own folder, a free port on 127.0.0.1,
# no fsync; stopped and removed when this script exits. initdb refuses to run as root, so the
# server runs as the `postgres` user then.
PG_DIR="" PG_AS=()
stop_postgres() {
  if [ -n "$PG_DIR" ]; then
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
  fi
}
start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "PostgreSQL is not installed: run tools/setup.sh postgres" >&2
    exit 1
  fi
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/inovda-pg.XXXXXX")
  trap stop_postgres EXIT
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  local port
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$PG_DIR/initdb.log"
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$PG_DIR -F" start >/dev/null
  export INOVDA_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (in $PG_DIR)"
}

step "Formatting (cargo fmt --check)" cargo fmt --all --check
step "Lints, core, cli and relay server (clippy -D warnings)" cargo clippy -p inovda-core -p inovda-cli -p inovda-server --all-targets --locked -- -D warnings
step "Lints, web page logic on the in-memory store (native clippy -D warnings)" cargo clippy -p inovda-web --test memory_store --locked -- -D warnings
step "Lints, web app and recap worker for wasm32 (clippy -D warnings)" cargo clippy -p inovda-web -p inovda-xlsx-worker --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
step "Web page logic on the in-memory store (native)" cargo test -p inovda-web --test memory_store --locked
step "Throwaway PostgreSQL for the relay tests" start_postgres
step "Unit tests, core, cli and relay server on SQLite and PostgreSQL (native)" cargo test -p inovda-core -p inovda-cli -p inovda-server --locked
step "Stopping PostgreSQL" stop_postgres
# Only the office worker enables core's `docx` feature: its Word writer and QR picture are
# checked natively here (the documents story reads the real files).
step "Unit tests, core's Word writer (docx feature)" cargo test -p inovda-core --features docx --lib --locked -- document qr
step "Web tests in headless Chromium (wasm-bindgen-test)" cargo test -p inovda-web --target wasm32-unknown-unknown --locked
step "Release build (trunk build --release, offline)" trunk build --release
step "Relay binary for the end-to-end stories (inovda serve)" cargo build -p inovda-cli --locked
step "End-to-end tests (Playwright + Chromium)" node --test --test-concurrency=1 tests/e2e/
# Each fault story ends with "records lost: n"; summary.mjs closes with "faults: N passed, M failed" and "records lost: K".
step "Fault-injection stories (Playwright + Chromium)" node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=./tests/faults/summary.mjs --test-reporter-destination=stdout tests/faults/
printf '\nAll checks passed in %ss.\n' "$((SECONDS - started))"
node tools/sizes.mjs dist

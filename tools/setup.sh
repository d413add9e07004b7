#!/usr/bin/env bash
# Installs whatever the build or the tests need and is missing; skips what is already right.
# Usage: tools/setup.sh build        (wasm32 target, trunk, wasm-bindgen-cli, npm tools)
#        tools/setup.sh build browser (also Debian's chromium + chromium-driver, python3-openpyxl)
#        tools/setup.sh postgres      (Debian's postgresql, for the relay's storage tests)
# Safe to run again: every step first checks the installed version.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must equal the crate version locked in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"
# Both cargo installs share one target dir (shared dependencies compile once); it lives in target/.
export CARGO_TARGET_DIR="$ROOT/target/tool-installs"

say() { printf '\n==> %s\n' "$*"; }

want_build=false want_browser=false want_postgres=false
for arg in "$@"; do
  case "$arg" in
    build) want_build=true ;;
    browser) want_browser=true ;;
    postgres) want_postgres=true ;;
    *) echo "setup: unknown part '$arg' (use: build, browser, postgres)" >&2; exit 2 ;;
  esac
done

# rust-toolchain.toml names the toolchain "1.95.0". Where the machine's Rust 1.95 is installed
# under the name "stable" only, give it the pinned name too (as these machines' own set-up does)
# instead of letting rustup try to download it.
PINNED=$(awk -F'"' '/^channel/ { print $2 }' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$PINNED-"; then
  HOST=$(RUSTUP_TOOLCHAIN=stable rustc -vV | awk '/^host:/ { print $2 }')
  if RUSTUP_TOOLCHAIN=stable rustc --version | grep -q "^rustc $PINNED "; then
    say "Naming the installed stable Rust $PINNED"
    ln -s "stable-$HOST" "${RUSTUP_HOME:-$HOME/.rustup}/toolchains/$PINNED-$HOST"
  else
    echo "setup: Rust $PINNED is needed (rust-toolchain.toml); install it with rustup" >&2
    exit 1
  fi
fi

if $want_build; then
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "Adding rustup component $component"
      rustup component add "$component"
    fi
  done
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION from source (about 9 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
    # Not --locked: its lock file names a crate version the registry lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  npm_ok=true
  [ -f node_modules/playwright-core/package.json ] || npm_ok=false
  [ -f node_modules/axe-core/axe.min.js ] || npm_ok=false
  case "$(node_modules/.bin/wasm-opt --version 2>/dev/null || true)" in *"version 132"*) ;; *) npm_ok=false ;; esac
  [ node_modules/.package-lock.json -nt package-lock.json ] || npm_ok=false
  if ! $npm_ok; then
    say "Installing npm dev tools (binaryen 132 for wasm-opt, playwright-core, axe-core)"
    npm ci --no-audit --no-fund
  fi
fi

if $want_browser; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "Installing Debian's chromium and chromium-driver"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
  fi
  # The recap test opens the downloaded XLSX with openpyxl to check sheets and numeric cells.
  # Debian's own python3 (not a pyenv or venv one earlier on PATH): the package installs there.
  if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
    say "Installing Debian's python3-openpyxl"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y python3-openpyxl
  fi
  # The documents story opens the downloaded DOCX with python-docx and decodes the QR codes of
  # the printed page and of the Word file with zbarimg.
  if ! /usr/bin/python3 -c 'import docx' 2>/dev/null || ! command -v zbarimg >/dev/null; then
    say "Installing Debian's python3-docx and zbar-tools"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y python3-docx zbar-tools
  fi
fi

if $want_postgres; then
  # tools/test.sh starts a throwaway server from these binaries (initdb, pg_ctl); the cluster
  # Debian creates and starts on installation is not used.
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    say "Installing Debian's postgresql"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y postgresql
  fi
fi

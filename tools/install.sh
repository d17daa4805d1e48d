#!/usr/bin/env bash
# Installs what building and testing Delavnica needs, and only what is missing: quiet and quick
# when everything is there, so `make run` and `make test` can call it every time.
#   - the wasm32 Rust target
#   - Trunk 0.21.14 (the newest that this rustc builds)
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (Trunk uses it only then)
#   - wasm-split-cli 0.2.3 (crate wasm_split_cli_support, feature build-binary): cuts the app into
#     lazily loaded parts (tools/split.mjs); the matching runtime is wasm_split_helpers =0.2.3
#   - npm packages (pdfjs-dist renders printed PDFs to images in the e2e): binaryen (wasm-opt
#     132, which reads today's wasm-bindgen output), terser (minifies the split build's JS) and
#     playwright-core (drives Debian's Chromium; never downloads a browser)
#   - Debian's chromium and chromium-driver
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.3
export PATH="$HOME/.cargo/bin:$PATH"
say() { echo "install: $*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown >/dev/null
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "building Trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi

WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then
  say "Cargo.lock names no wasm-bindgen version"; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ] \
  || [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WBG_VERSION" ]; then
  say "building wasm-bindgen-cli $WBG_VERSION (takes several minutes once)"
  # Without --locked: its lock file names a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --quiet --force
fi

# The registry's crate named wasm-split-cli is another project's tool: this one is the binary of
# wasm_split_cli_support. It prints no version, so a stamp file records which one is installed.
STAMP="$HOME/.cargo/.delavnica-wasm-split-cli"
if ! command -v wasm-split-cli >/dev/null || [ "$(cat "$STAMP" 2>/dev/null)" != "$WASM_SPLIT_VERSION" ]; then
  say "building wasm-split-cli $WASM_SPLIT_VERSION (about a minute once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --quiet --force
  echo "$WASM_SPLIT_VERSION" > "$STAMP"
fi

if ! node -e 'require("./node_modules/playwright-core/package.json"); require("./node_modules/binaryen/package.json"); require("./node_modules/axe-core/package.json"); require("./node_modules/pdfjs-dist/package.json"); require("./node_modules/terser/package.json")' 2>/dev/null \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen, terser, playwright-core, axe-core, pdfjs-dist)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Trunk runs cargo offline (Trunk.toml): fetch the crates first, once.
cargo fetch --quiet

# Delavnica's one entry point. Every target installs what is missing first (tools/install.sh).
#   make run    build the release bundle and serve it on http://127.0.0.1:8080
#   make test   every test: formatting and lints, native, wasm in headless Chromium, end to end
#   make dist   the release bundle in dist/, split into lazily loaded parts (tools/split.mjs, run by
#               Trunk's post_build hook), with a size report that fails on a broken size budget
#   make pkg    the ES module in pkg/ (session files; ranking once it lands)
#   make bench  benchmarks (figures only; nothing passes or fails on time)
#   make fuzz   the session-file fuzz at length (FUZZ_CASES, default 100000; make test runs 400)
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080
WASM := wasm32-unknown-unknown

.PHONY: install run dist pkg test lint test-native test-wasm test-e2e bench fuzz

install:
	@tools/install.sh

dist: install
	trunk build --release
	@node tools/size-report.mjs dist

run: dist
	python3 tools/serve.py dist $(PORT)

pkg: install
	cargo build --release --target $(WASM) -p delavnica-module
	wasm-bindgen --target web --out-dir pkg --out-name delavnica target/$(WASM)/release/delavnica_module.wasm
	wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types -o pkg/delavnica_bg.wasm pkg/delavnica_bg.wasm
	@node tools/size-report.mjs pkg

lint: install
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --all-targets --target $(WASM) -- -D warnings
	cargo clippy -p delavnica --target $(WASM) --features split -- -D warnings

test-native: install
	cargo test -p workshop -p ranking -p delavnica-module

test-wasm: install
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target $(WASM) -p delavnica --test '*'

test-e2e: dist pkg
	@mkdir -p target/e2e
	cargo run --release -q -p workshop --example largest_file > target/e2e/largest-session.json
	node --test --test-concurrency=1 e2e/

test: lint test-native test-wasm test-e2e

fuzz: install
	FUZZ_CASES=$${FUZZ_CASES:-100000} cargo test --release -p workshop --test hostile mutated_files -- --nocapture

bench: pkg
	node tools/bench/profiles.mjs target/bench/profiles.json
	cargo bench -p workshop
	BENCH_PROFILES=$(CURDIR)/target/bench/profiles.json cargo bench -p ranking
	node tools/bench/pkg.mjs target/bench/profiles.json > target/bench/pkg.json
	tools/bench/pref_voting.sh target/bench/profiles.json > target/bench/pref_voting.json
	node tools/bench/report.mjs target/bench/pkg.json target/bench/pref_voting.json > docs/benchmarks.md
	@echo "bench: wrote docs/benchmarks.md"

# Inovda: the two commands of README.md. Both install whatever is missing first.
.PHONY: serve test build setup bench

# Install (if missing), build the release app and serve it with the relay on
# http://127.0.0.1:8080 (SQLite and bundles in data/; see docs/relay.md).
serve: build
	cargo build --release --locked -p inovda-cli
	target/release/inovda serve --dist dist --data data --listen 127.0.0.1:8080

# Install (if missing, including Chromium) and run every check and test.
test:
	tools/setup.sh build browser postgres
	tools/test.sh

# Release build into dist/.
build:
	tools/setup.sh build
	PATH="$(CURDIR)/node_modules/.bin:$$HOME/.cargo/bin:$$PATH" trunk build --release

setup:
	tools/setup.sh build browser postgres

# Benchmarks (not part of `make test`): builds the release app and CLI, measures them in headless
# Chromium and natively, prints every figure and records them in docs/benchmarks.md.
bench: build
	tools/setup.sh browser
	[ -x .tools/lighthouse/node_modules/.bin/lighthouse ] || npm install --no-audit --no-fund --prefix .tools/lighthouse lighthouse@12.8.2
	cargo build --release --locked -p inovda-cli
	node tools/bench/bench.mjs --write docs/benchmarks.md
	cargo run --release --locked -p inovda-server --example relay_bench

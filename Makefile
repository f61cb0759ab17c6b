# majlis — common tasks. `make graph` is the main job; `make test` runs every test.
SWIFT ?= swift

.PHONY: setup build release graph test bench bench-extract bench-analysis bench-render screenshots clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

graph: release
	.build/release/majlis graph seeds -o output

test: setup
	$(SWIFT) test

bench-extract: setup
	@bash scripts/bench-extract.sh

# Analysis benchmark: majlis vs NetworkX and igraph (release build; venv in bench/.venv).
bench-analysis:
	bash bench/bench-analysis.sh

# Rendering benchmark: random graphs of 500..5000 nodes through majlis graph (release build).
bench-render: setup
	@bash scripts/bench-render.sh

# Headless-Chromium screenshots of the seed and seeds/ diagrams (not part of the tests).
screenshots: setup
	@bash scripts/screenshots.sh

bench: bench-extract bench-analysis bench-render

clean:
	rm -rf .build output/*

# majlis — common tasks. `make graph` is the main job; `make test` runs every test.
SWIFT ?= swift

.PHONY: setup build release graph test bench bench-extract bench-analysis screenshots clean

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

bench: bench-extract bench-analysis

clean:
	rm -rf .build output/*

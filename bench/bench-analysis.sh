#!/usr/bin/env bash
# Benchmark of the Analysis measures against NetworkX and igraph on the same seeded random GraphML files.
# Creates bench/.venv (gitignored) with networkx, scipy and python-igraph, builds majlis-bench in release
# mode, and prints per-measure times and ratios. Usage: bench/bench-analysis.sh [SIZES]
#   SIZES: comma-separated nodes/edges pairs, default 1000/5000,5000/25000,20000/100000
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=bench/.venv
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --upgrade pip
fi
"$VENV/bin/pip" install --quiet networkx==3.6.1 scipy numpy python-igraph \
    || "$VENV/bin/pip" install --quiet networkx==3.6.1 scipy numpy \
    || true
"${SWIFT:-swift}" build -c release --product majlis-bench >&2
BIN="$("${SWIFT:-swift}" build -c release --show-bin-path)/majlis-bench"
exec "$VENV/bin/python" bench/bench_analysis.py --majlis "$BIN" --sizes "${1:-1000/5000,5000/25000,20000/100000}"

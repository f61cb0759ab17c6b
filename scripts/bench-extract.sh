#!/usr/bin/env bash
# Extraction speed: builds the release binary, makes a corpus of at least 50 MB by repeating the dev corpus
# (bench/data/extract, gitignored), times `majlis extract --format jsonl` over it and prints MB/s.
# Also times one 50 MB single-line file, and a plain scan of the same bytes (`wc -m`) for comparison.
# Each figure is the median of RUNS runs (default 3).
# Usage: [RUNS=N] scripts/bench-extract.sh [MB]   (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET_MB="${1:-50}"
DATA="bench/data/extract/corpus"
SINGLE="bench/data/extract/single-line.txt"
MARK="bench/data/extract/.complete-$TARGET_MB"

swift build -c release --product majlis >&2
BIN=.build/release/majlis

mapfile -t SEEDS < <(find seeds -name '*.txt' | sort)
if [ ! -f "$MARK" ]; then
  echo "bench: building a ${TARGET_MB} MB corpus in $DATA" >&2
  rm -rf bench/data/extract
  mkdir -p "$DATA"
  seed_bytes=$(cat "${SEEDS[@]}" | wc -c)
  copies=$(( (TARGET_MB * 1000000 + seed_bytes - 1) / seed_bytes ))
  for ((i = 0; i < copies; i++)); do
    dir=$(printf '%s/%04d' "$DATA" "$i")
    mkdir -p "$dir"
    for f in "${SEEDS[@]}"; do cp "$f" "$dir/$(basename "$f")"; done
  done
  # One single-line file of the same size: every article joined with spaces.
  joined=$(cat "${SEEDS[@]}" | tr '\n' ' ')
  for ((i = 0; i < copies; i++)); do printf '%s ' "$joined"; done > "$SINGLE"
  touch "$MARK"
fi

# Runs a command RUNS times (default 3), prints "WALL CPU" seconds of the run with the median CPU time (CPU =
# user + system; the machine may be shared, so CPU time is the steadier figure).
RUNS="${RUNS:-3}"
timed() {
  local tmp i
  tmp=$(mktemp)
  for ((i = 0; i < RUNS; i++)); do
    /usr/bin/time -a -o "$tmp" -f "%e %U %S" "$@" > /dev/null 2>/dev/null || true
  done
  awk '{ print $1, $2 + $3 }' "$tmp" | sort -k2,2n | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { printf "%s %.3f", $1, $2 }'
  rm -f "$tmp"
}
rate() { # bytes wall cpu
  awk -v b="$1" -v w="$2" -v c="$3" 'BEGIN { printf "%6.1f MB/s CPU, %6.1f MB/s wall (%.1f MB, %.2f s CPU, %.2f s wall)", b / 1e6 / c, b / 1e6 / w, b / 1e6, c, w }'
}

corpus_bytes=$(find "$DATA" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
single_bytes=$(wc -c < "$SINGLE")
files=$(find "$DATA" -name '*.txt' | wc -l)

# Warm the page cache (and the binary) first: the figures are about extraction, not the disk.
find "$DATA" -name '*.txt' -print0 | xargs -0 cat > /dev/null
cat "$SINGLE" > /dev/null
"$BIN" extract --jobs 1 --format jsonl "$DATA/0000" > /dev/null 2>&1 || true

read -r w c <<< "$(timed "$BIN" extract --jobs 1 --format jsonl "$DATA")"
echo "extract --format jsonl, $files articles, one core:  $(rate "$corpus_bytes" "$w" "$c")"
read -r w c <<< "$(timed "$BIN" extract --format jsonl "$DATA")"
echo "same, all $(nproc) cores (--jobs default):           $(rate "$corpus_bytes" "$w" "$c")"
read -r w c <<< "$(timed "$BIN" extract --jobs 1 --format jsonl "$SINGLE")"
echo "extract --format jsonl, one 1-line file:           $(rate "$single_bytes" "$w" "$c")"
read -r w c <<< "$(timed "$BIN" extract --jobs 1 --lexicons-only --format jsonl "$DATA")"
echo "lexicon finders only (topics, orgs), one core:     $(rate "$corpus_bytes" "$w" "$c")"
read -r w c <<< "$(timed wc -m "$SINGLE")"
echo "plain scan baseline (wc -m):                       $(rate "$single_bytes" "$w" "$c")"

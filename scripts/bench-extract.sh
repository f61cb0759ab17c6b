#!/usr/bin/env bash
# Extraction speed: builds the release binary, makes a corpus of at least 50 MB by repeating the dev corpus
# (bench/data/extract, gitignored), times `majlis extract --format jsonl` over it and prints MB/s.
# Also times one 50 MB single-line file, and a plain scan of the same bytes (`wc -m`) for comparison.
# Usage: scripts/bench-extract.sh [MB]   (default 50)
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

now() { date +%s.%N; }
rate() { awk -v b="$1" -v t="$2" 'BEGIN { printf "%.1f MB/s (%.1f MB in %.2f s)", b / 1e6 / t, b / 1e6, t }'; }

corpus_bytes=$(find "$DATA" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$DATA" -name '*.txt' | wc -l)

t0=$(now); find "$DATA" -name '*.txt' -print0 | xargs -0 cat | wc -m > /dev/null; t1=$(now)
scan=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')

t0=$(now); "$BIN" extract --format jsonl "$DATA" > /dev/null; t1=$(now)
extract=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')

single_bytes=$(wc -c < "$SINGLE")
t0=$(now); "$BIN" extract --format jsonl "$SINGLE" > /dev/null; t1=$(now)
single=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')

echo "extract (jsonl), $files articles:   $(rate "$corpus_bytes" "$extract")"
echo "extract (jsonl), one 1-line file:  $(rate "$single_bytes" "$single")"
echo "plain scan baseline (wc -m):       $(rate "$corpus_bytes" "$scan")"

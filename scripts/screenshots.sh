#!/usr/bin/env bash
# Renders majlis's SVG diagrams to PNG screenshots in a real browser (headless Chromium), to check by eye
# that Arabic is joined and readable, labels fit their boxes, nothing overlaps badly and the legend is right.
# Not part of the test run. Usage:
#   scripts/screenshots.sh [OUT_DIR]        # default OUT_DIR: output/screenshots
# It builds majlis, draws the seed article alone and the whole seeds/ folder (plus --labels en and
# --color cluster variants), and writes one PNG per SVG. Installs Debian's chromium when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-output/screenshots}"
mkdir -p "$out"

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser="$b"; break; fi
done
if [ -z "$browser" ]; then
  echo "screenshots: installing chromium from Debian" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  browser=chromium
fi

swift build >/dev/null
majlis=.build/debug/majlis

render() { # name, args...
  local name="$1"; shift
  "$majlis" graph "$@" -o "$out/$name" --format svg,dot >/dev/null
}
render seed seeds/000_5fb139bb7f0b8772.txt
render seeds seeds
render seeds-en seeds --labels en
render seeds-cluster seeds --color cluster
render seeds-countries seeds --view countries --labels both

shot() { # svg, png
  local svg="$1" png="$2"
  # Window size from the SVG's own width/height (pt → px at 96 dpi), capped.
  local w h
  w=$(sed -n 's/.*<svg width="\([0-9.]*\)pt".*/\1/p' "$svg" | head -1)
  h=$(sed -n 's/.* height="\([0-9.]*\)pt".*/\1/p' "$svg" | head -1)
  w=$(awk -v x="${w:-1200}" 'BEGIN{v=int(x*96/72)+20; if(v>4000)v=4000; print v}')
  h=$(awk -v x="${h:-900}" 'BEGIN{v=int(x*96/72)+20; if(v>4000)v=4000; print v}')
  "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$w,$h" --screenshot="$png" "file://$(realpath "$svg")" >/dev/null 2>&1
  echo "$png (${w}x${h})"
}
for d in "$out"/*/; do
  name=$(basename "$d")
  shot "$d/graph.svg" "$out/$name.png"
done

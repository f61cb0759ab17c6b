#!/usr/bin/env bash
# Rendering benchmark: draws random meeting graphs of growing size with `majlis graph` (release build) and
# prints the time of each stage. Graphs are node-link JSON written by an inline Python generator (fixed
# seed): countries, officials, organizations and topics, ~3 edges per node, weights 1–3.
# Usage: scripts/bench-render.sh [SIZES...]   (default: 500 1000 2000 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(500 1000 2000 5000)
swift build -c release --product majlis >/dev/null
majlis=.build/release/majlis
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
gen() { python3 - "$1" "$2" <<'PY'
import json, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
kinds = ["country"] * 30 + ["organization"] * 40 + ["topic"] * 60
kinds += ["person"] * max(0, n - len(kinds))
nodes = [{"id": f"{k}:{i:05d}", "kind": k, "label_ar": f"عقدة {i}", "label_en": f"Node {i}"} for i, k in enumerate(kinds[:n])]
ids = [x["id"] for x in nodes]
edges = {}
for _ in range(n * 3):
    a, b = sorted(rng.sample(ids, 2))
    edges[(a, b)] = {"source": a, "target": b, "kind": "met", "weight": rng.choice([1, 1, 1, 2, 3])}
json.dump({"directed": False, "multigraph": False, "graph": {}, "nodes": nodes,
           "edges": [edges[k] for k in sorted(edges)]}, open(out, "w"), ensure_ascii=False)
PY
}
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); awk -v a="$s" -v b="$e" 'BEGIN{printf "%.2f", b-a}'; }
printf "%-7s %-7s %-8s %-10s %-10s %-10s\n" nodes edges layout "dot (s)" "+svg (s)" "+png (s)"
for n in "${sizes[@]}"; do
  gen "$n" "$work/g$n.json"
  edges=$(python3 -c "import json,sys;print(len(json.load(open(sys.argv[1]))['edges']))" "$work/g$n.json")
  layout=$("$majlis" graph "$work/g$n.json" -o "$work/o" --format dot | sed -n 's/^layout: //p')
  t_dot=$(secs "$majlis" graph "$work/g$n.json" -o "$work/o" --format dot)
  t_svg=$(secs "$majlis" graph "$work/g$n.json" -o "$work/o" --format svg)
  t_png=$(secs "$majlis" graph "$work/g$n.json" -o "$work/o" --format png)
  printf "%-7s %-7s %-8s %-10s %-10s %-10s\n" "$n" "$edges" "$layout" "$t_dot" "$t_svg" "$t_png"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

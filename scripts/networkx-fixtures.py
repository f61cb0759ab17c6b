#!/usr/bin/env python3
"""Reference values for the Analysis tests, computed with NetworkX.

Writes Tests/AnalysisTests/Fixtures/<name>.json, one file per graph:
  {"name", "description", "networkx", "nodes": n, "ids": [...], "edges": [[u, v, w], ...],
   "expected": {"degree", "degree_centrality", "strength", "betweenness", "betweenness_raw", "closeness",
                "eigenvector", "eigenvector_unweighted", "pagerank", "core", "components",
                "louvain": {"labels", "modularity"}, "louvain_r05": {...}}}
`edges` may repeat a pair: the graph is built like the Swift `WeightedGraph` (weights of repeated pairs
summed, self-loops kept). Nodes are added 0..n-1 first so NetworkX's iteration order is the index order.
`eigenvector*` is null when NetworkX raises PowerIterationFailedConvergence. `core` is computed after
removing self-loops (NetworkX refuses graphs with self-loops).

When a built majlis binary is present, the graphs majlis builds from the seeds articles are exported with
`majlis graph ... --format json` and used too (majlis-*.json). The seed and dev-corpus graphs are also rebuilt from seeds/**/*.gold.json by the rules of the meeting graph:
person–person `met` edges (one per meeting), person–country `represents`, person–organization `heads`,
country–topic `discussed` (every country of the article with every topic), and the country–country
projection (weight = meetings between officials of two countries).

Usage: python3 scripts/networkx-fixtures.py   (needs networkx; the tests themselves need no Python)
"""
import glob
import json
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "AnalysisTests", "Fixtures")


def build(n, edges):
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for u, v, w in edges:
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
    return G


def labels_of(communities, n):
    labels = [0] * n
    for i, c in enumerate(communities):
        for v in c:
            labels[v] = i
    return labels


def reference(n, edges):
    G = build(n, edges)
    nodes = list(range(n))
    e = {}
    e["degree"] = [G.degree(v) for v in nodes]
    dc = nx.degree_centrality(G)
    e["degree_centrality"] = [dc[v] for v in nodes]
    st = dict(G.degree(weight="weight"))
    e["strength"] = [float(st[v]) for v in nodes]
    b = nx.betweenness_centrality(G, normalized=True)
    e["betweenness"] = [b[v] for v in nodes]
    b = nx.betweenness_centrality(G, normalized=False)
    e["betweenness_raw"] = [b[v] for v in nodes]
    c = nx.closeness_centrality(G)
    e["closeness"] = [c[v] for v in nodes]
    for key, weight in (("eigenvector", "weight"), ("eigenvector_unweighted", None)):
        try:
            x = nx.eigenvector_centrality(G, weight=weight)
            e[key] = [x[v] for v in nodes]
        except (nx.PowerIterationFailedConvergence, nx.NetworkXPointlessConcept):
            e[key] = None
    try:
        p = nx.pagerank(G, alpha=0.85, weight="weight")
        e["pagerank"] = [p[v] for v in nodes]
    except nx.PowerIterationFailedConvergence:
        e["pagerank"] = None
    H = G.copy()
    H.remove_edges_from(list(nx.selfloop_edges(H)))
    core = nx.core_number(H)
    e["core"] = [core[v] for v in nodes]
    e["components"] = sorted(sorted(c) for c in nx.connected_components(G))
    for key, res in (("louvain", 1.0), ("louvain_r05", 0.5)):
        if G.number_of_edges() == 0:
            e[key] = None
            continue
        comms = nx.community.louvain_communities(G, weight="weight", resolution=res, seed=42)
        e[key] = {"resolution": res, "labels": labels_of(comms, n),
                  "modularity": nx.community.modularity(G, comms, weight="weight", resolution=res)}
    return e


def write(name, description, n, edges, ids=None):
    data = {
        "name": name,
        "description": description,
        "networkx": nx.__version__,
        "nodes": n,
        "ids": ids if ids is not None else [str(i) for i in range(n)],
        "edges": [[u, v, w] for u, v, w in edges],
        "expected": reference(n, edges),
    }
    path = os.path.join(OUT, name + ".json")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, sort_keys=True, indent=1)
        f.write("\n")
    os.replace(tmp, path)
    print(f"{name}: {n} nodes, {len(edges)} edges", file=sys.stderr)


# ---------------------------------------------------------------- meeting graphs from gold annotations

def norm_name(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join(ch for ch in s if not ("\u064b" <= ch <= "\u065f" or ch == "\u0640"))
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه")):
        s = s.replace(a, b)
    return " ".join(s.split())


def gold_graphs(files):
    """(full graph, countries graph) as (ids, edges) rebuilt from gold annotations."""
    ids = {}
    full, countries = [], []

    def node(key):
        if key not in ids:
            ids[key] = len(ids)
        return ids[key]

    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        pcountry = {}
        for p in d.get("persons", []):
            pid = "person:" + norm_name(p["name"])
            for alias in [p["name"]] + p.get("aliases", []):
                pcountry[norm_name(alias)] = (pid, p.get("country"))
            if p.get("country"):
                full.append((node(pid), node(p["country"]), 1.0))
        for org in d.get("organizations", []):
            node(org)
        for m in d.get("meetings", []):
            ends = []
            for side in (m["a"], m["b"]):
                if side.get("person"):
                    pid, c = pcountry.get(norm_name(side["person"]), ("person:" + norm_name(side["person"]), None))
                    ends.append((node(pid), side.get("country") or c))
                    if side.get("organization"):
                        full.append((node(pid), node(side["organization"]), 1.0))
                elif side.get("country"):
                    ends.append((node(side["country"]), side["country"]))
                elif side.get("organization"):
                    ends.append((node(side["organization"]), None))
            if len(ends) == 2:
                full.append((ends[0][0], ends[1][0], 1.0))
                ca, cb = ends[0][1], ends[1][1]
                if ca and cb:
                    countries.append((ca, cb))
        for c in d.get("countries", []):
            node(c)
            for t in d.get("topics", []):
                full.append((node(c), node("topic:" + t), 1.0))
    idlist = sorted(ids, key=ids.get)
    cids = sorted({c for pair in countries for c in pair})
    cindex = {c: i for i, c in enumerate(cids)}
    cedges = [(cindex[a], cindex[b], 1.0) for a, b in countries]
    return (idlist, full), (cids, cedges)


def gold():
    seed = [os.path.join(ROOT, "seeds", "000_5fb139bb7f0b8772.gold.json")]
    corpus = sorted(glob.glob(os.path.join(ROOT, "seeds", "**", "*.gold.json"), recursive=True))
    for name, files in (("seed", seed), ("corpus", corpus)):
        (fids, fedges), (cids, cedges) = gold_graphs(files)
        write(f"{name}-full", f"{name} articles (gold annotations): full meeting graph", len(fids), fedges, fids)
        write(f"{name}-countries", f"{name} articles (gold annotations): country–country projection",
              len(cids), cedges, cids)


# ---------------------------------------------------------------- meeting graphs exported by majlis

def majlis_graphs():
    """The graphs majlis itself builds from the seeds articles (`majlis graph seeds --format json`), when a
    built majlis binary is found ($MAJLIS, else .build/debug/majlis or .build/release/majlis)."""
    candidates = [os.environ.get("MAJLIS", ""), os.path.join(ROOT, ".build", "debug", "majlis"),
                  os.path.join(ROOT, ".build", "release", "majlis")]
    binary = next((c for c in candidates if c and os.access(c, os.X_OK)), None)
    if binary is None:
        print("no majlis binary: skipping the majlis-exported graphs (build first)", file=sys.stderr)
        return
    seed_article = os.path.join("seeds", "000_5fb139bb7f0b8772.txt")
    for name, inputs, view in (("majlis-seed-article-full", [seed_article], "full"),
                               ("majlis-seeds-full", ["seeds"], "full"),
                               ("majlis-seeds-countries", ["seeds"], "countries"),
                               ("majlis-seeds-country-topic", ["seeds"], "country-topic")):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([binary, "graph", *inputs, "-o", tmp, "--format", "json", "--view", view],
                           cwd=ROOT, check=True, capture_output=True)
            data = json.load(open(os.path.join(tmp, "graph.json"), encoding="utf-8"))
        ids = [n["id"] for n in data["nodes"]]
        index = {v: i for i, v in enumerate(ids)}
        links = data.get("edges", data.get("links", []))
        edges = [(index[e["source"]], index[e["target"]], float(e.get("weight", 1))) for e in links]
        write(name, f"majlis graph {' '.join(inputs)} --view {view} (node-link JSON as majlis exports it; "
              "edges of several kinds between one pair are summed)", len(ids), edges, ids)


# ---------------------------------------------------------------- synthetic graphs

def random_graph(rng, n, m, weights):
    edges = []
    while len(edges) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u == v:
            continue
        edges.append((u, v, weights(rng)))
    return edges


def synthetic():
    rng = random.Random(20261129)
    write("random-60-180-int", "random multigraph, integer weights 1..5 (parallel pairs summed)", 60,
          random_graph(rng, 60, 180, lambda r: float(r.randint(1, 5))))
    write("random-150-600-float", "random graph, real weights in [0.1, 3)", 150,
          random_graph(rng, 150, 600, lambda r: round(r.uniform(0.1, 3.0), 6)))
    write("random-80-70-sparse", "sparse random graph, several components, weights 1", 80,
          random_graph(rng, 80, 70, lambda r: 1.0))
    # disconnected: two weighted cliques, a path, isolated nodes
    edges = []
    for base, k, w in ((0, 6, 2.0), (6, 5, 1.0)):
        for i in range(k):
            for j in range(i + 1, k):
                edges.append((base + i, base + j, w))
    edges += [(11 + i, 12 + i, 1.0) for i in range(5)]
    write("disconnected", "two cliques (K6 weight 2, K5), a path of 6, three isolated nodes", 20, edges)
    write("star-12", "star with 11 leaves", 12, [(0, i, 1.0) for i in range(1, 12)])
    write("path-15", "path of 15 nodes, weights 1..14", 15, [(i, i + 1, float(i + 1)) for i in range(14)])
    write("cycle-9", "cycle of 9 nodes", 9, [(i, (i + 1) % 9, 1.0) for i in range(9)])
    # self-loops, parallel edges and isolated nodes
    edges = random_graph(rng, 30, 60, lambda r: float(r.randint(1, 3)))
    edges += [(3, 3, 2.0), (7, 7, 1.0), (7, 7, 0.5), (12, 12, 4.0), (5, 9, 1.0), (9, 5, 2.0)]
    write("selfloops-isolated", "random graph with self-loops (one repeated), parallel edges and 4 isolated nodes",
          34, edges)
    write("selfloop-only", "one node with a self-loop and an isolated node", 2, [(0, 0, 3.0)])
    write("single-edge", "two nodes, one edge", 2, [(0, 1, 2.5)])
    write("single-node", "one isolated node", 1, [])
    write("empty", "no nodes", 0, [])
    K = nx.karate_club_graph()
    write("karate", "Zachary's karate club with its weights", K.number_of_nodes(),
          [(u, v, float(d["weight"])) for u, v, d in K.edges(data=True)])
    L = nx.les_miserables_graph()
    names = list(L.nodes())
    index = {v: i for i, v in enumerate(names)}
    write("les-miserables", "Les Misérables co-occurrence graph, weighted", len(names),
          [(index[u], index[v], float(d["weight"])) for u, v, d in L.edges(data=True)], names)
    B = nx.barbell_graph(6, 3)
    write("barbell", "barbell: two K6 joined by a path of 3", B.number_of_nodes(),
          [(u, v, 1.0) for u, v in B.edges()])


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    gold()
    majlis_graphs()
    synthetic()

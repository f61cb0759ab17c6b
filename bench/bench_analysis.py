#!/usr/bin/env python3
"""Times majlis (majlis-bench), NetworkX and igraph on the same seeded random weighted GraphML graphs.

For each size (nodes/edges) a G(n, m) random graph with seed 20261129 + n and integer weights 1..10 is
written to bench/data/random-N-M.graphml. Each tool reads the file (not timed) and each measure is timed
(best of 3 for majlis and igraph; one run for NetworkX). NetworkX betweenness and closeness on graphs of
more than 2,000 nodes are estimated from a sample of 200 sources (time × n/200) and marked '~'.
Modularity of Louvain/Leiden is printed for majlis and igraph.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import time

import networkx as nx

try:
    import igraph as ig
except ImportError:  # reported in the table
    ig = None

SAMPLE = 200
MEASURES = ["degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank", "core",
            "components", "louvain", "leiden"]


def generate(n, m, path):
    if os.path.exists(path):
        return
    seed = 20261129 + n
    G = nx.gnm_random_graph(n, m, seed=seed)
    rng = random.Random(seed)
    for u, v in G.edges():
        G[u][v]["weight"] = float(rng.randint(1, 10))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    nx.write_graphml(G, path + ".tmp")
    os.replace(path + ".tmp", path)


def best(fn, repeat=3):
    t = float("inf")
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        t = min(t, time.perf_counter() - t0)
        if t > 2:  # long measures: one run
            break
    return t, out


def run_majlis(binary, path):
    res = subprocess.run([binary, path, "--repeat", "3"], check=True, capture_output=True, text=True)
    times, info = {}, {}
    for line in res.stdout.splitlines():
        d = json.loads(line)
        if "measure" in d:
            times[d["measure"]] = d["seconds"]
            if "modularity" in d:
                info[d["measure"]] = d["modularity"]
    return times, info


def run_networkx(path):
    G = nx.read_graphml(path)
    n = G.number_of_nodes()
    times, info, est = {}, {}, set()
    times["degree"] = best(lambda: nx.degree_centrality(G), 1)[0]
    times["strength"] = best(lambda: dict(G.degree(weight="weight")), 1)[0]
    if n > 2000:
        nodes = list(G)
        sample = random.Random(1).sample(nodes, SAMPLE)
        t, _ = best(lambda: nx.betweenness_centrality(G, k=SAMPLE, seed=1), 1)
        times["betweenness"] = t * n / SAMPLE
        t, _ = best(lambda: [nx.closeness_centrality(G, u=u) for u in sample], 1)
        times["closeness"] = t * n / SAMPLE
        est |= {"betweenness", "closeness"}
    else:
        times["betweenness"] = best(lambda: nx.betweenness_centrality(G), 1)[0]
        times["closeness"] = best(lambda: nx.closeness_centrality(G), 1)[0]
    times["eigenvector"] = best(lambda: nx.eigenvector_centrality(G, weight="weight"), 1)[0]
    times["pagerank"] = best(lambda: nx.pagerank(G, weight="weight"), 1)[0]
    times["core"] = best(lambda: nx.core_number(G), 1)[0]
    times["components"] = best(lambda: list(nx.connected_components(G)), 1)[0]
    t, comms = best(lambda: nx.community.louvain_communities(G, weight="weight", seed=42), 1)
    times["louvain"] = t
    info["louvain"] = nx.community.modularity(G, comms, weight="weight")
    return times, info, est


def run_igraph(path):
    random.seed(42)  # igraph draws from Python's random module: fixed for reproducible communities
    g = ig.Graph.Read_GraphML(path)
    g.to_undirected()
    w = "weight"
    times, info = {}, {}
    times["degree"] = best(lambda: g.degree())[0]
    times["strength"] = best(lambda: g.strength(weights=w))[0]
    times["betweenness"] = best(lambda: g.betweenness(directed=False), 1)[0]
    times["closeness"] = best(lambda: g.closeness(), 1)[0]
    times["eigenvector"] = best(lambda: g.eigenvector_centrality(weights=w))[0]
    times["pagerank"] = best(lambda: g.pagerank(weights=w))[0]
    times["core"] = best(lambda: g.coreness())[0]
    times["components"] = best(lambda: g.connected_components())[0]
    t, cl = best(lambda: g.community_multilevel(weights=w))
    times["louvain"] = t
    info["louvain"] = g.modularity(cl.membership, weights=w)
    t, cl = best(lambda: g.community_leiden(objective_function="modularity", weights=w, n_iterations=-1))
    times["leiden"] = t
    info["leiden"] = g.modularity(cl.membership, weights=w)
    return times, info


def fmt(t):
    if t is None:
        return "—"
    return f"{t * 1000:.1f} ms" if t < 1 else f"{t:.2f} s"


def ratio(a, b):
    if a is None or b is None or a == 0:
        return "—"
    return f"{b / a:.1f}×"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--majlis", required=True)
    ap.add_argument("--sizes", default="1000/5000,5000/25000,20000/100000")
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    print(f"networkx {nx.__version__}; igraph {ig.__version__ if ig else 'NOT AVAILABLE (pip install failed)'}; "
          f"{os.cpu_count()} cores; majlis-bench release build, 2 threads")
    print("load average at start: %.1f %.1f %.1f (other processes on the machine slow both sides)" % os.getloadavg())
    print("speed-up columns: other tool's time / majlis time (> 1 means majlis is faster); '~' = estimated "
          f"from {SAMPLE} sampled sources")
    for size in args.sizes.split(","):
        n, m = map(int, size.split("/"))
        path = os.path.join(here, "data", f"random-{n}-{m}.graphml")
        generate(n, m, path)
        mj, mj_info = run_majlis(args.majlis, path)
        ig_t, ig_info = run_igraph(path) if ig else ({}, {})
        nx_t, nx_info, est = run_networkx(path)
        print()
        print(f"### {n} nodes / {m} edges")
        print()
        print("| measure | majlis | igraph | NetworkX | vs igraph | vs NetworkX |")
        print("|---|---:|---:|---:|---:|---:|")
        for k in MEASURES:
            nxs = fmt(nx_t.get(k)) + (" ~" if k in est else "")
            print(f"| {k} | {fmt(mj.get(k))} | {fmt(ig_t.get(k))} | {nxs} | {ratio(mj.get(k), ig_t.get(k))} | "
                  f"{ratio(mj.get(k), nx_t.get(k))} |")
        print()
        print("| modularity | majlis | igraph | NetworkX |")
        print("|---|---:|---:|---:|")
        for k in ("louvain", "leiden"):
            def q(d):
                return f"{d[k]:.4f}" if k in d else "—"
            print(f"| {k} | {q(mj_info)} | {q(ig_info)} | {q(nx_info)} |")
        sys.stdout.flush()
    print()
    print("load average at end: %.1f %.1f %.1f" % os.getloadavg())


if __name__ == "__main__":
    main()

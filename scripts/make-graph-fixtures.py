#!/usr/bin/env python3
"""Writes small graph files with NetworkX, so majlis' tests can check that it reads what NetworkX writes.

    python3 scripts/make-graph-fixtures.py              # regenerate Tests/Fixtures/graphs/nx-*
    python3 scripts/make-graph-fixtures.py FILE...      # read majlis-written graph files with NetworkX and
                                                        # print what NetworkX sees (a check of majlis' writers)

The fixture graph: countries with Arabic and English labels, a person with role and aliases, a topic, weighted
edges of several kinds, a self-loop and an isolated node; plus a foreign graph with integer ids and no majlis
fields at all.
"""
import json
import os
import sys

import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "graphs")


def majlis_like():
    g = nx.Graph(view="full")
    g.add_node("LBY", kind="country", label_ar="ليبيا", label_en="Libya", articles="3")
    g.add_node("TUN", kind="country", label_ar="تونس", label_en="Tunisia", articles="2")
    g.add_node("DZA", kind="country", label_ar="الجزائر", label_en="Algeria", articles="1")
    g.add_node("QAT", kind="country", label_ar="قطر", label_en="Qatar", articles="1")  # isolated
    g.add_node("person:عماد مصطفي الطرابلسي", kind="person", label_ar="عماد مصطفى الطرابلسي",
               role="interior minister", country="LBY", aliases="الطرابلسي | عماد الطرابلسي")
    g.add_node("terrorism", kind="topic", label_ar="الإرهاب", label_en="Terrorism")
    g.add_edge("LBY", "TUN", kind="meets", weight=3.0)
    g.add_edge("DZA", "LBY", kind="meets", weight=1.0)
    g.add_edge("LBY", "terrorism", kind="discussed", weight=2.0)
    g.add_edge("LBY", "person:عماد مصطفي الطرابلسي", kind="represents", weight=2.0)
    g.add_edge("TUN", "TUN", kind="meets", weight=1.0)  # self-loop
    return g


def foreign():
    g = nx.Graph()
    g.add_weighted_edges_from([(0, 1, 2.5), (1, 2, 1.0), (2, 0, 0.5)])
    g.add_node(3)
    return g


def write_all():
    os.makedirs(OUT, exist_ok=True)
    g = majlis_like()
    with open(os.path.join(OUT, "nx-node-link.json"), "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(g, edges="edges"), f, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(OUT, "nx-node-link-links.json"), "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(g, edges="links"), f, ensure_ascii=False, indent=1, sort_keys=True)
    nx.write_graphml(g, os.path.join(OUT, "nx.graphml"), encoding="utf-8")
    nx.write_gexf(g, os.path.join(OUT, "nx.gexf"), encoding="utf-8", version="1.2draft")
    nx.write_gexf(g, os.path.join(OUT, "nx-1.3.gexf"), encoding="utf-8", version="1.3")
    f = foreign()
    with open(os.path.join(OUT, "nx-foreign.json"), "w", encoding="utf-8") as fh:
        json.dump(nx.node_link_data(f, edges="edges"), fh, sort_keys=True)
    nx.write_graphml(f, os.path.join(OUT, "nx-foreign.graphml"))
    print("wrote", ", ".join(sorted(os.listdir(OUT))), "in", os.path.normpath(OUT))


def check(paths):
    for p in paths:
        if p.endswith(".json"):
            with open(p, encoding="utf-8") as f:
                d = json.load(f)
            g = nx.node_link_graph(d, edges="edges" if "edges" in d else "links")
        elif p.endswith(".graphml"):
            g = nx.read_graphml(p)
        elif p.endswith(".gexf"):
            g = nx.read_gexf(p)
        else:
            raise SystemExit(f"{p}: unknown extension")
        kinds = {}
        for _, _, data in g.edges(data=True):
            kinds[data.get("kind")] = kinds.get(data.get("kind"), 0) + 1
        w = sum(float(d.get("weight", 1)) for _, _, d in g.edges(data=True))
        print(f"{p}: {type(g).__name__} nodes={g.number_of_nodes()} edges={g.number_of_edges()} "
              f"total_weight={w:g} kinds={dict(sorted((str(k), v) for k, v in kinds.items()))}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        check(sys.argv[1:])
    else:
        write_all()

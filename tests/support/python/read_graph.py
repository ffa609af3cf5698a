"""Reads a GraphML or GEXF file with networkx (an independent reader) and prints what it got as
JSON: graph attributes, every node and every edge (key, source, target, attributes). networkx
returns a simple DiGraph from GEXF without parallel edges; the edge id is then an attribute.
Usage: read_graph.py graphml|gexf FILE"""
import json
import sys

import networkx as nx


def main() -> None:
    fmt, path = sys.argv[1], sys.argv[2]
    if fmt == "graphml":
        g = nx.read_graphml(path, force_multigraph=True)
    elif fmt == "gexf":
        g = nx.read_gexf(path)
    else:
        raise SystemExit(f"unknown format {fmt}")
    out = {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "graph": dict(g.graph),
        "nodes": {n: dict(a) for n, a in g.nodes(data=True)},
        "edges": [
            {"key": k, "source": s, "target": t, "attrs": dict(a)}
            for s, t, k, a in (g.edges(keys=True, data=True) if g.is_multigraph() else ((s, t, a.get("id"), a) for s, t, a in g.edges(data=True)))
        ],
    }
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)


main()

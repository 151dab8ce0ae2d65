"""What a page shows: the whole graph, or the neighbourhood of one node.

Views read the store with the named queries of ``queries/`` and return
plain ``GraphData`` for ``visualize.html.render``.
"""

from __future__ import annotations

import queries
from kg.store import Store
from visualize.html import GraphData

HIDDEN = {"MENTIONED_IN"}


def _graph_from_edges(store: Store, rows: list[dict]) -> GraphData:
    rows = [r for r in rows if r["type"] not in HIDDEN]
    ids = sorted({r["source"] for r in rows} | {r["target"] for r in rows})
    nodes = store.read(queries.get("nodes_by_id").text, {"ids": ids}) if ids else []
    return GraphData(nodes=nodes, edges=rows)


def whole_graph(store: Store, limit: int = 200000) -> GraphData:
    return _graph_from_edges(store, store.read(queries.get("graph_all").text, {"limit": limit}))


def ego_graph(store: Store, name: str, hops: int = 2) -> GraphData:
    return _graph_from_edges(store, store.read(queries.get("ego").text, {"name": name, "hops": hops}))

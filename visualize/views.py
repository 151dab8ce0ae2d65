"""What a page shows: the whole graph, an ego network, one meeting, the
command hierarchy of a unit, the co-attendance network of persons, or a
date window.

Views read the store with the named queries of ``queries/`` and return
plain ``GraphData`` for ``visualize.html.render``.
"""

from __future__ import annotations

import queries
from kg.store import Store
from visualize.html import GraphData

HIDDEN = {"MENTIONED_IN"}


def _edges(store: Store, query: str, **params) -> GraphData:
    return _graph_from_edges(store, store.read(queries.get(query).text, params))


def _graph_from_edges(store: Store, rows: list[dict]) -> GraphData:
    rows = [r for r in rows if r["type"] not in HIDDEN]
    ids = sorted({r["source"] for r in rows} | {r["target"] for r in rows})
    nodes = store.read(queries.get("nodes_by_id").text, {"ids": ids}) if ids else []
    return GraphData(nodes=nodes, edges=rows)


def whole_graph(store: Store, limit: int = 200000) -> GraphData:
    return _edges(store, "graph_all", limit=limit)


def ego_graph(store: Store, name: str, hops: int = 2) -> GraphData:
    return _edges(store, "ego", name=name, hops=hops)


def meeting_graph(store: Store, meeting: str) -> GraphData:
    """One meeting (by id, or every meeting of a date) with its attendees and stand-ins."""
    return _edges(store, "view_meeting", meeting=meeting)


def command_graph(store: Store, unit: str) -> GraphData:
    """The units above and below ``unit``, their heads and offices."""
    return _edges(store, "view_command", unit=unit)


def window_graph(store: Store, since: str, until: str) -> GraphData:
    """Meetings held between ``since`` and ``until`` and everyone at them."""
    return _edges(store, "view_window", since=since, until=until)


def coattendance_graph(store: Store, since: str | None = None, until: str | None = None) -> GraphData:
    """Persons linked by the number of meetings they shared (``CO_ATTENDED``, ``weight``)."""
    from kg import analyze

    _, g = analyze.read_networks(store, "persons", since, until)
    edges = [{"source": a, "target": b, "type": "CO_ATTENDED", "props": dict(d)} for a, b, d in g.edges(data=True)]
    nodes = store.read(queries.get("nodes_by_id").text, {"ids": sorted(g)}) if len(g) else []
    for n in nodes:  # the service group the analysis assigned colours the node
        n["props"] = {**n["props"], "service": n["props"].get("service") or g.nodes[n["id"]].get("group")}
    return GraphData(nodes=nodes, edges=edges)

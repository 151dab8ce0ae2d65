"""Interactive HTML explorations of the graph, one self-contained file each.

The network is built with pyvis (nodes and edges set directly, no
``from_nx``) and rendered into our own page: vis-network's JavaScript from
the pyvis package is inlined, so the page opens offline and can be sent as
one file. All text from articles travels as JSON data and reaches the page
only through ``textContent``: names and evidence sentences are never
interpreted as HTML.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyvis.network import Network

STYLE = {
    "Person": {"color": "#4e79a7", "shape": "dot"},
    "Unit": {"color": "#f28e2b", "shape": "box"},
    "Position": {"color": "#76b7b2", "shape": "diamond"},
    "Meeting": {"color": "#e15759", "shape": "star"},
    "Rank": {"color": "#bab0ac", "shape": "triangle"},
}
SERVICE_COLORS = {"police": "#1f4e9c", "military": "#2f7d32", "civil": "#8e5ea2", "election": "#c9a227",
                  "justice": "#6b4f2a", "intelligence": "#555555"}
EDGE_COLORS = {"ATTENDED": "#e15759", "REPRESENTED": "#b07aa1", "COMMANDS": "#f28e2b", "PART_OF": "#9c755f",
               "HOLDS_POSITION": "#76b7b2", "HAS_RANK": "#bab0ac", "OF": "#59a14f", "ORGANIZED": "#edc948"}
EDGE_COLORS["CO_ATTENDED"] = "#9d9d9d"
UNDIRECTED = {"CO_ATTENDED"}
LAYOUT_THRESHOLD = 1000
TOO_LARGE = 30000


@dataclass
class GraphData:
    """Nodes and edges as plain dicts, as read from the store."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


class GraphTooLarge(ValueError):
    pass


def _sizes(data: GraphData, degree: dict[str, int], measure: str) -> dict[str, float]:
    """Node sizes from 10 to 50 by ``measure``: ``degree`` in this view, or a
    measure stored by ``kg analyze`` (``betweenness`` reads ``kg_betweenness``)."""
    values: dict[str, float] = {}
    for n in data.nodes:
        if measure == "degree":
            values[n["id"]] = float(degree.get(n["id"], 0))
        else:
            value = n.get("props", {}).get(f"kg_{measure}")
            values[n["id"]] = float(value) if isinstance(value, (int, float)) else 0.0
    top = max(values.values(), default=0.0) or 1.0
    return {k: 10 + 40 * (v / top) ** 0.5 for k, v in values.items()}


def build_network(data: GraphData, measure: str = "degree") -> Network:
    """A pyvis Network with our styles; layout precomputed for big graphs."""
    degree: dict[str, int] = {}
    for e in data.edges:
        degree[e["source"]] = degree.get(e["source"], 0) + 1
        degree[e["target"]] = degree.get(e["target"], 0) + 1
    if len(data.nodes) > TOO_LARGE:
        hub = max(data.nodes, key=lambda n: degree.get(n["id"], 0))
        raise GraphTooLarge(f"{len(data.nodes)} nodes is too many to explore in a browser; narrow it, e.g. "
                            f"--focus \"{hub.get('name') or hub['id']}\" --hops 2 (its best-connected node), "
                            "--meeting DATE, --unit NAME or --since/--until")
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    positions = _layout(data) if len(data.nodes) > LAYOUT_THRESHOLD else {}
    sizes = _sizes(data, degree, measure)
    for n in data.nodes:
        style = STYLE.get(n["label"], {"color": "#999999", "shape": "dot"})
        service = n.get("props", {}).get("service")
        node = {"id": n["id"], "label": str(n.get("name") or n["id"])[:40], "group": n["label"],
                "shape": style["shape"], "color": SERVICE_COLORS.get(service, style["color"]),
                "size": sizes[n["id"]], "kgLabel": n["label"], "kgService": service or "",
                "kgProps": n.get("props", {})}
        if n["id"] in positions:
            node["x"], node["y"] = positions[n["id"]]
            node["physics"] = False
        net.nodes.append(node)
        net.node_ids.append(n["id"])
        net.node_map[n["id"]] = node
    for e in data.edges:
        weight = e.get("props", {}).get("weight")
        net.edges.append({"from": e["source"], "to": e["target"], "kgType": e["type"],
                          "arrows": "" if e["type"] in UNDIRECTED else "to",
                          "value": weight if isinstance(weight, (int, float)) else 1,
                          "color": EDGE_COLORS.get(e["type"], "#cccccc"), "kgProps": e.get("props", {}),
                          "dashes": e["type"] == "REPRESENTED"})
    return net


def _layout(data: GraphData) -> dict[str, tuple[float, float]]:
    """Positions for a big graph, computed once in Python so the browser need not simulate.

    Each connected component gets its own square, the squares packed in rows
    (largest first). Small components get a spring layout; big ones a radial
    layout around their best-connected node (BFS layers on rings, children
    near their parent): linear time, and no SciPy, which networkx's spring
    layout needs above 500 nodes.
    """
    import math

    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in data.nodes)
    g.add_edges_from((e["source"], e["target"]) for e in data.edges)
    components = sorted(nx.connected_components(g), key=len, reverse=True)
    positions: dict[str, tuple[float, float]] = {}
    row_width = 60 * math.sqrt(len(g)) * 4
    x0 = y0 = row_height = 0.0
    for comp in components:
        side = 60 * math.sqrt(len(comp)) + 60
        if x0 + side > row_width and x0 > 0:
            x0, y0, row_height = 0.0, y0 + row_height, 0.0
        local = _spring(g.subgraph(comp)) if len(comp) <= 300 else _radial(g.subgraph(comp))
        for node, (x, y) in local.items():
            positions[node] = (x0 + side / 2 + x * side / 2, y0 + side / 2 + y * side / 2)
        x0 += side
        row_height = max(row_height, side)
    return positions


def _spring(g) -> dict[str, tuple[float, float]]:
    import networkx as nx

    if len(g) == 1:
        return {next(iter(g)): (0.0, 0.0)}
    return {k: (float(x), float(y)) for k, (x, y) in nx.spring_layout(g, iterations=50, seed=7).items()}


def _radial(g) -> dict[str, tuple[float, float]]:
    """BFS rings around the hub; within a ring, nodes ordered by their parent's angle."""
    import math

    hub = max(g.degree, key=lambda x: x[1])[0]
    layers = [[hub]]
    parent_angle = {hub: 0.0}
    seen = {hub}
    while True:
        nxt = []
        for node in layers[-1]:
            for nb in g[node]:
                if nb not in seen:
                    seen.add(nb)
                    parent_angle[nb] = parent_angle[node]
                    nxt.append(nb)
        if not nxt:
            break
        nxt.sort(key=lambda n: parent_angle[n])
        for i, node in enumerate(nxt):
            parent_angle[node] = 2 * math.pi * i / len(nxt)
        layers.append(nxt)
    out = {}
    for depth, layer in enumerate(layers):
        radius = depth / max(1, len(layers) - 1)
        for node in layer:
            a = parent_angle[node]
            out[node] = (radius * math.cos(a), radius * math.sin(a))
    return out


def _json_for_script(value: Any) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return (json.dumps(value, ensure_ascii=False, default=str)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def vis_javascript() -> str:
    import pyvis

    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")


TEMPLATE = (Path(__file__).parent / "page.html")


def render(data: GraphData, out: str | Path, title: str = "kg graph", measure: str = "degree") -> Path:
    """Write the exploration page for ``data`` to ``out`` and return its path."""
    net = build_network(data, measure)
    physics = len(data.nodes) <= LAYOUT_THRESHOLD
    payload = {"nodes": net.nodes, "edges": net.edges, "physics": physics, "title": title,
               "styles": STYLE, "services": SERVICE_COLORS, "edgeColors": EDGE_COLORS}
    page = TEMPLATE.read_text(encoding="utf-8")
    page = page.replace("/*VIS_JS*/", vis_javascript().replace("</script", "<\\/script"))
    page = page.replace("/*KG_DATA*/", _json_for_script(payload))
    page = page.replace("<!--TITLE-->", _escape(title))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)

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
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

STYLE = {
    "Person": {"color": "#8d99ae", "shape": "dot"},  # slate, apart from the police blue
    "Unit": {"color": "#f28e2b", "shape": "box"},
    "Position": {"color": "#76b7b2", "shape": "diamond"},
    "Meeting": {"color": "#e15759", "shape": "star"},
}
# One vocabulary of services for the whole page: ranks say POLRI/TNI, units
# say police/military; both are drawn and listed as the unit words.
SERVICE_ALIASES = {"POLRI": "police", "TNI": "military", "TNI-AD": "military", "TNI-AL": "military",
                   "TNI-AU": "military"}
SERVICE_COLORS = {"police": "#1f4e9c", "military": "#2f7d32", "civil": "#8e5ea2", "election": "#c9a227",
                  "justice": "#6b4f2a", "intelligence": "#555555", "enterprise": "#7f7f3f"}
# Communities (Louvain) on pages coloured by them; colours none of the kinds or services use.
COMMUNITY_COLORS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#17becf",
                    "#bcbd22", "#9467bd", "#8c564b", "#ff9da7"]
OTHER_COMMUNITY = "#c7c7c7"
EDGE_COLORS = {"ATTENDED": "#e15759", "REPRESENTED": "#b07aa1", "COMMANDS": "#f28e2b", "PART_OF": "#9c755f",
               "HOLDS_POSITION": "#76b7b2", "OF": "#59a14f", "ORGANIZED": "#edc948", "CO_ATTENDED": "#9d9d9d"}
# Holdings by status: the current holder solid, a stand-in dashed, a former one thin and grey.
HOLDING_STYLE = {"current": {"color": "#2a7f7a", "width": 2.5, "dashes": False},
                 "acting": {"color": "#76b7b2", "width": 1.5, "dashes": [8, 4]},
                 "former": {"color": "#b9b9b9", "width": 1, "dashes": [2, 4]}}
UNDIRECTED = {"CO_ATTENDED"}
LAYOUT_THRESHOLD = 1000
TOO_LARGE = 30000
# networkx's ForceAtlas2 compares every pair of nodes (memory and time grow with
# the square): components above this many nodes are laid out on their
# best-connected nodes, and the rest placed next to their neighbours.
FA2_BACKBONE = 600
SMALL_COMPONENT = 12


@dataclass
class GraphData:
    """Nodes and edges as plain dicts, as read from the store; ``articles``
    are the sources of the edges by id (title, outlet, url, published)."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)


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


def service_of(node: dict) -> str:
    """The node's service in the page's one vocabulary (police, military, ...), or ''."""
    service = (node.get("props") or {}).get("service") or ""
    return SERVICE_ALIASES.get(service, service)


def view_communities(data: GraphData) -> dict[str, int]:
    """Louvain communities of the persons and meetings of this view (units and
    offices are left out: a Polda at every meeting would join every circle)."""
    from kg.analyze import communities

    keep = {n["id"] for n in data.nodes if n["label"] in ("Person", "Meeting")}
    g = nx.Graph()
    g.add_nodes_from(keep)
    g.add_edges_from((e["source"], e["target"]) for e in data.edges if e["source"] in keep and e["target"] in keep)
    return communities(g)


def colours(data: GraphData, color_by: str = "service") -> tuple[dict[str, str], list[dict[str, str]]]:
    """The fill colour of every node and the legend that explains them, from one
    rule, so that every colour drawn is a colour the legend names.

    ``service``: a node of a known service takes the service's colour, any other
    its kind's colour. ``community``: persons and meetings take their
    community's colour (the legend names each by its best-connected persons).
    """
    fill: dict[str, str] = {}
    legend: dict[str, str] = {}
    comm = view_communities(data) if color_by == "community" else {}
    if comm:
        degree = Counter(x for e in data.edges for x in (e["source"], e["target"]))
        names = {n["id"]: n.get("name") or n["id"] for n in data.nodes}
        members: dict[int, list[str]] = {}
        for n in data.nodes:
            if n["id"] in comm and n["label"] == "Person":
                members.setdefault(comm[n["id"]], []).append(n["id"])
    for n in data.nodes:
        if n["id"] in comm:
            c = comm[n["id"]]
            if c < len(COMMUNITY_COLORS):
                fill[n["id"]] = COMMUNITY_COLORS[c]
                people = sorted(members.get(c, []), key=lambda x: (-degree[x], names[x]))
                text = ", ".join(names[x] for x in people[:3]) + (f" +{len(people) - 3}" if len(people) > 3 else "")
                legend[COMMUNITY_COLORS[c]] = f"circle {c + 1}: {text or 'meetings only'}"
            else:
                fill[n["id"]] = OTHER_COMMUNITY
                legend[OTHER_COMMUNITY] = "smaller circles"
            continue
        service = service_of(n)
        if service in SERVICE_COLORS:
            fill[n["id"]] = SERVICE_COLORS[service]
            legend[SERVICE_COLORS[service]] = service
        else:
            color = STYLE.get(n["label"], {"color": "#999999"})["color"]
            fill[n["id"]] = color
            legend.setdefault(color, n["label"] + (" (no service known)" if n["label"] in ("Person", "Unit") else ""))
    order = list(COMMUNITY_COLORS) + [OTHER_COMMUNITY] + list(SERVICE_COLORS.values())
    entries = sorted(legend.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    return fill, [{"color": c, "text": t} for c, t in entries]


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (labels inside boxes).

    >>> text_colour("#1f4e9c"), text_colour("#edc948")
    ('#ffffff', '#222222')
    """
    r, g, b = (int(background[i:i + 2], 16) / 255 for i in (1, 3, 5))
    lum = 0.2126 * r ** 2.2 + 0.7152 * g ** 2.2 + 0.0722 * b ** 2.2
    return "#222222" if lum > 0.18 else "#ffffff"


def node_label(n: dict) -> str:
    """What is written on a node: a person with its rank, anything cut at 40 characters with a mark."""
    text = str(n.get("name") or n["id"])
    if n["label"] == "Person" and n.get("rank"):
        text = f"{n['rank']} {text}"
    return text if len(text) <= 40 else text[:39] + "…"


def build_network(data: GraphData, measure: str = "degree", color_by: str = "service",
                  layout: str = "force") -> tuple[Network, list[dict[str, str]]]:
    """A pyvis Network with our styles, and its legend; layout precomputed for big graphs."""
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
    positions = _layout(data) if len(data.nodes) > LAYOUT_THRESHOLD and layout == "force" else {}
    sizes = _sizes(data, degree, measure)
    fill, legend = colours(data, color_by)
    for n in data.nodes:
        style = STYLE.get(n["label"], {"color": "#999999", "shape": "dot"})
        color = fill[n["id"]]
        # no vis "group": a group's default palette would win over the colour set here
        node = {"id": n["id"], "label": node_label(n), "shape": style["shape"], "color": color,
                "size": sizes[n["id"]], "kgLabel": n["label"], "kgService": service_of(n),
                "kgName": str(n.get("name") or n["id"]), "kgProps": n.get("props", {})}
        if style["shape"] == "box":
            node["font"] = {"color": text_colour(color)}
        if n["id"] in positions:
            node["x"], node["y"] = positions[n["id"]]
            node["physics"] = False
        net.nodes.append(node)
        net.node_ids.append(n["id"])
        net.node_map[n["id"]] = node
    for e in data.edges:
        props = e.get("props", {})
        weight = props.get("weight")
        edge = {"from": e["source"], "to": e["target"], "kgType": e["type"],
                "arrows": "" if e["type"] in UNDIRECTED else "to",
                "value": weight if isinstance(weight, (int, float)) else 1,
                "color": EDGE_COLORS.get(e["type"], "#cccccc"), "kgProps": props,
                "dashes": e["type"] == "REPRESENTED"}
        if e["type"] == "HOLDS_POSITION" and props.get("status") in HOLDING_STYLE:
            style = HOLDING_STYLE[props["status"]]
            edge.update(color=style["color"], width=style["width"], dashes=style["dashes"])
            edge.pop("value")
        net.edges.append(edge)
    return net, legend


def _layout(data: GraphData) -> dict[str, tuple[float, float]]:
    """Positions for a big graph, computed once in Python so the browser need not simulate.

    Each connected component is laid out by networkx's ForceAtlas2 (the
    layout Gephi users know) and gets its own square, the squares packed in
    rows, largest first.
    """
    import math

    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in data.nodes)
    g.add_edges_from((e["source"], e["target"]) for e in data.edges)
    components = sorted(nx.connected_components(g), key=len, reverse=True)
    positions: dict[str, tuple[float, float]] = {}
    # rows about as wide as the squares are tall together: a page that fits a screen, not a ribbon
    row_width = max(1.3 * math.sqrt(sum((60 * math.sqrt(len(c)) + 60) ** 2 for c in components)),
                    60 * math.sqrt(len(components[0])) + 60 if components else 0)
    x0 = y0 = row_height = 0.0
    for comp in components:
        side = 60 * math.sqrt(len(comp)) + 60
        if x0 + side > row_width and x0 > 0:
            x0, y0, row_height = 0.0, y0 + row_height, 0.0
        local = _forceatlas2(g.subgraph(comp))
        for node, (x, y) in local.items():
            positions[node] = (x0 + side / 2 + x * side / 2, y0 + side / 2 + y * side / 2)
        x0 += side
        row_height = max(row_height, side)
    return positions


def _forceatlas2(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """ForceAtlas2 positions of one component, scaled into [-1, 1].

    Above ``FA2_BACKBONE`` nodes only the best-connected ones are simulated;
    every other node goes next to its already placed neighbours (breadth
    first from the backbone), a little apart so that leaves fan out.
    """
    import numpy as np

    if len(g) == 1:
        return {next(iter(g)): (0.0, 0.0)}
    if len(g) <= SMALL_COMPONENT:
        # a small component is mostly a meeting and its attendees: the hub in the middle, the rest around
        # it (a simulation per component would cost a tenth of a second each, for hundreds of them)
        hub = max(g, key=lambda n: (g.degree(n), str(n)))
        rest = sorted((n for n in g if n != hub), key=str)
        return {n: (float(x), float(y)) for n, (x, y) in nx.shell_layout(g, [[hub], rest]).items()}
    backbone = sorted(g, key=lambda n: (-g.degree(n), str(n)))[:FA2_BACKBONE]
    pos = nx.forceatlas2_layout(g.subgraph(backbone), max_iter=60 if len(g) > FA2_BACKBONE else 100,
                                seed=seed, distributed_action=True)
    pos = {n: np.asarray(p, dtype=float) for n, p in pos.items()}
    if len(pos) < len(g):
        rng = np.random.default_rng(seed)
        spread = np.ptp(np.array(list(pos.values())), axis=0).max() / np.sqrt(len(pos)) or 1.0
        frontier = list(pos)
        while frontier:
            nxt = []
            for node in frontier:
                for nb in g[node]:
                    if nb not in pos:
                        placed = [pos[x] for x in g[nb] if x in pos]
                        angle = rng.uniform(0, 2 * np.pi)
                        pos[nb] = np.mean(placed, axis=0) + spread * 0.5 * np.array([np.cos(angle), np.sin(angle)])
                        nxt.append(nb)
            frontier = nxt
    nodes = list(pos)
    scaled = nx.rescale_layout(np.array([pos[n] for n in nodes]), scale=1.0)
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, scaled)}


def _json_for_script(value: Any) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return (json.dumps(value, ensure_ascii=False, default=str)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def vis_javascript() -> str:
    import pyvis

    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")


TEMPLATE = (Path(__file__).parent / "page.html")


def render(data: GraphData, out: str | Path, title: str = "kg graph", measure: str = "degree",
           color_by: str = "service", layout: str = "force") -> Path:
    """Write the exploration page for ``data`` to ``out`` and return its path.

    ``color_by`` is ``service`` or ``community``; ``layout`` ``force`` or
    ``hierarchical`` (top-down: parent units above their parts, heads and
    offices below their unit).
    """
    net, legend = build_network(data, measure, color_by, layout)
    physics = len(data.nodes) <= LAYOUT_THRESHOLD and layout == "force"
    shapes = sorted({n["label"] for n in data.nodes if n["label"] in STYLE}, key=list(STYLE).index)
    payload = {"nodes": net.nodes, "edges": net.edges, "physics": physics, "title": title, "layout": layout,
               "legend": legend, "shapes": {k: STYLE[k]["shape"] for k in shapes},
               "holdings": HOLDING_STYLE, "edgeColors": EDGE_COLORS, "articles": data.articles}
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

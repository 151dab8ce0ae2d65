"""Network analysis of who meets whom.

Pure functions over networkx graphs (graph in, dict or graph out), fed by the
``analysis_persons`` / ``analysis_units`` Cypher queries, plus two functions
that touch the outside world: :func:`write_back` (one batched statement per
label) and :func:`export` (GraphML, GEXF or CSV by file suffix).

The measures are the ones analysts of coordination networks ask for:
degree, betweenness and eigenvector centrality, communities, k-core, and
Gould–Fernandez brokerage across service groups (police, military, civil,
election bodies, ...), which says *who connects the services*.

Example:
    >>> rows = [{"node": "p:a", "name": "A", "meeting": "m:1", "date": "2024-01-02", "group": "police"},
    ...         {"node": "p:b", "name": "B", "meeting": "m:1", "date": "2024-01-02", "group": "military"}]
    >>> g = project(two_mode(rows))
    >>> g["p:a"]["p:b"]["weight"]
    1
"""

from __future__ import annotations

import csv
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

# Above this many nodes betweenness is estimated from a sample of sources.
EXACT_BETWEENNESS_LIMIT = 2_000
BETWEENNESS_SAMPLE = 500
RANK_SERVICE_GROUP = {"POLRI": "police", "TNI": "military"}


def service_group(rank_services: Iterable[str | None], unit_services: Iterable[str | None]) -> str:
    """One group per node: the service of a rank wins over the units of held offices.

    >>> service_group(["POLRI"], ["civil"])
    'police'
    >>> service_group([], ["election", "election"])
    'election'
    >>> service_group([], [])
    'unknown'
    """
    for service in rank_services:
        if service in RANK_SERVICE_GROUP:
            return RANK_SERVICE_GROUP[service]
    counts = Counter(s for s in unit_services if s)
    return counts.most_common(1)[0][0] if counts else "unknown"


def rows_with_groups(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``group`` and ``region`` to rows of the analysis queries."""
    out = []
    for row in rows:
        row = dict(row)
        row.setdefault("group", service_group(row.get("rank_services") or [], row.get("unit_services") or []))
        regions = [r for r in row.get("regions") or [] if r]
        row.setdefault("region", regions[0] if regions else None)
        out.append(row)
    return out


# -- building the networks --------------------------------------------------

def two_mode(rows: Iterable[dict[str, Any]]) -> nx.Graph:
    """The actor–meeting two-mode network: one node per actor (``bipartite=0``)
    and per meeting (``bipartite=1``), an edge for each attendance.

    Rows need ``node``, ``meeting``; ``name``, ``group``, ``region``, ``date``
    and ``title`` are kept as node attributes when present.
    """
    g = nx.Graph()
    for row in rows:
        actor, meeting = row["node"], row["meeting"]
        if actor not in g:
            g.add_node(actor, bipartite=0, name=row.get("name") or actor, group=row.get("group", "unknown"),
                       region=row.get("region"))
        if meeting not in g:
            name = meeting_label(row, row.get("hosts")) if row.get("kind") else row.get("title") or meeting
            g.add_node(meeting, bipartite=1, name=name, date=row.get("date"), title=row.get("title"))
        g.add_edge(actor, meeting)
    return g


def meeting_label(props: dict[str, Any], hosts: list[str] | None = None) -> str:
    """A meeting as an analyst names it: date, kind, and the host unit, else the venue.

    >>> meeting_label({"date": "2024-08-01", "kind": "rakor", "venue": "Aula Rupatama Mapolda NTT"})
    '2024-08-01 rakor, Aula Rupatama Mapolda NTT'
    >>> meeting_label({"date": "2024-11-23", "kind": "rakor"}, ["Polres Belu"])
    '2024-11-23 rakor, Polres Belu'
    """
    head = " ".join(x for x in (props.get("date"), props.get("kind") or "meeting") if x)
    place = next((h for h in hosts or [] if h), None) or props.get("venue") or props.get("region")
    return f"{head}, {place}" if place else head


def anchor_unit(meeting_id: str, date: str | None, kind: str | None) -> str | None:
    """The unit id a meeting's key was made from (its host, else the chair's
    unit), read back from ``meeting:<date>-<kind>-unit-<slug>``: few articles
    name the organiser, so this is most meetings' place. None for other ids.

    >>> anchor_unit("meeting:2024-11-23-rakor-unit-polres-belu", "2024-11-23", "rakor")
    'unit:polres-belu'
    """
    head = f"meeting:{date}-{kind}-unit-"
    return "unit:" + meeting_id[len(head):] if date and kind and meeting_id.startswith(head) else None


def unit_names(store, ids: Iterable[str]) -> dict[str, str]:
    """Names of the units with these ids (those that exist)."""
    import queries

    ids = sorted(set(ids))
    return {r["id"]: r["name"] for r in store.read(queries.get("nodes_by_id").text, {"ids": ids})} if ids else {}


def actors(g: nx.Graph) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d.get("bipartite") == 0]


def project(g: nx.Graph) -> nx.Graph:
    """The weighted one-mode projection on actors: an edge for every pair that
    shared a meeting, ``weight`` = number of shared meetings, ``first``/``last``
    = dates of the first and last shared meeting.

    Built meeting by meeting, so the cost is the sum of squared meeting sizes,
    not the square of the number of actors.
    """
    p = nx.Graph()
    p.add_nodes_from((n, g.nodes[n]) for n in actors(g))
    for m, data in g.nodes(data=True):
        if data.get("bipartite") != 1:
            continue
        date = data.get("date")
        for a, b in combinations(sorted(g[m]), 2):
            if p.has_edge(a, b):
                e = p[a][b]
                e["weight"] += 1
                if date:
                    e["first"] = min(filter(None, (e["first"], date)))
                    e["last"] = max(filter(None, (e["last"], date)))
            else:
                p.add_edge(a, b, weight=1, first=date, last=date)
    return p


def time_slice(g: nx.Graph, since: str | None = None, until: str | None = None) -> nx.Graph:
    """The two-mode network restricted to meetings dated within [since, until]
    (ISO dates, both ends included); actors left without a meeting are dropped."""
    keep = {m for m, d in g.nodes(data=True) if d.get("bipartite") == 1 and d.get("date")
            and (since is None or d["date"] >= since) and (until is None or d["date"] <= until)}
    linked = {a for m in keep for a in g[m]}
    return g.subgraph(keep | linked).copy()


# -- measures -----------------------------------------------------------------

def centrality(g: nx.Graph, sample: int | None = None, seed: int = 7) -> dict[str, dict[str, float]]:
    """Degree (weighted: the number of co-attendance ties), betweenness and
    eigenvector centrality of every node of a one-mode network.

    Betweenness is exact up to ``EXACT_BETWEENNESS_LIMIT`` nodes and estimated
    from ``sample`` (default ``BETWEENNESS_SAMPLE``) source nodes above it.
    """
    if g.number_of_nodes() == 0:
        return {}
    k = None
    if g.number_of_nodes() > EXACT_BETWEENNESS_LIMIT:
        k = min(sample or BETWEENNESS_SAMPLE, g.number_of_nodes())
    between = nx.betweenness_centrality(g, k=k, seed=seed, normalized=True)
    eigen = _eigenvector(g)
    degree = dict(g.degree())
    return {n: {"degree": degree[n], "betweenness": between[n], "eigenvector": eigen.get(n, 0.0)} for n in g}


def _eigenvector(g: nx.Graph, tol: float = 1e-9, max_iter: int = 1000) -> dict[str, float]:
    """Weighted eigenvector centrality, per connected component (the measure is
    not defined across components), scaled by the component's share of nodes.

    Power iteration on ``A + I`` (as networkx does, to avoid oscillation) with
    numpy over edge arrays: networkx's pure-Python iteration takes seconds per
    few hundred nodes on dense co-attendance cliques.
    """
    import numpy as np

    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    comp = np.zeros(n, dtype=np.int64)
    sizes = []
    for ci, members in enumerate(nx.connected_components(g)):
        comp[[index[v] for v in members]] = ci
        sizes.append(len(members))
    edges = [(index[a], index[b], d.get("weight", 1)) for a, b, d in g.edges(data=True)]
    src = np.array([e[0] for e in edges] + [e[1] for e in edges], dtype=np.int64)
    dst = np.array([e[1] for e in edges] + [e[0] for e in edges], dtype=np.int64)
    w = np.array([e[2] for e in edges] * 2, dtype=float)
    x = np.ones(n)
    for _ in range(max_iter):
        y = x + np.bincount(src, weights=w * x[dst], minlength=n)
        y /= np.sqrt(np.bincount(comp, weights=y * y))[comp]
        done = np.abs(y - x).sum() < n * tol
        x = y
        if done:
            break
    sizes_arr = np.array(sizes)
    x = np.where(sizes_arr[comp] > 1, x * sizes_arr[comp] / n, 0.0)
    return {v: float(x[i]) for i, v in enumerate(nodes)}


def communities(g: nx.Graph, seed: int = 7) -> dict[str, int]:
    """Louvain communities (weighted), numbered from the largest: node -> community."""
    if g.number_of_nodes() == 0:
        return {}
    found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {n: i for i, comm in enumerate(ordered) for n in comm}


def k_core(g: nx.Graph) -> dict[str, int]:
    """The core number of each node: the largest k of a k-core containing it."""
    h = g.copy()
    h.remove_edges_from(nx.selfloop_edges(h))
    return nx.core_number(h)


BROKER_ROLES = ("coordinator", "consultant", "representative", "liaison")


def brokerage(g: nx.Graph, group: str = "group") -> dict[str, dict[str, int]]:
    """Gould–Fernandez brokerage roles on an undirected network.

    For every node ``b`` and every pair of its neighbours ``a``, ``c`` that are
    not tied to each other, ``b`` brokers between them; by groups:

    - coordinator: a, b and c all in one group;
    - consultant (itinerant): a and c in one group, b in another;
    - representative (gatekeeper/representative, which coincide without
      direction): b shares its group with exactly one of a and c;
    - liaison: three different groups.

    ``cross_group`` counts all but coordinator: the brokering that links services.

    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> nx.set_node_attributes(g, {"a": "police", "b": "civil", "c": "military"}, "group")
    >>> brokerage(g)["b"]["liaison"]
    1
    """
    groups = nx.get_node_attributes(g, group)
    out: dict[str, dict[str, int]] = {}
    for b in g:
        counts = dict.fromkeys(BROKER_ROLES, 0)
        nbrs = list(g[b])
        gb = groups.get(b)
        for i, a in enumerate(nbrs):
            adj_a = g[a]
            ga = groups.get(a)
            for c in nbrs[i + 1:]:
                if c in adj_a:
                    continue
                gc = groups.get(c)
                if ga == gb == gc:
                    counts["coordinator"] += 1
                elif ga == gc:
                    counts["consultant"] += 1
                elif gb in (ga, gc):
                    counts["representative"] += 1
                else:
                    counts["liaison"] += 1
        counts["total"] = sum(counts[r] for r in BROKER_ROLES)
        counts["cross_group"] = counts["total"] - counts["coordinator"]
        out[b] = counts
    return out


def measures(g: nx.Graph, sample: int | None = None) -> dict[str, dict[str, Any]]:
    """All measures of a one-mode network, per node, under the names written back
    (``kg_degree``, ``kg_betweenness``, ...)."""
    cent = centrality(g, sample=sample)
    comm = communities(g)
    core = k_core(g)
    broker = brokerage(g)
    out = {}
    for n in g:
        c = cent.get(n, {})
        out[n] = {
            "kg_degree": c.get("degree", 0),
            "kg_betweenness": round(c.get("betweenness", 0.0), 6),
            "kg_eigenvector": round(c.get("eigenvector", 0.0), 6),
            "kg_community": comm.get(n),
            "kg_core": core.get(n, 0),
            "kg_brokerage": broker[n]["total"],
            "kg_cross_group_brokerage": broker[n]["cross_group"],
        }
    return out


def centrality_over_time(g: nx.Graph, node: str, windows: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """How one actor's centrality changes: the measures of ``node`` in the
    co-attendance network of each (since, until) window of the two-mode ``g``."""
    series = []
    for since, until in windows:
        sliced = project(time_slice(g, since, until))
        values = centrality(sliced).get(node, {"degree": 0, "betweenness": 0.0, "eigenvector": 0.0})
        series.append({"since": since, "until": until, **values})
    return series


def monthly_windows(dates: Iterable[str]) -> list[tuple[str, str]]:
    """Calendar-month windows covering the given ISO dates.

    >>> monthly_windows(["2024-01-15", "2024-03-02"])
    [('2024-01-01', '2024-01-31'), ('2024-02-01', '2024-02-31'), ('2024-03-01', '2024-03-31')]
    """
    months = sorted({d[:7] for d in dates if d})
    if not months:
        return []
    y, m = map(int, months[0].split("-"))
    end = tuple(map(int, months[-1].split("-")))
    out = []
    while (y, m) <= end:
        out.append((f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-31"))  # string bounds: "-31" covers every month
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# -- analysis of a stored graph ---------------------------------------------------

@dataclass
class Analysis:
    """What ``kg analyze`` computed: the networks and the measures per node."""
    two_mode: dict[str, nx.Graph] = field(default_factory=dict)   # "persons" / "units"
    networks: dict[str, nx.Graph] = field(default_factory=dict)   # one-mode projections
    measures: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def top(self, kind: str, measure: str, n: int = 10) -> list[tuple[str, Any]]:
        g = self.networks[kind]
        values = self.measures[kind]
        ranked = sorted(values, key=lambda k: (-(values[k][f"kg_{measure}"] or 0), g.nodes[k]["name"]))
        return [(g.nodes[k]["name"], values[k][f"kg_{measure}"]) for k in ranked[:n]]


def read_networks(store, kind: str = "persons", since: str | None = None,
                  until: str | None = None) -> tuple[nx.Graph, nx.Graph]:
    """The two-mode network of ``kind`` ("persons" or "units") and meetings
    from the stored graph, and its co-attendance projection."""
    import queries

    rows = rows_with_groups(store.read(queries.get(f"analysis_{kind}").text, {"since": since, "until": until}))
    anchors = {r["meeting"]: anchor_unit(r["meeting"], r.get("date"), r.get("kind")) for r in rows}
    names = unit_names(store, (a for a in anchors.values() if a))
    for r in rows:
        if names.get(anchors[r["meeting"]]):
            r["hosts"] = [names[anchors[r["meeting"]]]]
    g = two_mode(rows)
    return g, project(g)


def analyze(store, since: str | None = None, until: str | None = None, sample: int | None = None,
            write: bool = True) -> Analysis:
    """Read the attendance of persons and units from ``store``, build the
    networks, compute every measure and (``write``) store them on the nodes."""
    result = Analysis()
    for kind in ("persons", "units"):
        result.two_mode[kind], result.networks[kind] = read_networks(store, kind, since, until)
        result.measures[kind] = measures(result.networks[kind], sample=sample)
        nx.set_node_attributes(result.networks[kind], result.measures[kind])
    if write:
        write_back(store, "Person", result.measures["persons"])
        write_back(store, "Unit", result.measures["units"])
    return result


def write_back(store, label: str, values: dict[str, dict[str, Any]]) -> int:
    """Store measures as node properties in one batched statement; returns rows written."""
    from kg.schema import check_label

    rows = [{"id": node, "props": {k: v for k, v in props.items() if v is not None}} for node, props in values.items()]
    if rows:
        store.run_write(f"UNWIND $rows AS row MATCH (n:{check_label(label)} {{id: row.id}}) SET n += row.props",
                        {"rows": rows})
    return len(rows)


# -- export ---------------------------------------------------------------------

def _plain(g: nx.Graph, dynamic: bool = False) -> nx.Graph:
    """A copy whose attributes GraphML/GEXF can hold: no None, lists joined.

    Every node's ``label`` is its name (Gephi shows labels; the id stays the
    node's id). ``dynamic`` adds GEXF ``start``/``end``: a meeting lasts its
    day, a tie runs from the first to the last shared meeting, and an
    attendance of the two-mode network is dated by its meeting.
    """
    h = nx.Graph()
    for n, data in g.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in data.items() if v is not None and k != "label"}
        attrs["label"] = str(data.get("name") or data.get("label") or n)
        if dynamic and data.get("date"):
            attrs["start"] = attrs["end"] = data["date"]
        h.add_node(n, **attrs)
    for a, b, data in g.edges(data=True):
        attrs = {k: _scalar(v) for k, v in data.items() if v is not None}
        if dynamic and data.get("first"):
            attrs["start"], attrs["end"] = data["first"], data["last"]
        elif dynamic:
            dates = [g.nodes[x].get("date") for x in (a, b) if g.nodes[x].get("bipartite") == 1]
            if dates and dates[0]:
                attrs["start"] = attrs["end"] = dates[0]
        h.add_edge(a, b, **attrs)
    return h


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple, set)):
        return "; ".join(map(str, value))
    if isinstance(value, float) and not math.isfinite(value):
        return 0.0
    return value


EXPORT_FORMATS = (".graphml", ".gexf", ".csv")


def export_format(path: str | Path) -> str:
    """The export format of a file name (its suffix), or ValueError in words;
    cheap, so a command can check it before a long analysis.

    >>> export_format("out/August.GEXF")
    '.gexf'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ValueError(f"cannot export to {Path(path).name}: use a .graphml, .gexf or .csv file name")
    return suffix


def export(g: nx.Graph, path: str | Path) -> Path:
    """Write ``g`` as GraphML (``.graphml``), GEXF with time attributes for
    Gephi (``.gexf``) or a CSV edge list (``.csv``), by the file's suffix."""
    suffix = export_format(path)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".graphml":
        nx.write_graphml(_plain(g), path)
    elif suffix == ".gexf":
        writer = GEXFWriter(encoding="utf-8", prettyprint=True)
        writer.add_graph(_plain(g, dynamic=True))
        # networkx writes <graph name="">, which the GEXF 1.2 schema does not allow (a test validates)
        writer.graph_element.attrib.pop("name", None)
        writer.write(path)
    elif suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["source", "source_name", "target", "target_name", "weight", "first", "last"])
            for a, b, d in sorted(g.edges(data=True)):
                writer.writerow([a, g.nodes[a].get("name", a), b, g.nodes[b].get("name", b),
                                 d.get("weight", 1), d.get("first"), d.get("last")])
    return path


def group_summary(g: nx.Graph) -> dict[str, int]:
    """Number of actors per service group."""
    return dict(Counter(d.get("group", "unknown") for _, d in g.nodes(data=True)))


def tie_summary(g: nx.Graph) -> dict[tuple[str, str], int]:
    """Co-attendance ties between service groups (sorted group pairs)."""
    out: dict[tuple[str, str], int] = defaultdict(int)
    for a, b in g.edges():
        pair = tuple(sorted((g.nodes[a].get("group", "unknown"), g.nodes[b].get("group", "unknown"))))
        out[pair] += 1
    return dict(out)

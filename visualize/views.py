"""What a page shows: who meets whom (the default), the whole graph, an ego
network, one meeting, the command hierarchy of a unit, the co-attendance
network of persons, or a date window.

Views read the store with the named queries of ``queries/`` and return
plain ``GraphData`` for ``visualize.html.render``. They also make the nodes
readable: a person carries its rank (Rank nodes are hubs that every officer
of a grade shares, so they are not drawn), a meeting is labelled by date,
kind and place, and the articles behind the edges come along with their
title, outlet, URL and date.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import queries
from kg.analyze import anchor_unit, meeting_label
from kg.store import Store
from visualize.html import GraphData

HIDDEN_TYPES = {"MENTIONED_IN", "HAS_RANK"}
HIDDEN_LABELS = {"Article", "Rank"}
RANK_SERVICE_GROUP = {"POLRI": "police", "TNI": "military", "TNI-AD": "military", "TNI-AL": "military",
                      "TNI-AU": "military"}
# The default page: who meets whom (persons and units at meetings, who stood in for whom); offices,
# commands and ranks are in each node's details, and `--all` draws them.
OVERVIEW_LABELS = {"Person", "Meeting", "Unit"}
OVERVIEW_TYPES = {"ATTENDED", "ORGANIZED", "REPRESENTED"}
# Partial matches beyond this many are listed for the user to choose from, not all drawn.
MAX_FOCUS = 5


class ViewError(ValueError):
    """Nothing (or too much) found for what the user asked; the message says what to try."""


@dataclass
class View:
    data: GraphData
    title: str
    layout: str = "force"        # or "hierarchical" (top-down command chains)
    color_by: str = "service"    # or "community"


# -- reading ---------------------------------------------------------------------

def _edges(store: Store, query: str, **params) -> GraphData:
    return _graph_from_edges(store, store.read(queries.get(query).text, params))


def _graph_from_edges(store: Store, rows: list[dict], labels: set[str] | None = None,
                      types: set[str] | None = None) -> GraphData:
    rows = [r for r in rows if r["type"] not in HIDDEN_TYPES
            and r.get("source_label") not in HIDDEN_LABELS and r.get("target_label") not in HIDDEN_LABELS
            and (types is None or r["type"] in types)
            and (labels is None or (r.get("source_label") in labels and r.get("target_label") in labels))]
    ids = sorted({r["source"] for r in rows} | {r["target"] for r in rows})
    nodes = store.read(queries.get("nodes_by_id").text, {"ids": ids}) if ids else []
    with_hosts(store, nodes)
    data = GraphData(nodes=[readable(n) for n in nodes], edges=rows)
    data.articles = articles_of(store, data)
    return data


def with_hosts(store: Store, nodes: list[dict]) -> None:
    """Give meetings that no ORGANIZED edge hosts the unit their id was keyed on,
    so that they can be labelled by place (few articles name the organiser)."""
    anchors = {n["id"]: anchor_unit(n["id"], n["props"].get("date"), n["props"].get("kind"))
               for n in nodes if n["label"] == "Meeting" and not [h for h in n.get("hosts") or [] if h]}
    wanted = sorted({a for a in anchors.values() if a})
    if not wanted:
        return
    names = {r["id"]: r["name"] for r in store.read(queries.get("nodes_by_id").text, {"ids": wanted})}
    for n in nodes:
        if names.get(anchors.get(n["id"])):
            n["hosts"] = [names[anchors[n["id"]]]]


def readable(node: dict) -> dict:
    """A node as a page shows it: rank on the person, meetings by date, kind and place.

    >>> readable({"id": "m", "label": "Meeting", "name": "Belu.Spektrum-ntt.com || Dalam", "hosts": ["Polres Belu"],
    ...           "props": {"date": "2024-11-23", "kind": "rakor", "venue": "Aula Wira Satya"}})["name"]
    '2024-11-23 rakor, Polres Belu'
    >>> readable({"id": "p", "label": "Person", "name": "Lorensius", "ranks": ["KOMPOL"], "rank_services": ["POLRI"],
    ...           "props": {}})["props"]["service"]
    'police'
    """
    node = dict(node)
    props = dict(node.get("props") or {})
    ranks = [r for r in node.pop("ranks", None) or [] if r]
    services = [s for s in node.pop("rank_services", None) or [] if s]
    hosts = [h for h in node.pop("hosts", None) or [] if h]
    if node["label"] == "Person" and ranks:
        props["rank"] = ", ".join(ranks)
        node["rank"] = ranks[0]
        if not props.get("service") and services and services[0] in RANK_SERVICE_GROUP:
            props["service"] = RANK_SERVICE_GROUP[services[0]]
    if node["label"] == "Meeting":
        props.setdefault("title", node.get("name"))
        if hosts:
            props["hosts"] = hosts
        node["name"] = meeting_label(props, hosts)
    node["props"] = props
    return node


def articles_of(store: Store, data: GraphData) -> dict[str, dict]:
    """The articles behind the edges of a view, by id: title, outlet, URL, date, file."""
    ids = sorted({s for e in data.edges for s in (e.get("props") or {}).get("sources") or []}
                 | {s for n in data.nodes for s in (n.get("props") or {}).get("sources") or []})
    if not ids:
        return {}
    out = {}
    for row in store.read(queries.get("nodes_by_id").text, {"ids": ids}):
        p = row["props"]
        out[row["id"]] = {k: p.get(k) for k in ("title", "outlet", "url", "published", "source") if p.get(k)}
    return out


# -- finding a node by name --------------------------------------------------------

def find_nodes(store: Store, text: str, labels: set[str] | None = None) -> list[dict]:
    """Nodes whose name or alias is ``text`` (case-insensitive); else those that
    contain it as a part (``benny`` finds ``Benny Miniani Arief``). Raises
    ViewError with the nearest names when nothing matches."""
    rows = [r for r in store.read(queries.get("node_names").text, {})
            if (labels is None or r["label"] in labels) and r["label"] not in HIDDEN_LABELS - {"Rank"}]
    return match_names(rows, text)


def match_names(rows: list[dict], text: str) -> list[dict]:
    """The rows (``name``, ``aliases``) that match ``text``: exact first, then by part.

    >>> rows = [{"id": "1", "name": "Benny Miniani Arief", "aliases": ["Benny Arief"]},
    ...         {"id": "2", "name": "Polres Belu", "aliases": []}]
    >>> [r["id"] for r in match_names(rows, "benny")]
    ['1']
    >>> match_names(rows, "Pollres Bellu")
    Traceback (most recent call last):
    ...
    visualize.views.ViewError: nothing is named 'Pollres Bellu'; nearest names: Polres Belu
    """
    want = " ".join(text.casefold().split())
    if not want:
        raise ViewError("give a name to look for")

    def names(r: dict) -> list[str]:
        return [" ".join(str(x).casefold().split()) for x in [r["name"], *(r.get("aliases") or [])] if x]

    exact = [r for r in rows if want in names(r)]
    if exact:
        return exact
    words = want.split()

    def starts_words(n: str) -> bool:  # each word of the query begins a word of the name: polda is not kesbangpoldagri
        tokens = [t for t in re.split(r"[\s/.,()\-]+", n) if t]
        return all(any(t.startswith(w) for t in tokens) for w in words) or (len(want) > 3 and f" {want}" in f" {n}")

    part = [r for r in rows if any(starts_words(n) for n in names(r))]
    if part:
        return part
    by_name = {n: r["name"] for r in rows for n in names(r)}
    near = difflib.get_close_matches(want, list(by_name), n=5, cutoff=0.7)
    # a word of a long name ("benni" for "Benny Miniani Arief") is near one of its words
    if len(near) < 5:
        for n, name in by_name.items():
            if len(near) >= 5:
                break
            if n not in near and any(difflib.get_close_matches(w, n.split(), n=1, cutoff=0.75) for w in words):
                near.append(n)
    shown = list(dict.fromkeys(by_name[n] for n in near))
    raise ViewError(f"nothing is named {text!r}" + (f"; nearest names: {', '.join(shown)}" if shown
                                                     else "; `kg query node_names` lists every name"))


def _focus(store: Store, text: str, labels: set[str] | None = None) -> list[dict]:
    found = find_nodes(store, text, labels)
    if len(found) > MAX_FOCUS:
        listed = ", ".join(sorted({f"{r['name']} ({r['label']})" for r in found})[:12])
        raise ViewError(f"{text!r} matches {len(found)} names; give more of one: {listed}")
    return found


# -- the views ---------------------------------------------------------------------

def whole_graph(store: Store, limit: int = 200000) -> GraphData:
    """Every node but articles and ranks (ranks are on their persons)."""
    return _edges(store, "graph_all", limit=limit)


def overview_graph(store: Store, limit: int = 200000) -> GraphData:
    """Who meets whom: persons, meetings and units, with attendance, hosting
    and stand-ins; offices and ranks are in each person's details."""
    rows = store.read(queries.get("graph_all").text, {"limit": limit})
    return _graph_from_edges(store, rows, labels=OVERVIEW_LABELS, types=OVERVIEW_TYPES)


def ego_graph(store: Store, name: str, hops: int = 2) -> GraphData:
    """Everything within ``hops`` of the nodes named (by part, case-insensitively) ``name``."""
    ids = [r["id"] for r in _focus(store, name)]
    return _edges(store, "view_ego", ids=ids, hops=hops)


def meeting_graph(store: Store, meeting: str) -> GraphData:
    """One meeting (by id, or every meeting of a date) with its attendees and stand-ins."""
    return _edges(store, "view_meeting", meeting=meeting)


def command_graph(store: Store, unit: str) -> GraphData:
    """The units above and below ``unit`` (by part of its name), their heads and offices."""
    found = _focus(store, unit, {"Unit"})
    if len(found) > 1:
        raise ViewError(f"{unit!r} matches several units; give one of: {', '.join(sorted(r['name'] for r in found))}")
    return _edges(store, "view_command", unit=found[0]["name"])


def window_graph(store: Store, since: str, until: str) -> GraphData:
    """Meetings held between ``since`` and ``until`` and everyone at them."""
    return _edges(store, "view_window", since=since, until=until)


def coattendance_graph(store: Store, since: str | None = None, until: str | None = None) -> GraphData:
    """Persons linked by the number of meetings they shared (``CO_ATTENDED``, ``weight``)."""
    from kg import analyze

    _, g = analyze.read_networks(store, "persons", since, until)
    edges = [{"source": a, "target": b, "type": "CO_ATTENDED", "props": dict(d)} for a, b, d in g.edges(data=True)]
    nodes = store.read(queries.get("nodes_by_id").text, {"ids": sorted(g)}) if len(g) else []
    nodes = [readable(n) for n in nodes]
    for n in nodes:  # the service group the analysis assigned colours the node
        n["props"] = {**n["props"], "service": n["props"].get("service") or g.nodes[n["id"]].get("group")}
    data = GraphData(nodes=nodes, edges=edges)
    data.articles = {}
    return data


def select(store: Store, *, focus: str | None = None, hops: int = 2, meeting: str | None = None,
           unit: str | None = None, coattendance: bool = False, since: str | None = None,
           until: str | None = None, everything: bool = False) -> View:
    """The view the options of ``kg viz`` ask for; ViewError when it is empty
    or the options contradict each other."""
    chosen = [name for name, on in (("--focus", focus), ("--meeting", meeting), ("--unit", unit),
                                    ("--coattendance", coattendance), ("--all", everything)) if on]
    if len(chosen) > 1:
        raise ViewError(f"choose one of --focus, --meeting, --unit, --coattendance, --all (not {' and '.join(chosen)})")
    if focus:
        view = View(ego_graph(store, focus, hops), f"{focus} ({hops} hops)")
    elif meeting:
        if re.match(r"^\d{4}\D\d{1,2}\D\d{1,2}$|^\d{1,2}\D\d{1,2}\D\d{4}$", meeting):  # meant as a date
            try:
                queries.check_date(meeting)
            except ValueError as exc:
                raise ViewError(f"--meeting: {exc}") from None
        view = View(meeting_graph(store, meeting), f"meeting {meeting}")
    elif unit:
        view = View(command_graph(store, unit), f"command hierarchy of {unit}", layout="hierarchical")
    elif coattendance:
        view = View(coattendance_graph(store, since, until), "co-attendance", color_by="community")
    elif since or until:
        view = View(window_graph(store, since or "0000-00-00", until or "9999-12-31"),
                    f"meetings {since or '…'} to {until or '…'}")
    elif everything:
        view = View(whole_graph(store), "whole graph")
    else:
        view = View(overview_graph(store), "who meets whom (colours: communities)", color_by="community")
    if chosen and not view.data.nodes:
        raise ViewError(f"nothing found for {chosen[0]} {focus or meeting or unit or ''}".rstrip()
                        + "; `kg query node_names` lists every name")
    return view


def write_page(store: Store, out: str | Path, *, measure: str = "degree", timeline: str | None = None,
               **selection: Any) -> tuple[Path, str]:
    """Write the page the options of ``kg viz`` ask for to ``out``; returns the
    path and a summary of what it holds. ``timeline`` names an office or a
    person for a timeline page; ``selection`` goes to :func:`select`."""
    from visualize.html import render

    if timeline:
        from visualize.timeline import render_timeline, timeline as make_timeline

        if any(selection.get(k) for k in ("focus", "meeting", "unit", "coattendance", "everything")):
            raise ViewError("choose one of --timeline, --focus, --meeting, --unit, --coattendance, --all")
        tl = make_timeline(store, timeline)
        return render_timeline(tl, out), f"{len(tl.events)} events in {len(tl.rows)} rows"
    view = select(store, **selection)
    path = render(view.data, out, title=f"kg: {view.title}", measure=measure, color_by=view.color_by,
                  layout=view.layout)
    return path, f"{len(view.data.nodes)} nodes, {len(view.data.edges)} edges"

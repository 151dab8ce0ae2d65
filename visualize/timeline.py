"""A timeline page: an office's holders over time, or a person's offices and
meetings over time (``kg viz --timeline OFFICE|PERSON``).

One row per holder (of an office) or per office (of a person), a bar from
the first to the last date the holding was seen, styled by its status as in
the network pages; meetings are dots on a row of their own. The page is one
offline file like the others: data as JSON, text only through
``textContent``, drawn as SVG by a few lines of script.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import queries
from kg.analyze import anchor_unit, meeting_label, unit_names
from kg.store import Store
from visualize.html import HOLDING_STYLE, STYLE, _escape, _json_for_script
from visualize.views import ViewError, articles_of, find_nodes

TEMPLATE = Path(__file__).parent / "timeline.html"
SUBJECTS = {"Person", "Position"}
MEETINGS_ROW = "meetings"


@dataclass
class Timeline:
    """Rows of dated events about one office or person."""

    title: str
    subject_label: str
    events: list[dict[str, Any]] = field(default_factory=list)
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def rows(self) -> list[str]:
        """Row names, earliest first (meetings last)."""
        first: dict[str, str] = {}
        for e in self.events:
            if e["row"] != MEETINGS_ROW:
                first[e["row"]] = min(first.get(e["row"], "9999"), e["start"] or "9999")
        rows = sorted(first, key=lambda r: (first[r], r))
        return rows + ([MEETINGS_ROW] if any(e["row"] == MEETINGS_ROW for e in self.events) else [])


def events(rows: list[dict[str, Any]], hosts: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Timeline events from ``view_timeline`` rows: holdings as bars, meetings as dots.

    >>> rows = [{"subject_label": "Position", "type": "HOLDS_POSITION", "other": "p", "other_name": "Lorensius",
    ...          "props": {"status": "current", "first_seen": "2024-11-23", "last_seen": "2024-11-23"},
    ...          "other_props": {}}]
    >>> [(e["row"], e["kind"], e["status"], e["start"]) for e in events(rows)]
    [('Lorensius', 'holding', 'current', '2024-11-23')]
    """
    out = []
    for r in rows:
        props, other = r.get("props") or {}, r.get("other_props") or {}
        if r["type"] == "HOLDS_POSITION":
            start, end = props.get("first_seen"), props.get("last_seen") or props.get("first_seen")
            if not start:
                continue
            out.append({"row": r["other_name"] or r["other"], "kind": "holding", "status": props.get("status") or "",
                        "start": start, "end": end, "label": r["other_name"], "props": props})
        else:
            date = other.get("date")
            if not date:
                continue
            label = meeting_label(other, [hosts[r["other"]]] if hosts and r["other"] in hosts else None)
            out.append({"row": MEETINGS_ROW, "kind": "meeting", "status": props.get("role") or "", "start": date,
                        "end": date, "label": label, "props": props})
    return sorted(out, key=lambda e: (e["start"], e["row"]))


def timeline(store: Store, name: str) -> Timeline:
    """The timeline of the office or person named (by part, case-insensitively) ``name``."""
    found = find_nodes(store, name, SUBJECTS)
    if len(found) > 1:
        exact = [r for r in found if r["name"].casefold() == name.casefold()]
        found = exact or found
    if len(found) > 1:
        raise ViewError(f"{name!r} matches {len(found)} offices and persons; give one of: "
                        + ", ".join(sorted(f"{r['name']} ({r['label']})" for r in found)[:12]))
    subject = found[0]
    rows = store.read(queries.get("view_timeline").text, {"ids": [subject["id"]]})
    anchors = {r["other"]: anchor_unit(r["other"], (r.get("other_props") or {}).get("date"),
                                       (r.get("other_props") or {}).get("kind"))
               for r in rows if r["type"] == "ATTENDED"}
    names = unit_names(store, (a for a in anchors.values() if a))
    hosts = {m: names[a] for m, a in anchors.items() if a in names}
    what = "holders of" if subject["label"] == "Position" else "offices and meetings of"
    tl = Timeline(f"{what} {subject['name']}", subject["label"], events(rows, hosts))
    if not tl.events:
        raise ViewError(f"{subject['name']} has no dated holdings or meetings to put on a timeline")
    from visualize.html import GraphData

    tl.articles = articles_of(store, GraphData(nodes=[], edges=[{"props": e["props"]} for e in tl.events]))
    return tl


def render_timeline(tl: Timeline, out: str | Path, title: str | None = None) -> Path:
    """Write the timeline page to ``out`` and return its path."""
    title = title or f"kg: {tl.title}"
    payload = {"title": title, "rows": tl.rows, "events": tl.events, "articles": tl.articles,
               "holdings": HOLDING_STYLE, "meetingColor": STYLE["Meeting"]["color"]}
    page = TEMPLATE.read_text(encoding="utf-8")
    page = page.replace("/*KG_DATA*/", _json_for_script(payload)).replace("<!--TITLE-->", _escape(title))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out

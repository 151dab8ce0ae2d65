"""The graph of one article as plain dataclasses.

An ``ArticleGraph`` is what the extractor produces and what the resolver and
the store consume. It serialises to the property-graph JSON shape that
``../shared/eval/score.py`` reads, so extraction can be judged without a
database.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any

from kg.schema import EVIDENCE_CAP, LIST_PROPERTIES, check_label, check_type, short_evidence


@lru_cache(maxsize=131072)
def slug(text: str) -> str:
    """A lower-case, punctuation-free key: ``'Kodim 1605/Belu'`` -> ``'kodim-1605-belu'``."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_id(label: str, key: str) -> str:
    """Deterministic node id from a label and a natural key."""
    return f"{label.lower()}:{slug(key) or hashlib.sha1(key.encode()).hexdigest()[:12]}"


@dataclass
class Node:
    id: str
    label: str
    properties: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_label(self.label)

    @property
    def name(self) -> str:
        return self.properties.get("name", "")

    def merge(self, properties: dict[str, Any]) -> None:
        """Fold another mention's properties in: lists are unioned, other
        values fill gaps but never overwrite."""
        for key, value in properties.items():
            if value is None or value == [] or value == "":
                continue
            if key in LIST_PROPERTIES:
                current = self.properties.setdefault(key, [])
                name = self.properties.get("name")
                try:
                    # a set for the membership test: a unit merged at each of its mentions brings its
                    # forty aliases each time, and a list test would compare each with each
                    have, added = set(current), []
                    for item in value:
                        if item not in have and item != name:
                            added.append(item)
                            have.add(item)
                except TypeError:  # unhashable items: the plain list test
                    added = None
                if added is not None:
                    current.extend(added)
                    continue
                for item in value:
                    if item not in current and item != name:
                        current.append(item)
            elif key not in self.properties or self.properties[key] in (None, ""):
                self.properties[key] = value


@dataclass
class Relationship:
    type: str
    start: str
    end: str
    properties: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_type(self.type)

    @property
    def key(self) -> tuple:
        return self.key_of(self.type, self.start, self.end, self.properties)

    @staticmethod
    def key_of(rel_type: str, start: str, end: str, properties: dict[str, Any]) -> tuple:
        """The identity of a relationship: two REPRESENTED edges at different meetings are two."""
        return (rel_type, start, end, properties.get("meeting"))


@dataclass
class ArticleGraph:
    """Nodes and relationships read from one article."""

    article_id: str
    source: str = ""
    published: str | None = None
    nodes: dict[str, Node] = field(default_factory=dict)
    relationships: dict[tuple, Relationship] = field(default_factory=dict)
    dropped_lines: list[str] = field(default_factory=list)

    def add_node(self, label: str, node_id: str, **properties: Any) -> Node:
        node = self.nodes.get(node_id)
        if node is None:
            node = self.nodes[node_id] = Node(node_id, label, {})
        node.merge(properties)
        return node

    def add_rel(self, rel_type: str, start: str, end: str, evidence: str = "", **properties: Any) -> Relationship:
        """Add (or extend) a relationship; every edge records its source
        article and the sentence it was read from."""
        properties = {k: v for k, v in properties.items() if v is not None}
        key = Relationship.key_of(rel_type, start, end, properties)  # before building one
        existing = self.relationships.get(key)
        if existing is None:
            rel = Relationship(rel_type, start, end, properties)
            rel.properties["sources"] = [self.article_id]
            rel.properties["evidence"] = []
            existing = self.relationships[key] = rel
        else:
            for k, v in properties.items():
                existing.properties.setdefault(k, v)
        if evidence:  # (MENTIONED_IN has none: nothing to cut)
            evidence = short_evidence(evidence.strip())
        if evidence and evidence not in existing.properties["evidence"] and len(existing.properties["evidence"]) < EVIDENCE_CAP:
            existing.properties["evidence"].append(evidence)
        return existing

    def by_label(self, label: str) -> list[Node]:
        return [n for n in self.nodes.values() if n.label == label]

    def rels(self, rel_type: str) -> list[Relationship]:
        return [r for r in self.relationships.values() if r.type == rel_type]

    def to_json(self) -> dict[str, Any]:
        """The scorer's property-graph shape."""
        return {
            "article": self.article_id,
            "source": self.source,
            "published": self.published,
            "dropped_lines": self.dropped_lines,
            "nodes": [{"id": n.id, "labels": [n.label], "properties": n.properties} for n in self.nodes.values()],
            "relationships": [
                {"type": r.type, "start": r.start, "end": r.end, "properties": r.properties}
                for r in self.relationships.values()
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ArticleGraph":
        graph = cls(data["article"], data.get("source", ""), data.get("published"))
        graph.dropped_lines = list(data.get("dropped_lines", []))
        for n in data["nodes"]:
            graph.nodes[n["id"]] = Node(n["id"], n["labels"][0], dict(n["properties"]))
        for r in data["relationships"]:
            rel = Relationship(r["type"], r["start"], r["end"], dict(r["properties"]))
            graph.relationships[rel.key] = rel
        return graph

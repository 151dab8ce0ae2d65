"""The graph schema: labels, relationship types and how each is merged.

Cypher is only ever built from the names in this module, never from user
text, so a label or type that is not listed here cannot reach the database.
"""

from __future__ import annotations

from typing import Any

LABELS: tuple[str, ...] = ("Article", "Person", "Rank", "Unit", "Position", "Meeting")

# relationship type -> (allowed start labels, allowed end labels)
RELATIONSHIPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "HAS_RANK": (("Person",), ("Rank",)),
    "HOLDS_POSITION": (("Person",), ("Position",)),
    "OF": (("Position",), ("Unit",)),
    "COMMANDS": (("Person",), ("Unit",)),
    "ATTENDED": (("Person", "Position", "Unit"), ("Meeting",)),
    "REPRESENTED": (("Person",), ("Person", "Position", "Unit")),
    "ORGANIZED": (("Unit",), ("Meeting",)),
    "PART_OF": (("Unit",), ("Unit",)),
    "MENTIONED_IN": (LABELS, ("Article",)),
}

# Properties that are part of a relationship's identity: two REPRESENTED
# edges between the same pair at different meetings are different facts, and
# "held as current" and "held formerly" are two facts with their own dates
# (so the result never depends on the order articles are loaded in).
REL_KEYS: dict[str, tuple[str, ...]] = {"REPRESENTED": ("meeting",), "HOLDS_POSITION": ("status",)}

# List properties are unioned on merge instead of overwritten.
LIST_PROPERTIES: frozenset[str] = frozenset({"aliases", "degrees", "sources", "evidence", "merge_reason"})
# Date properties kept as the earliest / latest value ever seen.
MIN_PROPERTIES: frozenset[str] = frozenset({"first_seen"})
MAX_PROPERTIES: frozenset[str] = frozenset({"last_seen"})

EVIDENCE_CAP = 5
# An evidence sentence is cut at this length, where an edge is read (``ArticleGraph.add_rel``) and again where
# it is written: a text without full stops made the whole article (1 MB) the evidence of every relationship
# read from it, and `kg extract` wrote 35 MB of JSON for it.
EVIDENCE_CHARS = 600


def short_evidence(sentence: Any) -> Any:
    """``sentence`` cut to ``EVIDENCE_CHARS`` characters (its last one an ellipsis), if it is longer."""
    if isinstance(sentence, str) and len(sentence) > EVIDENCE_CHARS:
        return sentence[:EVIDENCE_CHARS - 1] + "\u2026"
    return sentence

# ``sources`` on a node or relationship keeps the first articles only: the full
# list of articles that mention a node is its MENTIONED_IN edges, and an
# unbounded list on hub nodes (a rank, a Polda) would make every write slower.
SOURCES_CAP = 20


def check_label(label: str) -> str:
    if label not in LABELS:
        raise ValueError(f"unknown node label {label!r}; known: {', '.join(LABELS)}")
    return label


def check_type(rel_type: str) -> str:
    if rel_type not in RELATIONSHIPS:
        raise ValueError(f"unknown relationship type {rel_type!r}; known: {', '.join(RELATIONSHIPS)}")
    return rel_type


def constraint_statements() -> list[str]:
    """One uniqueness constraint per label on the stable ``id``."""
    return [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in LABELS
    ]

"""One node per real-world entity across articles.

The extractor gives each article's entities ids that are already stable
(units by canonical name and code, offices by title and unit, ranks by
abbreviation). This module makes the rest global and deterministic, so that
loading articles in any order or in any number of runs gives the same graph:

- a person with two or more name tokens is keyed by the normalised name
  (case, dots, spacing, degrees and honorifics gone; spelling variants of
  given names such as ``Moh.``/``Muhammad`` folded, from ``name_variants.tsv``);
- a bare single name is never merged on the name alone: it is qualified by
  the office it was seen holding and the rank, else it stays within its
  article;
- every person records ``merge_reason``: the rule that gave its identity, so
  an analyst can audit why mentions became one node;
- the unit hierarchy implied by names and codes is added: ``Koramil
  1604/01`` PART_OF ``Kodim 1604``, ``Polres X`` PART_OF the Polda of X's
  province (from ``regions.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.model import ArticleGraph, make_id
from loaders.extract import make_unit
from loaders.lexicon import lexicon, rows
from loaders.names import name_tokens


@dataclass(frozen=True)
class Mention:
    """What an article says about one person, as far as identity goes."""
    name: str
    rank: str | None = None
    office: str | None = None   # position id of an office held (not former)
    article: str = ""


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    return {spelling: row[0] for row in rows("name_variants.tsv") for spelling in row[1].split("|")}


def normal_name(name: str) -> list[str]:
    """Name tokens for comparison: lower case, no dots, given-name variants folded.

    >>> normal_name("Moh. Mukhson")
    ['muhammad', 'mukhson']
    """
    variants = _variants()
    return [variants.get(t, t) for t in name_tokens(name)]


def person_key(m: Mention) -> tuple[str, str]:
    """The identity key of a person mention and the reason for it.

    Two mentions are one person exactly when their keys are equal. A full
    name (two or more tokens) is the key; a single name only identifies a
    person together with the office and rank it was seen with."""
    tokens = normal_name(m.name)
    if len(tokens) >= 2:
        return " ".join(tokens), f"full name '{' '.join(tokens)}'"
    if m.office:
        return f"{tokens[0] if tokens else ''} @{m.office} {m.rank or ''}".strip(), \
            f"single name '{m.name}' with office {m.office} and rank {m.rank or 'none'}"
    return f"{tokens[0] if tokens else ''} @{m.article}", f"single name '{m.name}', kept within its article"


def same_person(a: Mention, b: Mention) -> bool:
    return person_key(a)[0] == person_key(b)[0]


def resolve(graph: ArticleGraph) -> ArticleGraph:
    """Give the article's persons global ids and add implied unit parents."""
    remap: dict[str, str] = {}
    for person in graph.by_label("Person"):
        held = [r.end for r in graph.rels("HOLDS_POSITION") if r.start == person.id and r.properties.get("status") != "former"]
        ranks = sorted(graph.nodes[r.end].name for r in graph.rels("HAS_RANK") if r.start == person.id)
        key, reason = person_key(Mention(person.name, ranks[0] if ranks else None, sorted(held)[0] if held else None,
                                         graph.article_id))
        person.properties["merge_reason"] = [reason]
        new_id = make_id("Person", key)
        if new_id != person.id:
            remap[person.id] = new_id
    if remap:
        nodes = {}
        for node in graph.nodes.values():
            node.id = remap.get(node.id, node.id)
            nodes[node.id] = node
        graph.nodes = nodes
        rels = {}
        for rel in graph.relationships.values():
            rel.start = remap.get(rel.start, rel.start)
            rel.end = remap.get(rel.end, rel.end)
            rels[rel.key] = rel
        graph.relationships = rels
    add_hierarchy(graph)
    return graph


def add_hierarchy(graph: ArticleGraph) -> None:
    """PART_OF edges that unit names and codes imply."""
    lex = lexicon()
    for unit in list(graph.by_label("Unit")):
        kind, code, region = unit.properties.get("kind"), unit.properties.get("code"), unit.properties.get("region")
        parent = None
        reason = ""
        if kind == "koramil" and code and "/" in code:
            parent = make_unit(lex, lex.unit_kinds["kodim"], None, code.split("/")[0])
            reason = f"code {code}"
        elif kind in ("polres", "polresta", "polrestabes") and region:
            place = lex.region(region)
            if place is not None:
                parent = make_unit(lex, lex.unit_kinds["polda"], lex.provinces[place.province].short)
                reason = f"{region} lies in {place.province}"
        if parent is not None and parent.id != unit.id:
            graph.add_node("Unit", parent.id, name=parent.name, aliases=parent.aliases, kind=parent.kind,
                           service=parent.service, region=parent.region, code=parent.code)
            graph.add_rel("PART_OF", unit.id, parent.id, f"implied by {reason}", implied=True)

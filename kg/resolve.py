"""One node per real-world entity across articles.

The extractor gives each article's entities ids that are already stable
(units by canonical name and code, offices by title and unit, ranks by
abbreviation). This module makes the rest global and deterministic, so that
loading articles in any order or in any number of runs gives the same graph:

- a person with two or more name tokens is keyed by the normalised name; a
  bare single name is never merged on the name alone: it is qualified by the
  office or unit it was seen with, else it stays within its article;
- the unit hierarchy implied by names and codes is added: ``Koramil
  1604/01`` PART_OF ``Kodim 1604``, ``Polres X`` PART_OF the Polda of X's
  province (from ``regions.tsv``).
"""

from __future__ import annotations

from kg.model import ArticleGraph, make_id
from loaders.extract import make_unit
from loaders.lexicon import lexicon
from loaders.names import name_tokens


def person_key(name: str, context: str) -> str:
    """The identity key of a person: the normalised name, qualified by
    ``context`` when the name is a single word."""
    tokens = name_tokens(name)
    return " ".join(tokens) if len(tokens) >= 2 else f"{' '.join(tokens)} @{context}"


def resolve(graph: ArticleGraph) -> ArticleGraph:
    """Give the article's persons global ids and add implied unit parents."""
    remap: dict[str, str] = {}
    for person in graph.by_label("Person"):
        held = [r.end for r in graph.rels("HOLDS_POSITION") if r.start == person.id]
        context = held[0] if held else graph.article_id
        new_id = make_id("Person", person_key(person.name, context))
        if new_id != person.id:
            remap[person.id] = new_id
            if len(name_tokens(person.name)) < 2:
                person.properties.setdefault("merge_reason", []).append(f"single name, kept apart by {context}")
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

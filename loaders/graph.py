"""The Doc, as the components read it, turned into the ``ArticleGraph``.

``article_graph(doc)`` writes, in this order (node and edge order is part of
the output): persons; each mention's rank, office and command; units;
offices named without a holder; PART_OF between units; the meeting, who
organised it, who stood in for whom (``kg_representation``) and who attended
(``kg_attendance``); and every node MENTIONED_IN the article.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.model import ArticleGraph, make_id
from loaders.lexicon import squash, word_class
from loaders.mentions import TitleMention, UnitRef
from loaders.reading import Reading
from loaders.units import LOCAL_AREAS, make_unit

# what may stand between a unit and the one it is part of: "Polsek X jajaran Polres Y"
BETWEEN_PARTS = re.compile(r"\s*(?:jajaran|di|dari|wilayah(?:\s+hukum)?|,)?\s*")


# services whose plain members hold no office ("anggota Polres Belu", unlike "Anggota KPU Belu")
RANK_AND_FILE = word_class("rank_and_file")


def is_office(t: TitleMention) -> bool:
    """Whether a title names an office: a plain member of the police or the army does not."""
    return not (t.role == "member" and t.title.lower() == "anggota" and t.unit is not None
                and t.unit.service in RANK_AND_FILE and t.position == f"{t.title} {t.unit.name}")


def person_id(key: str) -> str:
    return make_id("Person", f"{key}")


def add_unit(g: ArticleGraph, unit: UnitRef) -> str:
    """The unit's node (a unit comes with its forty aliases at each mention)."""
    if not _merged_again(g, unit.id, (unit.name, tuple(unit.aliases), unit.kind, unit.service, unit.region, unit.code)):
        g.add_node("Unit", unit.id, name=unit.name, aliases=unit.aliases, kind=unit.kind,
                   service=unit.service, region=unit.region, code=unit.code)
    return unit.id


# per graph being built (by id, while article_graph runs): the properties each unit or office was merged with
_merged: dict[int, dict[str, tuple]] = {}


def _merged_again(g: ArticleGraph, node_id: str, key: tuple) -> bool:
    """Whether ``node_id`` was last merged into ``g`` with these properties: merging them again
    changes nothing, so it is skipped (and they are noted as the last, if not)."""
    merged = _merged.get(id(g))
    if merged is None:
        return False
    if merged.get(node_id) == key:
        return True
    merged[node_id] = key
    return False


def add_position(g: ArticleGraph, t: TitleMention, evidence: str) -> str:
    # one office however it is written: "Kapolda Kaltim" and "Kapolda Kalimantan Timur" share the unit
    pid = make_id("Position", f"{t.title} {t.unit.id.split(':', 1)[1]}" if t.unit is not None else t.position)
    if not _merged_again(g, pid, (t.position, t.title, tuple(t.aliases), t.role)):
        g.add_node("Position", pid, name=t.position, title=t.title, aliases=t.aliases, role=t.role)
    if t.unit is not None:
        g.add_rel("OF", pid, add_unit(g, t.unit), evidence)
    return pid


def article_graph(doc: Doc) -> ArticleGraph:
    """The graph of the article a Doc holds (after the pipeline of ``loaders.extract.nlp``)."""
    st: Reading = doc._.kg
    g = ArticleGraph(st.article.id, st.article.source, st.article.published)
    _merged[id(g)] = {}
    try:
        return _article_graph(st, g)
    finally:
        del _merged[id(g)]


def _article_graph(st: Reading, g: ArticleGraph) -> ArticleGraph:
    g.dropped_lines = st.dropped
    sentence_text = {s.index: s.text.strip() for s in st.sentences}
    for key, p in st.persons.items():
        g.add_node("Person", person_id(key), name=key, aliases=sorted(st.aliases[key]), degrees=p.degrees,
                   first_seen=st.date, last_seen=st.date)
    for p in st.mentions:
        pid = person_id(p.key)
        evidence = sentence_text[p.sentence]
        if p.rank:
            rank = st.lex.ranks.get(squash(p.rank))
            rid = make_id("Rank", p.rank)
            g.add_node("Rank", rid, name=p.rank, service=p.rank_service, order=rank.order if rank else None)
            g.add_rel("HAS_RANK", pid, rid, evidence, as_of=st.date, corps=p.corps)
        if p.title is not None and is_office(p.title):
            pos = add_position(g, p.title, evidence)
            g.add_rel("HOLDS_POSITION", pid, pos, evidence, status=p.title.status,
                      first_seen=st.date, last_seen=st.date)
            if p.title.role in ("head", "civil_head") and p.title.unit is not None and p.title.status != "former":
                g.add_rel("COMMANDS", pid, add_unit(g, p.title.unit), evidence,
                          first_seen=st.date, last_seen=st.date)
    for sent, _, _, unit in st.units:
        kind = st.lex.unit_kinds.get(unit.kind)
        if kind is None or kind.short not in LOCAL_AREAS:
            add_unit(g, unit)  # (a village or district named as where something is, is a place, no body)
    for sent, t in st.titles:
        if t.holder is None and (t.unit is not None or t.organisation or squash(t.title) in st.lex.national_titles) \
                and is_office(t):  # (the President is one office without a unit: "arahan Presiden RI")
            add_position(g, t, sent.text.strip())
    add_part_of(g, st)
    add_meeting(g, st)
    a = st.article
    g.add_node("Article", a.id, name=a.title or a.stem, title=a.title, source=a.source,
               published=a.published or st.date, words=len(st.text.split()))
    for node in list(g.nodes.values()):
        if node.label != "Article":
            g.add_rel("MENTIONED_IN", node.id, a.id)
    return g


def add_meeting(g: ArticleGraph, st: Reading) -> None:
    """The meeting, its host, then who stood in for whom at it and who attended it."""
    mid = None
    if st.meeting_node is not None:
        node = dict(st.meeting_node)
        mid = node.pop("id")
        g.add_node("Meeting", mid, **node)
        if st.host is not None:
            host, evidence = st.host
            g.add_rel("ORGANIZED", add_unit(g, host), mid, evidence)
    for kind, *item in st.represented:
        if kind == "person":  # a person only a stand-in names
            key, degrees = item
            g.add_node("Person", person_id(key), name=key, aliases=[], degrees=degrees,
                       first_seen=st.date, last_seen=st.date)
        elif kind == "person_for":
            y, x, evidence = item
            g.add_rel("REPRESENTED", person_id(y), person_id(x), evidence, meeting=mid)
        elif kind == "office":
            y, t, evidence = item
            g.add_rel("REPRESENTED", person_id(y), add_position(g, t, evidence), evidence, meeting=mid)
        else:
            y, u, evidence = item
            g.add_rel("REPRESENTED", person_id(y), add_unit(g, u), evidence, meeting=mid)
    for kind, *item in st.attended:
        if kind == "person":
            key, evidence, role, mode = item
            g.add_rel("ATTENDED", person_id(key), mid, evidence, role=role, mode=mode)
        elif kind == "office":
            t, evidence = item
            if is_office(t):
                g.add_rel("ATTENDED", add_position(g, t, evidence), mid, evidence, role="participant")
        else:
            u, evidence = item
            g.add_rel("ATTENDED", add_unit(g, u), mid, evidence, role="participant")


def add_part_of(g: ArticleGraph, st: Reading) -> None:
    """``Polsek X jajaran Polres Y``, ``Polres X Polda Y``, ``Brimob Polda X``."""
    # the level of each kind: a unit is part of one of a higher level only ("Polres Brebes Polresta
    # Cirebon" are neighbours)
    level = {"polsek": 0, "koramil": 0, "polres": 1, "polresta": 1, "polrestabes": 1, "kodim": 1,
             "korem": 2, "brimob": 2, "polda": 3, "kodam": 3}
    by_sentence: dict[int, list[tuple[int, int, UnitRef]]] = {}
    for sent, a, b, u in st.units:
        by_sentence.setdefault(sent.index, []).append((a, b, u))
    for idx, items in by_sentence.items():
        items.sort(key=lambda x: x[0])
        sent = st.sentences[idx].text
        for (a1, b1, u1), (a2, b2, u2) in zip(items, items[1:]):
            between = sent[b1:a2]
            if BETWEEN_PARTS.fullmatch(between) and u1.kind in level and u2.kind in level \
                    and level[u1.kind] < level[u2.kind] and u1.id != u2.id \
                    and u1.service == u2.service:  # "Polres Belu, Kodim 1605/Belu": neighbours, not parts
                g.add_rel("PART_OF", add_unit(g, u1), add_unit(g, u2), sent.strip())
    for sent, _, _, u in st.units:
        while u.parent is not None:  # (up the chain: a company, its battalion, the Brimob it is of)
            g.add_rel("PART_OF", add_unit(g, u), add_unit(g, u.parent), sent.text.strip())
            u = u.parent
    # "POLDA KALTIM, Polres Penajam Paser Utara": a Polres the article names beside the Polda of
    # its own province belongs to it (the gazetteer says which province a regency lies in)
    poldas = {u.region: u for _, _, _, u in st.units if u.kind == "polda" and u.region}
    for _, _, _, u in st.units:
        if u.kind in ("polres", "polresta", "polrestabes") and u.region:
            region = st.lex.region(u.region)
            province = region and region.kind != "province" and st.lex.region(region.province)
            polda = province and poldas.get(province.short)
            if polda:
                g.add_rel("PART_OF", add_unit(g, u), add_unit(g, polda), "")
    for unit_node in g.by_label("Unit"):
        if unit_node.properties.get("kind") == "brimob" and unit_node.properties.get("region"):
            parent = make_unit(st.lex, st.lex.unit_kinds["polda"], unit_node.properties["region"])
            add_unit(g, parent)
            g.add_rel("PART_OF", unit_node.id, parent.id, "")


"""The graph as Follow-the-Money entities: the model of Aleph, OpenSanctions
and the ``ftm`` tools.

``ftm_entities`` maps nodes and relationships (as the store returns them)
to entities built by the ``followthemoney`` library, each validated against
its schema; ``export_ftm`` writes them one JSON object a line. The mapping:

========================  =====================================================
kg                        FtM
========================  =====================================================
Article                   Article (title, publisher, sourceUrl, publishedAt)
Person (+ HAS_RANK)       Person (name, alias, rank as title, offices as position)
Unit                      PublicBody; Organization for a state enterprise
Unit -PART_OF-> Unit      Membership (member, organization, role "part of")
Person -COMMANDS-> Unit   Membership (role "commander", startDate)
Position (+ OF)           Position (name, organization)
HOLDS_POSITION            Occupancy (holder, post, startDate, endDate, status)
Meeting (+ ORGANIZED,     Event (date, location, organizer, involved)
ATTENDED)
Position -ATTENDED->      UnknownLink (role "attended, holder not named"):
                          FtM involves only persons and bodies in an Event
REPRESENTED               Representation (agent stood in for client); for an
                          office, an UnknownLink (role "stood in for the office")
MENTIONED_IN, sources     on every entity: proof (the Articles, the first 20),
                          sourceUrl, publisher; evidence sentences as description
========================  =====================================================

Rank nodes are no entities of their own: FtM keeps a rank as the person's title.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from followthemoney import EntityProxy, model
from followthemoney.cli.util import write_entity
from followthemoney.exc import InvalidData
from followthemoney.util import make_entity_id

from kg.schema import SOURCES_CAP

__all__ = ["ftm_entities", "export_ftm", "read_ftm", "graph_rows", "ExportError"]

# every node and relationship, read back in pages of this many rows
PAGE = 5000
NODES = ("MATCH (n) WHERE n.id > $after RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS props "
         "ORDER BY n.id LIMIT $limit")
RELATIONSHIPS = ("MATCH (a)-[r]->(b) WHERE type(r) <> 'MENTIONED_IN' "
                 "RETURN a.id AS start, b.id AS end, type(r) AS type, properties(r) AS props")
# mentions are two thirds of the relationships: one row per node with its articles
# reads all relationships in about half the time (9 s instead of 16 s for 128k)
MENTIONS = "MATCH (n)-[:MENTIONED_IN]->(a) RETURN n.id AS id, collect(a.id) AS articles"
# services whose units are no public bodies (the state electricity company)
NOT_PUBLIC = {"enterprise"}
EVIDENCE = 3  # sentences kept per entity
COUNTRY = "id"


class ExportError(ValueError):
    """An entity the FtM model refuses: a bug in the mapping, said in words."""


def _checked(entity: EntityProxy) -> EntityProxy:
    """Validate an entity against its schema: valid values and every required property."""
    missing = [name for name in entity.schema.required if not entity.get(name)]
    try:
        if missing:
            raise InvalidData(f"missing {', '.join(missing)}")
        entity.schema.validate(entity.to_dict())  # type: ignore[arg-type]
    except InvalidData as exc:
        raise ExportError(f"{entity.schema.name} {entity.caption!r} is not valid FtM: {exc}") from None
    return entity


class _Builder:
    def __init__(self, nodes: Iterable[dict[str, Any]], rels: Iterable[dict[str, Any]]):
        self.nodes = {n["id"]: n for n in nodes}
        self.rels = list(rels)
        self.label = {i: n["label"] for i, n in self.nodes.items()}
        self.entity_ids: dict[str, str] = {}
        self.mentions: dict[str, list[str]] = defaultdict(list)  # node id -> article ids
        self.evidence: dict[str, list[str]] = defaultdict(list)  # node id -> sentences
        self.by_type: dict[str, list[dict]] = defaultdict(list)
        for rel in self.rels:
            self.by_type[rel["type"]].append(rel)
            if rel["type"] == "MENTIONED_IN":
                self.mentions[rel["start"]].append(rel["end"])
                continue
            for end in (rel["start"], rel["end"]):
                kept = self.evidence[end]
                for sentence in rel["props"].get("evidence") or []:
                    if sentence not in kept and len(kept) < EVIDENCE:
                        kept.append(sentence)

    def fid(self, node_id: str) -> str:
        """The FtM id of a node: a sha1 over the kg id, as FtM's ``make_id`` makes it."""
        if node_id not in self.entity_ids:
            self.entity_ids[node_id] = make_entity_id("kg", node_id) or node_id
        return self.entity_ids[node_id]

    def make(self, schema: str, node_id: str) -> EntityProxy:
        entity = model.make_entity(schema)
        entity.id = self.fid(node_id)
        return entity

    def provenance(self, entity: EntityProxy, articles: Iterable[str], evidence: Iterable[str]) -> None:
        """The source articles of an entity: proof, their URL and outlet; and the evidence sentences."""
        # the first articles only, as the graph keeps ``sources``: a Polda named in
        # thousands of articles would otherwise carry thousands of proofs
        for article_id in list(dict.fromkeys(articles))[:SOURCES_CAP]:
            article = self.nodes.get(article_id)
            if article is None or article["label"] != "Article":
                continue
            entity.add("proof", self.fid(article_id))
            entity.add("sourceUrl", article["props"].get("url"), quiet=True)
            entity.add("publisher", article["props"].get("outlet"))
        entity.add("description", list(evidence)[:EVIDENCE])

    def node_provenance(self, entity: EntityProxy, node: dict) -> None:
        self.provenance(entity, [*self.mentions.get(node["id"], []), *(node["props"].get("sources") or [])],
                        self.evidence.get(node["id"], []))

    def edge(self, schema: str, rel: dict, **values: Any) -> EntityProxy:
        p = rel["props"]
        key = f"{rel['type']}:{rel['start']}:{rel['end']}:{p.get('meeting', '')}:{p.get('status', '')}"
        entity = model.make_entity(schema)
        entity.id = make_entity_id("kg", key)
        for prop, value in values.items():
            entity.add(prop, value, quiet=True)
        self.provenance(entity, p.get("sources") or [], p.get("evidence") or [])
        return entity

    # -- nodes ------------------------------------------------------------

    def article(self, node: dict) -> EntityProxy:
        p = node["props"]
        entity = self.make("Article", node["id"])
        entity.add("title", p.get("title"))
        entity.add("name", p.get("title") or p.get("name") or p.get("source"))
        entity.add("publisher", p.get("outlet"))
        entity.add("sourceUrl", p.get("url"), quiet=True)
        entity.add("publishedAt", p.get("published"), quiet=True)
        entity.add("author", p.get("byline"))
        entity.add("fileName", p.get("source"))
        entity.add("language", "ind")
        return entity

    def person(self, node: dict) -> EntityProxy:
        p = node["props"]
        entity = self.make("Person", node["id"])
        entity.add("name", p.get("name"))
        entity.add("alias", p.get("aliases") or [])
        entity.add("country", COUNTRY)
        for rel in self.out.get((node["id"], "HAS_RANK"), []):
            entity.add("title", self.nodes[rel["end"]]["props"].get("name"))
        for rel in self.out.get((node["id"], "HOLDS_POSITION"), []):
            entity.add("position", self.nodes[rel["end"]]["props"].get("name"))
        self.node_provenance(entity, node)
        return entity

    def unit(self, node: dict) -> EntityProxy:
        p = node["props"]
        entity = self.make("Organization" if p.get("service") in NOT_PUBLIC else "PublicBody", node["id"])
        entity.add("name", p.get("name"))
        entity.add("alias", p.get("aliases") or [])
        entity.add("classification", p.get("kind"))
        entity.add("idNumber", p.get("code"))
        entity.add("jurisdiction", COUNTRY)
        entity.add("keywords", [v for v in (p.get("service"), p.get("region")) if v])
        self.node_provenance(entity, node)
        return entity

    def position(self, node: dict) -> EntityProxy:
        p = node["props"]
        entity = self.make("Position", node["id"])
        entity.add("name", p.get("name"))
        entity.add("alias", p.get("aliases") or [])
        entity.add("country", COUNTRY)
        for rel in self.out.get((node["id"], "OF"), []):
            entity.add("organization", self.fid(rel["end"]))
        self.node_provenance(entity, node)
        return entity

    def meeting(self, node: dict) -> EntityProxy:
        p = node["props"]
        entity = self.make("Event", node["id"])
        entity.add("name", p.get("title") or p.get("name") or p.get("kind") or node["id"])
        entity.add("date", p.get("date"), quiet=True)
        entity.add("location", p.get("venue"))
        entity.add("keywords", [v for v in (p.get("kind"), p.get("mode")) if v])
        entity.add("country", COUNTRY)
        for rel in self.into.get((node["id"], "ORGANIZED"), []):
            entity.add("organizer", self.fid(rel["start"]))
        for rel in self.into.get((node["id"], "ATTENDED"), []):
            if self.label.get(rel["start"]) in ("Person", "Unit"):
                entity.add("involved", self.fid(rel["start"]))
        self.node_provenance(entity, node)
        return entity

    # -- all --------------------------------------------------------------

    def entities(self) -> Iterator[EntityProxy]:
        self.out: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.into: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for rel in self.rels:
            if rel["type"] == "MENTIONED_IN":
                continue  # provenance, in self.mentions
            self.out[(rel["start"], rel["type"])].append(rel)
            self.into[(rel["end"], rel["type"])].append(rel)
        makers = {"Article": self.article, "Person": self.person, "Unit": self.unit, "Position": self.position,
                  "Meeting": self.meeting}
        for node in self.nodes.values():
            maker = makers.get(node["label"])
            if maker:
                yield _checked(maker(node))
        for rel in self.by_type["HOLDS_POSITION"]:
            p = rel["props"]
            status = p.get("status") or "current"
            yield _checked(self.edge("Occupancy", rel, holder=self.fid(rel["start"]), post=self.fid(rel["end"]),
                                     startDate=p.get("first_seen"),
                                     endDate=p.get("last_seen") if status == "former" else None, status=status))
        for rel in self.by_type["PART_OF"]:
            yield _checked(self.edge("Membership", rel, member=self.fid(rel["start"]),
                                     organization=self.fid(rel["end"]), role="part of"))
        for rel in self.by_type["COMMANDS"]:
            yield _checked(self.edge("Membership", rel, member=self.fid(rel["start"]),
                                     organization=self.fid(rel["end"]), role="commander",
                                     startDate=rel["props"].get("first_seen")))
        for rel in self.by_type["ATTENDED"]:
            if self.label.get(rel["start"]) == "Position":
                yield _checked(self.edge("UnknownLink", rel, subject=self.fid(rel["start"]),
                                         object=self.fid(rel["end"]), role="attended, holder not named",
                                         date=self.nodes[rel["end"]]["props"].get("date")))
        for rel in self.by_type["REPRESENTED"]:
            meeting = self.nodes.get(rel["props"].get("meeting") or "")
            date = meeting["props"].get("date") if meeting else None
            if self.label.get(rel["end"]) in ("Person", "Unit"):
                yield _checked(self.edge("Representation", rel, agent=self.fid(rel["start"]),
                                         client=self.fid(rel["end"]), role="stood in for", date=date))
            else:
                yield _checked(self.edge("UnknownLink", rel, subject=self.fid(rel["start"]),
                                         object=self.fid(rel["end"]), role="stood in for the office", date=date))


def ftm_entities(nodes: Iterable[dict[str, Any]], rels: Iterable[dict[str, Any]]) -> Iterator[EntityProxy]:
    """FtM entities for nodes (``{id, label, props}``) and relationships
    (``{start, end, type, props}``), each validated; raises ExportError for
    one the model refuses."""
    return _Builder(nodes, rels).entities()


def graph_rows(store: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every node and relationship of the store, nodes read in pages."""
    nodes: list[dict[str, Any]] = []
    after = ""
    while True:
        page = store.read(NODES, {"after": after, "limit": PAGE})
        nodes.extend(page)
        if len(page) < PAGE:
            break
        after = page[-1]["id"]
    rels = store.read(RELATIONSHIPS)
    rels.extend({"start": row["id"], "end": article, "type": "MENTIONED_IN", "props": {}}
                for row in store.read(MENTIONS) for article in row["articles"])
    return nodes, rels


def export_ftm(store: Any, path: str | Path) -> Counter:
    """Write the graph to ``path`` as FtM entities, one JSON object a line;
    returns the number of entities per schema."""
    nodes, rels = graph_rows(store)
    counts: Counter = Counter()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        for entity in ftm_entities(nodes, rels):
            write_entity(out, entity)
            counts[entity.schema.name] += 1
    return counts


def read_ftm(path: str | Path) -> Iterator[EntityProxy]:
    """The entities of an FtM JSON Lines file, read and cleaned by followthemoney."""
    from followthemoney.cli.util import path_entities  # noqa: PLC0415

    return path_entities(str(path), EntityProxy)

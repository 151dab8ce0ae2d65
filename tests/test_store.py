"""The store on a real server: idempotent batched writes, read-only reads."""

from __future__ import annotations

import pytest

from kg.model import ArticleGraph
from kg.pipeline import load
from kg.store import WriteRefused, node_query, rel_query
from tests.conftest import EXAMPLES


def test_loading_examples_twice_gives_identical_counts(store):
    first = load([EXAMPLES], store)
    counts = store.counts()
    assert first.done == 5
    for label in ("Person", "Rank", "Unit", "Position", "Meeting", "Article"):
        assert counts["nodes"][label] > 0, label
    for rel in ("ATTENDED", "HAS_RANK", "HOLDS_POSITION"):
        assert counts["relationships"][rel] > 0, rel
    second = load([EXAMPLES], store)
    assert second.done == 0 and second.already == 5
    assert store.counts() == counts


def test_rewriting_the_same_graphs_changes_nothing(store):
    """Even without the skip-by-hash, MERGE keeps the graph the same."""
    from kg.pipeline import safe_extract
    from loaders.read import read_articles

    graphs = [safe_extract(a) for a in read_articles([EXAMPLES])]
    store.write(graphs)
    counts = store.counts()
    store.write(graphs)
    assert store.counts() == counts


def test_lists_are_unioned_and_evidence_capped(store):
    def graph(article, alias, evidence):
        g = ArticleGraph(article)
        g.add_node("Person", "person:a", name="A Person", aliases=[alias])
        g.add_node("Meeting", "meeting:m", name="M", date="2024-01-01")
        g.add_rel("ATTENDED", "person:a", "meeting:m", evidence)
        return g

    store.write([graph("article:1", "AP", "one")])
    store.write([graph("article:2", "Person A", "two"), graph("article:1", "AP", "one")])
    rows = store.read("MATCH (p:Person {id:'person:a'})-[r:ATTENDED]->() RETURN p.aliases AS a, r.sources AS s, r.evidence AS e")
    assert sorted(rows[0]["a"]) == ["AP", "Person A"]
    assert sorted(rows[0]["s"]) == ["article:1", "article:2"]
    assert sorted(rows[0]["e"]) == ["one", "two"]
    for i in range(10):
        store.write([graph(f"article:x{i}", "AP", f"sentence {i}")])
    rows = store.read("MATCH ()-[r:ATTENDED]->() RETURN r.evidence AS e")
    assert len(rows[0]["e"]) == 5


def test_read_refuses_writes(store):
    with pytest.raises(WriteRefused):
        store.read("CREATE (n:Person {id: 'intruder'})")
    assert store.read("MATCH (n:Person {id: 'intruder'}) RETURN n") == []


def test_values_travel_as_parameters(store):
    nasty = "x'}) DETACH DELETE n //"
    g = ArticleGraph("article:nasty")
    g.add_node("Person", "person:nasty", name=nasty, aliases=['"; MATCH (n) DETACH DELETE n; //'])
    store.write([g])
    rows = store.read("MATCH (p:Person {id: 'person:nasty'}) RETURN p.name AS name")
    assert rows == [{"name": nasty}]


def test_cypher_is_built_from_the_schema_only():
    with pytest.raises(ValueError):
        node_query("Person {id: 1}) DETACH DELETE n //")
    with pytest.raises(ValueError):
        rel_query("KNOWS", "Person", "Person")
    assert "MERGE (n:Unit {id: row.id})" in node_query("Unit")

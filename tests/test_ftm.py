"""The Follow-the-Money export: entities built and validated by the
followthemoney library, and read back by it with the graph's counts."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from followthemoney import model

from kg.export import ExportError, _checked, ftm_entities, read_ftm
from kg.pipeline import load
from tests.conftest import EXAMPLES, invoke
from tests.test_readers import URL, news_page, write_warc

ART = "article:1"


def node(node_id: str, label: str, **props) -> dict:
    return {"id": node_id, "label": label, "props": props}


def rel(start: str, rel_type: str, end: str, evidence: str = "", **props) -> dict:
    return {"start": start, "end": end, "type": rel_type,
            "props": {"sources": [ART], "evidence": [evidence] if evidence else [], **props}}


# a small graph: an office changing hands, a meeting with a chair, an unnamed office and a stand-in
NODES = [
    node(ART, "Article", title="Rakor Pilkada di Belu", outlet="Tribratanews Polda NTT", url=URL,
         published="2024-11-23", byline="Yohanes Seran", source="page.html"),
    node("person:budi", "Person", name="Budi Lake", aliases=["Budi"]),
    node("person:ani", "Person", name="Ani Seran"),
    node("person:yosef", "Person", name="Yosef Bria"),
    node("rank:akbp", "Rank", name="AKBP"),
    node("unit:polres-belu", "Unit", name="Polres Belu", kind="polres", service="police", region="Belu"),
    node("unit:polda-ntt", "Unit", name="Polda NTT", kind="polda", service="police"),
    node("unit:pln", "Unit", name="PLN Belu", kind="pln", service="enterprise"),
    node("position:kapolres-belu", "Position", name="Kapolres Belu", title="Kapolres"),
    node("position:kapolda-ntt", "Position", name="Kapolda NTT", title="Kapolda"),
    node("meeting:1", "Meeting", title="Rakor Pilkada", kind="rakor", date="2024-11-23", venue="Aula Wira Satya"),
]
RELS = [
    rel("person:budi", "HAS_RANK", "rank:akbp"),
    rel("person:budi", "HOLDS_POSITION", "position:kapolres-belu", "Kapolres Belu AKBP Budi Lake hadir.",
        status="current", first_seen="2024-11-23", last_seen="2024-11-23"),
    rel("person:ani", "HOLDS_POSITION", "position:kapolres-belu", "mantan Kapolres Belu Ani Seran",
        status="former", first_seen="2023-01-05", last_seen="2023-06-30"),
    rel("position:kapolres-belu", "OF", "unit:polres-belu"),
    rel("person:budi", "COMMANDS", "unit:polres-belu", first_seen="2024-11-23"),
    rel("unit:polres-belu", "PART_OF", "unit:polda-ntt"),
    rel("unit:polres-belu", "ORGANIZED", "meeting:1"),
    rel("person:budi", "ATTENDED", "meeting:1", "Rakor dipimpin Kapolres Belu.", role="chair"),
    rel("unit:pln", "ATTENDED", "meeting:1"),
    rel("position:kapolda-ntt", "ATTENDED", "meeting:1", "Kapolda NTT hadir secara virtual."),
    rel("person:yosef", "REPRESENTED", "position:kapolda-ntt", "Yosef Bria mewakili Kapolda NTT.", meeting="meeting:1"),
    rel("person:ani", "REPRESENTED", "person:budi", "Ani Seran mewakili Budi Lake.", meeting="meeting:1"),
    *[rel(n["id"], "MENTIONED_IN", ART) for n in NODES if n["label"] != "Article"],
]


def by_name(entities) -> dict[tuple[str, str], dict]:
    out = {}
    for e in entities:
        name = e.first("name", quiet=True) or e.first("role", quiet=True) or ""
        out[(e.schema.name, name)] = e
    return out


def test_mapping_of_a_small_graph():
    entities = list(ftm_entities(NODES, RELS))
    counts = Counter(e.schema.name for e in entities)
    assert counts == {"Article": 1, "Person": 3, "PublicBody": 2, "Organization": 1, "Position": 2, "Event": 1,
                      "Occupancy": 2, "Membership": 2, "UnknownLink": 2, "Representation": 1}
    ids = {n["id"]: e.id for n, e in zip([n for n in NODES if n["label"] != "Rank"], entities)}
    found = by_name(entities)
    budi = found[("Person", "Budi Lake")]
    assert budi.get("title") == ["AKBP"] and budi.get("alias") == ["Budi"] and budi.get("position") == ["Kapolres Belu"]
    assert budi.get("proof") == [ids[ART]] and budi.get("sourceUrl") == [URL]
    assert budi.get("publisher") == ["Tribratanews Polda NTT"]
    assert "Kapolres Belu AKBP Budi Lake hadir." in budi.get("description")  # the evidence sentence
    article = found[("Article", "Rakor Pilkada di Belu")]
    assert article.get("publishedAt") == ["2024-11-23"] and article.get("author") == ["Yohanes Seran"]
    assert found[("PublicBody", "Polres Belu")].get("classification") == ["polres"]
    assert found[("Position", "Kapolres Belu")].get("organization") == [ids["unit:polres-belu"]]
    occupancies = {e.first("status"): e for e in entities if e.schema.name == "Occupancy"}
    assert occupancies["current"].get("holder") == [ids["person:budi"]]
    assert occupancies["current"].get("post") == [ids["position:kapolres-belu"]]
    assert occupancies["current"].get("startDate") == ["2024-11-23"] and not occupancies["current"].get("endDate")
    assert occupancies["former"].get("endDate") == ["2023-06-30"]
    event = found[("Event", "Rakor Pilkada")]
    assert event.get("date") == ["2024-11-23"] and event.get("location") == ["Aula Wira Satya"]
    assert event.get("organizer") == [ids["unit:polres-belu"]]
    assert set(event.get("involved")) == {ids["person:budi"], ids["unit:pln"]}  # the office is no LegalEntity
    assert found[("Membership", "part of")].get("organization") == [ids["unit:polda-ntt"]]
    assert found[("Membership", "commander")].get("member") == [ids["person:budi"]]
    stood_in = found[("Representation", "stood in for")]
    assert (stood_in.get("agent"), stood_in.get("client")) == ([ids["person:ani"]], [ids["person:budi"]])
    assert stood_in.get("date") == ["2024-11-23"] and stood_in.get("proof") == [ids[ART]]
    assert found[("UnknownLink", "stood in for the office")].get("object") == [ids["position:kapolda-ntt"]]
    assert found[("UnknownLink", "attended, holder not named")].get("subject") == [ids["position:kapolda-ntt"]]
    # deterministic ids: the same graph gives the same entities
    assert [e.id for e in ftm_entities(NODES, RELS)] == [e.id for e in entities]


def test_an_entity_the_model_refuses_is_an_error_in_words():
    occupancy = model.make_entity("Occupancy")
    occupancy.id = "x"
    occupancy.add("holder", "person-1")
    with pytest.raises(ExportError, match="Occupancy .* is not valid FtM: missing post"):
        _checked(occupancy)


def test_kg_export_reads_back_with_the_graphs_counts(store, cli_env, tmp_path):
    (tmp_path / "in").mkdir()
    for f in EXAMPLES.glob("*.txt"):
        shutil.copy(f, tmp_path / "in" / f.name)
    (tmp_path / "in" / "page.html").write_text(news_page(), encoding="utf-8")
    write_warc(tmp_path / "in" / "crawl.warc.gz", [("https://x.example.id/rakor-alor", news_page("Rakor di Alor", url=""))])
    report = load([tmp_path / "in"], store)
    assert report.done == 7 and report.read == {"text": 5, "html": 1, "warc": 1,
                                                 "WARC records skipped (not HTML responses)": 4}
    # every input kind's metadata is on its Article node
    stored = {r["reader"]: r for r in store.read("MATCH (a:Article) RETURN a.reader AS reader, a.title AS title, "
                                                 "a.outlet AS outlet, a.url AS url, a.published AS published")}
    assert stored["html"] == {"reader": "html", "title": "Kapolres Belu Pimpin Rakor Pengamanan Pilkada",
                              "outlet": "Tribratanews Polda NTT", "url": URL, "published": "2024-11-23"}
    assert stored["warc"]["url"] == "https://x.example.id/rakor-alor" and stored["warc"]["title"] == "Rakor di Alor"
    titled = store.read("MATCH (a:Article {reader: 'text'}) WHERE a.title IS NOT NULL AND a.outlet IS NOT NULL "
                        "RETURN count(a) AS n")[0]["n"]
    assert titled >= 3  # headline line and dateline of the plain texts
    out = tmp_path / "graph.ftm.json"
    result = invoke(["export", "--format", "ftm", "-o", str(out)], cli_env)
    assert result.exit_code == 0, result.output
    entities = list(read_ftm(out))
    got = Counter(e.schema.name for e in entities)
    assert len({e.id for e in entities}) == len(entities) == len(out.read_text().splitlines())
    assert f"wrote {out}: {len(entities)} FtM entities" in result.stdout

    def count(cypher: str) -> int:
        return store.read(cypher)[0]["n"]

    assert got["Person"] == count("MATCH (n:Person) RETURN count(n) AS n") > 0
    assert got["PublicBody"] + got["Organization"] == count("MATCH (n:Unit) RETURN count(n) AS n") > 0
    assert got["Position"] == count("MATCH (n:Position) RETURN count(n) AS n")
    assert got["Event"] == count("MATCH (n:Meeting) RETURN count(n) AS n") > 0
    assert got["Article"] == count("MATCH (n:Article) RETURN count(n) AS n") == 7
    assert got["Occupancy"] == count("MATCH ()-[r:HOLDS_POSITION]->() RETURN count(r) AS n") > 0
    assert got["Membership"] == count("MATCH ()-[r:PART_OF|COMMANDS]->() RETURN count(r) AS n") > 0
    assert got["Representation"] + got["UnknownLink"] == count(
        "MATCH (a)-[r]->() WHERE type(r) = 'REPRESENTED' OR (type(r) = 'ATTENDED' AND a:Position) "
        "RETURN count(r) AS n")
    # the source article on every entity: the page's persons carry its URL and outlet
    page = [e for e in entities if e.schema.name == "Person" and URL in e.get("sourceUrl")]
    assert {e.first("name") for e in page} >= {"Benny Miniani Arief", "Budi Lake"}
    assert all("Tribratanews Polda NTT" in e.get("publisher") for e in page)  # and the other outlets naming them
    assert all(e.get("proof") for e in entities if e.schema.name in ("Person", "Event", "Occupancy"))
    # the ftm tools take the file as it is (`ftm validate -i FILE`, its click command run in this process)
    from click.testing import CliRunner
    from followthemoney.cli.cli import cli as ftm

    checked = CliRunner().invoke(ftm, ["validate", "-i", str(out)])
    assert checked.exit_code == 0 and checked.exception is None, checked.output
    assert len(checked.stdout.splitlines()) == len(entities)


def test_a_hub_keeps_the_first_source_articles_only():
    articles = [node(f"article:{i:02d}", "Article", title=f"Berita {i}", url=f"https://x.example.id/{i}")
                for i in range(30)]
    polda = node("unit:polda-ntt", "Unit", name="Polda NTT", kind="polda", service="police")
    mentions = [{"start": polda["id"], "end": a["id"], "type": "MENTIONED_IN", "props": {}} for a in articles]
    [unit] = [e for e in ftm_entities([*articles, polda], mentions) if e.schema.name == "PublicBody"]
    assert len(unit.get("proof")) == len(unit.get("sourceUrl")) == 20  # the graph's SOURCES_CAP

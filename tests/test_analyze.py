"""The network measures, on small graphs whose answers are known."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest

from kg import analyze


def rows(*meetings):
    """Attendance rows from (meeting, date, [(person, group), ...])."""
    out = []
    for meeting, date, people in meetings:
        for person, group in people:
            out.append({"node": person, "name": person.upper(), "meeting": meeting, "date": date, "group": group})
    return out


# Two police-only meetings and two military-only meetings, bridged by "civ",
# a civil official who attends one of each.
BRIDGED = rows(
    ("m1", "2024-01-10", [("p1", "police"), ("p2", "police"), ("civ", "civil")]),
    ("m2", "2024-02-10", [("p1", "police"), ("p2", "police"), ("p3", "police")]),
    ("m3", "2024-03-10", [("t1", "military"), ("t2", "military"), ("civ", "civil")]),
    ("m4", "2024-04-10", [("t1", "military"), ("t2", "military")]),
)


def test_two_mode_and_projection_count_shared_meetings():
    g = analyze.two_mode(BRIDGED)
    assert len(analyze.actors(g)) == 6 and g.number_of_nodes() == 10
    p = analyze.project(g)
    assert p["p1"]["p2"] == {"weight": 2, "first": "2024-01-10", "last": "2024-02-10"}
    assert p["t1"]["t2"]["weight"] == 2
    assert not p.has_edge("p1", "t1")
    assert p.nodes["civ"]["group"] == "civil"


def test_bridge_has_all_the_betweenness_and_brokers_across_services():
    p = analyze.project(analyze.two_mode(BRIDGED))
    cent = analyze.centrality(p)
    assert max(cent, key=lambda n: cent[n]["betweenness"]) == "civ"
    roles = analyze.brokerage(p)
    # civ links p1,p2 (police) with t1,t2 (military): 4 liaison pairs, no same-group brokering
    assert roles["civ"]["liaison"] == 4 and roles["civ"]["coordinator"] == 0
    assert roles["civ"]["cross_group"] == 4
    # p1 and p2 broker between civ and p3 (representative: p shares police with p3)
    assert roles["p1"]["representative"] == 1


def test_brokerage_roles_by_group():
    g = nx.Graph([("a", "b"), ("b", "c")])
    for groups, role in ((("x", "x", "x"), "coordinator"), (("x", "y", "x"), "consultant"),
                         (("x", "x", "y"), "representative"), (("x", "y", "z"), "liaison")):
        nx.set_node_attributes(g, dict(zip("abc", groups)), "group")
        assert analyze.brokerage(g)["b"][role] == 1, role
    g.add_edge("a", "c")  # a closed triangle needs no broker
    assert analyze.brokerage(g)["b"]["total"] == 0


def test_eigenvector_agrees_with_networkx_per_component():
    g = nx.karate_club_graph()
    ours = analyze._eigenvector(g)
    theirs = nx.eigenvector_centrality(g, weight="weight", max_iter=1000)
    assert max(abs(ours[n] - theirs[n]) for n in g) < 1e-4
    g.add_edge("x", "y")
    ours = analyze._eigenvector(g)
    assert ours["x"] == pytest.approx(ours["y"]) and ours["x"] > 0


def test_communities_and_core_split_the_services():
    p = analyze.project(analyze.two_mode(BRIDGED))
    comm = analyze.communities(p)
    assert comm["p1"] == comm["p2"] == comm["p3"]
    assert comm["t1"] == comm["t2"] != comm["p1"]
    core = analyze.k_core(p)
    assert core["p1"] == 2 and core["t1"] == 2


def test_time_slice_and_centrality_over_time():
    g = analyze.two_mode(BRIDGED)
    march = analyze.time_slice(g, "2024-03-01", "2024-03-31")
    assert set(analyze.actors(march)) == {"t1", "t2", "civ"}
    series = analyze.centrality_over_time(g, "civ", analyze.monthly_windows(["2024-01-10", "2024-04-10"]))
    assert [s["degree"] for s in series] == [2, 0, 2, 0]


def test_service_group_prefers_rank():
    assert analyze.service_group(["TNI"], ["civil"]) == "military"
    assert analyze.service_group([None], ["election"]) == "election"


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".csv"])
def test_export_round_trip(tmp_path, suffix):
    p = analyze.project(analyze.two_mode(BRIDGED))
    nx.set_node_attributes(p, {n: {"kg_degree": d, "missing": None} for n, d in p.degree()})
    path = analyze.export(p, tmp_path / f"g{suffix}")
    if suffix == ".csv":
        with path.open() as fh:
            assert len(list(csv.DictReader(fh))) == p.number_of_edges()
        return
    back = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == p.number_of_nodes()
    assert back.number_of_edges() == p.number_of_edges()


def test_export_refuses_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="graphml"):
        analyze.export(nx.Graph(), tmp_path / "g.xlsx")


def test_exports_label_nodes_by_name_and_date_meetings(tmp_path):
    from lxml import etree

    g = analyze.two_mode(rows(("m1", "2024-01-10", [("p1", "police"), ("civ", "civil")])))
    g.nodes["m1"]["name"] = analyze.meeting_label({"date": "2024-01-10", "kind": "rakor"}, ["Polres Belu"])
    gexf = etree.parse(str(analyze.export(g, tmp_path / "g.gexf")))
    ns = {"g": gexf.getroot().nsmap[None]}
    labels = {n.get("id"): n.get("label") for n in gexf.iterfind(".//g:node", ns)}
    assert labels == {"p1": "P1", "civ": "CIV", "m1": "2024-01-10 rakor, Polres Belu"}
    graph = gexf.find("g:graph", ns)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    meeting = gexf.find(".//g:node[@id='m1']", ns)
    assert (meeting.get("start"), meeting.get("end")) == ("2024-01-10", "2024-01-10")
    assert {(e.get("start"), e.get("end")) for e in gexf.iterfind(".//g:edge", ns)} == {("2024-01-10", "2024-01-10")}
    back = nx.read_graphml(analyze.export(g, tmp_path / "g.graphml"))
    assert {n: d["label"] for n, d in back.nodes(data=True)} == labels


def test_export_format_is_known_before_anything_runs(tmp_path):
    assert analyze.export_format("out/August.GEXF") == ".gexf"
    with pytest.raises(ValueError, match="cannot export to x.json"):
        analyze.export_format("x.json")
    assert not (tmp_path / "x.json").exists()


GEXF_SCHEMA = Path(__file__).parent / "data" / "gexf-1.2draft" / "gexf.xsd"


@pytest.mark.parametrize("network", ["persons", "two-mode"])
def test_gexf_export_is_valid_against_the_gexf_schema(tmp_path, network):
    """What `kg analyze --export x.gexf` writes (GEXF 1.2draft, as networkx writes
    it) is valid against the GEXF Working Group's schema of that version (see
    tests/data/gexf-1.2draft/README.md: no registry ships the 1.3 schema)."""
    from lxml import etree

    two = analyze.two_mode(BRIDGED + rows(("m5", "2024-05-10", [("odd", "civil"), ("p1", "police")])))
    for n, d in two.nodes(data=True):
        if d.get("bipartite") == 1:
            d["name"] = analyze.meeting_label({"date": d.get("date"), "kind": "rakor"}, ["Polres Belu"])
    two.nodes["odd"].update(name='  Dr. "Ané"  <Bupati> & Co\tTTU ', aliases=["A", "B"], flag=True, score=float("inf"))
    g = two if network == "two-mode" else analyze.project(two)
    if network == "persons":
        nx.set_node_attributes(g, analyze.measures(g))
    schema = etree.XMLSchema(etree.parse(str(GEXF_SCHEMA)))
    doc = etree.parse(str(analyze.export(g, tmp_path / "g.gexf")))
    assert doc.getroot().nsmap[None] == "http://www.gexf.net/1.2draft"
    assert schema.validate(doc), "\n".join(str(e) for e in schema.error_log)
    assert doc.find(".//{http://www.gexf.net/1.2draft}node[@id='odd']").get("label").strip().startswith("Dr.")
    # the schema is strict enough to refuse what networkx alone wrote (a graph name GEXF 1.2 does not have)
    bad = etree.parse(str(analyze.export(g, tmp_path / "bad.gexf")))
    bad.getroot().find("{http://www.gexf.net/1.2draft}graph").set("name", "")
    assert not schema.validate(bad)

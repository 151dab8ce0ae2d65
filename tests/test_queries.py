"""Every named query, and `kg analyze`, on both engines, on the seed articles
plus a synthetic world of 500 meetings (benchmarks/synthetic.py): more persons
meet in it than analysis computes exact betweenness for, so the sampled
estimate runs as it does on a real corpus. (It was 2,000 meetings: four times
the writes and reads, for no other check.)"""

from __future__ import annotations

import json
from functools import lru_cache

import networkx as nx
import pytest

import queries
from benchmarks.synthetic import build_world, meeting_graph, meetings
from kg import analyze
from kg.pipeline import load
from kg.store import Store
from tests.conftest import EXAMPLES, invoke

# Parameters that the seed articles (or the synthetic world) have answers for.
PARAMS = {
    "analysis_persons": {"since": None, "until": None},
    "analysis_units": {"since": "2024-01-01", "until": "2024-12-31"},
    "co_attendance": {"limit": 10},
    "command_chain": {"unit": "Koramil 1604/01 Kupang"},
    "cross_service_units": {"limit": 10},
    "ego": {"name": "Polres Belu", "hops": 2},
    "graph_all": {"limit": 100},
    "meeting_attendees": {"date": "2024-08-01"},
    "most_central": {"measure": "betweenness", "limit": 10},
    "near_duplicate_names": {"limit": 20},
    "node_names": {},
    "new_since": {"since": "2024-08-01"},
    "nodes_by_id": {"ids": ["unit:polres-belu"]},
    "office_holder_on_date": {"office": "Wakapolres Belu", "date": "2024-12-31"},
    "office_holders": {"office": "Wakapolres Belu"},
    "person_meetings": {"name": "Moh. Mukhson", "since": "2024-01-01", "until": "2024-12-31"},
    "person_profile": {"name": "Moh. Mukhson"},
    "persons_by_rank": {"rank": "akbp"},
    "persons_without_rank": {},
    "ranks_by_unit": {"unit": "Polres Belu"},
    "representation_chains": {},
    "represented": {},
    "shared_meetings": {"a": "Awi Setiyono", "b": "Hendry Dunant"},
    "shortest_connection": {"a": "Moh. Mukhson", "b": "Polres Belu"},
    "units_without_parent": {},
    "unnamed_offices": {},
    "view_command": {"unit": "Polda NTT"},
    "view_ego": {"ids": ["unit:polres-belu"], "hops": 2},
    "view_meeting": {"meeting": "2024-08-01"},
    "view_timeline": {"ids": ["position:wakapolres-polres-belu"]},
    "view_window": {"since": "2024-08-01", "until": "2024-08-31"},
}


# two officers who share a surname and nothing else: resolution keeps them apart, and
# near_duplicate_names shows the pair for review (the seeds' own near-duplicate, "Brigjen Awi",
# is now merged with Awi Setiyono by resolution)
NAMESAKES = ("Kapolres Sikka AKBP Yakobus Rumbewas dan Dandim 1603/Sikka Letkol Inf Fransiskus Rumbewas menghadiri "
             "rapat koordinasi di Maumere, Senin (4/3/2024).")


PERSONS, MEETINGS = 2000, 500


@lru_cache(maxsize=1)
def synthetic_graphs() -> tuple:
    """The synthetic world's meetings as article graphs (built once, for both engines)."""
    world = build_world(persons=PERSONS)
    return tuple(meeting_graph(world, m) for m in meetings(world, MEETINGS))


@pytest.fixture(scope="module")
def analyst_graph(engine_conn, tmp_path_factory):
    """Seeds, an article with namesakes and the synthetic world, analysed (measures written back)."""
    store = Store(engine_conn)
    store.clear()
    namesakes = tmp_path_factory.mktemp("namesakes") / "namesakes.txt"
    namesakes.write_text(NAMESAKES, encoding="utf-8")
    report = load([EXAMPLES, namesakes], store)
    assert report.done == 6
    graphs = list(synthetic_graphs())
    for i in range(0, len(graphs), 250):
        store.write(graphs[i:i + 250])
    result = analyze.analyze(store)
    yield store, result
    store.close()


@pytest.mark.slow  # seconds: out of `make test-fast`, in `make test`
def test_synthetic_world_is_big_enough():
    graphs = synthetic_graphs()
    assert len(graphs) == MEETINGS
    attending = {n.id for g in graphs for n in g.nodes.values() if n.label == "Person"}
    # analysis estimates betweenness from a sample above this many persons: the world must take that path
    assert len(attending) > analyze.EXACT_BETWEENNESS_LIMIT


def test_every_query_has_a_header_and_parameters_we_supply():
    assert len(queries.names()) >= 14 + 4  # 14 analyst questions, plus the ones views and analyze use
    for q in queries.all_queries():
        assert q.summary and not q.summary.startswith("MATCH"), q.name
        assert "// example: kg query " + q.name in q.text, q.name
        assert set(q.params) == set(PARAMS[q.name]), q.name


@pytest.mark.parametrize("name", queries.names())
def test_query_runs_and_answers(analyst_graph, name):
    store, _ = analyst_graph
    rows = store.read(queries.get(name).text, PARAMS[name])
    assert rows, f"{name} returned no rows"


def _rows(store, name, **params):
    return store.read(queries.get(name).text, params)


def test_who_represented_whom_at_the_kupang_rakor(analyst_graph):
    store, _ = analyst_graph
    pairs = {(r["representative"], r["represented"]) for r in _rows(store, "represented") if r["date"] == "2024-08-01"}
    assert ("Awi Setiyono", "Kapolda NTT") in pairs
    assert ("Oktovianus Wadu Ere", "Kapolresta Kupang Kota") in pairs
    assert ("Tituk Tumuli", "Ketua Pengadilan Negeri Kupang") in pairs


def test_who_held_wakapolres_belu_before_lorensius(analyst_graph):
    store, _ = analyst_graph
    holders = {r["holder"]: r["status"] for r in _rows(store, "office_holders", office="wakapolres belu")}
    assert holders == {"Oktovianus Wadu Ere": "former", "Lorensius": "current"}
    on_date = _rows(store, "office_holder_on_date", office="Wakapolres Belu", date="2024-12-31")
    assert [r["holder"] for r in on_date] == ["Lorensius"]


def test_command_chain_goes_up_from_a_koramil(analyst_graph):
    store, _ = analyst_graph
    [row] = _rows(store, "command_chain", unit="Koramil 1604/01 Kupang")
    assert row["heads"] == ["Hendry Dunant"]
    assert any(a["unit"].startswith("Kodim 1604") for a in row["above"])


def test_synthetic_offices_have_successions(analyst_graph):
    store, _ = analyst_graph
    rows = store.read("MATCH (o:Position)<-[h:HOLDS_POSITION]-(:Person) WITH o, count(h) AS n WHERE n > 1 "
                      "RETURN o.name AS office LIMIT 1")
    holders = _rows(store, "office_holders", office=rows[0]["office"])
    assert len(holders) > 1
    assert [h["first_seen"] for h in holders if h["status"] != "former"] == \
        sorted(h["first_seen"] for h in holders if h["status"] != "former")


def test_the_persons_network_is_analysed_by_sampled_betweenness(analyst_graph):
    _, result = analyst_graph
    assert result.networks["persons"].number_of_nodes() > analyze.EXACT_BETWEENNESS_LIMIT


def test_measures_are_written_back_and_sortable(analyst_graph):
    store, result = analyst_graph
    top = _rows(store, "most_central", measure="degree", limit=5)
    values = [r["value"] for r in top]
    assert values == sorted(values, reverse=True) and values[0] > 0
    best = max(m["kg_degree"] for kind in ("persons", "units") for m in result.measures[kind].values())
    assert best == values[0]
    brokers = _rows(store, "most_central", measure="cross_group_brokerage", limit=5)
    assert brokers[0]["value"] > 0  # provincial officials bridge the services of several regencies


def test_analyze_exports_graphml_that_reads_back(analyst_graph, cli_env, tmp_path):
    out = tmp_path / "persons.graphml"
    done = invoke(["analyze", "--export", str(out)], cli_env)
    assert done.exit_code == 0, done.output
    _, result = analyst_graph
    g = nx.read_graphml(out)
    assert g.number_of_nodes() == result.networks["persons"].number_of_nodes()
    assert g.number_of_edges() == result.networks["persons"].number_of_edges()
    assert f"({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)" in done.stdout
    table = invoke(["query", "most_central", "--param", "measure=betweenness", "--param", "limit=3",
                    "--format", "json"], cli_env)
    assert table.exit_code == 0, table.output
    assert len(json.loads(table.stdout)) == 3


def test_query_time_slice_cli(analyst_graph, cli_env, tmp_path):
    out = tmp_path / "august.gexf"
    done = invoke(["analyze", "--since", "2024-08-01", "--until", "2024-08-31", "--no-write", "--export", str(out)],
                  cli_env)
    assert done.exit_code == 0, done.output
    g = nx.read_gexf(out)
    dates = {d.get("start") for _, _, d in g.edges(data=True)}
    assert dates and all("2024-08-01" <= x <= "2024-08-31" for x in dates)

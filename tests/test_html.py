"""HTML explorations opened in a real headless Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.model import ArticleGraph
from visualize.html import GraphData, render
from visualize.views import whole_graph
from tests.conftest import EXAMPLES

ARTIFACTS = Path(__file__).resolve().parent.parent / "out" / "test-artifacts"


@pytest.fixture(scope="session")  # one Chromium for the tests of both engines
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()


def open_page(browser, path: Path):
    browser.get(path.resolve().as_uri())
    for _ in range(100):
        if browser.execute_script("return window.kgReady === true"):
            break
        browser.implicitly_wait(0.1)
    return browser


def severe_console_errors(browser) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def network_requests(browser) -> list[str]:
    import json

    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return [u for u in urls if not u.startswith(("file:", "data:", "about:"))]


DRAWN_COLOURS = """
const legend = [...document.querySelectorAll('#legend i')].map(i => i.dataset.color);
return window.kgNodes.getIds().map(id => [id, window.kgNetwork.body.nodes[id].options.color.background,
                                          window.kgNetwork.body.nodes[id].options.font.color]);
"""


def drawn_colours(browser) -> tuple[dict[str, str], list[str]]:
    """The fill colour vis-network draws each node with, and the colours the legend lists."""
    drawn = {i: c.lower() for i, c, _ in browser.execute_script(DRAWN_COLOURS)}
    legend = [c.lower() for c in browser.execute_script(
        "return [...document.querySelectorAll('#legend i')].map(i => i.dataset.color)")]
    return drawn, legend


def test_seed_graph_page(store, browser):
    from kg.pipeline import load
    from visualize import views

    load([EXAMPLES], store)
    view = views.select(store)  # the default page: who meets whom, circles coloured
    assert view.color_by == "community"
    assert {n["label"] for n in view.data.nodes} <= {"Person", "Meeting", "Unit"}
    path = render(view.data, ARTIFACTS / "seed-graph.html", title="kg: " + view.title, color_by=view.color_by)
    open_page(browser, path)
    assert severe_console_errors(browser) == []
    assert browser.execute_script("return window.kgNodes.length") == len(view.data.nodes) > 10
    drawn, legend = drawn_colours(browser)
    assert set(drawn.values()) <= set(legend) and len(legend) >= 3
    legend_text = browser.find_element("id", "legend").text
    assert "circle 1:" in legend_text
    focused = browser.execute_script("return window.kgFocus('Lorensius')")
    assert browser.execute_script("return window.kgNetwork.getSelectedNodes()") == [focused]
    details = browser.find_element("id", "details").text
    assert details.startswith("Lorensius") and "rank: KOMPOL" in details
    # the meeting he attended, by date, kind and place, with its article's date
    assert "ATTENDED 2024-11-23 rakor, Polres Belu" in details
    assert "source: " in details and "2024-11-23" in details.split("source: ", 1)[1]
    assert network_requests(browser) == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.execute_script("window.kgNetwork.fit({animation: false})")  # the whole page, Lorensius selected
    browser.save_screenshot(str(ARTIFACTS / "seed-graph.png"))


def test_drawn_colours_are_the_legends_in_every_view(store, browser, tmp_path):
    """Read the colour vis-network draws each node with back from the page: every one is in the legend, and means
    what the legend says (a service's colour on a node of that service)."""
    from kg import analyze
    from kg.pipeline import load
    from visualize import views
    from visualize.html import SERVICE_COLORS, STYLE, service_of

    load([EXAMPLES], store)
    analyze.analyze(store)
    for name, kwargs in {"window": {"since": "2024-01-01", "until": "2024-12-31"}, "coattendance": {"coattendance": True},
                         "all": {"everything": True}, "unit": {"unit": "polda ntt"}}.items():
        view = views.select(store, **kwargs)
        open_page(browser, render(view.data, tmp_path / f"{name}.html", color_by=view.color_by, layout=view.layout))
        drawn, legend = drawn_colours(browser)
        assert len(drawn) == len(view.data.nodes), name
        assert [i for i, c in drawn.items() if c not in legend] == [], name
        texts = browser.execute_script("return [...document.querySelectorAll('#legend span')].map(s => s.textContent)")
        assert not {"POLRI", "TNI"} & set(texts), name  # one vocabulary of services
        if view.color_by == "service":
            for n in view.data.nodes:
                want = SERVICE_COLORS.get(service_of(n)) or STYLE[n["label"]]["color"]
                assert drawn[n["id"]] == want.lower(), (name, n["name"])
        # text inside a unit's box is white on dark fills, dark on light ones
        fonts = {i: f for i, _, f in browser.execute_script(DRAWN_COLOURS)}
        for n in view.data.nodes:
            if n["label"] == "Unit" and service_of(n) == "police":
                assert fonts[n["id"]].lower() == "#ffffff", n["name"]


def test_ego_network_does_not_walk_through_ranks(store):
    import networkx as nx

    import queries
    from kg.pipeline import load
    from visualize import views

    load([EXAMPLES], store)
    data = views.ego_graph(store, "benny", 2)
    assert "Rank" not in {n["label"] for n in data.nodes}
    me = next(n for n in data.nodes if n["name"] == "Benny Miniani Arief")
    assert me["rank"] == "AKBP" and me["props"]["service"] == "police"
    # the same ego network computed here, on the graph without ranks and articles
    rows = store.read(queries.get("graph_all").text, {"limit": 100000})
    g = nx.Graph((r["source"], r["target"]) for r in rows
                 if not {r["source_label"], r["target_label"]} & {"Rank", "Article"})
    assert {n["id"] for n in data.nodes} == set(nx.ego_graph(g, me["id"], radius=2))
    # ...which leaves out officers whose only link to him is the rank they share
    kompol = {r["id"] for r in store.read(
        "MATCH (p:Person)-[:HAS_RANK]->(:Rank {name: 'AKBP'}) RETURN p.id AS id")}
    assert kompol - {n["id"] for n in data.nodes}


def test_focus_finds_by_part_and_suggests_near_names(store):
    from kg.pipeline import load
    from visualize import views

    load([EXAMPLES], store)
    assert [r["name"] for r in views.find_nodes(store, "benny")] == ["Benny Miniani Arief"]
    assert [r["name"] for r in views.find_nodes(store, "BENNY ARIEF")] == ["Benny Miniani Arief"]
    with pytest.raises(views.ViewError, match="nearest names: Benny Miniani Arief"):
        views.find_nodes(store, "benni")
    with pytest.raises(views.ViewError, match="matches several units; give one of: .*Polda NTT"):
        views.select(store, unit="polda")
    with pytest.raises(views.ViewError, match="--meeting: '23/11/2024' is not a date; write YYYY-MM-DD"):
        views.select(store, meeting="23/11/2024")
    assert views.select(store, focus="benny").data.nodes


def test_meetings_holdings_and_sources_in_the_panel(store, browser, tmp_path):
    from kg.pipeline import load
    from visualize import views

    load([EXAMPLES], store)
    data = views.whole_graph(store)
    meetings = {n["name"] for n in data.nodes if n["label"] == "Meeting"}
    assert "2024-11-23 rakor, Polres Belu" in meetings
    assert all(m[:4].isdigit() and "||" not in m for m in meetings)
    assert data.articles and all("published" in a or "source" in a for a in data.articles.values())
    open_page(browser, render(data, tmp_path / "all.html"))
    styles = browser.execute_script(
        "return window.kgEdges.get({filter: e => e.kgType === 'HOLDS_POSITION'}).map(e => [e.kgProps.status, e.color, "
        "JSON.stringify(e.dashes)])")
    by_status = {status: (color, dashes) for status, color, dashes in styles}
    assert {"current", "former"} <= set(by_status) and by_status["current"] != by_status["former"]
    browser.execute_script("window.kgFocus('Oktovianus Wadu Ere')")
    details = browser.find_element("id", "details").text
    assert "HOLDS_POSITION Wakapolres Belu — former, first seen 2024-08-01, last seen 2024-08-01" in details
    # the article behind that holding, by title (or file) and date, not by its hash
    okto = next(n["id"] for n in data.nodes if n["name"] == "Oktovianus Wadu Ere")
    [holding] = [e for e in data.edges if e["type"] == "HOLDS_POSITION" and e["source"] == okto
                 and e["props"]["status"] == "former"]
    article = data.articles[holding["props"]["sources"][0]]
    assert f"source: {article.get('title') or article['source']}" in details.replace("\n", "")
    assert article["published"] in details and holding["props"]["sources"][0] not in details


def test_command_hierarchy_reads_top_down(store, browser, tmp_path):
    from kg.pipeline import load
    from visualize import views

    load([EXAMPLES], store)
    view = views.select(store, unit="Polda NTT")
    assert view.layout == "hierarchical"
    open_page(browser, render(view.data, tmp_path / "command.html", layout=view.layout))
    assert severe_console_errors(browser) == []
    ids = {n["name"]: n["id"] for n in view.data.nodes}
    y = browser.execute_script("const p = window.kgNetwork.getPositions(); return Object.fromEntries("
                               "Object.entries(p).map(([k, v]) => [k, v.y]))")
    assert y[ids["Polda NTT"]] < y[ids["Polres Belu"]]  # the Polda above its Polres
    heads = [e["source"] for e in view.data.edges if e["type"] == "COMMANDS" and e["target"] == ids["Polres Belu"]]
    assert heads and all(y[h] > y[ids["Polres Belu"]] for h in heads)  # its head below it
    browser.save_screenshot(str(ARTIFACTS / "command-hierarchy.png"))


def test_article_text_cannot_run_script(browser, tmp_path):
    payload_name = '<img src=x onerror="window.pwned=1">'
    payload_evidence = '</script><script>window.pwned=2</script>'
    g = ArticleGraph("article:xss")
    data = GraphData(
        nodes=[{"id": "p", "label": "Person", "name": payload_name, "props": {"name": payload_name}},
               {"id": "m", "label": "Meeting", "name": "Rakor", "props": {"title": payload_evidence}}],
        edges=[{"source": "p", "target": "m", "type": "ATTENDED",
                "props": {"evidence": [payload_evidence], "sources": [g.article_id]}}],
    )
    path = render(data, tmp_path / "xss.html", title=payload_evidence)
    open_page(browser, path)
    assert browser.execute_script("return window.pwned === undefined")
    browser.execute_script("window.kgFocus('<img')")
    assert browser.execute_script("return window.pwned === undefined")
    assert payload_name in browser.find_element("id", "details").text
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0


def test_every_view_opens_in_the_browser(store, browser, tmp_path):
    from kg import analyze
    from kg.pipeline import load
    from visualize import views

    load([EXAMPLES], store)
    analyze.analyze(store)
    cases = {
        "ego": views.ego_graph(store, "Polres Belu", 1),
        "meeting": views.meeting_graph(store, "2024-08-01"),
        "command": views.command_graph(store, "Polda NTT"),
        "coattendance": views.coattendance_graph(store),
        "window": views.window_graph(store, "2024-08-01", "2024-08-31"),
    }
    for name, data in cases.items():
        assert data.nodes, name
        path = render(data, tmp_path / f"{name}.html", title=name, measure="betweenness" if name == "coattendance" else "degree")
        open_page(browser, path)
        assert severe_console_errors(browser) == [], name
        assert browser.execute_script("return window.kgNodes.length") == len(data.nodes), name
    # the meeting view holds its attendees and the stand-in
    names = {n["name"] for n in cases["meeting"].nodes}
    assert {"Awi Setiyono", "Hendry Dunant", "Kapolda NTT"} <= names
    assert any(e["type"] == "REPRESENTED" for e in cases["meeting"].edges)
    # the command view climbs from Polres to Polda, and the window holds only August meetings
    assert {"Polres Belu", "Polres TTU", "Polda NTT"} <= {n["name"] for n in cases["command"].nodes}
    dates = {n["props"].get("date") for n in cases["window"].nodes if n["label"] == "Meeting"}
    assert dates and all(d.startswith("2024-08") for d in dates)


def test_nodes_are_sized_by_the_chosen_measure(browser, tmp_path):
    nodes = [{"id": f"p{i}", "label": "Person", "name": f"P{i}", "props": {"kg_betweenness": b}}
             for i, b in enumerate([0.0, 0.2, 0.9])]
    edges = [{"source": "p0", "target": "p1", "type": "CO_ATTENDED", "props": {"weight": 3}},
             {"source": "p0", "target": "p2", "type": "CO_ATTENDED", "props": {"weight": 1}}]
    open_page(browser, render(GraphData(nodes, edges), tmp_path / "sized.html", measure="betweenness"))
    sizes = dict(browser.execute_script("return window.kgNodes.get().map(n => [n.id, n.size])"))
    assert sizes["p0"] < sizes["p1"] < sizes["p2"]
    open_page(browser, render(GraphData(nodes, edges), tmp_path / "by-degree.html", measure="degree"))
    sizes = dict(browser.execute_script("return window.kgNodes.get().map(n => [n.id, n.size])"))
    assert sizes["p0"] > sizes["p1"] == sizes["p2"]


def test_service_filter_hides_nodes(store, browser, tmp_path):
    from kg.pipeline import load

    load([EXAMPLES], store)
    data = whole_graph(store)
    open_page(browser, render(data, tmp_path / "filter.html"))
    military = sum(1 for n in data.nodes if n["props"].get("service") == "military")
    assert military > 0
    browser.find_element("css selector", "input[data-service='military']").click()
    hidden = browser.execute_script("return window.kgNodes.get({filter: n => n.hidden}).length")
    assert hidden == military


def test_too_large_graph_suggests_a_focus():
    from visualize.html import GraphTooLarge, TOO_LARGE, build_network

    nodes = [{"id": f"n{i}", "label": "Person", "name": f"P{i}", "props": {}} for i in range(TOO_LARGE + 1)]
    edges = [{"source": "n0", "target": f"n{i}", "type": "ATTENDED", "props": {}} for i in range(1, 50)]
    with pytest.raises(GraphTooLarge, match='--focus "P0"'):
        build_network(GraphData(nodes, edges))


def test_big_graph_gets_a_python_layout_and_opens(browser, tmp_path):
    import random

    rng = random.Random(3)
    nodes = [{"id": f"n{i}", "label": "Person" if i % 10 else "Meeting", "name": f"N{i}", "props": {}} for i in range(1500)]
    edges = [{"source": f"n{i}", "target": f"n{rng.randrange(0, 1500, 10)}", "type": "ATTENDED", "props": {}}
             for i in range(1500) if i % 10]
    edges += [{"source": "n1", "target": "n2", "type": "REPRESENTED", "props": {}}]
    path = render(GraphData(nodes, edges), tmp_path / "big.html")
    open_page(browser, path)
    assert severe_console_errors(browser) == []
    assert browser.execute_script("return window.kgNodes.length") == 1500
    fixed = browser.execute_script("return window.kgNodes.get({filter: n => n.physics === false}).length")
    assert fixed == 1500
    xs = browser.execute_script("return window.kgNodes.get().map(n => n.x)")
    assert len(set(round(x) for x in xs)) > 100  # spread out, not piled on one point


def test_timeline_of_an_office_and_of_a_person(store, browser, tmp_path):
    from kg.pipeline import load
    from visualize.timeline import render_timeline, timeline
    from visualize.views import ViewError

    load([EXAMPLES], store)
    office = timeline(store, "wakapolres belu")
    assert office.rows == ["Oktovianus Wadu Ere", "Lorensius"]  # the former holder first
    assert {(e["row"], e["status"], e["start"]) for e in office.events} == {
        ("Oktovianus Wadu Ere", "former", "2024-08-01"), ("Lorensius", "current", "2024-11-23")}
    open_page(browser, render_timeline(office, tmp_path / "office.html"))
    assert severe_console_errors(browser) == []
    bars = browser.execute_script("return [...document.querySelectorAll('#timeline rect.holding')].map("
                                  "r => [r.classList.contains('former'), +r.getAttribute('x'), r.getAttribute('fill')])")
    assert len(bars) == 2 and bars[0][0] and bars[0][1] < bars[1][1]  # former, drawn earlier on the axis
    assert bars[0][2] != bars[1][2]  # former and current look different
    browser.execute_script("window.kgShow(0)")
    details = browser.find_element("id", "details").text
    assert "status: former" in details and "first seen 2024-08-01" in details and "source: " in details
    browser.save_screenshot(str(ARTIFACTS / "timeline-office.png"))

    person = timeline(store, "benny")
    assert person.rows == ["Kapolres Belu", "meetings"]
    assert [e["label"] for e in person.events if e["kind"] == "meeting"] == ["2024-11-23 rakor, Polres Belu"]
    open_page(browser, render_timeline(person, tmp_path / "person.html"))
    assert browser.execute_script("return document.querySelectorAll('#timeline circle.meeting').length") == 1
    with pytest.raises(ViewError, match="nothing is named"):
        timeline(store, "zzzz")


@pytest.mark.slow  # seconds: out of `make test-fast`, in `make test`
def test_big_graph_positions_come_from_networkx_forceatlas2(monkeypatch):
    """Above the threshold the layout is networkx's ForceAtlas2 (issue 17: no hand-written layout of big pages)."""
    import networkx as nx

    from visualize import html

    calls = []
    real = nx.forceatlas2_layout

    def spy(g, *args, **kwargs):
        calls.append(len(g))
        return real(g, *args, **kwargs)

    monkeypatch.setattr(nx, "forceatlas2_layout", spy)
    nodes = [{"id": f"n{i}", "label": "Person", "name": f"N{i}", "props": {}} for i in range(html.LAYOUT_THRESHOLD + 50)]
    edges = [{"source": f"n{i}", "target": f"n{(i * 7 + 1) % len(nodes)}", "type": "ATTENDED", "props": {}}
             for i in range(len(nodes))]
    net, _ = html.build_network(GraphData(nodes, edges))
    assert calls and max(calls) > html.SMALL_COMPONENT  # the big component went through ForceAtlas2
    assert all(n.get("physics") is False and "x" in n for n in net.nodes)

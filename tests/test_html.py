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


@pytest.fixture(scope="module")
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


def test_seed_graph_page(store, browser):
    from kg.pipeline import load

    load([EXAMPLES], store)
    data = whole_graph(store)
    path = render(data, ARTIFACTS / "seed-graph.html", title="seed graph")
    open_page(browser, path)
    assert severe_console_errors(browser) == []
    assert browser.execute_script("return window.kgNodes.length") == len(data.nodes) > 10
    focused = browser.execute_script("return window.kgFocus('Lorensius')")
    assert browser.execute_script("return window.kgNetwork.getSelectedNodes()") == [focused]
    assert browser.find_element("id", "details").text.startswith("Lorensius")
    assert network_requests(browser) == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "seed-graph.png"))


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

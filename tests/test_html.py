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

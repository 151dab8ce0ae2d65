"""How long an HTML exploration takes to write and to become usable.

For 1k, 5k and 20k-node graphs (persons, units, meetings with a realistic
mix of edges), prints the time ``visualize.html.render`` takes to write the
page, and the time headless Chromium (Debian's chromium + chromedriver) takes
from opening the file to ``window.kgReady`` (the network drawn and
interactive). Above 1,000 nodes the layout is computed in Python and physics
is off, which is what keeps big pages usable.

Usage: python benchmarks/bench_html.py [--sizes 1000,5000,20000]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from visualize.html import GraphData, render  # noqa: E402


def graph(n: int, seed: int = 5) -> GraphData:
    rng = random.Random(seed)
    meetings = max(1, n // 10)
    labels = ["Meeting"] * meetings + ["Person"] * (n - meetings)
    nodes = [{"id": f"n{i}", "label": label, "name": f"{label} {i}",
              "props": {"service": rng.choice(["police", "military", "civil", "election"])}}
             for i, label in enumerate(labels)]
    edges = [{"source": f"n{i}", "target": f"n{rng.randrange(meetings)}", "type": "ATTENDED",
              "props": {"evidence": ["Rakor dihadiri oleh ..."]}} for i in range(meetings, n) for _ in range(2)]
    return GraphData(nodes, edges)


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,20000")
    args = parser.parse_args()
    driver = browser()
    out = Path(tempfile.mkdtemp())
    print(f"{'nodes':>7} {'edges':>7} {'write s':>8} {'MB':>6} {'interactive s':>14}")
    previous = None
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            data = graph(n)
            t0 = time.perf_counter()
            path = render(data, out / f"g{n}.html")
            write = time.perf_counter() - t0
            t0 = time.perf_counter()
            driver.get(path.as_uri())
            while not driver.execute_script("return window.kgReady === true"):
                time.sleep(0.02)
            ready = time.perf_counter() - t0
            assert driver.execute_script("return window.kgNodes.length") == n
            print(f"{n:>7} {len(data.edges):>7} {write:>8.2f} {path.stat().st_size / 2**20:>6.1f} {ready:>14.2f}")
            if previous:
                print(f"        x{n / previous[0]:.0f} nodes -> write x{write / previous[1]:.1f}, "
                      f"interactive x{ready / previous[2]:.1f}")
            previous = (n, write, ready)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()

"""How long the full network analysis takes as the graph grows.

For each size, a synthetic world (benchmarks/synthetic.py) is turned into
attendance rows, and ``kg.analyze`` builds the two-mode network, the
co-attendance projection and every measure (degree, betweenness, eigenvector,
Louvain, k-core, brokerage). In the same run networkx's own betweenness
(with the same sampling) is timed on the same graph as the baseline, and the
ratio printed. Each size runs in its own process so its peak RSS is its own.

Betweenness is exact up to analyze.EXACT_BETWEENNESS_LIMIT nodes and sampled
from analyze.BETWEENNESS_SAMPLE sources above that.

Usage: python benchmarks/bench_analyze.py [--sizes 10000,50000,100000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def one(size: int) -> dict:
    import networkx as nx

    from benchmarks.synthetic import SERVICE, build_world, meetings
    from kg import analyze

    world = build_world(persons=size)
    rows = []
    for m in meetings(world, int(size * 0.25)):
        day = m.day.isoformat()
        for o, h in m.present:
            rows.append({"node": h[0], "name": h[1], "meeting": m.id, "date": day, "group": SERVICE[o.kind]})
    t0 = time.perf_counter()
    g = analyze.project(analyze.two_mode(rows))
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    values = analyze.measures(g)
    t_measures = time.perf_counter() - t0
    k = analyze.BETWEENNESS_SAMPLE if g.number_of_nodes() > analyze.EXACT_BETWEENNESS_LIMIT else None
    t0 = time.perf_counter()
    nx.betweenness_centrality(g, k=k, seed=7)
    t_nx = time.perf_counter() - t0
    assert len(values) == g.number_of_nodes()
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "build_s": t_build,
            "analysis_s": t_build + t_measures, "nx_betweenness_s": t_nx, "sample_k": k,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,100000", help="Persons in the synthetic world, comma separated.")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    print(f"{'persons':>8} {'nodes':>8} {'edges':>9} {'analysis s':>11} {'nx btw s':>9} {'ratio':>6} {'k':>5} {'RSS MB':>7}")
    previous = None
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        ratio = r["analysis_s"] / r["nx_betweenness_s"]
        print(f"{size:>8} {r['nodes']:>8} {r['edges']:>9} {r['analysis_s']:>11.1f} {r['nx_betweenness_s']:>9.1f} "
              f"{ratio:>6.2f} {str(r['sample_k'] or 'exact'):>5} {r['peak_rss_mb']:>7.0f}")
        if previous:
            print(f"         x{r['edges'] / previous['edges']:.1f} edges -> x{r['analysis_s'] / previous['analysis_s']:.1f} time")
        previous = r


if __name__ == "__main__":
    main()

"""``kg export --format ftm`` on a synthetic graph, against reading its rows.

Loads N synthetic meetings (benchmarks/synthetic.py, as the extractor would
give them) into a fresh embedded server, then times ``kg.export.export_ftm``
(read every node and relationship, build and validate each FtM entity, write
JSON Lines) against its floor, reading the same rows alone.

    python benchmarks/bench_export.py [--meetings 2000] [--engine neo4j]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import build_world, meeting_graph, meetings  # noqa: E402
from kg import server  # noqa: E402
from kg.config import Connection  # noqa: E402
from kg.export import export_ftm, graph_rows  # noqa: E402
from kg.store import Store  # noqa: E402


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--engine", choices=server.available_engines(), default=server.available_engines()[0])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "kg"
        server.start(args.engine, home)
        try:
            state = server.status(home)
            store = Store(Connection(state.uri, state.user, server.password(home), state.database, state.engine))
            store.setup()
            world = build_world(persons=max(500, args.meetings * 2))
            graphs = [meeting_graph(world, m) for m in meetings(world, args.meetings)]
            for i in range(0, len(graphs), 100):
                store.write(graphs[i:i + 100])
            graph_rows(store)  # warm-up
            t0 = time.perf_counter()
            nodes, rels = graph_rows(store)
            floor = time.perf_counter() - t0
            t0 = time.perf_counter()
            counts = export_ftm(store, Path(tmp) / "graph.ftm.json")
            seconds = time.perf_counter() - t0
            size = (Path(tmp) / "graph.ftm.json").stat().st_size / 1e6
            store.close()
        finally:
            server.stop(home)
    entities = sum(counts.values())
    print(f"{args.engine}: {args.meetings} meetings, {len(nodes):,} nodes, {len(rels):,} relationships")
    print("| entities | MB | export s | read rows s | entities/s | floor/export |")
    print("|---|---|---|---|---|---|")
    print(f"| {entities:,} | {size:.1f} | {seconds:.2f} | {floor:.2f} | {entities / seconds:,.0f} | "
          f"{floor / seconds:.2f} |")
    print(", ".join(f"{schema} {n:,}" for schema, n in sorted(counts.items())))


if __name__ == "__main__":
    main(sys.argv[1:])

"""kg.store against a hand-written raw UNWIND ... MERGE, on the same server.

Generates a synthetic graph (persons, units, positions, meetings with
ATTENDED, HOLDS_POSITION, OF and PART_OF edges), writes it once through
``kg.store`` and once through one raw statement per label/type, on an empty
graph each time, and prints nodes/s and the ratio. Repeats at two sizes to
show how cost grows.

    python benchmarks/bench_store.py [--engine neo4j|arcadedb] [--nodes 50000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import server  # noqa: E402
from kg.config import Connection  # noqa: E402
from kg.model import ArticleGraph  # noqa: E402
from kg.store import Store  # noqa: E402


def synthetic(n_nodes: int, per_article: int = 50, seed: int = 1) -> list[ArticleGraph]:
    """Articles whose graphs add up to about ``n_nodes`` nodes and 2x edges."""
    rnd = random.Random(seed)
    n_persons, n_units = n_nodes // 2, n_nodes // 10
    n_positions, n_meetings = n_nodes // 5, n_nodes - n_nodes // 2 - n_nodes // 10 - n_nodes // 5
    graphs = []
    for a in range(max(1, n_nodes // per_article)):
        g = ArticleGraph(f"article:{a}")
        m = f"meeting:{a % n_meetings}"
        g.add_node("Meeting", m, name=f"Rakor {a}", date=f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}")
        for _ in range(per_article // 3):
            p = f"person:{rnd.randrange(n_persons)}"
            pos = f"position:{rnd.randrange(n_positions)}"
            u = f"unit:{rnd.randrange(n_units)}"
            parent = f"unit:{rnd.randrange(n_units)}"
            g.add_node("Person", p, name=p.title(), aliases=[p.upper()], first_seen="2024-01-01", last_seen="2024-02-01")
            g.add_node("Position", pos, name=pos)
            g.add_node("Unit", u, name=u)
            g.add_node("Unit", parent, name=parent)
            g.add_rel("ATTENDED", p, m, f"{p} hadir", role="participant")
            g.add_rel("HOLDS_POSITION", p, pos, f"{p} selaku {pos}", status="current")
            g.add_rel("OF", pos, u, "")
            if parent != u:
                g.add_rel("PART_OF", u, parent, "")
        graphs.append(g)
    return graphs


RAW_NODE = "UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props"
RAW_REL = ("UNWIND $rows AS row MATCH (a:{s} {{id: row.start}}) MATCH (b:{e} {{id: row.end}}) "
           "MERGE (a)-[r:{t}]->(b) SET r += row.props")


def raw_write(store: Store, graphs: list[ArticleGraph], batch: int) -> None:
    """The floor: one plain UNWIND MERGE per label/type per batch, no list union."""
    from kg.store import graph_rows

    for i in range(0, len(graphs), batch):
        nodes, rels = graph_rows(graphs[i:i + batch])
        with store.session(write=True) as session:
            def work(tx):
                for label, rows in nodes.items():
                    tx.run(RAW_NODE.format(label=label), rows=[{"id": r["id"], "props": r["props"]} for r in rows]).consume()
                for (t, s, e), rows in rels.items():
                    tx.run(RAW_REL.format(s=s, e=e, t=t),
                           rows=[{"start": r["start"], "end": r["end"], "props": r["props"]} for r in rows]).consume()
            session.execute_write(work)


def store_write(store: Store, graphs: list[ArticleGraph], batch: int) -> None:
    for i in range(0, len(graphs), batch):
        store.write(graphs[i:i + batch])


def timed(fn, store: Store, graphs, batch) -> float:
    store.clear()
    store.setup()
    t = time.perf_counter()
    fn(store, graphs, batch)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", choices=server.ENGINES, default=None)
    ap.add_argument("--nodes", type=int, default=120000, help="target size (distinct nodes come out about half)")
    ap.add_argument("--batch", type=int, default=100, help="articles per transaction")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as home:
        state = server.start(args.engine, Path(home))
        conn = Connection(state.uri, state.user, server.password(Path(home)), state.database, state.engine)
        try:
            with Store(conn) as store:
                warm = synthetic(5000, seed=2)  # let the JIT and caches settle before timing either
                timed(store_write, store, warm, args.batch)
                timed(raw_write, store, warm, args.batch)
                print(f"engine {state.engine}; batch {args.batch} articles/transaction")
                print(f"{'nodes':>8} {'rels':>8} {'store s':>8} {'raw s':>8} {'store n/s':>10} {'raw/store':>9}")
                for n in (args.nodes // 5, args.nodes):
                    graphs = synthetic(n)
                    from kg.store import graph_rows
                    nodes, rels = graph_rows(graphs)
                    n_nodes = sum(len(r) for r in nodes.values())
                    n_rels = sum(len(r) for r in rels.values())
                    t_store = timed(store_write, store, graphs, args.batch)
                    counts = store.counts()
                    t_raw = timed(raw_write, store, graphs, args.batch)
                    real = sum(counts["nodes"].values())
                    print(f"{real:>8} {sum(counts['relationships'].values()):>8} {t_store:>8.2f} {t_raw:>8.2f} "
                          f"{real / t_store:>10.0f} {t_raw / t_store:>9.2f}   (rows sent: {n_nodes} nodes, {n_rels} rels)")
        finally:
            server.stop(Path(home))


if __name__ == "__main__":
    main()

"""`kg load` end to end on many synthetic articles, against its floor.

Writes N synthetic articles (benchmarks/synthetic.py: many regions, units,
ranks, recurring people and meetings, some page junk) to a temporary
directory, starts a fresh embedded Neo4j, and runs ``kg.pipeline.load`` with
one extraction process per core. Prints articles/s, words/s, the time per
stage (read, extract, resolve, store; extract and resolve are summed over the
worker processes), peak RSS (this process and its workers) and the database
size on disk.

In the same run it measures the floor: spaCy's tokenizer alone over the same
texts (on all cores, like the load) plus a raw ``UNWIND ... MERGE`` of the same
final nodes and relationships into an empty database, and prints end-to-end
time as a ratio to that floor.

Usage: python benchmarks/bench_scale.py [--articles 10000] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import build_world, meeting_text, meetings  # noqa: E402
from kg import server  # noqa: E402
from kg.config import Connection  # noqa: E402
from kg.pipeline import load  # noqa: E402
from kg.store import Store  # noqa: E402


def write_corpus(root: Path, n: int) -> int:
    """The articles, streamed to disk; returns the number of words."""
    world = build_world(persons=max(5000, n // 2))
    words = 0
    for i, m in enumerate(meetings(world, n)):
        text = meeting_text(world, m, seed=i)
        words += len(text.split())
        (root / f"a{i:07d}.txt").write_text(text, encoding="utf-8")
    return words


def _tokenize(paths: list[Path]) -> int:
    import spacy

    nlp = spacy.blank("id")
    return sum(len(doc) for doc in nlp.tokenizer.pipe((p.read_text(encoding="utf-8") for p in paths), batch_size=256))


def tokenizer_floor(root: Path, workers: int) -> float:
    files = sorted(root.iterdir())
    chunks = [files[i::workers] for i in range(workers)]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_tokenize, chunks))
    return time.perf_counter() - t0


def raw_floor(store: Store) -> float:
    """Re-write the final graph with plain UNWIND ... MERGE statements into an empty database."""
    nodes = store.read("MATCH (n) RETURN labels(n)[0] AS label, n.id AS id, properties(n) AS props")
    rels = store.read("MATCH (a)-[r]->(b) RETURN labels(a)[0] AS la, a.id AS a, type(r) AS t, labels(b)[0] AS lb, "
                      "b.id AS b, properties(r) AS props")
    store.clear()
    store.setup()
    by_label: dict[str, list] = {}
    for n in nodes:
        by_label.setdefault(n["label"], []).append({"id": n["id"], "props": n["props"]})
    by_type: dict[tuple, list] = {}
    for r in rels:
        by_type.setdefault((r["t"], r["la"], r["lb"]), []).append({"a": r["a"], "b": r["b"], "props": r["props"]})
    t0 = time.perf_counter()
    with store.session(write=True) as session:
        for label, rows in by_label.items():
            for i in range(0, len(rows), 5000):
                session.run(f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props",
                            rows=rows[i:i + 5000]).consume()
        for (t, la, lb), rows in by_type.items():
            for i in range(0, len(rows), 5000):
                session.run(f"UNWIND $rows AS row MATCH (a:{la} {{id: row.a}}) MATCH (b:{lb} {{id: row.b}}) "
                            f"MERGE (a)-[r:{t}]->(b) SET r += row.props", rows=rows[i:i + 5000]).consume()
    return time.perf_counter() - t0


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its finished children (the extraction workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=500)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-scale-"))
    corpus = tmp / "corpus"
    corpus.mkdir()
    words = write_corpus(corpus, args.articles)
    home = tmp / "home"
    server.start("neo4j", home)
    try:
        state = server.status(home)
        conn = Connection(state.uri, state.user, server.password(home), state.database, state.engine)
        with Store(conn) as store:
            cpu0, db_cpu0 = own_cpu(), cpu_seconds(state.pid)
            t0 = time.perf_counter()
            report = load([corpus], store, batch_size=args.batch_size, workers=args.workers)
            total = time.perf_counter() - t0
            cpu1, db_cpu = own_cpu(), cpu_seconds(state.pid) - db_cpu0
            rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            db_mb = sum(f.stat().st_size for f in home.rglob("*") if f.is_file()) / 2**20
            counts = store.counts()
            print(f"articles {args.articles:,}  words {words:,}  loaded {report.done:,}  skipped {report.skipped}")
            print(f"nodes {sum(counts['nodes'].values()):,}  relationships {sum(counts['relationships'].values()):,}"
                  f"  database {db_mb:.0f} MB  peak RSS {rss:.0f} MB")
            print(f"end to end {total:.1f} s: {args.articles / total:.0f} articles/s, {words / total:,.0f} words/s")
            stages = ", ".join(f"{k} {v:.1f}" for k, v in report.seconds.items())
            print(f"stages (s; extract and resolve summed over {args.workers} workers): {stages}")
            print(f"CPU seconds: loader {cpu1[0] - cpu0[0]:.1f}, extraction workers {cpu1[1] - cpu0[1]:.1f}, "
                  f"database {db_cpu:.1f} (of {total * (os.cpu_count() or 1):.0f} available)", flush=True)
            tok = tokenizer_floor(corpus, args.workers)
            raw = raw_floor(store)
    finally:
        server.stop(home)
        shutil.rmtree(tmp, ignore_errors=True)
    floor = tok + raw
    print(f"floor: tokenizer {tok:.1f} s + raw UNWIND MERGE {raw:.1f} s = {floor:.1f} s; "
          f"end to end / floor = {total / floor:.2f}")


if __name__ == "__main__":
    main()

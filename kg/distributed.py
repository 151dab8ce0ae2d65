"""Extraction on a Dask cluster, loading from here.

Extraction and resolution are pure functions of one article, so they can
run anywhere: each Dask task reads a few files, parses them with the spaCy
pipeline and returns their graphs. This process writes the graphs as tasks
finish, in one transaction per task, skipping articles already in the graph
(so a rerun resumes), exactly as ``kg.pipeline.load`` does. Point ``NEO4J_URI``
at a Neo4j cluster to load into it; writes are idempotent MERGEs, so several
such loaders may run at once.

``scheduler="local"`` starts a ``LocalCluster`` on this machine (loopback
only, no dashboard), which is how the tests run it; otherwise give the
address of a running scheduler (``tcp://10.0.0.5:8786``), whose workers have
``kg`` installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from kg.model import ArticleGraph
from kg.pipeline import (CycleCollector, ReadNote, Report, Result, StopOnProblem, _problem, _write, extract_chunk,
                         read_noted, resolve_all)
from kg.resolve import load_lock
from kg.store import Store
from loaders.read import Article, ReadProblem, iter_paths

__all__ = ["extract_files", "load_with_dask", "StopOnProblem"]


def extract_files(files: list[str]) -> list[Result]:
    """One Dask task: read these files and extract and resolve their articles;
    the files not read as UTF-8 come back as notes, the ones that could not be
    used as problems."""
    notes: list[ReadNote] = []
    items = list(read_noted(files, on_note=notes.append))
    told: list[Result] = [(n, 0.0, 0.0) for n in notes] + [(p, 0.0, 0.0) for p in items if isinstance(p, ReadProblem)]
    return told + extract_chunk([a for a in items if isinstance(a, Article)])


def load_with_dask(paths: Iterable[str | Path], store: Store, scheduler: str = "local", workers: int = 2,
                   files_per_task: int = 32, strict: bool = False,
                   on_problem: Callable[[ReadProblem], None] | None = None,
                   on_batch: Callable[[int], None] | None = None,
                   on_note: Callable[[ReadNote], None] | None = None) -> Report:
    """Extract on Dask, write here; the same result as ``kg.pipeline.load``."""
    from dask.distributed import Client, LocalCluster, as_completed  # noqa: PLC0415 - optional dependency

    store.setup()
    report = Report()
    files: list[str] = []
    for path in iter_paths(paths):
        if isinstance(path, ReadProblem):
            _problem(report, path, strict, on_problem)
        else:
            files.append(str(path))
    tasks = [files[i:i + files_per_task] for i in range(0, len(files), files_per_task)]
    cluster = (LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None) if scheduler == "local" else None)
    client = Client(cluster if cluster is not None else scheduler)
    try:
        futures = client.map(extract_files, tasks, pure=False)
        with CycleCollector() as collector, load_lock(store):  # writes share the lock; resolution waits
            for future in as_completed(futures):
                results = future.result()
                ids = [graph.article_id for graph, _, _ in results if isinstance(graph, ArticleGraph)]
                known = store.loaded_articles(ids)
                fresh = [r for r in results if not (isinstance(r[0], ArticleGraph) and r[0].article_id in known)]
                report.already += len(results) - len(fresh)
                counted = [r for r in results if not isinstance(r[0], ReadNote)]  # the progress bar counts articles
                _write((counted, fresh), store, report, strict, on_problem, on_batch, on_note)
                collector.tick(len(results))
                future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    resolve_all(store, report)
    return report

"""The main jobs, usable without the CLI: extract, load and build.

Each reads articles as a stream, so memory stays bounded whatever the corpus
size, reports every unreadable article in words and goes on with the rest.
"""

from __future__ import annotations

import gc
import json
import os
import re
import signal
import stat
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path

from kg.judgements import Judgements
from kg.model import ArticleGraph
from kg.resolve import load_lock, resolve, resolve_store
from kg.store import Store
from loaders.extract import extract, parse, read_doc
from loaders.read import Article, ReadProblem, iter_paths, read_file


# articles parsed together by one nlp.pipe call (and handed to a worker at once)
CHUNK = 32
# a load collects reference cycles itself, once per this many articles (see CycleCollector)
COLLECT_EVERY = 5000


@dataclass
class Report:
    """What a job did: counts, and each problem with its reason."""

    done: int = 0
    already: int = 0
    problems: list[ReadProblem] = field(default_factory=list)
    notes: list["ReadNote"] = field(default_factory=list)  # files read, but not as plain UTF-8
    read: Counter = field(default_factory=Counter)  # articles per reader, and WARC records skipped
    written: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # per stage; extract/resolve summed over workers
    resolved: str = ""  # what the whole-graph resolution merged

    def add_time(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    @property
    def skipped(self) -> int:
        return len(self.problems)

    def summary(self, verb: str = "loaded") -> str:
        text = f"{verb} {self.done}, skipped {self.skipped}"
        if self.already:
            text += f", already in the graph {self.already}"
        if self.problems:
            reasons = Counter(re.sub(r"\s*\(.*", "", p.reason) for p in self.problems)
            text += " (" + "; ".join(f"{reason}: {n}" for reason, n in reasons.most_common()) + ")"
        if self.read:
            text += "; read: " + ", ".join(f"{reader} {n}" for reader, n in sorted(self.read.items()))
        return text


class CycleCollector:
    """Pauses Python's cyclic garbage collector for a load, and runs it every
    ``every`` articles instead.

    A load allocates millions of short-lived, acyclic objects (graphs,
    write rows). Left to itself, the collector keeps traversing every live
    one of them, and took a third of a 10,000-article load (98.6 s with it,
    63.7 s without). The cycles that are made (by the database driver, and
    by spaCy when extracting in this process: about 16 MB per 1,000
    articles) are collected here on a fixed schedule, so memory stays
    bounded whatever the corpus size.
    """

    def __init__(self, every: int = COLLECT_EVERY):
        self.every = every
        self.since = 0

    def __enter__(self) -> "CycleCollector":
        self.was_enabled = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, *exc: object) -> None:
        gc.collect()
        if self.was_enabled:
            gc.enable()

    def tick(self, articles: int) -> None:
        self.since += articles
        if self.since >= self.every:
            gc.collect()
            self.since = 0


class StopOnProblem(Exception):
    """Raised in strict mode at the first article that cannot be used."""

    def __init__(self, problem: ReadProblem):
        super().__init__(str(problem))
        self.problem = problem


# the graph (or why not, or a note on a file read on a Dask worker), extract and resolve seconds
Result = tuple["ArticleGraph | ReadProblem | ReadNote", float, float]


def start_worker() -> None:
    """Ready an extraction process: build the pipeline and its rules once,
    then move them out of the garbage collector's sight (``gc.freeze``).
    They are a hundred thousand objects that live as long as the process,
    and every full collection would traverse them again (10-15% of the
    extraction time in a process holding a large heap; a few percent in a
    pool worker).

    A worker also dies with the load that started it, holds none of its
    connections, and leaves Ctrl-C to it (see ``_detach_from_parent``)."""
    _detach_from_parent()
    _warm_up()
    gc.freeze()


def _warm_up() -> None:
    """Build the extraction pipeline and its rules in this process (once: they are cached), and the
    villages index: the warm-up article names a village head, whose village is the first lookup
    that builds the index of 83,762 villages (and of districts)."""
    extract(Article("article:warm-up", "Kapolres Belu AKBP Budi Santoso dan Kepala Desa Kabuna Yosef Mali "
                    "hadir di Atambua.", "warm-up"))


def _extraction_pool(workers: int) -> ProcessPoolExecutor:
    """``workers`` extraction processes. Where they are forked (Linux), the pipeline is built here
    first, and every worker starts with it: building it takes about 8 s of CPU, which each worker
    used to spend again (a load with two workers built it twice, with eight eight times), and the
    forked workers share its memory with this process instead of holding a copy each."""
    import multiprocessing  # noqa: PLC0415

    if multiprocessing.get_start_method(allow_none=False) == "fork":
        _warm_up()
    return ProcessPoolExecutor(workers, initializer=start_worker)


def _detach_from_parent() -> None:
    """Make a forked extraction worker safe when its load is killed.

    A worker forked after the load opened its database connection inherits
    that socket: when the load was killed (``kill -9``, or a plain ``kill``),
    the living workers kept the connection open, so the server kept the dead
    load's transaction, and its locks, open; the rerun then waited on them
    for ever. So: the worker closes every socket it inherited (it talks to
    its parent through pipes only), dies as soon as its parent does
    (``PR_SET_PDEATHSIG``, and a watch on the parent pid where that is not
    available), and ignores SIGINT, which the load handles for all of them
    (no traceback per worker on Ctrl-C)."""
    parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        for name in os.listdir("/proc/self/fd"):
            fd = int(name)
            try:
                if stat.S_ISSOCK(os.fstat(fd).st_mode):
                    os.close(fd)
            except OSError:
                pass  # the fd of the listing itself, already gone
    except OSError:
        pass  # no /proc: nothing to close this way
    try:
        import ctypes  # noqa: PLC0415

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the watch below does it
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def _finish(article: Article, read: Callable[[], ArticleGraph], resolve_ids: bool, parse_seconds: float) -> Result:
    """Read one parsed article and resolve it; a failure becomes the article's problem."""
    t0 = time.perf_counter()
    try:
        graph = read()
        graph.add_node("Article", article.id, **article.properties())  # what the reader knew: outlet, url, ...
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        return ReadProblem(article.source, f"extraction failed ({type(exc).__name__}: {exc})"), parse_seconds, 0.0
    t1 = time.perf_counter()
    if not resolve_ids:
        return graph, parse_seconds + t1 - t0, 0.0
    try:
        graph = resolve(graph)
    except Exception as exc:  # noqa: BLE001
        return ReadProblem(article.source, f"resolution failed ({type(exc).__name__}: {exc})"), parse_seconds + t1 - t0, 0.0
    return graph, parse_seconds + t1 - t0, time.perf_counter() - t1


def extract_timed(article: Article, resolve_ids: bool = True) -> Result:
    """Extract and resolve one article; also the seconds each stage took."""
    return _finish(article, lambda: extract(article), resolve_ids, 0.0)


def extract_chunk(articles: list[Article], resolve_ids: bool = True) -> list[Result]:
    """Extract and resolve several articles, parsed together by spaCy's
    ``nlp.pipe`` (runs in worker processes). If the parse itself fails, the
    articles are taken one at a time, so only the bad one is lost."""
    t0 = time.perf_counter()
    try:
        parsed = list(parse(articles))
    except Exception:  # noqa: BLE001
        return [extract_timed(article, resolve_ids) for article in articles]
    share = (time.perf_counter() - t0) / max(1, len(articles))
    return [_finish(article, lambda: read_doc(article, doc, cleaned), resolve_ids, share)
            for article, doc, cleaned in parsed]


def safe_extract(article: Article, resolve_ids: bool = True) -> ArticleGraph | ReadProblem:
    """Extract one article (and resolve it for loading); a failure becomes a
    problem, never a crash of the batch."""
    return extract_timed(article, resolve_ids)[0]


@dataclass
class ReadNote:
    """A file that was read, with something its user should know: it was not
    UTF-8, so its text was decoded another way (Windows-1252 bytes read as
    such; the README promises to say so). Not a problem: the file is used."""

    source: str
    note: str

    def __str__(self) -> str:
        return f"{self.source}: {self.note}"


# the notes a reader leaves on an Article about how its bytes were decoded
# ("not valid UTF-8 (byte 57); read as Windows-1252", "UTF-16 text (byte order mark)")
_ENCODING_NOTE = re.compile(r"not valid UTF-8(?: \(byte (\d+)\))?|(UTF-(?:16|32))\b")


def _encoding(notes: list[str]) -> str | None:
    """How an article's bytes were read, when that was not UTF-8, in a user's words."""
    for note in notes:
        match = _ENCODING_NOTE.match(note)
        if match and match.group(2):
            return match.group(2)
        if match:
            return "Windows-1252 (not valid UTF-8" + (f" from byte {match.group(1)})" if match.group(1) else ")")
    return None


def read_noted(paths: Iterable[str | Path], tally: Counter | None = None,
               on_note: Callable[[ReadNote], None] | None = None) -> Iterator[Article | ReadProblem]:
    """``loaders.read.read_articles``, telling ``on_note`` once per file whose
    text was not UTF-8 (after the file's articles, before the next file's):
    ``latin.txt: read as Windows-1252 (not valid UTF-8 from byte 57)``, or for
    a feed or an archive ``feed.jsonl: 2 of 40 records read as Windows-1252 ...``."""
    tally = tally if tally is not None else Counter()
    for path in iter_paths(paths):
        if isinstance(path, ReadProblem):
            yield path
            continue
        articles, read = 0, Counter()
        for item in read_file(path, tally):
            if isinstance(item, Article):
                articles += 1
                encoding = _encoding(item.notes)
                if encoding:
                    read[encoding] += 1
            yield item
        if read and on_note:
            if articles == 1:
                on_note(ReadNote(str(path), f"read as {next(iter(read))}"))
            else:  # the byte of one record says little about the file
                counts = Counter()
                for encoding, n in read.items():
                    counts[re.sub(r" from byte \d+", "", encoding)] += n
                on_note(ReadNote(str(path), "; ".join(f"{n} of {articles} records read as {encoding}"
                                                      for encoding, n in sorted(counts.items()))))


def _problem(report: Report, problem: ReadProblem, strict: bool,
             on_problem: Callable[[ReadProblem], None] | None) -> None:
    """Record a problem, tell the caller, and stop only in strict mode."""
    report.problems.append(problem)
    if on_problem:
        on_problem(problem)
    if strict:
        raise StopOnProblem(problem)


def _note(report: Report, note: ReadNote, on_note: Callable[[ReadNote], None] | None) -> None:
    report.notes.append(note)
    if on_note:
        on_note(note)


def _articles(paths: Iterable[str | Path], report: Report, strict: bool,
              on_problem: Callable[[ReadProblem], None] | None,
              on_note: Callable[[ReadNote], None] | None = None) -> Iterator[Article]:
    for item in read_noted(paths, report.read, lambda note: _note(report, note, on_note)):
        if isinstance(item, ReadProblem):
            _problem(report, item, strict, on_problem)
            continue
        yield item


def extract_to_dir(paths: Iterable[str | Path], out_dir: str | Path, strict: bool = False,
                   on_problem: Callable[[ReadProblem], None] | None = None,
                   on_note: Callable[[ReadNote], None] | None = None) -> Report:
    """Write one ``<stem>.json`` per article in the scorer's shape: what the
    article itself says, before cross-article resolution adds implied units.
    ``on_problem`` hears of each input skipped, ``on_note`` of each file read
    but not as UTF-8 (both also kept in the report)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = Report()
    used: set[str] = set()
    for batch in _batches(_articles(paths, report, strict, on_problem, on_note), CHUNK):
        for article, (graph, _, _) in zip(batch, extract_chunk(batch, resolve_ids=False)):
            if isinstance(graph, ReadProblem):
                _problem(report, graph, strict, on_problem)
                continue
            name = output_name(article, used)
            # a file name that is not UTF-8 reaches the JSON as an escape, not a crash
            (out / f"{name}.json").write_bytes(json.dumps(graph.to_json(), ensure_ascii=False, indent=1)
                                               .encode("utf-8", "backslashreplace"))
            report.done += 1
    return report


def output_name(article: Article, used: set[str]) -> str:
    """A file name for an article's output: its stem when that is safe and
    not taken yet (the scorer matches gold files by stem), else made safe
    (only letters, digits, ``.``, ``-`` and ``_``; at most 100 characters)
    and told apart by the article's id. Two inputs called ``berita.txt`` in
    two folders, or JSONL urls like ``read.php?id=N``, no longer overwrite
    each other."""
    stem = re.sub(r"[^\w.-]", "_", article.stem, flags=re.ASCII).lstrip(".")[:100] or "article"
    name = stem
    if name.lower() in used:
        name = f"{stem[:90]}-{article.id.rsplit(':', 1)[-1][:8]}"
        n = 2
        while name.lower() in used:  # the same text twice
            name, n = f"{stem[:90]}-{article.id.rsplit(':', 1)[-1][:8]}-{n}", n + 1
    used.add(name.lower())  # case-insensitive file systems too
    return name


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _timed_batches(items: Iterator[Article], size: int, report: Report) -> Iterator[list[Article]]:
    """Batches of articles; the time spent reading them counts as the read stage."""
    while True:
        t0 = time.perf_counter()
        batch = list(islice(items, size))
        report.add_time("read", time.perf_counter() - t0)
        if not batch:
            return
        yield batch


class _CtrlC:
    """Ctrl-C during a load, remembered: Python raises KeyboardInterrupt in
    whatever code runs when SIGINT comes, and when that is a ``__del__`` (the
    driver's sessions have one, run by the collector) it is printed as
    "Exception ignored" and lost, so the load went on to its end and exited 0.
    The handler raises it as Python's does and also notes it; the load checks
    the note after each batch, and the one a ``__del__`` swallowed is not
    printed as a traceback (``sys.unraisablehook``): the user sees one line.
    Installed only where Python's own handler is (the main thread, SIGINT not
    ignored)."""

    def __init__(self) -> None:
        self.seen = False
        self.previous = None
        self.previous_hook = None

    def __enter__(self) -> "_CtrlC":
        if threading.current_thread() is threading.main_thread() and \
                signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self.previous = signal.signal(signal.SIGINT, self._handle)
            self.previous_hook, sys.unraisablehook = sys.unraisablehook, self._unraisable
        return self

    def _handle(self, signum, frame) -> None:
        self.seen = True
        raise KeyboardInterrupt

    def _unraisable(self, unraisable) -> None:
        if not (self.seen and isinstance(unraisable.exc_value, KeyboardInterrupt)):
            self.previous_hook(unraisable)

    def check(self) -> None:
        if self.seen:
            raise KeyboardInterrupt

    def __exit__(self, kind: object, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            sys.unraisablehook = self.previous_hook
        if kind is None:
            self.check()  # one lost in a __del__ after the last batch: the collection, the resolution


def load(paths: Iterable[str | Path], store: Store, batch_size: int = 100, strict: bool = False,
         on_problem: Callable[[ReadProblem], None] | None = None,
         on_batch: Callable[[int], None] | None = None, workers: int = 0,
         on_note: Callable[[ReadNote], None] | None = None) -> Report:
    """Extract, resolve and store articles, one transaction per batch.

    Articles already in the graph (same content) are skipped, so running the
    same load again after an interruption resumes where it stopped. With
    ``workers`` >= 1, articles are extracted in that many processes, and the
    next batch is extracted while the current one is written (0: in this
    process, one step after the other). Articles are streamed: memory holds
    about two batches, not the corpus. ``on_problem`` hears of each input
    skipped, ``on_note`` of each file read but not as UTF-8.
    """
    store.setup()
    report = Report()
    pool = _extraction_pool(workers) if workers >= 1 else None

    def extract_all(articles: list[Article]) -> Iterable[Result]:
        chunks = list(_batches(articles, CHUNK))
        results = pool.map(extract_chunk, chunks) if pool else map(extract_chunk, chunks)
        return (result for chunk in results for result in chunk)

    def submit(batch: list[Article]):
        known = store.loaded_articles([a.id for a in batch])
        todo = []
        for article in batch:
            if article.id in known:
                report.already += 1
                continue
            known.add(article.id)  # the same text twice in one batch
            todo.append(article)
        results = extract_all(todo)
        return batch, (list(results) if pool is None else results)

    with _CtrlC() as ctrl_c:  # checked after each batch and at the end
        try:
            with CycleCollector() as collector, load_lock(store):  # writes share the lock; resolution waits
                pending = None
                for batch in _timed_batches(_articles(paths, report, strict, on_problem, on_note), batch_size, report):
                    current, pending = pending, submit(batch)
                    if current:
                        _write(current, store, report, strict, on_problem, on_batch, on_note)
                        collector.tick(len(current[0]))
                    ctrl_c.check()
                if pending:
                    _write(pending, store, report, strict, on_problem, on_batch, on_note)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        resolve_all(store, report)
    return report


def resolve_all(store: Store, report: Report) -> None:
    """The whole-graph resolution stage, after every load (it also applies the
    analyst's judgements, so it runs even when no article was new)."""
    t0 = time.perf_counter()
    report.resolved = resolve_store(store, Judgements()).summary()
    report.add_time("merge", time.perf_counter() - t0)


def _write(submitted, store: Store, report: Report, strict: bool,
           on_problem: Callable[[ReadProblem], None] | None, on_batch: Callable[[int], None] | None,
           on_note: Callable[[ReadNote], None] | None = None) -> None:
    batch, results = submitted
    graphs = []
    for graph, t_extract, t_resolve in results:
        report.add_time("extract", t_extract)
        report.add_time("resolve", t_resolve)
        if isinstance(graph, ReadNote):  # from a Dask worker, which read the file
            _note(report, graph, on_note)
            continue
        if isinstance(graph, ReadProblem):
            _problem(report, graph, strict, on_problem)
            continue
        graphs.append(graph)
    if graphs:
        store.check_space()
        t0 = time.perf_counter()
        for key, n in store.write(graphs).items():
            report.written[key] = report.written.get(key, 0) + n
        report.add_time("store", time.perf_counter() - t0)
        report.done += len(graphs)
    if on_batch:
        on_batch(len(batch))

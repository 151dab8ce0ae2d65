"""Reading articles from files, directories, JSON Lines, HTML pages and web archives.

One reader per input kind (``read_text``, ``read_html``, ``read_jsonl``,
``read_warc``); this module finds the files and gives each to its reader.
``read_articles`` yields either an ``Article`` or a ``ReadProblem`` for each
input, so one broken file never stops a batch: the caller reports the
problem and goes on. Which reader took how many articles is counted in the
``tally`` the caller passes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.article import Article, ReadProblem, article_id, decode
from loaders.read_html import looks_like_html, read_html
from loaders.read_jsonl import read_jsonl
from loaders.read_text import read_text
from loaders.read_warc import is_warc, read_warc

__all__ = ["Article", "ReadProblem", "article_id", "decode", "iter_paths", "read_articles", "read_file",
           "looks_like_html"]

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_BYTES = 20 * 1024 * 1024


def read_file(path: Path, tally: Counter | None = None) -> Iterator[Article | ReadProblem]:
    """The article(s) in one file, each from the reader of its kind."""
    tally = tally if tally is not None else Counter()
    source = str(path)
    try:
        if is_warc(path):  # streamed: an archive is often larger than any article
            for item in read_warc(path, tally):
                if isinstance(item, Article):
                    tally[item.reader] += 1
                yield item
            return
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield ReadProblem(source, f"too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield ReadProblem(source, "file vanished before it could be read")
        return
    except OSError as exc:
        yield ReadProblem(source, f"cannot be read ({exc.strerror or exc})")
        return
    try:
        text, notes = decode(data)
    except ValueError as exc:
        yield ReadProblem(source, str(exc))
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        items: Iterable[Article | ReadProblem] = read_jsonl(text, source)
    elif path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        items = [read_html(text, source, notes)]
    else:
        items = [read_text(text, source, notes)]
    for item in items:
        if isinstance(item, Article):
            tally[item.reader] += 1
        yield item


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | ReadProblem]:
    """Files named or found below the named directories, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith(".") or child.suffix.lower() in {".json", ".tsv", ".csv"}:
                    continue  # metadata beside articles (sources.tsv, gold files)
                yield child
        elif path.exists():
            yield path
        else:
            yield ReadProblem(str(path), "no such file or directory")


def read_articles(paths: Iterable[str | Path], tally: Counter | None = None) -> Iterator[Article | ReadProblem]:
    """Every article under ``paths``, or the reason one could not be read.

    ``tally`` counts the articles each reader took (``text``, ``html``,
    ``jsonl``, ``warc``) and the WARC records skipped."""
    for path in iter_paths(paths):
        if isinstance(path, ReadProblem):
            yield path
        else:
            yield from read_file(path, tally)

"""Reading articles from files, directories, JSON Lines, HTML pages and web archives.

One reader per input kind (``read_text``, ``read_html``, ``read_jsonl``,
``read_warc``); this module finds the files and gives each to its reader.
``read_articles`` yields either an ``Article`` or a ``ReadProblem`` for each
input, so one broken file never stops a batch: the caller reports the
problem and goes on. Which reader took how many articles is counted in the
``tally`` the caller passes.
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.article import Article, ReadProblem, article_id, decode, encoding_of
from loaders.read_html import has_markup, looks_like_html, read_html
from loaders.read_jsonl import read_jsonl_file
from loaders.read_text import read_text
from loaders.read_warc import is_warc, read_warc

__all__ = ["Article", "ReadProblem", "article_id", "decode", "iter_paths", "read_articles", "read_file",
           "looks_like_html"]

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_BYTES = 20 * 1024 * 1024  # an article's limit: a file's, or a JSON Lines record's


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
        if path.suffix.lower() in JSONL_SUFFIXES:  # streamed: the limit is a record's, not the file's
            for item in read_jsonl_file(path, MAX_BYTES, tally):
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
    encoding = encoding_of(notes)
    if encoding:  # said in the summary ("read: Windows-1252 (not UTF-8) 1, text 3")
        tally[encoding] += 1
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text) or has_markup(text):
        item = read_html(text, source, notes)
    else:
        item = read_text(text, source, notes)
    if isinstance(item, Article):
        tally[item.reader] += 1
    yield item


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | ReadProblem]:
    """Files named or found below the named directories, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(_walk(path)):
                if child.name.startswith(".") or child.suffix.lower() in {".json", ".tsv", ".csv"}:
                    continue  # metadata beside articles (sources.tsv, gold files)
                irregular = _not_regular(child)
                yield ReadProblem(str(child), irregular) if irregular else child
        elif path.exists() or path.is_symlink():
            irregular = _not_regular(path)
            yield ReadProblem(str(path), irregular) if irregular else path
        else:
            yield ReadProblem(str(path), "no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    """Every entry below ``root`` that is not a directory, without recursion
    (a tree 1,000 deep raised RecursionError); symlinked directories are not
    followed, so a link loop cannot make it endless."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            else:
                yield Path(entry.path)


def _not_regular(path: Path) -> str | None:
    """Why ``path`` is no file to read (a FIFO hangs, /dev/zero never ends), or None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "dangling symbolic link" if path.is_symlink() else "file vanished before it could be read"
    if stat.S_ISREG(mode):
        return None
    kind = "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) \
        else "a socket" if stat.S_ISSOCK(mode) else "not a regular file"
    return f"not a regular file: {kind}" if kind != "not a regular file" else kind


def read_articles(paths: Iterable[str | Path], tally: Counter | None = None) -> Iterator[Article | ReadProblem]:
    """Every article under ``paths``, or the reason one could not be read.

    ``tally`` counts the articles each reader took (``text``, ``html``,
    ``jsonl``, ``warc``) and the WARC records skipped."""
    for path in iter_paths(paths):
        if isinstance(path, ReadProblem):
            yield path
        else:
            yield from read_file(path, tally)

"""JSON Lines feeds: one ``{"text": ..., "url": ..., "published": ..., "title": ..., "outlet": ...}`` a line.

The text of a record may be plain text or a whole HTML page (a scraper's
raw output); each is read by its own reader, with the record's fields
winning over what the text says.

A file is streamed line by line: the size limit is a record's, not the
file's (a feed of 100,000 records is no problem), and a record that cannot
be used (not JSON, no ``text``, a field of the wrong type, too large) is
skipped with its line number while the records around it are read.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.article import BOMS, Article, ReadProblem, decode, encoding_of, host
from loaders.read_html import has_markup, looks_like_html, read_html
from loaders.read_text import read_text

FIELDS = ("title", "outlet", "url", "published")
CHUNK = 1 << 20  # how much of an oversize line is read at a time while skipping it
JSON_TYPES = {dict: "an object", list: "an array", bool: "true or false", int: "a number", float: "a number"}


def read_jsonl(text: str, source: str) -> Iterator[Article | ReadProblem]:
    """The records of a JSON Lines text already in memory."""
    yield from read_records(((n, line, []) for n, line in enumerate(text.split("\n"), 1)), source)


def read_jsonl_file(path: Path, max_bytes: int, tally: Counter) -> Iterator[Article | ReadProblem]:
    """The records of a JSON Lines file, streamed: each line is decoded on its
    own (a Windows-1252 line among UTF-8 ones is read and counted), and a line
    over ``max_bytes`` is skipped without being held in memory."""
    source = str(path)
    with path.open("rb") as stream:
        head = stream.read(8)
        stream.seek(0)
        if any(head.startswith(bom) for bom, codec, _ in BOMS if codec != "utf-8") or b"\x00" in head:
            # UTF-16 or UTF-32: its newlines are no single byte, so the file is decoded whole
            size = path.stat().st_size
            if size > max_bytes:
                yield ReadProblem(source, f"too large for a UTF-16/32 JSON Lines file ({size / 1e6:.1f} MB; "
                                          f"the limit is {max_bytes / 1e6:.0f} MB; save it as UTF-8)")
                return
            try:
                text, notes = decode(stream.read())
            except ValueError as exc:
                yield ReadProblem(source, str(exc))
                return
            tally[encoding_of(notes) or "UTF-8"] += 1
            yield from read_records(((n, line, notes) for n, line in enumerate(text.split("\n"), 1)), source)
            return
        yield from read_records(_lines(stream, source, max_bytes, tally), source)


def _lines(stream, source: str, max_bytes: int, tally: Counter) -> Iterator[tuple[int, str | ReadProblem, list[str]]]:
    number = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw)
            while raw and not raw.endswith(b"\n"):  # the rest of the record, a chunk at a time
                raw = stream.readline(CHUNK)
                size += len(raw)
            yield number, ReadProblem(f"{source}#{number}", f"record too large ({size / 1e6:.1f} MB; "
                                                            f"the limit is {max_bytes / 1e6:.0f} MB a record)"), []
            continue
        if not raw.strip():
            continue
        try:
            line, notes = decode(raw)
        except ValueError as exc:
            yield number, ReadProblem(f"{source}#{number}", str(exc)), []
            continue
        encoding = encoding_of(notes)
        if encoding:
            tally[encoding] += 1
        yield number, line, notes


def _field_problem(record: dict) -> str | None:
    """Why a record's metadata cannot be used: a field that is not a string
    (an object, a list, a number for a date) would make the database refuse
    the whole batch."""
    for key in FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            kind = JSON_TYPES.get(type(value), type(value).__name__)
            return f"wrong field type ('{key}' is {kind}, not a string)"
    return None


def read_records(lines: Iterable[tuple[int, str | ReadProblem, list[str]]],
                 source: str) -> Iterator[Article | ReadProblem]:
    for number, line, notes in lines:
        if isinstance(line, ReadProblem):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise TypeError(f"a line of {JSON_TYPES.get(type(record), type(record).__name__)}")
            body = record["text"]
            if not isinstance(body, str):
                raise TypeError("'text' is not a string")
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            yield ReadProblem(where, f"not a JSON object with a 'text' field ({exc})")
            continue
        problem = _field_problem(record)
        if problem:
            yield ReadProblem(where, problem)
            continue
        given = {k: record[k] for k in FIELDS if isinstance(record.get(k), str) and record[k].strip()}
        name = given.get("url") or where
        if looks_like_html(body) or has_markup(body):
            article = read_html(body, name, list(notes), url=given.get("url"), published=given.get("published"),
                                reader="jsonl")
            if isinstance(article, Article):  # the record's own fields win over the page's
                for key, value in given.items():
                    setattr(article, key, value)
        else:
            article = read_text(body, name, list(notes), reader="jsonl", **given)
        if isinstance(article, Article) and not article.outlet:
            article.outlet = host(article.url)
        yield article

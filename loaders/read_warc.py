"""Web archives (``.warc``, ``.warc.gz``): the format of crawls and of the
Internet Archive, read through warcio.

Each HTML response record (status 2xx) becomes an article, read like a saved
page, with the record's target URL and capture date when the page names none
of its own; every other record (requests, metadata, redirects, images,
revisits) is counted and skipped. A damaged or truncated archive gives the
articles before the damage and one problem naming where it stopped.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from loaders.article import Article, ReadProblem, decode
from loaders.read_html import read_html

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_RECORD_BYTES = 20 * 1024 * 1024
SKIPPED = "WARC records skipped (not HTML responses)"


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def _page(payload: bytes, content_type: str) -> tuple[str, list[str]]:
    """The record's HTML as text: the charset its headers declare, else as files are read."""
    charset = _charset(content_type)
    if charset:
        try:
            return payload.decode(charset), []
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(payload)


def _html_records(stream: BinaryIO, tally: Counter, read: list[int]) -> Iterator[tuple[int, str, str | None, str, bytes]]:
    """(number, target URL, capture date, content type, payload) of each HTML
    response record; the rest are counted in ``tally``; ``read[0]`` is the
    number of records read whole so far. Raises where the archive is cut or
    damaged (warcio itself ends quietly at some cuts)."""
    records = ArchiveIterator(stream)
    for number, record in enumerate(records, 1):
        if record.rec_type is None:
            raise EOFError(f"record {number} has no WARC header")
        headers = record.http_headers
        content_type = headers.get_header("Content-Type", "") if headers else ""
        status = str(headers.get_statuscode()) if headers else ""
        if (record.rec_type != "response" or not status.startswith("2")
                or content_type.split(";")[0].strip().lower() not in HTML_TYPES):
            record.content_stream().read()  # read to its end, so damage anywhere is noticed
            _check_complete(record, number)
            tally[SKIPPED] += 1
            read[0] = number
            continue
        payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
        if len(payload) <= MAX_RECORD_BYTES:
            _check_complete(record, number)
        captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
        read[0] = number
        yield number, record.rec_headers.get_header("WARC-Target-URI"), captured, content_type, payload
    stream.seek(records.offset)
    if stream.read(4096).strip():
        raise EOFError(f"the bytes after record {read[0]} are no complete record")
    if getattr(stream, "name", "").lower().endswith(".gz"):
        # a gzip member cut off between records: gzip itself says so
        with gzip.open(stream.name) as whole:
            while whole.read(1 << 20):
                pass


def _check_complete(record, number: int) -> None:
    """Raise when a record ends before the length its header gives (a cut file)."""
    if record.rec_headers.get_header("Content-Length") is None:
        raise EOFError(f"record {number} has no Content-Length (its header is cut off)")
    if getattr(record.raw_stream, "limit", 0):
        raise EOFError(f"record {number} ends {record.raw_stream.limit} bytes before its stated length")


def read_warc(path: Path, tally: Counter | None = None) -> Iterator[Article | ReadProblem]:
    """The articles of one web archive, streamed record by record."""
    tally = tally if tally is not None else Counter()
    source = str(path)
    with path.open("rb") as stream:
        read = [0]
        records = _html_records(stream, tally, read)
        while True:
            try:
                item = next(records, None)
            except Exception as exc:  # noqa: BLE001 - warcio and gzip raise several kinds for a damaged file
                yield ReadProblem(source, f"truncated or damaged web archive (stopped after record {read[0]}: "
                                          f"{type(exc).__name__}: {exc})")
                return
            if item is None:
                return
            number, url, captured, content_type, payload = item
            where = f"{source}#{number}"
            if len(payload) > MAX_RECORD_BYTES:
                yield ReadProblem(where, f"record too large (over {MAX_RECORD_BYTES / 1e6:.0f} MB)")
                continue
            try:
                page, notes = _page(payload, content_type)
            except ValueError as exc:
                yield ReadProblem(where, str(exc))
                continue
            yield read_html(page, where, notes, url=url, published=captured, reader="warc")

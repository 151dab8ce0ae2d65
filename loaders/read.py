"""Reading articles from files, directories, JSON Lines and HTML pages.

``read_articles`` yields either an ``Article`` or a ``ReadProblem`` for each
input, so one broken file never stops a batch: the caller reports the
problem and goes on.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Article:
    id: str
    text: str
    source: str
    published: str | None = None
    title: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def stem(self) -> str:
        """Name for per-article outputs: the file stem (plus line number in JSONL)."""
        name = self.source.rsplit("/", 1)[-1]
        base, _, line = name.partition("#")
        stem = base.rsplit(".", 1)[0] if "." in base else base
        return f"{stem}-{line}" if line else stem


@dataclass
class ReadProblem:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def article_id(text: str) -> str:
    """Articles are keyed by content, so the same text under two paths is one
    article and a rerun recognises what it already loaded."""
    return "article:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), else Windows-1252.

    Raises ValueError for data that is not text at all.
    """
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        note = f"not valid UTF-8 (byte {exc.start}); read as Windows-1252"
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > max(8, len(text) // 100):
        raise ValueError("binary file (control bytes), not text")
    return text, [note]


_TAG = re.compile(r"<[^>]+>")
_DROP_BLOCKS = re.compile(r"<(script|style|noscript|nav|header|footer|aside)\b.*?</\1>", re.S | re.I)
_BLOCK_END = re.compile(r"</(p|div|h[1-6]|li|tr|br)\s*>|<br\s*/?>", re.I)


def html_to_text(page: str) -> str:
    """The readable text of an HTML page, one block per line."""
    page = _DROP_BLOCKS.sub(" ", page)
    page = _BLOCK_END.sub("\n", page)
    text = html.unescape(_TAG.sub(" ", page))
    lines = (re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def _article(text: str, source: str, notes: list[str], **meta: str | None) -> Article | ReadProblem:
    if looks_like_html(text):
        text = html_to_text(text)
        notes = notes + ["HTML page: tags removed"]
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ReadProblem(source, "empty (no text)")
    return Article(article_id(text), text, source, meta.get("published"), meta.get("title"), notes)


def read_file(path: Path) -> Iterator[Article | ReadProblem]:
    """The article(s) in one file."""
    source = str(path)
    try:
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
        yield from _read_jsonl(text, source)
    else:
        yield _article(text, source, notes)


def _read_jsonl(text: str, source: str) -> Iterator[Article | ReadProblem]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
            body = record["text"]
            if not isinstance(body, str):
                raise TypeError("'text' is not a string")
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            yield ReadProblem(where, f"not a JSON object with a 'text' field ({exc})")
            continue
        yield _article(body, record.get("url") or where, [], published=record.get("published"),
                       title=record.get("title"))


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


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | ReadProblem]:
    """Every article under ``paths``, or the reason one could not be read."""
    for path in iter_paths(paths):
        if isinstance(path, ReadProblem):
            yield path
        else:
            yield from read_file(path)

"""What every reader produces: an ``Article`` (or the ``ReadProblem`` of an
input that cannot be used), with the helpers all readers share."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Article:
    id: str
    text: str
    source: str
    published: str | None = None
    title: str | None = None
    notes: list[str] = field(default_factory=list)
    outlet: str | None = None
    url: str | None = None
    # the page's author line: kept as a property of the article, never a Person
    byline: str | None = None
    reader: str = "text"

    @property
    def stem(self) -> str:
        """Name for per-article outputs: the file stem (plus line number in JSONL)."""
        name = self.source.rsplit("/", 1)[-1]
        base, _, line = name.partition("#")
        stem = base.rsplit(".", 1)[0] if "." in base else base
        return f"{stem}-{line}" if line else stem

    def properties(self) -> dict[str, Any]:
        """The metadata the Article node carries (what the input gave; None left out)."""
        values = {"title": self.title, "outlet": self.outlet, "url": self.url, "published": self.published,
                  "byline": self.byline, "reader": self.reader}
        return {k: v for k, v in values.items() if v}


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


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def host(url: str | None) -> str | None:
    """The site of a URL without ``www.``: the outlet when nothing better names it."""
    if not url:
        return None
    try:
        name = urlsplit(url).hostname
    except ValueError:
        return None
    return name.removeprefix("www.") if name else None

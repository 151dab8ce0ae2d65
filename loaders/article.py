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


# byte order marks, the longest first (UTF-32-LE's begins with UTF-16-LE's)
BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
        (b"\xef\xbb\xbf", "utf-8", None), (b"\xff\xfe", "utf-16-le", "UTF-16"), (b"\xfe\xff", "utf-16-be", "UTF-16"))
# the note on text that is not UTF-8, and the word the reader's tally counts it under
CP1252 = "Windows-1252 (not UTF-8)"


def _wide_encoding(sample: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte order mark, told by where its NUL bytes
    fall: mostly Latin text has a NUL in every second (UTF-16) or in three of
    every four bytes (UTF-32), always at the same places."""
    def zeros(step: int, at: int) -> float:
        part = sample[at::step]
        return part.count(0) / len(part) if part else 0.0
    if len(sample) < 8:
        return None
    if zeros(4, 3) > 0.99 and zeros(4, 2) > 0.9 and zeros(4, 0) < 0.2:
        return "utf-32-le"
    if zeros(4, 0) > 0.99 and zeros(4, 1) > 0.9 and zeros(4, 3) < 0.2:
        return "utf-32-be"
    if zeros(2, 1) > 0.6 and zeros(2, 0) < 0.1:
        return "utf-16-le"
    if zeros(2, 0) > 0.6 and zeros(2, 1) < 0.1:
        return "utf-16-be"
    return None


def _controls(text: str) -> int:
    return sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t")


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM); UTF-16 or UTF-32 (with a
    BOM, or told by their NUL bytes); else Windows-1252, with a note saying so.

    Raises ValueError for data that is not text at all.
    """
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            if codec == "utf-8":
                data = data[len(bom):]
                break
            try:
                return data[len(bom):].decode(codec), [f"{name} text (byte order mark)"]
            except UnicodeDecodeError as exc:
                raise ValueError(f"binary file (not valid {name} after its byte order mark, byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        codec = _wide_encoding(data[:8192 - 8192 % 4])
        if codec:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                text = None
            if text is not None and _controls(text) <= max(8, len(text) // 100):
                return text, [f"{codec.upper()[:6]} text (no byte order mark)"]
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        note = f"not valid UTF-8 (byte {exc.start}); read as Windows-1252"
    text = data.decode("cp1252", errors="replace")
    if _controls(text) > max(8, len(text) // 100):
        raise ValueError("binary file (control bytes), not text")
    return text, [note]


def encoding_of(notes: list[str]) -> str | None:
    """What a reader's tally counts a decoded input under when it was not
    UTF-8 (``Windows-1252 (not UTF-8)``, ``UTF-16``, ``UTF-32``), so that the
    summary says it; None for UTF-8."""
    for note in notes:
        if note.startswith("not valid UTF-8"):
            return CP1252
        if note.startswith(("UTF-16", "UTF-32")):
            return note[:6]
    return None


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

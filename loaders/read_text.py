"""Plain-text articles: the text as written, and what its first lines say.

A saved news text usually opens with its headline, and its first paragraph
with a dateline naming the place and the outlet (``Kupang, Tribratanews.com
–``, ``Lhokseumawe | Detikkasus.com –``, ``Sibolga (Antaranews Sumut)-``);
some put a byline or a date line between them. The text itself is passed on
unchanged: only the metadata is read from these lines.
"""

from __future__ import annotations

import re

from loaders.article import Article, ReadProblem, article_id, normalise_newlines
from loaders.dates import find_dates

HEAD_LINES = 6  # the header of a saved text: headline, byline, date, dateline
# an outlet written as its domain (Tribratanews.com, REPUBLIKA.CO.ID, info-ambon.com)
DOMAIN = re.compile(r"(?<![\w@/.])((?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:com|co\.id|or\.id|go\.id|my\.id|web\.id|"
                    r"id|net|org|news|tv|info|co))(?![\w.])", re.I)
SEPARATOR = re.compile(r"\s(?:–|—|--|-|\|\|?)\s?|\s?(?:–|—|\|\|?)|[,;:]")
# a dateline naming its outlet in brackets: "Sibolga (Antaranews Sumut)-", "Serang, (ANTARA) -"
BRACKETED = re.compile(r"^[A-Z][\w .]{1,30}?,?\s*\((?P<outlet>[A-Z][^()]{2,30})\)\s*(?:–|—|--|-)")
WORD = re.compile(r"\w+")


def _head(text: str) -> list[str]:
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line][:HEAD_LINES]


def _date_line(line: str) -> str | None:
    """The date of a line that is only a date (and a time): ``Rabu, 03 Januari 2024``, ``Aug 20, 2024 - 12:40``."""
    if len(WORD.findall(line)) > 8:
        return None
    for mention in find_dates(line):
        if mention.year:
            return mention.resolve(None)
    return None


def outlet(line: str) -> str | None:
    """The outlet a header line names: a domain before the dateline's dash, a
    short line that is only a byline and a domain, or a bracketed name."""
    m = BRACKETED.match(line)
    if m:
        return m.group("outlet").strip()
    short = len(WORD.findall(line)) <= 8
    for m in DOMAIN.finditer(line[:80]):
        if short or SEPARATOR.search(line[m.end():m.end() + 25]):
            return m.group(1)
    return None


def headline(lines: list[str]) -> str | None:
    """The first header line that reads as a headline: 3 to 30 words, no full
    stop (nor a byline's bar) at the end, not a date, byline or dateline; none
    once the body starts."""
    for line in lines[:3]:
        words = len(WORD.findall(line))
        if words > 30:
            return None  # the first paragraph: this text has no headline line
        if words < 3 or line.endswith((".", ":", "|")) or _date_line(line) or outlet(line):
            continue
        return line
    return None


def metadata(text: str) -> dict[str, str]:
    """Title, outlet and published date as the first lines of a text give them."""
    lines = _head(text)
    meta = {"title": headline(lines)}
    meta["outlet"] = next((o for o in map(outlet, lines) if o), None)
    meta["published"] = next((d for d in map(_date_line, lines) if d), None)
    return {k: v for k, v in meta.items() if v}


def read_text(text: str, source: str, notes: list[str], **given: str | None) -> Article | ReadProblem:
    """An article from plain text; ``given`` metadata (from JSONL fields) wins
    over what the first lines say."""
    text = normalise_newlines(text)
    if not text:
        return ReadProblem(source, "empty (no text)")
    meta = metadata(text)
    meta.update({k: v for k, v in given.items() if v})
    return Article(article_id(text), text, source, meta.get("published"), meta.get("title"), notes,
                   outlet=meta.get("outlet"), url=meta.get("url"), reader=meta.get("reader") or "text")

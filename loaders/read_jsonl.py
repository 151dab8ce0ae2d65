"""JSON Lines feeds: one ``{"text": ..., "url": ..., "published": ..., "title": ..., "outlet": ...}`` a line.

The text of a record may be plain text or a whole HTML page (a scraper's
raw output); each is read by its own reader, with the record's fields
winning over what the text says.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from loaders.article import Article, ReadProblem, host
from loaders.read_html import looks_like_html, read_html
from loaders.read_text import read_text

FIELDS = ("title", "outlet", "url", "published")


def read_jsonl(text: str, source: str) -> Iterator[Article | ReadProblem]:
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
        given = {k: record[k] for k in FIELDS if isinstance(record.get(k), str) and record[k].strip()}
        name = given.get("url") or where
        if looks_like_html(body):
            article = read_html(body, name, [], url=given.get("url"), published=given.get("published"),
                                reader="jsonl")
            if isinstance(article, Article):  # the record's own fields win over the page's
                for key, value in given.items():
                    setattr(article, key, value)
        else:
            article = read_text(body, name, [], reader="jsonl", **given)
        if isinstance(article, Article) and not article.outlet:
            article.outlet = host(article.url)
        yield article

"""Saved web pages: the article body and its metadata through trafilatura.

trafilatura drops what a news page has around the story (menus, "Baca juga"
teaser boxes, related-story lists, comment threads, footers) and reads the
title, date, canonical URL (``<link rel=canonical>`` or ``og:url``), site name
and author from the page's metadata. The author is kept as the article's
byline: a byline is who wrote the report, never a person in the graph.
"""

from __future__ import annotations

import logging
import re

import lxml.etree
import lxml.html
import trafilatura

from loaders.article import Article, ReadProblem, article_id, host, normalise_newlines

# trafilatura and its helpers log each page they cannot use; the reader says it
# in one line instead (without a handler, Python would print their warnings)
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

_JS_REDIRECT = re.compile(r"""(?:window\.|document\.)?location(?:\.href)?\s*(?:=|\.replace\(|\.assign\()\s*['"]""")
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\">\s]+)", re.I)
# a redirect page has next to no text of its own
STUB_CHARS = 300
# a body has at least one sentence; what a menu-only page leaves is short link labels
MIN_SENTENCE_WORDS = 6


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def redirect_target(page: str) -> str | None:
    """Where a redirect stub sends the browser (a meta refresh or a script
    setting ``location``), when the page has almost no text of its own; else None."""
    try:
        tree = lxml.html.fromstring(page)
    except (lxml.etree.ParserError, ValueError):
        return None
    target = None
    for meta in tree.xpath("//meta[@http-equiv]"):
        if meta.get("http-equiv", "").lower() == "refresh":
            m = _REFRESH_URL.search(meta.get("content", ""))
            target = m.group(1) if m else "(the same page)"
    if target is None and any(_JS_REDIRECT.search(s.text or "") for s in tree.xpath("//script")):
        target = "(a script)"
    if target is None:
        return None
    for element in tree.xpath("//script|//style|//noscript"):
        element.drop_tree()
    return target if len(" ".join(tree.text_content().split())) <= STUB_CHARS else None


def read_html(page: str, source: str, notes: list[str], url: str | None = None,
              published: str | None = None, reader: str = "html") -> Article | ReadProblem:
    """The article of one HTML page. ``url`` and ``published`` are what the
    container knows (a WARC record's target URL and date): the page's own
    canonical URL and publication date win."""
    target = redirect_target(page)
    if target:
        return ReadProblem(source, f"HTML redirect stub, no article in it (to {target})")
    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, deduplicate=False,
                                      # dates from the page's metadata and <time>, not guessed from
                                      # its text (a footer's "(c) 2024" would become 1 January)
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    meta = (doc if isinstance(doc, dict) else doc.as_dict()) if doc is not None else {}
    text = normalise_newlines(meta.get("text") or "")
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines()):
        return ReadProblem(source, "HTML page without an article body (only menus, links or scripts)")
    page_url = meta.get("url") or url
    return Article(article_id(text), text, source, meta.get("date") or published, meta.get("title") or None,
                   notes + ["HTML page: article body and metadata read by trafilatura"],
                   outlet=meta.get("sitename") or host(page_url), url=page_url, byline=meta.get("author") or None,
                   reader=reader)

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


# the tags of a story's markup, for telling a fragment (a scraper's body, no <html> or <body>) from plain text
_MARKUP = re.compile(r"<(?:/?(?:p|div|br|span|a|b|i|u|em|strong|small|li|ul|ol|h[1-6]|article|section|main|header|"
                     r"footer|nav|aside|table|thead|tbody|tr|td|th|figure|figcaption|blockquote|img|iframe|script|"
                     r"style|noscript|font|center|hr)\b[^<>]*>|!--)", re.I)
MARKUP_TAGS = 2  # a plain text with one stray "<b>" is still a text


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def has_markup(text: str) -> bool:
    """Whether a text is an HTML fragment: a few tags of a story's markup
    (paragraphs, line breaks, emphasis, comments) in its first 20,000 characters."""
    count = 0
    for _ in _MARKUP.finditer(text, 0, 20_000):
        count += 1
        if count >= MARKUP_TAGS:
            return True
    return False


def fragment_text(page: str) -> str:
    """The text of an HTML fragment without its tags, comments, scripts and
    styles; block elements and ``<br>`` end a line."""
    try:
        tree = lxml.html.fragment_fromstring(page, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in tree.xpath("//script|//style|//noscript|//comment()"):
        element.drop_tree()  # keeps the text after it
    for element in tree.iter("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
                             "article", "section", "figcaption"):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


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
    how = "HTML page: article body and metadata read by trafilatura"
    if not looks_like_html(page) and not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines()):
        # a fragment (a scraper's body) too short for trafilatura to call it a story: its text without the tags
        text = normalise_newlines(fragment_text(page))
        how = "HTML fragment: its text without the tags"
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines()):
        return ReadProblem(source, "HTML page without an article body (only menus, links or scripts)")
    page_url = meta.get("url") or url
    return Article(article_id(text), text, source, meta.get("date") or published, meta.get("title") or None,
                   notes + [how],
                   outlet=meta.get("sitename") or host(page_url), url=page_url, byline=meta.get("author") or None,
                   reader=reader)

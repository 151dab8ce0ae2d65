"""Reading saved news pages: trafilatura (``loaders.read_html``) against the
regular-expression tag stripper kg used before, in the same run.

Builds pages of the shape regional news sites have (menu, "Baca juga"
teaser, related-story list, comment thread, footer) around the seed
articles, reads them both ways, extracts the graphs, and prints per reader:
milliseconds per page, words handed to the extractor, and persons extracted
that the story itself does not name (from the teaser, related list and
comments). Then the same pages as one ``.warc.gz`` through ``read_warc``.

    python benchmarks/bench_read.py [--pages 200]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.pipeline import safe_extract  # noqa: E402
from loaders.article import Article, article_id  # noqa: E402
from loaders.read import read_articles  # noqa: E402
from loaders.read_html import read_html  # noqa: E402
from tests.test_readers import news_page, write_warc  # noqa: E402

# the reader before trafilatura (loaders/read.py until issue 18): tags stripped by patterns
_TAG = re.compile(r"<[^>]+>")
_DROP_BLOCKS = re.compile(r"<(script|style|noscript|nav|header|footer|aside)\b.*?</\1>", re.S | re.I)
_BLOCK_END = re.compile(r"</(p|div|h[1-6]|li|tr|br)\s*>|<br\s*/?>", re.I)


def regex_article(page: str, source: str) -> Article:
    page = _BLOCK_END.sub("\n", _DROP_BLOCKS.sub(" ", page))
    text = html.unescape(_TAG.sub(" ", page))
    lines = (re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines())
    text = "\n".join(line for line in lines if line)
    return Article(article_id(text), text, source)


def persons(article: Article) -> set[str]:
    graph = safe_extract(article, resolve_ids=False)
    return {n.name for n in graph.nodes.values() if n.label == "Person"} if hasattr(graph, "nodes") else set()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args(argv)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    stories = [[line for line in s.splitlines() if line.strip()] for s in seeds]
    pages = [news_page(f"Berita {i}", url=f"https://x.example.id/{i}", body=stories[i % len(stories)])
             for i in range(args.pages)]
    # persons the story names, read from the seed text itself
    own = [persons(Article(article_id(s), s, f"seed{i}")) for i, s in enumerate(seeds)]

    print(f"{args.pages} pages around {len(seeds)} seed stories\n")
    print("| reader | ms/page | words to the extractor | persons not in the story | story's persons missed |")
    print("|---|---|---|---|---|")
    for name, read in (("regex tag stripper (before)", regex_article),
                       ("trafilatura (read_html)", lambda page, src: read_html(page, src, []))):
        t0 = time.perf_counter()
        articles = [read(page, f"p{i}.html") for i, page in enumerate(pages)]
        ms = 1000 * (time.perf_counter() - t0) / len(pages)
        words = sum(len(a.text.split()) for a in articles)
        # extraction is the slow part: judge junk persons on one page per seed story
        found = [persons(a) for a in articles[:len(seeds)]]
        extra = sum(len(f - own[i]) for i, f in enumerate(found))
        missed = sum(len(own[i] - f) for i, f in enumerate(found))
        print(f"| {name} | {ms:.1f} | {words:,} | {extra} (on {len(seeds)} pages) | {missed} of "
              f"{sum(map(len, own))} |")

    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "crawl.warc.gz"
        write_warc(warc, [(f"https://x.example.id/{i}", page) for i, page in enumerate(pages)])
        tally: Counter = Counter()
        t0 = time.perf_counter()
        n = sum(1 for a in read_articles([warc], tally) if isinstance(a, Article))
        ms = 1000 * (time.perf_counter() - t0) / max(n, 1)
        print(f"\nread_warc: {n} articles from {warc.stat().st_size / 1e6:.1f} MB .warc.gz in "
              f"{ms:.1f} ms/article; {tally['WARC records skipped (not HTML responses)']} other records skipped")


if __name__ == "__main__":
    main(sys.argv[1:])

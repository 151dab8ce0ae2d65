"""Extraction speed against the spaCy tokenizer alone, on the same text.

Builds a corpus from the example and dev articles (repeated to size), then
times ``loaders.extract.extract_many`` (cleaning, the spaCy pipeline over the
texts with ``nlp.pipe`` in batches, and the rules) and ``spacy.blank("id")``'s
tokenizer alone over the same texts, at 1x and 10x, printing words/s, the
ratio, and growth. Extraction includes the tokenizer, so the ratio is at most 1.

    python benchmarks/bench_extract.py [--mb 0.2] [--corpus dev|real]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.extract import extract_many  # noqa: E402
from loaders.read import Article, read_articles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


SOURCES = {
    "dev": [ROOT / "examples", ROOT.parent / "shared" / "eval" / "dev" / "raw"],
    # 256 real articles from 237 outlets, none of them annotated or tuned on
    "real": [ROOT.parent / "shared" / "corpus" / "real"],
}


def corpus(mb: float, which: str = "dev") -> list[Article]:
    sources = SOURCES[which]
    base = [a for a in read_articles([p for p in sources if p.exists()]) if isinstance(a, Article)]
    out, size, i = [], 0, 0
    while size < mb * 1e6:
        a = base[i % len(base)]
        text = a.text + f"\n(copy {i})"
        out.append(Article(f"article:{i}", text, a.source))
        size += len(text.encode())
        i += 1
    return out


def main() -> None:
    import spacy

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=0.2, help="size of the 1x corpus in MB")
    ap.add_argument("--corpus", choices=sorted(SOURCES), default="dev", help="which articles to repeat to size")
    args = ap.parse_args()
    nlp = spacy.blank("id")
    list(extract_many(corpus(0.01)))  # build the pipeline and patterns once before timing
    print(f"{'size':>6} {'MB':>6} {'words':>9} {'extract s':>9} {'tokenize s':>10} {'words/s':>9} {'tok/extract':>11}")
    times = {}
    for factor in (1, 10):
        articles = corpus(args.mb * factor, args.corpus)
        words = sum(len(a.text.split()) for a in articles)
        t = time.perf_counter()
        for _ in extract_many(articles, batch_size=32):
            pass
        t_extract = time.perf_counter() - t
        t = time.perf_counter()
        for _ in nlp.tokenizer.pipe((a.text for a in articles), batch_size=32):
            pass
        t_tok = time.perf_counter() - t
        times[factor] = t_extract
        mb = sum(len(a.text.encode()) for a in articles) / 1e6
        print(f"{factor:>5}x {mb:>6.2f} {words:>9} {t_extract:>9.2f} {t_tok:>10.2f} {words / t_extract:>9.0f} "
              f"{t_tok / t_extract:>11.2f}")
    print(f"growth 1x -> 10x: {times[10] / times[1]:.1f}x the time for 10x the text (linear = 10)")


if __name__ == "__main__":
    main()

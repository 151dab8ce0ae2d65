"""Where extraction time goes: seconds per component of the pipeline.

Runs ``loaders.extract.extract_many`` over the corpus of ``bench_extract.py``
(``--corpus dev|real``, repeated to ``--mb``) with every component of
``loaders.extract.nlp()`` timed, and prints each stage's seconds and share:
cleaning, the tokenizer, each component, and the Doc turned into the graph.

    python benchmarks/bench_components.py [--mb 0.7] [--corpus real]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_extract import SOURCES, corpus  # noqa: E402
import loaders.extract as extract  # noqa: E402
import loaders.graph as graph  # noqa: E402
from loaders.lexicon import lexicon  # noqa: E402


def timed(seconds: dict[str, float], name: str, fn):
    def run(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            seconds[name] += time.perf_counter() - t
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=0.2, help="size of the corpus in MB")
    ap.add_argument("--corpus", choices=sorted(SOURCES), default="dev", help="which articles to repeat to size")
    args = ap.parse_args()
    list(extract.extract_many(corpus(0.01)))  # build the pipeline and patterns once before timing
    lexicon().village("Oebelo")  # and the village index (built at the first lookup: seconds, once per process)
    seconds: dict[str, float] = defaultdict(float)
    nlp = extract.nlp()
    for i, (name, component) in enumerate(nlp._components):  # the list spaCy runs (pipeline is a copy)
        nlp._components[i] = (name, timed(seconds, name, component))
    nlp.tokenizer = timed(seconds, "tokenizer", nlp.tokenizer)
    extract.clean = timed(seconds, "clean", extract.clean)
    extract.article_graph = timed(seconds, "graph", graph.article_graph)
    articles = corpus(args.mb, args.corpus)
    words = sum(len(a.text.split()) for a in articles)
    t = time.perf_counter()
    for _ in extract.extract_many(articles):
        pass
    total = time.perf_counter() - t
    print(f"{len(articles)} articles, {words} words, {total:.2f} s ({words / total:.0f} words/s)")
    print(f"{'stage':<20} {'s':>7} {'share':>6}")
    for name in ["clean", "tokenizer", *nlp.pipe_names, "graph"]:
        print(f"{name:<20} {seconds[name]:>7.2f} {seconds[name] / total:>6.1%}")
    rest = total - sum(seconds.values())
    print(f"{'(rest)':<20} {rest:>7.2f} {rest / total:>6.1%}")


if __name__ == "__main__":
    main()

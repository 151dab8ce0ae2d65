"""Reading officialdom out of Indonesian regional news: the spaCy pipeline.

``nlp()`` is ``spacy.blank("id")`` (its tokenizer, its prefix rules anchored once and every
piece cached: ``loaders.tokenizer``) with the components of
``loaders``, each registered by factory name and each with one job, run in
this order over every cleaned article:

==================  ==========================  ==============================================
component           module                      what it writes to the Doc (``doc._.kg``)
==================  ==========================  ==============================================
kg_cues             loaders.cues                where rules may begin (``doc.spans["kg_cues"]``)
kg_sentences        loaders.reading             the reading: text, sentences, article
kg_units            loaders.units               unit mentions per sentence
kg_offices          loaders.offices             offices per sentence
kg_persons          loaders.persons             persons; offices take holders
kg_short_forms      loaders.short_forms         one person per full name, short forms aliases
kg_unit_forms       loaders.short_forms         bodies placed by the story, units completed
kg_anaphora         loaders.short_forms         ``Kapolres tersebut`` names who was spoken of
kg_meetings         loaders.meetings            the meeting, its date, host and identity
kg_representation   loaders.representation      who stood in for whom
kg_attendance       loaders.attendance          who attended
==================  ==========================  ==============================================

``loaders.graph.article_graph`` turns the Doc into the ``ArticleGraph``. The
rules are general; what they know about ranks, titles, units and regions
comes from ``loaders/data`` through ``loaders.lexicon``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.model import ArticleGraph
from loaders.clean import Cleaned, clean
from loaders.graph import article_graph
from loaders.read import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# the components after the tokenizer, in order (kg_cues is left out for a full scan: see nlp)
COMPONENTS = ("kg_cues", "kg_sentences", "kg_units", "kg_offices", "kg_persons", "kg_short_forms",
              "kg_unit_forms", "kg_anaphora", "kg_meetings", "kg_representation", "kg_attendance")

# spaCy refuses texts over a million characters by default (a guard for its parser and
# tagger, which we do not run): a 10 MB page is still one article to read.
MAX_LENGTH = 50_000_000


def register() -> None:
    """Import the component modules, which register their factories."""
    import loaders.attendance  # noqa: F401
    import loaders.cues  # noqa: F401
    import loaders.meetings  # noqa: F401
    import loaders.offices  # noqa: F401
    import loaders.persons  # noqa: F401
    import loaders.reading  # noqa: F401
    import loaders.representation  # noqa: F401
    import loaders.short_forms  # noqa: F401
    import loaders.units  # noqa: F401


def nlp(cues: bool = True) -> Language:
    """``spacy.blank("id")`` with the components of ``COMPONENTS`` (one per process). Without
    ``cues`` the rules are tried at every character (the same output, slower: the tests compare
    the two)."""
    return _pipeline(bool(cues))


@lru_cache(maxsize=2)
def _pipeline(cues: bool) -> Language:
    import spacy

    from loaders.tokenizer import PieceCache, anchor_prefixes

    register()
    pipeline = spacy.blank("id")
    anchor_prefixes(pipeline.tokenizer, pipeline.Defaults.prefixes)  # the same tokens, found faster
    pipeline.tokenizer = PieceCache(pipeline.tokenizer)  # and each distinct piece split once
    for name in COMPONENTS:
        if cues or name != "kg_cues":
            pipeline.add_pipe(name)
    pipeline.max_length = MAX_LENGTH
    return pipeline


def parse(articles: Iterable[Article], batch_size: int = 32,
          cues: bool = True) -> Iterator[tuple[Article, Doc, Cleaned]]:
    """Clean each article and run the pipeline over the texts in batches
    (``nlp.pipe``): each article with its Doc and its cleaned text (with the
    page-junk lines dropped)."""
    pipeline = nlp(cues)

    def docs() -> Iterator[tuple[Doc, tuple[Article, Cleaned]]]:
        for a in articles:
            c = clean(a.text)
            doc = pipeline.make_doc(c.text)
            # the components read the cleaned text as it is (building it again from the tokens
            # would cost as much as the tokenizer)
            doc._.kg_article = (a, c.text, c.dropped)
            yield doc, (a, c)

    for doc, (article, c) in pipeline.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield article, doc, c


def read_doc(article: Article, doc: Doc, cleaned: Cleaned) -> ArticleGraph:
    """The graph of one parsed article."""
    return article_graph(doc)


def extract_many(articles: Iterable[Article], batch_size: int = 32, cues: bool = True) -> Iterator[ArticleGraph]:
    """The graphs of many articles, parsed in batches."""
    for article, doc, cleaned in parse(articles, batch_size, cues):
        yield read_doc(article, doc, cleaned)


def extract(article: Article, cues: bool = True) -> ArticleGraph:
    """The graph of one article."""
    return next(extract_many([article], cues=cues))

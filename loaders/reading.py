"""The reading of one article that the components share: ``doc._.kg``.

``kg_sentences`` opens it (the cleaned text, its sentences, the article it
came from and the cues of ``kg_cues``); each later component writes what it
found to its own fields, named in the class below, and reads what earlier
ones wrote. ``loaders.graph.article_graph`` turns the finished reading into
the ``ArticleGraph``.

A Doc made from a bare text (``spacy.blank("id")`` + ``add_pipe``, as the
tests do) is read as an article of its own, with its text as the cleaned text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from loaders.article import Article, article_id
from loaders.cues import anchored
from loaders.lexicon import lexicon
from loaders.mentions import PersonMention, TitleMention, UnitRef
from loaders.patterns import glued_title_pattern, org_head_pattern, org_title_pattern, patterns, staff_title_pattern
from loaders.sentences import Sentence, split_sentences

if not Doc.has_extension("kg"):
    Doc.set_extension("kg", default=None)  # the Reading
if not Doc.has_extension("kg_article"):
    Doc.set_extension("kg_article", default=None)  # (Article, cleaned text, dropped lines): loaders.extract.parse


@dataclass
class SentenceOffices:
    """What ``kg_offices`` read in one sentence (``kg_persons`` goes on from it)."""

    titles: list[TitleMention]
    tentative: list[TitleMention]  # offices in lower case: kept only if a holder follows
    units: list[tuple[int, int, UnitRef]]  # the sentence's unit mentions, less those inside offices' bodies
    free_units: list[tuple[int, int, UnitRef]]  # those not inside an office
    # the offices were read looking at the units of the sentences before (a unit kind written alone,
    # "Kasi Intel korem"), which are only final once their persons are read: kg_persons reads them again
    looked_back: bool = False


class Reading:
    """One article as the components read it."""

    def __init__(self, article: Article, text: str, dropped: list[str],
                 cues: dict[str, list[int]] | None = None):
        self.lex = lexicon()
        pat = patterns()
        self.patterns = {"rank": pat.rank, "title": pat.title, "unit": pat.unit, "meeting": pat.meeting,
                         "staff": staff_title_pattern(), "org": org_title_pattern(), "glued": glued_title_pattern(),
                         "org_head": org_head_pattern()}  # (the leading titles of "org" alone: its cues)
        self.article = article
        self.text = text
        self.dropped = dropped
        self.sentences = split_sentences(text)
        # where ranks, titles, units and meeting words may begin (loaders.cues)
        self.cues = cues if cues is None else {**cues, "org_head": cues["org"]}
        # kg_units: the unit mentions of each sentence (by sentence index)
        self.found_units: dict[int, list[tuple[int, int, UnitRef]]] = {}
        # and the Brimob battalions whose commanders are named (read as offices by kg_offices)
        self.commanded_battalions: dict[int, list[tuple[int, int, UnitRef]]] = {}
        # kg_offices: the offices of each sentence
        self.offices: dict[int, SentenceOffices] = {}
        self.looked_back = False  # kg_offices: whether the sentence it reads looked at the units before it
        # kg_persons (and kg_short_forms after it): the article's mentions
        self.persons: dict[str, PersonMention] = {}
        self.aliases: dict[str, set[str]] = {}
        self.mentions: list[PersonMention] = []
        self.titles: list[tuple[Sentence, TitleMention]] = []
        self.units: list[tuple[Sentence, int, int, UnitRef]] = []
        self._by_position: dict[tuple[str, str], PersonMention] = {}
        self._by_title: dict[str, dict[str, PersonMention]] = {}
        # kg_meetings: the meeting and the date that dates every edge
        self.meeting: tuple[Sentence, re.Match, str] | None = None
        self.meeting_sentences: set[int] = set()
        self.date: str | None = None
        self.meeting_node: dict | None = None  # its id and properties
        self.host: tuple[UnitRef, str] | None = None  # the unit that organised it, with the evidence
        # kg_representation: who stood in for whom, in order, and the persons it named on its own
        self.represented: list[tuple] = []
        self.absent: set[str] = set()
        self.stand_ins: dict[str, PersonMention] = {}
        self.stand_in_mentions: list[PersonMention] = []
        # kg_attendance: who attended the meeting, in order
        self.attended: list[tuple] = []

    def find(self, kind: str, sent: Sentence, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """Matches of the ``kind`` pattern in a sentence, tried only where the cues say one may begin."""
        pattern = self.patterns[kind]
        if self.cues is None:
            return pattern.finditer(sent.text, pos, len(sent.text) if endpos is None else endpos)
        starts = self.cues[kind]
        first = bisect_left(starts, sent.start + pos)
        if first == len(starts) or starts[first] >= sent.start + (len(sent.text) if endpos is None else endpos):
            return iter(())  # no cue of this kind in the stretch (most sentences): no generator to make
        return anchored(pattern, sent.text, starts, sent.start, pos, endpos)

    def article_units(self) -> Iterator[UnitRef]:
        """Every unit mention of the article: the free ones, then those of its offices."""
        yield from (u for _, _, _, u in self.units)
        yield from (t.unit for _, t in self.titles if t.unit)

    def replace_units(self, one: Callable[[UnitRef], UnitRef], rename_offices: bool) -> None:
        """Put ``one(u)`` for every unit mention ``u``, in the free mentions and the offices'."""
        self.units = [(sent, a, b, one(u)) for sent, a, b, u in self.units]
        for _, t in self.titles:
            if t.unit is not None and one(t.unit) is not t.unit:
                t.unit = one(t.unit)
                if rename_offices:
                    t.position = f"{t.title} {t.unit.name}"

    def by_sentence(self) -> tuple[dict[int, list[PersonMention]], dict[int, list[TitleMention]]]:
        people: dict[int, list[PersonMention]] = {}
        for p in self.mentions:
            people.setdefault(p.sentence, []).append(p)
        titles: dict[int, list[TitleMention]] = {}
        for sent, t in self.titles:
            titles.setdefault(sent.index, []).append(t)
        return people, titles

    @staticmethod
    def _office_key(t: TitleMention) -> tuple[str, str]:
        """One office however it is written: "Kapolda Kaltim" = "Kapolda Kalimantan Timur"."""
        return (t.title, t.unit.id) if t.unit is not None else (t.title, t.position)

    def hold(self, t: TitleMention, p: PersonMention) -> None:
        """Record that ``p`` holds ``t`` (indexed, so long articles stay linear)."""
        t.holder = p
        self._by_position.setdefault(self._office_key(t), p)
        self._by_title.setdefault(t.title, {}).setdefault(p.key or p.name, p)

    def rekey_holders(self) -> None:
        """Index the holders again after offices took their units' places ("Ketua KPU" placed by the
        story is "Ketua KPU Kabupaten Cirebon"): the office named again without its holder is his."""
        for _, t in self.titles:
            if t.holder is not None:
                self._by_position.setdefault(self._office_key(t), t.holder)

    def unhold(self, t: TitleMention) -> None:
        """Undo ``hold``: the name after the office was somebody standing in for it."""
        p, t.holder = t.holder, None
        if p is None:
            return
        p.title = None
        if self._by_position.get(self._office_key(t)) is p:
            del self._by_position[self._office_key(t)]
        self._by_title.get(t.title, {}).pop(p.key or p.name, None)

    def holder_of(self, t: TitleMention) -> PersonMention | None:
        """Who holds the office ``t`` names, as far as this article says.

        A bare title (``Kabagops`` without its unit) refers to the one person the
        article names with that title, if there is exactly one."""
        held = self._by_position.get(self._office_key(t))
        if held is not None:
            return held
        if t.unit is None and t.position == t.title:  # a bare title, not "Ketua BEM Jatim"
            holders = self._by_title.get(t.title, {})
            if len(holders) == 1:
                return next(iter(holders.values()))
        return None


# the reading kept in ``doc.user_data`` as well, for the components: each ``doc._`` makes an object
# and looks the extension up (some microseconds, eleven times a Doc: 2% of extraction)
READING_KEY = "kg_reading"


def reading(doc: Doc) -> Reading:
    """The Doc's reading (``doc._.kg``); opened from the Doc itself if no ``kg_sentences`` ran (a
    component's tests)."""
    found = doc.user_data.get(READING_KEY)
    if found is None:
        found = open_reading(doc).user_data[READING_KEY]
    return found


def open_reading(doc: Doc) -> Doc:
    given = doc._.kg_article
    if given is not None:
        article, text, dropped = given
    else:
        text = doc.text
        article, dropped = Article(article_id(text), text, "doc"), []
    doc._.kg = doc.user_data[READING_KEY] = Reading(article, text, dropped, doc.user_data.get("kg_cue_offsets"))
    return doc


def component(name: str) -> Callable[[Callable[[Reading], None]], Callable[[Reading], None]]:
    """Registers a function of the article's reading as the spaCy component ``name``, added to a
    pipeline by that name (``nlp.add_pipe(name)``)."""
    def register(read: Callable[[Reading], None]) -> Callable[[Reading], None]:
        def run(doc: Doc) -> Doc:
            read(reading(doc))
            return doc

        def make(nlp: Language, name: str) -> Callable[[Doc], Doc]:
            return run

        Language.factory(name, func=make)
        return read
    return register


@Language.factory("kg_sentences")
def make_sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Opens the article's reading: its sentences, and the cues of ``kg_cues`` if it ran before."""
    return open_reading

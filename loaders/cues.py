"""Where the rules start reading: the first words of ranks, titles, units and
meeting words, found by a spaCy ``PhraseMatcher``.

The rules of the components after it (``loaders.units``, ``loaders.offices``,
...) are regular expressions that read outward from a rank (``AKBP``), a
title (``Kapolres``, ``Plt``), a unit kind (``Kodim``) or a meeting word
(``rakor``). Trying each of them at every
character of an article is most of the cost of extraction; trying them only
where the lexicon says one can begin gives the same matches for a fraction of
the work. The ``kg_cues`` component records those places on the Doc as the
span group ``doc.spans["kg_cues"]`` (label = rank, title, unit, meeting, staff title,
organisation title or glued title).

A token with a full stop, hyphen or slash inside or after a word
(``AKBP.Benny``, ``TNI-Polri``, ``Plt.``) is one spaCy token; its pieces
are looked up as well, so no cue is missed because of spacing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

import numpy
from spacy.attrs import IDX, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from loaders.lexicon import Lexicon, lexicon, squash

KINDS = ("rank", "title", "unit", "meeting", "staff", "org", "glued")
SPAN_GROUP = "kg_cues"
# status words a title can open with ("Plt Kapolres", "mantan Wakapolres"): see patterns._title_pattern
TITLE_OPENERS = ("plt", "pj", "plh", "penjabat", "pelaksana", "mantan", "eks")
# punctuation inside a token, or opening one (",Ketua" after "M.Si.")
GLUE = re.compile(r"(?<=\w)[.,\-/]+|^[.,\-/]+(?=\w)")
PIECE = re.compile(r"[^.,\-/\s]+")


def cue_words(lex: Lexicon) -> dict[str, set[str]]:
    """The lower-cased words each kind of phrase can begin with: the first piece
    (before any full stop, hyphen or space) of every spelling in the lexicon."""
    tables = {"rank": lex.ranks, "title": lex.titles, "unit": lex.units, "meeting": lex.meeting_words,
              "staff": lex.staff_titles, "org": {squash(t): t for t in lex.org_titles}}
    # lexicon keys are squashed: lower case, dots and hyphens turned into spaces
    out = {kind: {key.split()[0] for key in table if key.strip()} for kind, table in tables.items()}
    out["title"].update(TITLE_OPENERS)
    glued = lex.glued_titles
    out["glued"] = {(p + f).lower() for p in glued["prefix"] for f in glued["function"]}
    return out


class CueFinder:
    """The ``kg_cues`` component."""

    def __init__(self, nlp: Language, name: str = "kg_cues"):
        self.name = name
        self.words = cue_words(lexicon())
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for kind, words in self.words.items():
            self.matcher.add(kind, list(nlp.tokenizer.pipe(sorted(words))))
        self.strings = nlp.vocab.strings
        self._glued: dict[int, tuple[str, ...]] = {}
        self._seen: set[int] = set()  # words whose glued kinds are known
        self._with_kinds: set[int] = set()  # those of them with any
        self._ends: dict[int, tuple[int, ...]] = {}  # token text (ORTH) -> where its glued pieces begin
        self.by_word: dict[str, list[str]] = {}
        for kind, words in self.words.items():
            for word in words:
                self.by_word.setdefault(word, []).append(kind)

    def __call__(self, doc: Doc) -> Doc:
        spans = self.matcher(doc, as_spans=True)  # made in Cython: far cheaper than Span() per match
        # Tokens with pieces glued together ("AKBP.Benny", "TNI-Polri", "Plt."): each distinct
        # word is looked at once (cached), and only its occurrences are visited.
        table = doc.to_array([LOWER, ORTH, IDX])
        lowers = table[:, 0]
        # set operations instead of a lookup per distinct word: only words new to the process are looked at
        words = set(lowers.tolist())
        for h in words - self._seen:
            if self._glued_kinds(h):
                self._with_kinds.add(h)
            self._seen.add(h)
        glued = words & self._with_kinds
        if glued:
            for i in numpy.flatnonzero(numpy.isin(lowers, list(glued))):
                spans.extend(Span(doc, i, i + 1, label=k) for k in self._glued_kinds(lowers[i]))
        doc.spans[SPAN_GROUP] = spans
        doc.user_data["kg_cue_offsets"] = self.offsets(spans, table[:, 1].tolist(), table[:, 2].tolist())
        return doc

    def offsets(self, spans: list[Span], orths: list[int], starts: list[int]) -> dict[str, list[int]]:
        """Sorted character offsets per kind where a phrase may begin, from the spans and the
        tokens' texts (``ORTH``) and offsets (``IDX``). A glued token contributes the offset of
        each of its pieces."""
        out: dict[str, set[int]] = {kind: set() for kind in KINDS}
        kinds: dict[int, set[int]] = {}  # label hash -> its offsets (label_ is a string-store lookup each time)
        for span in spans:
            i = span.start
            offsets = kinds.get(span.label)
            if offsets is None:
                offsets = kinds[span.label] = out[span.label_]
            idx = starts[i]
            offsets.add(idx)
            ends = self._ends.get(orths[i])
            if ends is None:
                ends = self._ends[orths[i]] = _glue_ends(self.strings[orths[i]])
            if ends:
                offsets.update(idx + e for e in ends)
        return {kind: sorted(v) for kind, v in out.items()}

    def _glued_kinds(self, lower: int) -> tuple[str, ...]:
        """The kinds of cue inside a glued token (none for a plain word: the matcher has those)."""
        kinds = self._glued.get(lower)
        if kinds is None:
            text = self.strings[int(lower)]
            pieces = PIECE.findall(text) if GLUE.search(text) else []
            kinds = self._glued[lower] = tuple({k for p in pieces for k in self.by_word.get(p, ())})
        return kinds


def _glue_ends(text: str) -> tuple[int, ...]:
    """Where the pieces of a glued token begin, within it (``CueFinder`` keeps them per token text)."""
    if len(text) > 1 and GLUE.search(text):
        return tuple(g.end() for g in GLUE.finditer(text))
    return ()


@Language.factory("kg_cues")
def make_cue_finder(nlp: Language, name: str) -> CueFinder:
    return CueFinder(nlp, name)


def anchored(pattern: re.Pattern, text: str, starts: list[int], offset: int = 0,
             pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """Like ``pattern.finditer(text, pos, endpos)``, but trying only at the given
    starts (offsets in a larger text of which ``text`` begins at ``offset``).
    The same matches as ``finditer`` whenever every match begins at a start."""
    endpos = len(text) if endpos is None else endpos
    taken = pos
    for i in range(bisect_left(starts, offset + pos), len(starts)):
        at = starts[i] - offset
        if at >= endpos:
            break
        if at < taken:
            continue
        m = pattern.match(text, at, endpos)
        if m is not None and m.end() > at:
            taken = m.end()
            yield m

"""One node per real-world entity across articles.

Resolution runs in two stages.

**Per article** (:func:`resolve`, in the extraction workers): the extractor
gives units, offices and ranks ids that are already stable; persons get a
*base identity* here:

- a person with two or more name tokens is keyed by the normalised name
  (case, dots, spacing, degrees and honorifics gone; spelling variants of
  given names such as ``Moh.``/``Muhammad`` or ``Rachmat``/``Rahmat`` folded,
  from ``name_variants.tsv``);
- a bare single name is qualified by the office it was seen holding and the
  rank, else it stays within its article;
- a single name written after a full name of the same article with a
  compatible rank (``Brigjen Awi`` after ``Brigjen Pol. Awi Setiyono``) is
  that person: the full mention's rank (and service) wins;
- the unit hierarchy implied by names and codes is added (``Koramil
  1604/01`` PART_OF ``Kodim 1604`` PART_OF ``Korem 161`` PART_OF ``Kodam
  IX/Udayana`` from ``territorial.tsv``; ``Polres X`` PART_OF the Polda of X's
  province); a body named without a place (``Bawaslu``) takes the one place
  the article is about, so bodies of different regions never merge.

**Over the whole graph** (:func:`resolve_store`, after each load): base
identities that are one real person are merged: candidate pairs by blocking
(a shared name token, the same office), scored by name (initials, spelling
variants by Jaro-Winkler from ``rapidfuzz``) and context (the same office
near in time, rank and service), and joined above :data:`THRESHOLD`; then
meetings reported by several outlets (the same date or a day apart, the
same host or place, shared attendees). Clusters are computed from the whole
set of nodes, and each merged node keeps the ids it absorbed
(``merged_ids``), so the graph does not depend on load order or batching.
Every merged person carries ``merge_reason``: rule, score and the mentions
joined. The analyst's judgements (:mod:`kg.judgements`) are applied last.
"""

from __future__ import annotations

import gc
import re
import time
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date as Date
from functools import cached_property, lru_cache
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler, Levenshtein

from kg.model import ArticleGraph, Node, Relationship, make_id, slug
from loaders.graph import add_unit
from loaders.units import make_unit
from loaders.lexicon import lexicon, rows, squash, words
from loaders.names import is_short_form, modern_token, name_tokens, name_variants

# A pair of persons is merged when its score reaches this. Name evidence alone
# reaches it only for the same name or the same name with initials; a spelling
# variant or a single given name needs the context (an office held near in time).
THRESHOLD = 1.0
# Two sightings of one office this many days apart still count as "near in time".
OFFICE_WINDOW_DAYS = 120
# One person is not seen in two different offices of different places within this many days.
CONFLICT_DAYS = 30
# The same meeting reported by two outlets: dates at most this many days apart.
MEETING_DAYS = 1


# -- names -------------------------------------------------------------------

@dataclass(frozen=True)
class Mention:
    """What an article says about one person, as far as identity goes."""
    name: str
    rank: str | None = None
    office: str | None = None   # position id of an office held (not former)
    article: str = ""
    date: str | None = None     # when it was said (the article's date)


def normal_name(name: str) -> list[str]:
    """Name tokens for comparison: lower case, no dots, given-name variants folded.

    >>> normal_name("Moh. Mukhson")
    ['muhammad', 'mukhson']
    """
    variants = name_variants()
    return [variants.get(t, t) for t in name_tokens(name)]


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words that other writers leave in a name: forms of address (``Hj.``,
    ``Ny.``), ranks written as one word (``Jenderal``, ``Kompol``) and service
    or corps words after a rank (``Pol.``, ``Inf``)."""
    lex = lexicon()
    words = {w for w in lex.honorifics | lex.corps | set(lex.ranks) if " " not in w}
    return frozenset({w.lower() for w in words} | {"hj", "ny", "ir", "drs", "jenderal", "jendral"})


@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[tuple[str, bool], ...]:
    """The tokens of a name, each with whether it is an initial.

    A one-letter token is an initial (``S. Joko``); so is a short all-capital
    token after the first (``Ahmad AS`` is Ahmad A. S.), split into letters.

    >>> name_parts("Budi R. Santoso")
    (('budi', False), ('r', True), ('santoso', False))
    >>> name_parts("Ahmad AS")
    (('ahmad', False), ('a', True), ('s', True))
    """
    variants, ignore = name_variants(), _not_name_words()
    out: list[tuple[str, bool]] = []
    for i, raw in enumerate(t for t in re.split(r"[\s.,]+", name) if t):
        if raw.lower() in ignore:
            continue
        if len(raw) == 1:
            out.append((raw.lower(), True))
        elif i > 0 and 2 <= len(raw) <= 3 and raw.isalpha() and raw.isupper():
            out.extend((c.lower(), True) for c in raw)
        else:
            low = modern_token(raw.lower())
            out.append((variants.get(low, low), False))
    return tuple(out)


@lru_cache(maxsize=65536)
def full_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t, initial in name_parts(name) if not initial)


@dataclass(frozen=True)
class Alignment:
    exact: int = 0      # full tokens equal (after variant folding)
    fuzzy: int = 0      # full tokens that are spelling variants of each other
    initials: int = 0   # an initial on one side against a full token or initial on the other
    skipped: int = 0    # initials present on one side only
    similarity: float = 1.0  # the lowest similarity of a fuzzy pair
    sides: int = 0      # which sides skipped an initial (bits 1 and 2): both is a conflict (R. against S.)


def _similar(a: str, b: str) -> float:
    """Spelling-variant similarity of two name tokens (0 when they are not variants):
    Jaro-Winkler at least 0.9, at most two edits, the same first letter."""
    if a[0] != b[0] or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return 0.0
    sim = JaroWinkler.similarity(a, b)
    return sim if sim >= 0.9 and Levenshtein.distance(a, b) <= 2 else 0.0


def align(a: str, b: str) -> Alignment | None:
    """Line up two names token by token, or None when they cannot be one name.

    Full tokens must meet in order (equal, or at most one spelling variant);
    an initial meets a full token with its letter or the same initial, or is
    absent on the other side. An extra full token on either side is a
    different name (``Yohanes Tefa`` is not ``Yohanes Tefa Manafe``)."""
    pa, pb = name_parts(a), name_parts(b)

    def rank(x: Alignment) -> tuple:
        return (x.exact, -x.fuzzy, x.initials, -x.skipped)

    memo: dict[tuple[int, int], Alignment | None] = {}

    def go(i: int, j: int) -> Alignment | None:
        if (i, j) in memo:
            return memo[(i, j)]
        memo[(i, j)] = best = _step(i, j)
        return best

    def _step(i: int, j: int) -> Alignment | None:
        if i == len(pa) and j == len(pb):
            return Alignment()
        options: list[Alignment] = []
        if i < len(pa) and j < len(pb):
            (ta, ia), (tb, ib) = pa[i], pb[j]
            rest = go(i + 1, j + 1)
            if rest is not None:
                if not ia and not ib:
                    if ta == tb:
                        options.append(replace(rest, exact=rest.exact + 1))
                    elif rest.fuzzy == 0 and (sim := _similar(ta, tb)):
                        options.append(replace(rest, fuzzy=1, similarity=sim))
                elif ta[0] == tb[0]:
                    options.append(replace(rest, initials=rest.initials + 1))
        # an initial written on one side only
        for ni, nj, skipped, side in ((i + 1, j, i < len(pa) and pa[i][1], 1), (i, j + 1, j < len(pb) and pb[j][1], 2)):
            if skipped and (rest := go(ni, nj)) is not None and (rest.sides | side) != 3:
                options.append(replace(rest, skipped=rest.skipped + 1, sides=rest.sides | side))
        return max(options, key=rank) if options else None

    return go(0, 0)


@lru_cache(maxsize=1)
def _dropped_given_names() -> frozenset[str]:
    """Given names that writers leave out before the rest of a name (``Muhammad``),
    in the folded spelling of ``name_variants.tsv``."""
    variants = name_variants()
    return frozenset(variants.get(w.lower(), w.lower()) for w in words("dropped_given_names.txt"))


@lru_cache(maxsize=262144)
def name_relation(a: str, b: str) -> tuple[str, float] | None:
    """How two names can be one person's, with the name part of the score.

    ``same`` (1.0): the same full tokens; ``initials`` (1.0): the same two or
    more full tokens, initials added or spelt out; ``spelling`` (0.8): one
    full token a spelling variant, the rest the same; ``single`` (0.6): one
    side is a single given name (with initials at most) found in the other.
    Only the first two are enough by themselves.

    >>> name_relation("S. Joko Prasetyo", "Joko Prasetyo")
    ('initials', 1.0)
    >>> name_relation("Agus Wibowo", "Eko Wibowo") is None
    True
    """
    fa, fb = full_tokens(a), full_tokens(b)
    if not fa or not fb:
        return None
    longer, shorter = (fa, fb) if len(fa) > len(fb) else (fb, fa)
    if len(shorter) >= 2 and longer[0] in _dropped_given_names() and longer[1:] == shorter:
        return "initials", 1.0  # "Muhammad Tito Karnavian" is often written without it, as "M. Tito Karnavian" is
    if len(fa) == 1 or len(fb) == 1:
        one, other = (fa, fb) if len(fa) == 1 else (fb, fa)
        if len(other) >= 2 and one[0] in (other[0], other[-1]):
            return "single", 0.6
        if one == other and len(name_parts(a)) != len(name_parts(b)):
            return "single", 0.6  # a suffix initial: "Ahmad AS" and "Ahmad"
        return None
    if fa[0] != fb[0] and fa[-1] != fb[-1]:
        return None  # at most one token may differ, so the first or the last agrees
    pa, pb = name_parts(a), name_parts(b)
    if fa == fb and len(fa) == len(pa) == len(pb):
        return "same", 1.0
    # a cheap necessary condition before aligning: each full token missing on
    # the other side needs an initial there, or is the one spelling variant
    da, db = [t for t in fa if t not in fb], [t for t in fb if t not in fa]
    ea, eb = len(da) - (len(pb) - len(fb)), len(db) - (len(pa) - len(fa))
    if ea > 1 or eb > 1 or (ea == 1) != (eb == 1):
        return None
    if ea == 1 and not any(_similar(x, y) for x in da for y in db):
        return None
    al = align(a, b)
    if al is None or al.exact + al.fuzzy < 2:
        return None
    if al.fuzzy:
        return ("spelling", 0.8) if al.exact >= 1 else None
    if al.initials or al.skipped:
        return "initials", 1.0
    return "same", 1.0

# -- persons over the whole graph ----------------------------------------------

@dataclass
class PersonRecord:
    """A Person node (one identity so far) with what identifies it."""
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    ranks: frozenset[str] = frozenset()
    services: frozenset[str] = frozenset()
    offices: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # position -> first, last seen
    merged_ids: tuple[str, ...] = ()

    @cached_property
    def names(self) -> list[str]:
        """The name, and the aliases that can be a form of it. An alias that
        cannot (``Dr. Alex Reynold`` on a ``Yahya``: the extractor's slip) is
        not used to match: it would join two people through a third."""
        return [self.name, *(a for a in self.aliases
                             if a != self.name and (name_relation(a, self.name) or is_short_form(a, self.name)))]

    @cached_property
    def is_single(self) -> bool:
        """Known by one given name only (with initials at most)."""
        return all(len(full_tokens(n)) <= 1 for n in self.names)

    @cached_property
    def rank_words(self) -> frozenset[str]:
        return frozenset(_rank_base(r) for r in self.ranks)

    def quality(self) -> tuple:
        """Which record names a cluster: a full name before a single one, then
        the most full tokens in its base id (``budi-rahmat-santoso`` before
        ``budi-r-santoso``), then the smallest id. It reads the id, which a
        later load never changes, so the choice does not depend on load order."""
        tokens = self.id.split(":", 1)[-1].split("-")
        junk = sum(t in _not_name_words() for t in tokens)  # "jenderal-listyo-sigit-prabowo" loses to the name
        return (self.is_single, -sum(len(t) > 1 for t in tokens) + junk, junk, -len(tokens), self.id)


@lru_cache(maxsize=1024)
def _service(rank: str) -> str | None:
    r = lexicon().rank(rank)
    return r.service if r else None


def record_of(m: Mention, record_id: str | None = None) -> PersonRecord:
    """The record of one mention (for tests and benchmarks)."""
    office = {m.office: (m.date, m.date)} if m.office else {}
    service = _service(m.rank) if m.rank else None
    return PersonRecord(record_id or f"{m.name}|{m.rank}|{m.office}|{m.article}", m.name, (),
                        frozenset([m.rank] if m.rank else []), frozenset([service] if service else []), office)


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((Date.fromisoformat(a[:10]) - Date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return None


def _near(x: tuple[str | None, str | None], y: tuple[str | None, str | None],
          window: int = OFFICE_WINDOW_DAYS) -> bool:
    """Two sightings spans are near in time (within ``window`` days; undated: near)."""
    (f1, l1), (f2, l2) = x, y
    if not (f1 or l1) or not (f2 or l2):
        return True
    # the intervals [f1, l1] and [f2, l2], widened by the window, overlap
    gap = max(_days_signed(l1 or f1, f2 or l2), _days_signed(l2 or f2, f1 or l1))
    return gap <= window


def _days_signed(earlier_end: str | None, later_start: str | None) -> int:
    try:
        return (Date.fromisoformat(later_start[:10]) - Date.fromisoformat(earlier_end[:10])).days  # type: ignore[index]
    except (TypeError, ValueError):
        return 0


def _rank_base(rank: str) -> str:
    return rank.split()[0]


def services_conflict(a: PersonRecord, b: PersonRecord) -> bool:
    """Ranks of different services (police and military): two people. Except
    the same rank word in the same office near in time: ``Brigjen`` written
    without ``Pol`` is read as the army's, and the office says which it is."""
    if not a.services or not b.services or a.services & b.services:
        return False
    return not (a.rank_words & b.rank_words
                and any(o in b.offices and _near(a.offices[o], b.offices[o]) for o in a.offices))


def office_conflict(a: PersonRecord, b: PersonRecord) -> bool:
    """Both seen in office, in no office in common, and at the same time
    (within :data:`CONFLICT_DAYS`): two people (Budi Santoso, Kapolres Bima
    Kota, and Budi R. Santoso, Kapolres Sikka, the same week)."""
    if not a.offices or not b.offices or a.offices.keys() & b.offices.keys():
        return False
    return any(_near(x, y, CONFLICT_DAYS) for x in a.offices.values() for y in b.offices.values())


@dataclass(frozen=True)
class Match:
    rule: str
    score: float
    why: str


def score_pair(a: PersonRecord, b: PersonRecord, strict: bool = True) -> Match | None:
    """Score two records as one person; None when something rules it out.

    Name part (see :func:`name_relation`) plus context: the same office seen
    near in time +0.3, the same rank +0.1 (+0.2 with three or more name
    tokens, where a one-letter slip is the likelier story). Ruled out: ranks
    of different services (police and military), different offices held at
    the same time (:func:`office_conflict`), and for a spelling variant or a
    single name, different ranks. With ``strict`` off, a pair that lacks
    the context (or has different ranks) is still scored, for review."""
    if services_conflict(a, b):
        return None
    relation = None
    for na in a.names:
        for nb in b.names:
            rel = name_relation(na, nb)
            if rel and (relation is None or rel[1] > relation[1]):
                relation = (rel[0], rel[1], na, nb)
    if relation is None or office_conflict(a, b):
        return None
    rule, score, na, nb = relation
    if rule == "single" and not a.is_single and not b.is_single:
        return None
    if rule in ("same", "initials") and any(n != r.name and len(full_tokens(n)) < len(full_tokens(r.name))
                                           for n, r in ((na, a), (nb, b))):
        # through a short form the article used ("Benny Arief" for Benny Miniani Arief): as weak as a spelling
        rule, score = "short form", 0.7
    context = []
    shared = [o for o in a.offices if o in b.offices and _near(a.offices[o], b.offices[o])]
    if shared:
        score += 0.3
        context.append(f"office {sorted(shared)[0]}")
    ranks_conflict = bool(a.ranks and b.ranks and not (a.rank_words & b.rank_words))
    if rule in ("spelling", "single"):
        if ranks_conflict and strict:
            return None
        if a.ranks & b.ranks or not (a.ranks and b.ranks) or (rule == "single" and a.rank_words & b.rank_words):
            score += 0.1  # for a given name in its office, the rank word is enough (Brigjen: police or army)
            if a.ranks & b.ranks:
                context.append(f"rank {sorted(a.ranks & b.ranks)[0]}")
                if rule == "spelling" and min(len(full_tokens(na)), len(full_tokens(nb))) >= 3:
                    score += 0.1
    if rule == "single" and not shared and strict:
        return None  # a bare given name joins only through the office it holds at that date
    why = f"{rule}: '{na}' ~ '{nb}'" + (f", {', '.join(context)}" if context else "")
    return Match(rule, round(min(score, 1.0), 2), why)


def candidate_pairs(records: list[PersonRecord], largest_block: int = 500) -> set[tuple[int, int]]:
    """Pairs worth scoring (blocking), each kind of block for one rule:

    - ``f``: the same full tokens (initials may differ): the same name, or initials;
      a name that begins with a given name writers leave out (``Muhammad``) is
      in the block of the rest of it too;
    - ``q``: a name with initials against a longer name with one full token
      left out (``Budi R. Santoso`` / ``Budi Rahmat Santoso``);
    - ``s``: the same full tokens but one, of which only the first letter is
      kept (a spelling variant: ``Choiruddin``/``Choiduddin Wachid``);
    - ``o``: a single given name against the names seen in its office.

    A record goes into a few blocks and blocks stay small, so the work grows
    with the number of records, not its square; a block larger than
    ``largest_block`` (a name as common as a word) is skipped."""
    blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, r in enumerate(records):
        keys: set[tuple[str, str]] = set()
        for name in r.names:
            full = full_tokens(name)
            if len(full) < 2:
                continue
            keys.add(("f:" + "|".join(full), "*"))
            if len(full) >= 3 and full[0] in _dropped_given_names():
                keys.add(("f:" + "|".join(full[1:]), "*"))  # "Muhammad Tito Karnavian" meets "Tito Karnavian"
            if len(full) < len(name_parts(name)):
                keys.add(("q:" + "|".join(full), "Q"))
            if len(full) >= 3:
                keys.update(("q:" + "|".join(full[:k] + full[k + 1:]), "D") for k in range(len(full)))
            keys.update(("s:" + "|".join(full[:k] + (full[k][0] + "~",) + full[k + 1:]), "*") for k in range(len(full)))
        role = "S" if r.is_single else "F"
        keys.update((f"o:{office}", role) for office in r.offices)
        for key, role in keys:
            blocks[key].append((i, role))
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2 or len(members) > largest_block:
            continue
        for x in range(len(members)):
            i, ri = members[x]
            for y in range(x + 1, len(members)):
                j, rj = members[y]
                if i == j or (key[0] == "q" and ri == rj) or (key[0] == "o" and ri == rj == "F"):
                    continue  # q: only a shortened name against initials; o: only pairs with a single name
                pairs.add((i, j) if i < j else (j, i))
    return pairs


class _Clusters:
    """Union-find over record indexes, refusing a union that would put two
    incompatible full names (or two services) in one person."""

    def __init__(self, records: list[PersonRecord]):
        self.records = records
        self.parent = list(range(len(records)))
        self.members = {i: [i] for i in range(len(records))}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def compatible(self, x: int, y: int) -> bool:
        for i in self.members[x]:
            for j in self.members[y]:
                a, b = self.records[i], self.records[j]
                if services_conflict(a, b) or office_conflict(a, b):
                    return False
                if a.is_single or b.is_single:
                    continue
                if not any(name_relation(na, nb) for na in a.names for nb in b.names):
                    return False
        return True

    def union(self, i: int, j: int, checked: bool = True) -> bool:
        x, y = self.find(i), self.find(j)
        if x == y:
            return True
        if checked and not self.compatible(x, y):
            return False
        x, y = min(x, y), max(x, y)
        self.parent[y] = x
        self.members[x].extend(self.members.pop(y))
        return True


@dataclass
class Cluster:
    target: str                      # the id the merged node keeps
    members: list[str]               # every record id joined (target included)
    reasons: list[str]
    merged_ids: list[str]            # base ids absorbed, ever


def cluster_persons(records: list[PersonRecord], keep_apart: Iterable[tuple[str, str]] = (),
                    force: Iterable[tuple[str, str]] = ()) -> list[Cluster]:
    """Group person records into real persons (only groups of two or more).

    Full and initialled names are joined first; a single given name joins
    last, and only when it fits exactly one person. Pairs are taken in a
    fixed order (score, then ids), so the result is a function of the set of
    records, whatever order they were loaded in. ``keep_apart`` and ``force``
    are the analyst's judgements (pairs of ids)."""
    with _collector_paused():
        return _cluster_persons(records, keep_apart, force)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Clustering makes hundreds of thousands of small acyclic objects (pairs,
    scores); Python's cyclic collector would traverse them again and again
    (half the time at 100k mentions). Nothing here makes cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cluster_persons(records: list[PersonRecord], keep_apart: Iterable[tuple[str, str]],
                     force: Iterable[tuple[str, str]]) -> list[Cluster]:
    records = sorted(records, key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(records)}
    for r in records:
        for old in r.merged_ids:
            index.setdefault(old, index[r.id])
    apart = {frozenset((index[a], index[b])) for a, b in keep_apart if a in index and b in index}
    scored: list[tuple[float, str, str, int, int, Match]] = []
    for i, j in candidate_pairs(records):
        if frozenset((i, j)) in apart:
            continue
        m = score_pair(records[i], records[j])
        if m is not None and m.score >= THRESHOLD:
            scored.append((-m.score, records[i].id, records[j].id, i, j, m))
    scored.sort(key=lambda s: s[:3])
    uf = _Clusters(records)
    reasons: dict[int, list[str]] = defaultdict(list)
    for a, b in force:
        if a in index and b in index and uf.union(index[a], index[b], checked=False):  # the analyst decides
            reasons[index[a]].append(f"analyst: merge {a} {b}")
    for r in records:  # an identity merged before and written again by a later article rejoins its person
        for old in r.merged_ids:
            i = _position(records, old)
            if i is not None and i != index[r.id] and not _apart(uf, apart, i, index[r.id]) \
                    and uf.union(i, index[r.id], checked=False):
                reasons[index[r.id]].append(f"merged before: {old}")
    to_full: dict[int, list[tuple[int, Match]]] = defaultdict(list)    # a given name -> full names
    to_single: dict[int, list[tuple[int, Match]]] = defaultdict(list)  # a given name -> the same with initials
    for _, _, _, i, j, m in scored:
        if m.rule == "single":
            if records[i].is_single and records[j].is_single:
                to_single[i].append((j, m))
                to_single[j].append((i, m))
            else:
                one, other = (i, j) if records[i].is_single else (j, i)
                to_full[one].append((other, m))
            continue
        if _apart(uf, apart, i, j):
            continue
        if uf.union(i, j):
            reasons[i].append(f"{m.why} (score {m.score}) joins {records[i].id} and {records[j].id}")
    # given names last, each only when it fits exactly one person: first to full names, then to each other
    for links in (to_full, to_single):
        for one in sorted(links):
            if links is to_single and one in to_full:
                continue  # it had full names to choose from
            targets = {uf.find(other) for other, _ in links[one]}
            if len(targets) != 1:
                continue  # the given name fits several persons: leave it alone
            other, m = links[one][0]
            if not _apart(uf, apart, one, other) and uf.union(one, other):
                reasons[one].append(f"{m.why} (score {m.score}) joins {records[one].id} and {records[other].id}")
    out = []
    for root, members in uf.members.items():
        if len(members) < 2:
            continue
        member_records = [records[i] for i in members]
        target = min(member_records, key=PersonRecord.quality)
        why = [w for i in sorted(members) for w in reasons.get(i, [])]
        merged = sorted({x for r in member_records for x in (r.id, *r.merged_ids)} - {target.id})
        out.append(Cluster(target.id, sorted(r.id for r in member_records), why, merged))
    return sorted(out, key=lambda c: c.target)


def near_misses(records: list[PersonRecord], limit: int = 50) -> list[dict[str, Any]]:
    """Pairs of persons that may be one but were not merged, best first: the
    same blocks as the merging, scored without requiring the context."""
    records = sorted(records, key=lambda r: r.id)
    out = []
    with _collector_paused():
        for i, j in candidate_pairs(records):
            a, b = records[i], records[j]
            m = score_pair(a, b, strict=False)
            if m is None or m.score >= THRESHOLD and score_pair(a, b) is not None:
                continue  # ruled out, or merged already (and so not two nodes)
            out.append({"a": a.id, "name_a": a.name, "b": b.id, "name_b": b.name, "score": m.score,
                        "rule": m.rule, "why": m.why})
    out.sort(key=lambda r: (-r["score"], r["a"], r["b"]))
    return out[:limit]


def _position(records: list[PersonRecord], record_id: str) -> int | None:
    """Index of the record with this id in the id-sorted list, or None."""
    i = bisect_left(records, record_id, key=lambda r: r.id)
    return i if i < len(records) and records[i].id == record_id else None


def _apart(uf: _Clusters, apart: set[frozenset[int]], i: int, j: int) -> bool:
    """Would joining i and j put a kept-apart pair in one person?"""
    if not apart:
        return False
    x, y = uf.find(i), uf.find(j)
    return any(frozenset((p, q)) in apart for p in uf.members[x] for q in uf.members[y])


def same_person(a: Mention, b: Mention) -> bool:
    """Are two mentions one person (the same base key, or a scored match)?"""
    if person_key(a)[0] == person_key(b)[0]:
        return True
    m = score_pair(record_of(a, "a"), record_of(b, "b"))
    return m is not None and m.score >= THRESHOLD


# -- one article -----------------------------------------------------------------

def person_key(m: Mention) -> tuple[str, str]:
    """The base identity of a person mention and the reason for it.

    A full name (two or more tokens) is the key; a single name only identifies a
    person together with the office and rank it was seen with. The whole-graph
    stage may later join several base identities into one person."""
    tokens = normal_name(m.name)
    if len(tokens) >= 2:
        return " ".join(tokens), f"full name '{' '.join(tokens)}'"
    if m.office:
        return f"{tokens[0] if tokens else ''} @{m.office} {m.rank or ''}".strip(), \
            f"single name '{m.name}' with office {m.office} and rank {m.rank or 'none'}"
    return f"{tokens[0] if tokens else ''} @{m.article}", f"single name '{m.name}', kept within its article"


def _short_forms(graph: ArticleGraph) -> dict[str, str]:
    """Single-name persons of the article that are a full-name person written
    short (``Brigjen Awi`` after ``Brigjen Pol. Awi Setiyono``): the single
    name is the first or last token of exactly one full name, and their ranks
    are the same rank word (``BRIGJEN``), whatever service each was read with."""
    ranks: dict[str, set[str]] = defaultdict(set)
    for r in graph.rels("HAS_RANK"):
        ranks[r.start].add(graph.nodes[r.end].name)
    persons = graph.by_label("Person")
    full = [p for p in persons if len(full_tokens(p.name)) >= 2]
    out = {}
    for p in persons:
        tokens = full_tokens(p.name)
        if len(tokens) != 1 or not ranks.get(p.id):
            continue
        fits = [f for f in full if tokens[0] in (full_tokens(f.name)[0], full_tokens(f.name)[-1])]
        if len(fits) == 1 and ({_rank_base(r) for r in ranks[p.id]} & {_rank_base(r) for r in ranks.get(fits[0].id, ())}):
            out[p.id] = fits[0].id
    return out


def _fold_short_forms(graph: ArticleGraph) -> None:
    """Move each short form's facts to its full person; its own rank (read
    without the service, so maybe the wrong one) is dropped."""
    short = _short_forms(graph)
    if not short:
        return
    for sid, fid in short.items():
        graph.nodes[fid].merge({"aliases": [graph.nodes[sid].name]})
        del graph.nodes[sid]
    rels = {}
    for rel in graph.relationships.values():
        if rel.start in short and rel.type == "HAS_RANK":
            continue
        rel.start, rel.end = short.get(rel.start, rel.start), short.get(rel.end, rel.end)
        if rel.type == "REPRESENTED" and rel.start == rel.end:
            continue
        existing = rels.get(rel.key)
        if existing is None:
            rels[rel.key] = rel
        else:
            for k in ("sources", "evidence"):
                existing.properties[k] = list(dict.fromkeys(existing.properties.get(k, []) + rel.properties.get(k, [])))
    graph.relationships = rels


def _remap(graph: ArticleGraph, remap: dict[str, str]) -> None:
    nodes = {}
    for node in graph.nodes.values():
        node.id = remap.get(node.id, node.id)
        if node.id in nodes:
            nodes[node.id].merge(node.properties)
        else:
            nodes[node.id] = node
    graph.nodes = nodes
    rels = {}
    for rel in graph.relationships.values():
        rel.start = remap.get(rel.start, rel.start)
        rel.end = remap.get(rel.end, rel.end)
        if "meeting" in rel.properties:
            rel.properties["meeting"] = remap.get(rel.properties["meeting"], rel.properties["meeting"])
        rels[rel.key] = rel
    graph.relationships = rels


def resolve(graph: ArticleGraph) -> ArticleGraph:
    """Give the article's persons their base identities, fold short forms into
    full names, place region-less bodies and add implied unit parents."""
    _fold_short_forms(graph)
    remap: dict[str, str] = {}
    for person in graph.by_label("Person"):
        held = [r.end for r in graph.rels("HOLDS_POSITION") if r.start == person.id and r.properties.get("status") != "former"]
        ranks = sorted(graph.nodes[r.end].name for r in graph.rels("HAS_RANK") if r.start == person.id)
        key, reason = person_key(Mention(person.name, ranks[0] if ranks else None, sorted(held)[0] if held else None,
                                         graph.article_id))
        person.properties["merge_reason"] = [reason]
        new_id = make_id("Person", key)
        if new_id != person.id:
            remap[person.id] = new_id
    units = _place_bodies(graph) | _code_kodims(graph)
    remap.update(units)
    remap.update(_rehome_offices(graph, units))
    remap.update(_place_offices(graph))
    if remap:
        _remap(graph, remap)
    add_hierarchy(graph)
    return graph


def _article_place(graph: ArticleGraph) -> tuple[str | None, str | None]:
    """The place the article is about, as (regency or city, province short form): the
    places its units name when they all lie in one province, with the regency when
    they name one. (None, None) when they name places of several provinces or none."""
    lex = lexicon()
    places = [lex.region(u.properties["region"]) for u in graph.by_label("Unit") if u.properties.get("region")]
    places = [p for p in places if p is not None]
    provinces = {p.province for p in places}
    if len(provinces) != 1:
        return None, None
    regencies = {p.name for p in places if p.kind == "regency"}
    return (next(iter(regencies)) if len(regencies) == 1 else None), lex.provinces[next(iter(provinces))].short


def _place_bodies(graph: ArticleGraph) -> dict[str, str]:
    """A body that takes a place but was written without one (``Bawaslu``,
    ``KPU``) is the body of the place the article is about: its one regency,
    or its one province. When the article names places of several provinces
    it stays as written. Without this, one ``Bawaslu`` node would collect the
    meetings of every province."""
    lex = lexicon()
    bare = [u for u in graph.by_label("Unit") if not u.properties.get("region") and not u.properties.get("code")
            and (kind := lex.unit_kinds.get(u.properties.get("kind", ""))) is not None and kind.place == "optional"]
    if not bare:
        return {}
    regency, province = _article_place(graph)
    if province is None:
        return {}
    remap = {}
    for u in bare:
        ref = make_unit(lex, lex.unit_kinds[u.properties["kind"]], regency or province)
        if ref.id == u.id:
            continue
        remap[u.id] = ref.id
        u.properties = {"name": ref.name, "aliases": ref.aliases, "kind": ref.kind, "service": ref.service,
                        "region": ref.region}
    return remap


# "Babinsa Kelurahan Pandau Hilir", "Camat Kecamatan Oebobo": an office of a named local area
LOCAL_AREA = re.compile(r"\b(?:Kelurahan|Kel|Desa|Kecamatan|Kec|Distrik|Kampung|Nagari|Gampong)\.?\s+[A-Z]")


def _names_a_place(name: str) -> bool:
    """Whether an office's name names a place: a province, regency or city (``Kadishub
    Garut``) or a named local area."""
    lex = lexicon()
    if LOCAL_AREA.search(name):
        return True
    tokens = name.split()
    return any(lex.region(" ".join(tokens[i:j])) is not None and squash(" ".join(tokens[i:j])) not in lex.ambiguous_places
               for i in range(len(tokens)) for j in range(i + 1, min(len(tokens), i + 3) + 1))


def _place_offices(graph: ArticleGraph) -> dict[str, str]:
    """An office written without its unit or place (``Kapolda``, ``Sekda``, ``Kabag
    Ops``) is one of the place the article is about when its title names a unit
    kind that this place completes (``Kapolda`` -> the Polda of the article's
    province, ``Dandim`` -> the Kodim of its regency); otherwise it stays within
    its article. Left as written, one ``Sekda`` node would be every regency's
    secretary, and link strangers through it."""
    lex = lexicon()
    has_unit = {r.start for r in graph.rels("OF")}
    bare = [o for o in graph.by_label("Position") if o.id not in has_unit and o.properties.get("title")
            and squash(o.properties["title"]) not in lexicon().national_titles and not _names_a_place(o.name)]
    if not bare:
        return {}
    regency, province = _article_place(graph)
    remap = {}
    for office in bare:
        title = lex.title(office.properties["title"])
        kind = lex.unit_kind(title.unit) if title and title.unit else None
        if title and title.unit == "Pemerintah":  # Sekda: the government of the place
            kind = lex.unit_kinds["pemda"]
        place = _office_place(kind, regency, province)
        if place is None:
            remap[office.id] = make_id("Position", f"{office.name} @{graph.article_id}")
            continue
        unit = make_unit(lex, kind, place)
        graph.add_rel("OF", office.id, add_unit(graph, unit))
        remap[office.id] = f"position:{slug(office.properties['title'])}-{unit.id.split(':', 1)[1]}"
        office.properties["aliases"] = list(dict.fromkeys([*office.properties.get("aliases", []), office.name]))
        office.properties["name"] = _office_name(office.properties["title"], unit.name)
    return remap


def _office_place(kind: Any, regency: str | None, province: str | None) -> str | None:
    """The article's place that completes a unit of this kind: a province for a Polda, a regency
    for a Polres or a Kodim, either for a government or a body that may take one; none for a Polsek
    or a Koramil, whose district a regency does not give."""
    if kind is None:
        return None
    if kind.kind == "kodim":
        return regency
    if kind.kind == "pemda":
        return regency or province
    return {"province": province, "region": regency, "optional": regency or province}.get(kind.place)


def _office_name(title: str, unit_name: str) -> str:
    """``Kapolda`` of ``Polda NTT`` is ``Kapolda NTT``; ``Kabag Ops`` of ``Polres Belu`` is
    ``Kabag Ops Polres Belu``: a title that names its unit kind drops it from the unit's name."""
    known = lexicon().title(title)
    implied = known.unit if known and known.unit else None
    if implied and unit_name.lower().startswith(implied.lower() + " "):
        unit_name = unit_name[len(implied) + 1:]
    return f"{title} {unit_name}"


def _kodims_by_place() -> dict[str, str]:
    """Kodim codes by the regency they are named after (territorial.tsv)."""
    lex = lexicon()
    out = {}
    for (kind, code), _ in _territorial().items():
        name = _territorial_names()[(kind, code)]
        region = lex.region(name)
        if kind == "kodim" and region is not None:
            out[region.name] = code
    return out


@lru_cache(maxsize=1)
def _territorial_names() -> dict[tuple[str, str], str]:
    return {(kind, code): name for kind, code, name, *_ in rows("territorial.tsv")}


def _code_kodims(graph: ArticleGraph) -> dict[str, str]:
    """A Kodim written by its place (``Kodim Belu``) is the Kodim of that code
    (``Kodim 1605/Belu``), when territorial.tsv knows it: one unit, not two."""
    lex = lexicon()
    remap = {}
    for u in graph.by_label("Unit"):
        if u.properties.get("kind") != "kodim" or u.properties.get("code") or not u.properties.get("region"):
            continue
        region = lex.region(u.properties["region"])
        code = _kodims_by_place().get(region.name) if region is not None else None
        if code is None:
            continue
        ref = make_unit(lex, lex.unit_kinds["kodim"], u.properties["region"], code)
        remap[u.id] = ref.id
        u.properties = {"name": ref.name, "aliases": list(dict.fromkeys(ref.aliases + [u.name])), "kind": ref.kind,
                        "service": ref.service, "code": ref.code}
    return remap


def _rehome_offices(graph: ArticleGraph, remap: dict[str, str]) -> dict[str, str]:
    """The offices of a unit given another id are that unit's offices."""
    out = {}
    # the offices of a placed body are that place's offices ("Ketua Bawaslu" -> "Ketua Bawaslu Kabupaten Sikka"),
    # with the id the extractor gives an office written with its place
    for rel in graph.rels("OF"):
        office = graph.nodes.get(rel.start)
        if rel.end not in remap or office is None or not office.properties.get("title"):
            continue
        title = office.properties["title"]
        unit = graph.nodes[rel.end]
        known = lexicon().title(title)
        implied = known.unit if known and known.unit else None  # Dandim names its Kodim: "Dandim 1605/Belu"
        out[office.id] = f"position:{slug(title)}-{remap[rel.end].split(':', 1)[1]}"
        written = office.name if office.properties.get("region") or implied else None
        office.properties["aliases"] = list(dict.fromkeys(
            [_office_name(title, a) for a in unit.properties.get("aliases", [])] + ([written] if written else [])))
        office.properties["name"] = _office_name(title, unit.name)
    return out


@lru_cache(maxsize=1)
def _territorial() -> dict[tuple[str, str], tuple[str, str, str]]:
    """(kind, code) -> (parent kind, parent code, parent name), from territorial.tsv."""
    return {(kind, code): (pkind, pcode, pname) for kind, code, _, pkind, pcode, pname in rows("territorial.tsv")}


def _parent_of(unit: Node) -> tuple[Any, str] | None:
    """The unit that a unit's name or code says it is part of, and why."""
    lex = lexicon()
    kind, code, region = unit.properties.get("kind"), unit.properties.get("code"), unit.properties.get("region")
    if kind == "koramil" and code and "/" in code:
        return make_unit(lex, lex.unit_kinds["kodim"], None, code.split("/")[0]), f"code {code}"
    if kind in ("kodim", "korem") and code and (kind, code) in _territorial():
        pkind, pcode, pname = _territorial()[(kind, code)]
        return (make_unit(lex, lex.unit_kinds[pkind], None, pcode, cname=pname),
                f"{unit.properties.get('name')} is in {lex.unit_kinds[pkind].short} {pcode}/{pname} (territorial.tsv)")
    if kind in ("polres", "polresta", "polrestabes") and region:
        place = lex.region(region)
        if place is not None:
            return make_unit(lex, lex.unit_kinds["polda"], lex.provinces[place.province].short), \
                f"{region} lies in {place.province}"
    return None


def add_hierarchy(graph: ArticleGraph) -> None:
    """PART_OF edges that unit names and codes imply, up the whole chain
    (Koramil -> Kodim -> Korem -> Kodam)."""
    todo = list(graph.by_label("Unit"))
    seen = {u.id for u in todo}
    while todo:
        unit = todo.pop()
        found = _parent_of(unit)
        if found is None:
            continue
        parent, reason = found
        if parent.id == unit.id:
            continue
        node = graph.nodes[add_unit(graph, parent)]
        graph.add_rel("PART_OF", unit.id, parent.id, f"implied by {reason}", implied=True)
        if parent.id not in seen:
            seen.add(parent.id)
            todo.append(node)


# -- meetings across outlets -------------------------------------------------------

@dataclass
class MeetingRecord:
    """A Meeting node with what tells two reports of one meeting apart."""
    id: str
    date: str | None
    kind: str = ""
    venue: str = ""
    hosts: frozenset[str] = frozenset()      # units that organised it, and the unit its id is anchored on
    places: frozenset[str] = frozenset()     # regions and provinces of those units
    persons: frozenset[str] = frozenset()    # persons who attended
    others: frozenset[str] = frozenset()     # offices and units that attended
    articles: frozenset[str] = frozenset()
    merged_ids: tuple[str, ...] = ()


def score_meetings(a: MeetingRecord, b: MeetingRecord) -> Match | None:
    """Score two meetings as one, reported twice; None when ruled out.

    Required: dates at most a day apart (a day apart only with a similar
    venue), no article in common (one article's meetings are different
    meetings) and at least one person attending both.
    Parts: shared persons (0.4 for one, 0.6 for two, 0.8 for more), the same date
    0.2, the same host 0.3 (same regency 0.2, same province 0.1), a similar
    venue 0.3, the same kind 0.1 (another kind -0.1). Offices and units that
    attend are not counted: the host's units attend all its events."""
    days = _days(a.date, b.date)
    if days is None or days > MEETING_DAYS or a.articles & b.articles:
        return None
    persons = len(a.persons & b.persons)
    if not persons:
        return None
    why = [f"{persons} attendee(s) in common"]
    score = 0.8 if persons >= 3 else 0.6 if persons == 2 else 0.4
    if days == 0:
        score += 0.2
        why.append("same date")
    else:
        why.append("a day apart")
    if a.hosts & b.hosts:
        score += 0.3
        why.append(f"host {sorted(a.hosts & b.hosts)[0]}")
    elif {p for p in a.places if not p.startswith("province:")} & {p for p in b.places if not p.startswith("province:")}:
        score += 0.2
        why.append("hosts of one regency")
    elif a.places & b.places:
        score += 0.1
        why.append("hosts of one province")
    venue = _same_venue(a.venue, b.venue)
    if venue:
        score += 0.3
        why.append("similar venue")
    elif days:
        return None  # the same people meet on consecutive days: a late report must also name the same place
    if a.kind and a.kind == b.kind:
        score += 0.1
    elif a.kind and b.kind:
        score -= 0.1  # a rakor and an apel of the same host that day are two events unless more agrees
        why.append(f"{a.kind} / {b.kind}")
    return Match("meeting", round(min(score, 1.0), 2), ", ".join(why))


def _same_venue(a: str, b: str) -> bool:
    """Two venues written alike: every word of the shorter in the longer, or
    nearly so (``Aula Polres Sikka`` / ``Aula Polres Sikka pada Selasa``; not
    ``Lapangan Polres Sikka``)."""
    if not a or not b or min(len(a.split()), len(b.split())) < 2:
        return False
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= 90


def cluster_meetings(records: list[MeetingRecord]) -> list[Cluster]:
    """Group meetings that are one meeting reported by several articles.

    Candidates share an attendee within a day; a group never holds two
    meetings of one article nor dates more than a day apart. The merged node
    keeps the smallest id."""
    records = sorted(records, key=lambda r: r.id)
    # blocks: a person on a day; a meeting is compared with those of its day and the next days
    # (a person who attends hundreds of meetings a year is never compared across the year)
    by_person_day: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        try:
            day = Date.fromisoformat((r.date or "")[:10]).toordinal()
        except ValueError:
            continue
        for p in r.persons:
            by_person_day[(p, day)].append(i)
    pairs: set[tuple[int, int]] = set()
    for (person, day), members in by_person_day.items():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                pairs.add((min(i, j), max(i, j)))
            for later in range(1, MEETING_DAYS + 1):
                for j in by_person_day.get((person, day + later), ()):
                    pairs.add((min(i, j), max(i, j)))
    scored = []
    for i, j in pairs:
        m = score_meetings(records[i], records[j])
        if m is not None and m.score >= THRESHOLD:
            scored.append((-m.score, records[i].id, records[j].id, i, j, m))
    scored.sort(key=lambda s: s[:3])
    parent = list(range(len(records)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(records))}
    reasons: dict[int, list[str]] = defaultdict(list)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, _, _, i, j, m in scored:
        x, y = find(i), find(j)
        if x == y:
            continue
        group = [records[k] for k in members[x] + members[y]]
        dates = sorted(r.date for r in group if r.date)
        articles = [a for r in group for a in r.articles]
        if _days(dates[0], dates[-1]) > MEETING_DAYS or len(articles) != len(set(articles)):
            continue
        x, y = min(x, y), max(x, y)
        parent[y] = x
        members[x].extend(members.pop(y))
        reasons[x].append(f"{m.why} (score {m.score}) joins {records[i].id} and {records[j].id}")
    out = []
    for root, group in members.items():
        if len(group) < 2:
            continue
        ids = sorted(records[k].id for k in group)
        merged = sorted({x for k in group for x in (records[k].id, *records[k].merged_ids)} - {ids[0]})
        out.append(Cluster(ids[0], ids, reasons.get(root, []), merged))
    return sorted(out, key=lambda c: c.target)


def meeting_records(store: Any) -> list[MeetingRecord]:
    """Every Meeting node with its date, host, place, attendees and articles."""
    lex = lexicon()
    units = {}
    for u in store.read("MATCH (u:Unit) RETURN u.id AS id, u.region AS region"):
        place = lex.region(u["region"]) if u["region"] else None
        places = set()
        if place is not None:
            places.add(f"province:{place.province}")
            if place.kind == "regency":
                places.add(f"regency:{place.name}")
        units[u["id"]] = places
    by_slug = {slug(uid): uid for uid in units}
    hosts: dict[str, set[str]] = defaultdict(set)
    for r in store.read("MATCH (u:Unit)-[:ORGANIZED]->(m:Meeting) RETURN u.id AS u, m.id AS m"):
        hosts[r["m"]].add(r["u"])
    persons: dict[str, set[str]] = defaultdict(set)
    others: dict[str, set[str]] = defaultdict(set)
    for r in store.read("MATCH (x)-[:ATTENDED]->(m:Meeting) RETURN x.id AS x, labels(x)[0] AS label, m.id AS m"):
        (persons if r["label"] == "Person" else others)[r["m"]].add(r["x"])
    articles: dict[str, set[str]] = defaultdict(set)
    for r in store.read("MATCH (m:Meeting)-[:MENTIONED_IN]->(a:Article) RETURN m.id AS m, a.id AS a"):
        articles[r["m"]].add(r["a"])
    out = []
    for m in store.read("MATCH (m:Meeting) RETURN m.id AS id, m.date AS date, m.kind AS kind, m.venue AS venue, "
                        "m.merged_ids AS merged"):
        own = set(hosts[m["id"]])
        # the id is date-kind-anchor unit: the unit the extractor took as host
        for mid in (m["id"], *(m["merged"] or ())):
            at = mid.find("-unit-")
            if at > 0 and mid[at + 1:] in by_slug:
                own.add(by_slug[mid[at + 1:]])
        places = frozenset(p for u in own for p in units.get(u, ()))
        out.append(MeetingRecord(m["id"], m["date"], m["kind"] or "", m["venue"] or "", frozenset(own), places,
                                 frozenset(persons[m["id"]]), frozenset(others[m["id"]]),
                                 frozenset(articles[m["id"]]), tuple(m["merged"] or ())))
    return out


# -- the whole graph, in the store ---------------------------------------------------

@dataclass
class ResolveReport:
    """What a whole-graph resolution did."""
    persons_merged: int = 0     # person nodes absorbed into others
    meetings_merged: int = 0
    clusters: list[Cluster] = field(default_factory=list)

    def summary(self) -> str:
        return f"resolved: {self.persons_merged} person and {self.meetings_merged} meeting nodes merged into others"


def person_records(store: Any) -> list[PersonRecord]:
    """Every Person node with its names, ranks and offices (first/last seen)."""
    persons = store.read("MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases, "
                         "p.merged_ids AS merged")
    ranks: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in store.read("MATCH (p:Person)-[:HAS_RANK]->(r:Rank) RETURN p.id AS id, r.name AS rank, r.service AS service"):
        ranks[r["id"]].add((r["rank"], r["service"] or _service(r["rank"]) or ""))
    offices: dict[str, dict[str, tuple[str | None, str | None]]] = defaultdict(dict)
    for r in store.read("MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Position) WHERE h.status <> 'former' "
                        "RETURN p.id AS id, o.id AS office, h.first_seen AS first, h.last_seen AS last"):
        old = offices[r["id"]].get(r["office"])
        first, last = r["first"], r["last"]
        if old:  # current and acting: one span
            first = min(x for x in (old[0], first) if x) if (old[0] or first) else None
            last = max(x for x in (old[1], last) if x) if (old[1] or last) else None
        offices[r["id"]][r["office"]] = (first, last)
    return [PersonRecord(p["id"], p["name"] or "", tuple(p["aliases"] or ()),
                         frozenset(r for r, _ in ranks[p["id"]]), frozenset(s for _, s in ranks[p["id"]] if s),
                         offices.get(p["id"], {}), tuple(p["merged"] or ()))
            for p in persons]


def merge_nodes(store: Any, label: str, groups: list[tuple[str, list[str], dict[str, Any]]], batch: int = 500) -> int:
    """Merge nodes in the store: each (target, sources, properties) moves every
    relationship of the sources to the target, folds their properties into it
    (the target's name stays; lists are unioned), sets ``properties`` and
    deletes the sources. The target is written before the sources are deleted,
    so a crash in between leaves duplicates that the next run merges again,
    never a loss. Returns the number of nodes deleted."""
    deleted = 0
    for start in range(0, len(groups), batch):
        part = groups[start:start + batch]
        remap = {s: t for t, sources, _ in part for s in sources if s != t}
        if not remap:
            continue
        ids = sorted(set(remap) | {t for t, _, _ in part})
        props = {r["id"]: r["p"] for r in store.read(f"MATCH (n:{label}) WHERE n.id IN $ids "
                                                     "RETURN n.id AS id, properties(n) AS p", {"ids": ids})}
        src = sorted(remap)
        rels = store.read(f"MATCH (n:{label})-[r]->(x) WHERE n.id IN $ids RETURN n.id AS s, '{label}' AS sl, "
                          "type(r) AS t, x.id AS e, labels(x)[0] AS el, properties(r) AS p", {"ids": src})
        rels += store.read(f"MATCH (x)-[r]->(n:{label}) WHERE n.id IN $ids RETURN x.id AS s, labels(x)[0] AS sl, "
                           f"type(r) AS t, n.id AS e, '{label}' AS el, properties(r) AS p", {"ids": src})
        keyed = []
        if label == "Meeting":  # REPRESENTED edges name their meeting in a key property
            keyed = store.read("MATCH (a)-[r:REPRESENTED]->(b) WHERE r.meeting IN $ids RETURN a.id AS s, "
                               "labels(a)[0] AS sl, type(r) AS t, b.id AS e, labels(b)[0] AS el, properties(r) AS p",
                               {"ids": src})
        graphs = []
        for target, sources, extra in part:
            g = ArticleGraph(f"resolve:{target}")
            node = g.add_node(label, target, **{k: v for k, v in props.get(target, {}).items() if k != "id"})
            for s in sources:
                other = props.get(s, {})
                node.merge({k: v for k, v in other.items() if k != "id"})
                if other.get("name") and other["name"] != node.name:
                    node.merge({"aliases": [other["name"]]})
                for key, pick in (("first_seen", min), ("last_seen", max)):
                    values = [v for v in (node.properties.get(key), other.get(key)) if v]
                    if values:
                        node.properties[key] = pick(values)
            node.merge({"merge_reason": extra.get("merge_reason", [])})
            node.properties.update({k: v for k, v in extra.items() if k != "merge_reason"})
            graphs.append(g)
        for r in rels + keyed:
            s, e = remap.get(r["s"], r["s"]), remap.get(r["e"], r["e"])
            p = dict(r["p"])
            if "meeting" in p:
                p["meeting"] = remap.get(p["meeting"], p["meeting"])
            if s == e and r["t"] in ("REPRESENTED", "PART_OF"):
                continue
            g = ArticleGraph("resolve:edge")
            g.nodes[s] = Node(s, r["sl"])
            g.nodes[e] = Node(e, r["el"])
            rel = Relationship(r["t"], s, e, p)
            g.relationships[rel.key] = rel
            graphs.append(g)
        store.write(graphs)
        if keyed:
            _retried(store, "MATCH ()-[r:REPRESENTED]->() WHERE r.meeting IN $ids DELETE r", {"ids": src})
        rows = _retried(store, f"MATCH (n:{label}) WHERE n.id IN $ids DETACH DELETE n RETURN count(*) AS n",
                        {"ids": src})
        deleted += rows[0]["n"] if rows else 0
    return deleted


def _retried(store: Any, query: str, params: dict[str, Any], attempts: int = 4) -> list[dict[str, Any]]:
    """A write that another load running at the same time may deadlock with: tried again."""
    from neo4j.exceptions import Neo4jError, TransientError  # noqa: PLC0415

    for attempt in range(attempts):
        try:
            return store.run_write(query, params)
        except (TransientError, Neo4jError) as exc:
            if attempt == attempts - 1 or not isinstance(exc, TransientError) and "deadlock" not in str(exc).lower():
                raise
            time.sleep(0.2 * 2 ** attempt)
    return []


@contextmanager
def load_lock(store: Any, exclusive: bool = False) -> Iterator[None]:
    """Loads into one database write together but resolve alone: a load holds
    this lock shared while it writes, and resolution takes it exclusive, so it
    waits until no other load is writing (it could otherwise move a node's
    edges while another load adds new ones, and delete those). A lock file per
    database in ``KG_HOME``: loads on one machine, the usual case."""
    import fcntl  # noqa: PLC0415 - POSIX, like the embedded server

    from kg.config import kg_home  # noqa: PLC0415

    conn = getattr(store, "connection", None)
    name = slug(f"{getattr(conn, 'uri', '')} {getattr(conn, 'database', '') or ''}") or "default"
    try:
        kg_home().mkdir(parents=True, exist_ok=True)
        handle = open(kg_home() / f"load-{name}.lock", "w")  # noqa: SIM115 - held for the block
    except OSError:
        yield  # no writable home: go on without the lock
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield
    finally:
        handle.close()  # releases the lock


def resolve_store(store: Any, judgements: Any = None) -> ResolveReport:
    """Merge the persons, then the meetings, that are one across articles."""
    with load_lock(store, exclusive=True):
        return _resolve_store(store, judgements)


def _resolve_store(store: Any, judgements: Any = None) -> ResolveReport:
    report = ResolveReport()
    keep_apart, force = (judgements.pairs() if judgements is not None else ((), ()))
    clusters = cluster_persons(person_records(store), keep_apart, force)
    report.clusters = clusters
    groups = [(c.target, [m for m in c.members if m != c.target],
               {"merged_ids": c.merged_ids}) for c in clusters]
    reasons = {c.target: c.reasons for c in clusters}
    for target, _, extra in groups:
        extra["merge_reason"] = reasons[target]
    report.persons_merged = merge_nodes(store, "Person", groups)
    meetings = cluster_meetings(meeting_records(store))
    report.meetings_merged = merge_nodes(store, "Meeting", [
        (c.target, [m for m in c.members if m != c.target], {"merged_ids": c.merged_ids, "merge_reason": c.reasons})
        for c in meetings])
    return report

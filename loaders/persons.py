"""Persons and their names: the ``kg_persons`` component.

For each sentence, after its offices: the persons named with a rank
(``AKBP Benny Arief``), after an office (``Kapolres Belu AKBP ...``,
``Sekda Jambi Sudirman``), before one in brackets or after ``selaku``, after a
form of address, and in numbered lists; each office takes its holder. The
sentence's mentions, offices and units then join the article's
(``Reading.mentions``, ``.titles``, ``.units``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterator

from loaders.lexicon import Lexicon, rows, squash, word_class
from loaders.mentions import PersonMention, TitleMention, UnitRef
from loaders.names import PREFIX_DEGREES, NameMatch, degree_step, read_name
from loaders.office_parts import BODY_WORDS, staff_unit_kinds
from loaders.offices import read_offices
from loaders.patterns import (AFTER_LONE_NAME, AGENCY_WORD, BUILDING_BEFORE, DELEGATE_BEFORE, DIVISION_WORDS, glued_title_pattern,
                               known_place_pattern)
from loaders.reading import Reading, component
from loaders.sentences import Sentence
from loaders.units import LOCAL_AREAS, NOT_A_LOCAL_AREA, STAFF_UNIT_PARENTS, kind_named, local_area, make_unit, unit_right_after

# "1. Andri wijaya ( kasi pemerintahan )", at a list number or where a sentence begins after one
LISTED_WITH_OFFICE = re.compile(r"(?:^\s*|(?<![\w/.])\d{1,2}\s*\.\s*)(?P<who>[A-Z][a-z]+(?:\s+[a-z][a-z'-]+){0,3})"
                                r"\s*\(\s*(?P<office>[A-Za-z][^()]{1,60}?)\s*\)")
# Between an office and its holder: a comma, "yakni", or the holder's division
# ("Komisioner KPU Belu Divisi Teknis Penyelenggara, Yoni A. Neolaka").
# ... or the place's abbreviation in brackets ("Kapolda Kalimantan Utara (Kaltara) Irjen Pol ..."), or
# "yang baru" ("Kapolda Kalteng yang baru, Brigjen Pol ...", "mantan Kapolda X sebelumnya Irjen Pol ...").
TITLE_GAP = re.compile(r"\s*(?:\([A-Za-z]{2,12}\)\s*)?(?:(?:yang\s+)?(?i:baru|lama|sebelumnya)\s*,?\s*(?=[A-Z]))?"
                       # a council's commission: "Anggota DPR RI Komisi III Hinca Panjaitan"
                       r"(?:Komisi\s+(?:[IVX]{1,4}|[A-E])\s+)?"
                       r"(?:" + DIVISION_WORDS + r"\s+(?:(?:[A-Z][\w-]*|dan|&)\s+){0,5}?"
                       r"[A-Z][\w-]*\s*,\s*)?(?:,|:|yakni|yaitu)?\s*"
                       # "para anggota Bawaslu X masing-masing A, B, C"; "Kapolres X dijabat oleh AKBP Y"
                       r"(?:(?:masing-masing|antara lain|di ?antaranya)\s*:?\s*|(?:yang\s+baru\s+)?(?:akan\s+)?dijabat\s+oleh\s+"
                       r"|yang\s+(?:kini|sekarang)\s+dipimpin\s+(?:oleh\s+)?)?"
                       # the holder in brackets: "Sekretaris FKDM (I Putu Gede Parma, S.ST)"
                       r"(?:\(\s*(?=[A-Z][a-z]*\.?\s+[A-Z]))?")
# an office said of the name before it
SAID_OF_BEFORE = re.compile(r"[\w.]\s*,?\s+(?:selaku|sebagai|yang\s+(?:merupakan|juga|adalah)|merupakan|(?:akan\s+|sebelumnya\s+)?(?:menjabat|jabat)(?:\s+sebagai)?)\s+$")
SAID_BEFORE = re.compile(r"\s*,?\s+(?:selaku|sebagai|yang\s+(?:merupakan|juga|adalah)|merupakan)\s+$")
PAIRED_AFTER = re.compile(r"\s+dan\s+")
# "AKBP X yang akan menjabat sebagai Karo SDM Polda Y", "AKBP X sebelumnya menjabat Wadir ..."
# "AKBP X menuturkan, selama menjabat Kapolres Y": his own office, said as he speaks
TAKES_OFFICE = re.compile(r"\s*,?\s*(?:(?:mengatakan|menuturkan|menyampaikan|mengungkapkan|menjelaskan)\s*,?\s*"
                          r"(?=selama|saat|ketika))?(?:(?:selama|saat|ketika)\s+(?:ia\s+|dirinya\s+)?)?"
                          r"(?:yang\s+)?(?:akan\s+|kini\s+|sebelumnya\s+|saat\s+ini\s+|nantinya\s+|selanjutnya\s+|kemudian\s+)?"
                          r"(?:(?:menjabat|jabat|dijabat)\s+(?:sebagai\s+)?|(?:berdinas|bertugas)\s+sebagai\s+"
                          r"|(?<=sebelumnya )merupakan\s+|"
                          # "Kombes X, dimutasikan sebagai Kabid Y": the office he goes to
                          r"(?:dimutasi(?:kan)?|dipromosikan|diangkat|ditunjuk|dipindahtugaskan|digeser|bergeser"
                          r"|dirotasi|promosi|mendapat\s+promosi|dilantik)\s+(?:sebagai|menjadi)\s+)")
NATIONAL = {"tni", "polri"}
AGENDA = word_class("agenda")
# rank words both services use without their service word ("Brigjen Awi", "Jenderal Listyo")
SHARED_RANKS = word_class("shared_rank")
STREET = re.compile(rf"(?<![\w])(?:{'|'.join(word_class('street'))})\.?\s*$", re.I)
# forms of address that only ever stand before a person's name
ADDRESSED = re.compile(rf"(?<![\w])(?:{'|'.join(sorted((w.capitalize() for w in word_class('addressed')), key=len, reverse=True))})"
                       r"\.?\s+(?=[A-Z])")
# the first two letters of each of them: a sentence with none of these has no form of address
# (one search for any of them costs far less than trying ADDRESSED at every character)
ADDRESSED_HEADS = re.compile("|".join(sorted({re.escape(w.capitalize()[:2]) for w in word_class("addressed")})))
# what may follow a one-word name after an office: the clause goes on in lower case, or ends
SINGLE_NAME_END = re.compile(r"\s*(?:[,;.:()]|\s(?:dan|serta|selaku|sebagai|yang|beserta|bersama)\b|(?P<verb>\s[a-z]))")
# Indonesian verbs begin with these prefixes: a headline's "Kapolres Malang Berdialog dengan ..." has no name
VERB_SHAPE = re.compile(r"(?:Ber(?!n)|Be|Mem|Men|Meng|Meny|Me|Di|Ter|Per|Pe)[a-z]{4,}")
# a one-word name is written like one: a capital, then lower case ("Sudirman", "Ma'ruf"), not "SIJatim"
LONE_NAME = re.compile(r"[A-Z][a-z]+(?:['’][a-z]+)?")


def _title_case(text: str) -> bool:
    """Whether most words are capitalised, as in a headline."""
    words_ = re.findall(r"[A-Za-z]+", text)
    return len(words_) >= 4 and sum(w[0].isupper() for w in words_) >= 0.8 * len(words_)


def read_persons(st: Reading, sent: Sentence) -> None:
    """The persons of one sentence; then its mentions, offices and units join the article's."""
    s = sent.text
    found = st.offices[sent.index]
    if found.looked_back:
        # read again, now that the sentences before are final
        found = read_offices(st, sent, list(st.found_units.get(sent.index, ())))
    titles, tentative, units, free_units = found.titles, found.tentative, found.units, found.free_units
    ranks = [m for m in st.find("rank", sent)
             if not any(t.start <= m.start() < t.end for t in titles)
             and not STREET.search(s, max(0, m.start() - 8), m.start())  # "Jl. Mayjen Sutoyo No 5"
             and not any(a <= m.start() < b for a, b, _ in free_units)]
    persons: list[PersonMention] = []
    used_ranks: set[int] = set()

    def rank_then_name(pos: int, title: TitleMention | None) -> PersonMention | None:
        rm = next((r for r in ranks if r.start() in range(pos, pos + 3)), None)
        nm = _name_after_rank(st, s, rm) if rm else read_name(s, pos, st.lex)
        if nm is None or (rm is None and title is None):
            return None
        first, _, rest = nm.name.partition(" ")
        if rm is None and title.unit is None and rest.count(" ") >= 1 and st.lex.district(first) \
                and not st.lex.region(first) and not _heads_local_area(st, title):
            # "Dandim Matraman Ahmad Budiman": the district the office is of, then the name
            nm = read_name(s, s.index(rest, nm.start), st.lex) or nm
        if rm is None and VERB_SHAPE.fullmatch(nm.name.split()[0]) and _title_case(s):
            return None  # a headline: "Kapolda Sumut Berharap Kerjasama Polisi dengan Ulama"
        if rm is None and len(nm.name.split()) < 2 and not nm.degrees and not _lone_name(st, s, nm):
            # "Pangdam XIV Hasanuddin Gelar ...": one bare word after an office is a name only
            # where the clause ends after it ("Sekda Jambi Sudirman dan ...", "Bupati X, Zahir,")
            return None
        if rm is None and " " in nm.name and st.lex.district(nm.name) and not _names_districts(st, title):
            return None  # "Kapolsek Kuala Kencana": a district after an office is its place, not a name
        if rm is None and _ends_in_a_body(st, nm.name):
            return None  # "Asisten 1 Kabupaten Malang, Kasiopsdal Satpol PP": the next office of a list
        if rm is not None:
            used_ranks.add(rm.start())
        return _person(st, sent, nm, rm, title)

    for t in titles:
        if SAID_OF_BEFORE.search(s, max(0, t.start - 40), t.start):
            continue  # "Kombes X selaku Dir Intelkam, Kombes Y ...": the office is X's, read with X
        if BUILDING_BEFORE.search(s, max(0, t.start - 16), t.start):
            continue  # "Kantor Gubernur Papua, Dok V, Jayapura": a building, no holder
        gap = TITLE_GAP.match(s[t.end:])
        pos = t.end + gap.end()
        agency = AGENCY_WORD.match(s, pos) if t.unit is None and not gap.group(0).strip() else None
        if agency is not None and not any(a == pos for a, _, _ in units):
            t.position = f"{t.position} {agency.group('agency')}"
            t.end = pos + len(agency.group("agency"))
            pos = agency.end()
        parent = unit_right_after(units, pos)
        if parent is not None and t.unit is not None and parent[2].kind in STAFF_UNIT_PARENTS | {"polri"} \
                and parent[2].id != t.unit.id:
            # "Kapolres Lampung Barat Polda Lampung AKBP Heri ...": the unit the office's unit belongs to
            pos = parent[1] + TITLE_GAP.match(s[parent[1]:]).end()
        if not gap.group(0).strip():
            pos = _district_of(st, t, s, pos)
            pos = _staff_place(st, t, s, pos, ranks, units)
        elif gap.group(0).strip() == ",":
            pos = _past_province(st, s, pos)
        p = rank_then_name(pos, t)
        if p is not None and ":" in gap.group(0) and p.rank is None:
            continue  # "Kapolda Banten: Jual Program ...": a headline's quote, not a name
        if p is not None and not gap.group(0).strip() and p.rank is None:
            if _name_is_its_place(st, t, p):
                continue
            p = _split_local_place(st, sent, t, p) or p
        if p is not None and t in tentative and p.rank is None and (gap.group(0).strip() or not p.degrees) \
                and not _coordinated_after(s, t, titles, tentative):
            # "sambutan kapolresta, Jiartana menegaskan", "rumah dinas gubernur Sumsel Griya Agung":
            # an office in lower case takes a holder written with a rank or degrees
            continue
        if p is not None and gap.group(0).strip() and p.rank is None \
                and known_place_pattern().fullmatch(p.name.split()[-1]):
            continue  # "Direktur RSU X, GM Ansor Ternate, ...": the next body of a list, no holder
        if p is not None and not any(o.start <= p.start < o.end for o in titles):
            st.hold(t, p)
            persons.append(p)
            if t.role == "member":
                persons += _fellow_members(st, sent, t, p, titles)
    persons += _respective_holders(st, sent, titles, persons)
    for r in ranks:
        if r.start() in used_ranks:
            continue
        nm = _name_after_rank(st, s, r)
        if nm is None:
            continue
        used_ranks.add(r.start())
        p = _person(st, sent, nm, r, None)
        # "AKBP X selaku Kapolres Y" / "AKBP X, Kapolres Y" / "X, selaku Kabid Y" / "X (Kapolres Y)" /
        # "Irjen Pol X Kapolda Papua didampingi ..."
        after = TAKES_OFFICE.match(s, nm.end) or re.match(r"\s*,?\s*(?:selaku|sebagai|\()?\s*", s[nm.end:])
        if after:
            at = after.end() if after.re is TAKES_OFFICE else nm.end + after.end()
            t = next((t for t in titles if t.start == at and t.holder is None), None)
            if t is not None:
                gap = re.match(r"\s*(?:,|:)?\s*", s[t.end:])
                # "AKBP X, Kapolres Y AKBP Z": the office is Z's; "X selaku Dir Y, Kombes Z": X's
                said = re.search(r"selaku|sebagai|menjadi|jabat", after.group(0))
                nxt_rank = not said and any(rr.start() == t.end + gap.end() for rr in ranks)
                if not nxt_rank:
                    st.hold(t, p)
                    p.title = t
        persons.append(p)
    # "Kapolres X AKBP Y sebelumnya menjabat Wadir Z": a second office, said after the name; and a third
    # after that ("AKBP Y yang sebelumnya menjabat sebagai Kapolres A, dilantik menjadi Kapolres B")
    for p in list(persons):
        end = p.end
        while (after := TAKES_OFFICE.match(s, end)) is not None:
            t = next((t for t in titles if t.start == after.end()), None)
            if t is None or t.holder is not None and t is not p.title:
                break
            if t.holder is None:
                second = replace(p, title=t, rank=None, rank_service=None, corps=None)
                st.hold(t, second)
                persons.append(second)
            end = t.end
    persons += _successors(st, s, persons)
    # "Name (Title ...)"
    for t in titles:
        opened = BRACKET_BEFORE_OFFICE.search(s, max(0, t.start - 12), t.start) if t.holder is None else None
        if opened is not None:
            nm = _name_before_bracket(st, s, opened.start())
            # (not an office written out before its short form: "Kasi Pidana Umum (Kasi Pidum) Kejari X")
            if nm is not None and not any(o.start <= nm.start < o.end for o in titles):
                p = _person(st, sent, nm, None, t)
                st.hold(t, p)
                persons.append(p)
    # "Jakaria Senin, S.Sos selaku Koordinator Divisi Hukum ...": a name without a rank before "selaku"
    for t in titles:
        # (not a pair: "Jokowi dan Ma'ruf Amin sebagai Presiden dan Wakil Presiden")
        pair = PAIRED_AFTER.match(s, t.end)
        paired = pair is not None and any(o.start == pair.end() for o in titles)
        said = SAID_BEFORE.search(s, max(0, t.start - 16), t.start) if t.holder is None and not paired else None
        if said is not None:
            nm = _name_before_bracket(st, s, said.start())
            if nm is not None and not any(p.start <= nm.start < p.end for p in persons) \
                    and not any(o.start <= nm.start < o.end for o in titles):
                p = _person(st, sent, nm, None, t)
                st.hold(t, p)
                persons.append(p)
    # "Sdr. Budi Hartawan, S.Sos (Perwakilan Camat X)": a name after a form of address
    for m in ADDRESSED.finditer(s) if ADDRESSED_HEADS.search(s) else ():
        if any(p.start <= m.end() < p.end + 1 for p in persons):
            continue
        nm = read_name(s, m.end(), st.lex)
        if nm is not None and (len(nm.name.split()) >= 2 or nm.degrees or _lone_name(st, s, nm)):
            # the form of address stays with the name: "Ny. Evi Agus" is not Agus, her husband
            nm = replace(nm, honorific=nm.honorific or m.group(0).strip())
            persons.append(_person(st, sent, nm, None, None))
    persons += _listed_with_office(st, sent, persons, ranks)
    persons += _delegates(st, sent, free_units, persons)
    persons += _named_before_unit(st, sent, free_units, persons)
    persons += _named_in_brackets(st, sent, persons, titles, units + free_units)
    persons += _named_before_roles(st, sent, persons, titles, units + free_units)
    persons += _named_with_degrees(st, sent, persons, titles, units + free_units, ranks)
    if tentative:
        titles = [t for t in titles if t.holder is not None or t not in tentative]
        free_units = [(a, b, u) for a, b, u in free_units if not any(t.start <= a < t.end for t in titles)]
    st.mentions.extend(persons)
    st.titles.extend((sent, t) for t in titles)
    # "sinergi TNI-Polri": the national forces named in passing are no unit of this story
    st.units.extend((sent, a, b, u) for a, b, u in free_units if u.kind not in NATIONAL)
    st.units.extend((sent, t.start, t.end, t.unit) for t in titles if t.unit is not None)


# the capitalised words before a comma and a capital: where a name with degrees may stand
WORDS_BEFORE_COMMA = re.compile(r"(?<![\w.'’-])((?:[A-Z][\w'’.-]*\s+){0,7}[A-Z][\w'’-]*)\s*$")
# words a name does not begin with, passed over before it: acronyms and numbers ("SDM Mustofa", "II")
NOT_A_NAME_START = re.compile(r"[A-Z]{2,}|[IVX]{2,}|[VX]")  # ("I" begins Balinese names: I Made ...)


def _name_starts(lex: Lexicon, run: re.Match, taken: list[tuple[int, int]]) -> Iterator[int]:
    """Where in a run of capitalised words a name may begin: at its first word, or after what the
    other rules took ("Kajari Sumber Gunawan Wibisono") or an acronym or number; never at a degree
    written after names ("Rudiman, M.TR. Hanla, M.TR. Han")."""
    may = True
    for w in re.finditer(r"\S+", run.group(1)):
        at = run.start(1) + w.start()
        word = w.group(0)
        if lex.is_degree(word) and squash(word) not in PREFIX_DEGREES:
            return
        skipped = any(a <= at < b for a, b in taken) or NOT_A_NAME_START.fullmatch(word) is not None
        if may and not skipped:
            yield at
        may = skipped


def _named_with_degrees(st: Reading, sent: Sentence, persons: list[PersonMention], titles: list[TitleMention],
                        units: list[tuple[int, int, UnitRef]], ranks: list[re.Match]) -> list[PersonMention]:
    """``disambut I Made Pande Yuliartha, SH``, ``dihadiri Budi Santoso, SH dan ...``: a name of two
    words or more (or one after a prefix: ``Drs. Suwadji, MM``) followed by academic degrees is a
    person's, office or not. Words of places, bodies, offices and ranks are no such name."""
    s = sent.text
    if ", " not in s:
        return []
    taken = [(p.start, p.end) for p in persons] + [(t.start, t.end) for t in titles] + [(a, b) for a, b, _ in units] \
        + [(r.start(), r.end()) for r in ranks]
    out: list[PersonMention] = []
    for comma in re.finditer(r",\s*(?=[A-Z])", s):
        if any(a <= comma.start() < b for a, b in taken):
            continue
        if degree_step(s, comma.start(), st.lex) is None:
            continue  # no degree after the comma: no name's degrees go on past it (most commas)
        run = WORDS_BEFORE_COMMA.search(s, max(0, comma.start() - 120), comma.start())
        if run is None:
            continue
        if re.search(r"[A-Z][\w'’.-]*\s+$", s[:run.start(1)]):
            continue  # longer than a name: "... Kerja Sama Intelijen Ditjen Polpol Kemendagri Timotius, S.STP"
        # the name begins at the first word that starts one, past whatever the other rules took
        # ("Kajari Sumber Gunawan Wibisono, SH", "Hadir Drs. Suwadji, MM")
        nm = next((n for n in (read_name(s, i, st.lex) for i in _name_starts(st.lex, run, taken))
                   if n is not None and n.start < comma.start() <= n.end), None)
        if nm is None or not nm.degrees or nm.end <= comma.end():
            continue  # (the degrees after the comma: a prefix is no sign, "Sei Sialang, Desa ...")
        before = st.text[max(0, sent.start + nm.start - 40):sent.start + nm.start].split()
        if before and st.lex.is_degree(before[-1].rstrip(",")) and squash(before[-1]) not in PREFIX_DEGREES:
            continue  # a degree list that a sentence break cut: "Rudiman, M.TR. | Hanla, M.TR. Han"
        words = nm.name.split()
        prefixed = s[nm.start:nm.end].split()[0] != words[0]
        if len(words) < 2 and not prefixed or len(words) > 5 or any(_no_name_word(st, w) for w in words):
            continue
        out.append(_person(st, sent, nm, None, None))
        taken.append((nm.start, nm.end))
    return out


# "Wakapolda Sulut Brigjen X dimutasikan ..., X digantikan (oleh) Brigjen Y": Y takes the office X leaves
REPLACED_BY = re.compile(r"\bdigantikan\s+(?:oleh\s+)?(?P<between>[\w.]*(?:\s+[\w.]+){0,2}?)\s*$")
# "AKBP X digeser sebagai Kapolres Y, menggantikan AKBP Z": Z held the office X takes
REPLACES = re.compile(r"\bmenggantikan\s+(?:posisi\s+|jabatan\s+)?(?P<between>[\w.]*(?:\s+[\w.]+){0,2}?)\s*$")


# between two names held in turn: "Rudi Hartono dan Heru Wibowo", "Rudi Hartono-Heru Wibowo"
PAIR_BETWEEN = re.compile(r"\s*(?:[-–&]|dan)\s*")
# between two offices of one unit: "Bupati dan Wakil Bupati Sleman"
TITLES_BETWEEN = re.compile(r"\s+(?:dan|&)\s+", re.I)


def _coordinated_after(s: str, t: TitleMention, titles: list[TitleMention], tentative: list[TitleMention]) -> bool:
    """Whether ``t`` in lower case follows an office written with capitals ("Bupati dan wakil bupati
    Tolikara"): it is an office as sure as that one."""
    return any(o.end < t.start and o not in tentative and TITLES_BETWEEN.fullmatch(s, o.end, t.start) for o in titles)


def _respective_holders(st: Reading, sent: Sentence, titles: list[TitleMention],
                        persons: list[PersonMention]) -> list[PersonMention]:
    """``Bupati dan Wakil Bupati Sleman, Rudi Hartono dan Heru Wibowo`` (or ``Rudi Hartono-Heru Wibowo``):
    two offices of one unit, then two names, one for each in turn. The first name was read as the
    second office's holder; it is the first's, and the second name the second's."""
    s = sent.text
    out = []
    ordered = sorted(titles, key=lambda t: t.start)  # (the coordinated title came last: offices.py)
    for first, second in zip(ordered, ordered[1:]):
        p = second.holder
        if p is None or first.holder is not None or first.unit is None or second.unit is None \
                or first.unit.id != second.unit.id or not TITLES_BETWEEN.fullmatch(s, first.end, second.start):
            continue
        between = PAIR_BETWEEN.match(s, p.end)
        nm = read_name(s, between.end(), st.lex) if between is not None else None
        if nm is None or len(nm.name.split()) < 2 and not nm.degrees \
                or any(o.start <= nm.start < o.end for o in titles) or any(q.start == nm.start for q in persons):
            continue
        st.unhold(second)
        p.title = first
        st.hold(first, p)
        q = _person(st, sent, nm, None, second)
        st.hold(second, q)
        out.append(q)
    return out


def _successors(st: Reading, s: str, persons: list[PersonMention]) -> list[PersonMention]:
    """Who is named as replacing the holder of an office named before him (the office written before
    the holder's name, the one he leaves): the successor holds it now."""
    def cue_before(cue: re.Pattern, q: PersonMention) -> re.Match | None:
        m = cue.search(s, max(0, q.start - 60), q.start)  # (only a rank may stand between the cue and the name)
        return m if m is not None and (not m["between"] or st.lex.rank(m["between"].strip())) else None

    out: list[PersonMention] = []
    for q in persons:
        m = cue_before(REPLACED_BY, q)
        if m is not None:
            left = [p for p in persons if p.title is not None and p.title.start < p.start and p.end <= m.start()]
            if left:
                out.append(replace(q, title=replace(left[-1].title, status="current", holder=None)))
            continue
        # and the one he replaces held it before him (the office named after the successor's name)
        m = cue_before(REPLACES, q)
        if m is not None:
            left = [p for p in persons if p.title is not None and p.end <= m.start() and p is not q]
            if left and left[-1].title.end <= m.start():
                out.append(replace(q, title=replace(left[-1].title, status="former", holder=None)))
    return out


def _body_or_office_word(st: Reading, word: str) -> bool:
    """A word of a body's name, a title or a unit kind: no word of a name before or in brackets."""
    return word.lower() in BODY_WORDS or st.lex.title(word) is not None or st.lex.unit_kind(word) is not None


def _ends_in_a_body(st: Reading, name: str) -> bool:
    """``Kasiopsdal Satpol PP``: a name that ends with the name of a kind of unit is none."""
    words = name.split()
    return any(st.lex.unit_kind(" ".join(words[-k:])) is not None for k in (1, 2, 3) if k < len(words))


def _heads_local_area(st: Reading, t: TitleMention) -> bool:
    """Whether ``t`` heads a district or village, whose name is read with it later ("Kepala Distrik
    Heram Yonas Wonda")."""
    head = st.lex.title(t.title)
    return head is not None and head.unit in LOCAL_AREAS


def _no_name_word(st: Reading, word: str) -> bool:
    """A word no person's name has: a number, an acronym, or a word of places, bodies, offices and ranks."""
    return (re.fullmatch(r"[IVX]{2,}|[A-Z]{3,}", word) is not None or word.lower() in BODY_WORDS
            or st.lex.is_stopword(word) or st.lex.region(word) is not None or st.lex.title(word) is not None
            or st.lex.rank(word) is not None)


# the bracket an office opens after its holder's name, with the office's status: "Suwadji (Plt. Asisten 1 ...)"
BRACKET_BEFORE_OFFICE = re.compile(r"\(\s*(?:(?i:plt|plh|pj)\.?\s*)?$")
# a degree the lexicon does not know, misspelt as field reports write them ("Nasarudin, MM. SI",
# "Miskat,S.H,MN"): capitals, a dot at most, after a comma
UNKNOWN_DEGREE = re.compile(r",\s*(?:[A-Z]{1,3}\.?\s?){1,2}$")


def _degree_at_end(st: Reading, before: str) -> int:
    """Where the degree that ends ``before`` begins, or 0 when it ends in none."""
    deg = re.search(r",?\s*([A-Za-z][A-Za-z.]{0,8}(?:\s[A-Za-z]{2,4}\.?)?)$", before)
    if deg and deg.start() > 0 and st.lex.is_degree(deg.group(1).replace(" ", "")):
        return deg.start()
    unknown = UNKNOWN_DEGREE.search(before)
    return unknown.start() if unknown and unknown.start() > 0 else 0


def _name_before_bracket(st: Reading, s: str, bracket: int) -> NameMatch | None:
    """The name that ends right before the bracket at ``bracket``, past its degrees
    ("Daud Yusuf, S. Hut (Ketua Panwaslu)")."""
    before = s[:bracket].rstrip()
    while deg := _degree_at_end(st, before):
        before = before[:deg].rstrip()
    m = re.search(r"((?:[A-Z][\w'.-]*\s+){0,4}[A-Z][\w'.-]*)$", before)
    if not m:
        return None
    nm = read_name(s, m.start(1), st.lex)
    if nm is not None and nm.end >= len(before) - 1:
        return nm
    # the capitals may begin with a word no name has, a sentence's adverb ("Selanjutnya Aas
    # Satibi selaku ..."): the name of two words or more after it
    first = re.match(r"\S+\s+", m.group(1))
    if first is None or not st.lex.is_stopword(first.group(0).strip()) or st.lex.title(first.group(0).strip()):
        return None
    nm = read_name(s, m.start(1) + first.end(), st.lex)
    return nm if nm is not None and nm.end >= len(before) - 1 and " " in nm.name else None


# "Agus Tabuni (Perwakilan Distrik Kuala Kencana)", "Tori S (Koramil Kuala Kencana)": a body in brackets
# after a name, alone or as the one it sent
UNIT_IN_BRACKETS = re.compile(r"\(\s*(?P<sent>(?:[Pp]erwakilan|[Uu]tusan|[Mm]ewakili)(?:\s+dari)?\s+)?$")


def _named_before_unit(st: Reading, sent: Sentence, free_units: list[tuple[int, int, UnitRef]],
                       persons: list[PersonMention]) -> list[PersonMention]:
    """A person named before a body in brackets: its member, or its delegate where the bracket
    says so; the body's name is all the bracket holds."""
    out: list[PersonMention] = []
    s = sent.text
    if "(" not in s:
        return out
    for a, b, u in free_units:
        opened = UNIT_IN_BRACKETS.search(s, max(0, a - 30), a)
        if opened is None or not re.match(r"\s*\)", s[b:]):
            continue
        nm = _name_before_bracket(st, s, opened.start())
        if nm is None or any(p.start <= nm.start < p.end for p in persons) \
                or any(_body_or_office_word(st, w) for w in nm.name.split()):
            continue
        p = _person(st, sent, nm, None, None)
        if opened.group("sent"):
            p.delegate_of = u
        out.append(p)
    return out


# a list of those present, whose items name their holders in brackets after offices it may write in
# any case: "yang hadir antara lain: Kasat intel polres diwakili oleh (Wy Budiarto), Kasubid
# Kewaspadaan dini (Made Suweken), ..."
LIST_OF_PRESENT = re.compile(r"(?<![\w])(?:hadir|dihadiri|diikuti|antara lain|diantaranya|di antaranya)(?![\w])", re.I)
BRACKETED_NAME = re.compile(r"\(\s*(?=[A-Z])([^()]{2,60}?)\s*\)")


def _named_in_brackets(st: Reading, sent: Sentence, persons: list[PersonMention], titles: list[TitleMention],
                       units: list[tuple[int, int, UnitRef]]) -> list[PersonMention]:
    """A name of two words or more alone in brackets in a list of those present: the holder of the
    item before it, whose office the lexicon may not read. A bracket that holds a short form, an
    office, a body or a place is none."""
    out: list[PersonMention] = []
    s = sent.text
    if "(" not in s or not LIST_OF_PRESENT.search(s):
        return out
    for m in BRACKETED_NAME.finditer(s):
        inner = m.start(1)
        if any(p.start <= inner < p.end for p in persons) or any(t.start <= inner < t.end for t in titles) \
                or any(a <= inner < b for a, b, _ in units):
            continue
        nm = read_name(s, inner, st.lex)
        if nm is None or nm.end < m.end(1) - 1 and s[nm.end:m.end(1)].strip(" ,.") and not nm.degrees:
            continue  # the bracket holds more than a name
        words = nm.name.split()
        # (one word in brackets is as often a corps, a short form or a meeting's name: "(Mar)", "(Rapimda)")
        if len(words) < 2 or any(w.isupper() and len(w) > 1 or _body_or_office_word(st, w) or st.lex.is_stopword(w)
                                 for w in words) or st.lex.region(nm.name) is not None or st.lex.district(nm.name):
            continue
        out.append(_person(st, sent, nm, None, None))
    return out


@lru_cache(maxsize=1)
def _bracket_roles() -> dict[str, str]:
    """First word of a role in brackets -> "office" or "member" (of a party, or of no body)."""
    return {word: kind for kind, word in rows("bracket_roles.txt")}


def _named_before_roles(st: Reading, sent: Sentence, persons: list[PersonMention], titles: list[TitleMention],
                        units: list[tuple[int, int, UnitRef]]) -> list[PersonMention]:
    """``Hengky Korwa (Kepala Suku Biak)``, ``Abd Qodir (PDIP)``: a name of two words or more
    before a role in brackets that no other rule read as an office (its first word in
    ``bracket_roles.txt``): an office as written, or a membership that makes no office."""
    out: list[PersonMention] = []
    s = sent.text
    if "(" not in s:
        return out
    roles = _bracket_roles()
    for m in BRACKETED_NAME.finditer(s):
        inner = m.group(1)
        first = inner.split()[0]
        kind = roles.get(first)
        if kind is None or any(t.start <= m.start(1) < t.end for t in titles) \
                or any(a <= m.start(1) < b and b < m.end(1) for a, b, _ in units) \
                or kind == "office" and len(inner.split()) < 2:
            continue
        nm = _name_before_bracket(st, s, m.start())
        if nm is None or len(nm.name.split()) < 2 or any(t.start <= nm.start < t.end for t in titles) \
                or any(_body_or_office_word(st, w) or st.lex.is_stopword(w) for w in nm.name.split()):
            continue
        # (another rule may have read the name, from its form of address or degrees, but no office)
        known = next((p for p in persons + out if p.start <= nm.start < p.end + 1), None)
        if known is not None and (known.title is not None or known.start != nm.start):
            continue
        t = None
        if kind == "office":
            office = re.sub(r"\s+", " ", inner).strip(" ,.")
            # (a unit that ends the role is its body: "Dai Kamtibmas Polres Malang")
            body = next((u for a, b, u in units if m.start(1) < a and b == m.end(1)), None)
            t = TitleMention(m.start(1), m.end(1), first, "member", "current", office, [], body, organisation=True)
            titles.append(t)
        if known is not None:
            known.title = t
        p = known or _person(st, sent, nm, None, t)
        if t is not None:
            st.hold(t, p)
        if known is None:
            out.append(p)
    return out


def _delegates(st: Reading, sent: Sentence, free_units: list[tuple[int, int, UnitRef]],
               persons: list[PersonMention]) -> list[PersonMention]:
    """``perwakilan Kejari Jakarta Timur, Fransisca Herdiana, SH``: the one a body sent, named
    right after it (two name words no body's name has), or after a comma with degrees (a list of
    bodies goes on after a comma too)."""
    out: list[PersonMention] = []
    s = sent.text
    for a, b, u in free_units:
        if not DELEGATE_BEFORE.search(s, max(0, a - 20), a):
            continue
        gap = re.match(r"\s*,?\s*", s[b:])
        nm = read_name(s, b + gap.end(), st.lex)
        # after a comma the next item of a list of bodies may follow: only a name with degrees is surely one
        # right after the body one word is a name where the clause ends after it ("perwakilan Dishub Kampar Hambali,")
        if nm is None or not (nm.degrees if "," in gap.group(0) else len(nm.name.split()) >= 2 or _lone_name(st, s, nm)) \
                or any(p.start <= nm.start < p.end for p in persons) \
                or any(_body_or_office_word(st, w) for w in nm.name.split()):
            continue
        p = _person(st, sent, nm, None, None)
        p.delegate_of = u
        out.append(p)
    return out


def _listed_with_office(st: Reading, sent: Sentence, persons: list[PersonMention],
                        ranks: list[re.Match]) -> list[PersonMention]:
    """``1. Andri wijaya ( kasi pemerintahan )2. Kapten sujiono ( danramil )``: a numbered list
    of those present, each a name (written in any case after its capital) and an office in
    brackets, as field reports write it."""
    out: list[PersonMention] = []
    if "(" not in sent.text:
        return out  # each item has its office in brackets (a substring test is cheaper than the search)
    for m in LISTED_WITH_OFFICE.finditer(sent.text):
        office = m.group("office").split()
        if not office or not (st.lex.title(office[0]) or squash(office[0]) in st.lex.staff_titles
                              or st.lex.unit_kind(office[0]) or st.lex.title(" ".join(office[:2]))):
            continue
        start = m.start("who")
        if any(p.start <= start < p.end for p in persons):
            continue
        words = m.group("who").split()
        rank = next((r for r in ranks if r.start() == start), None)
        if rank is not None:
            words = m.group("who")[rank.end() - start:].split()
        if not words or any(st.lex.is_stopword(w.capitalize()) or w.lower() in AGENDA for w in words):
            continue
        name = " ".join(w.capitalize() if w.islower() else w for w in words)
        nm = NameMatch(start, m.end("who"), name)
        out.append(_person(st, sent, nm, rank, None))
    return out


def _fellow_members(st: Reading, sent: Sentence, t: TitleMention, first: PersonMention,
                    titles: list[TitleMention]) -> list[PersonMention]:
    """``anggota Bawaslu Sulsel Abdul Malik dan Samsuar Saleh``: an office many hold, and the
    names that follow its first holder, up to the next office."""
    s = sent.text
    out: list[PersonMention] = []
    end = first.end
    while len(out) < 6:
        joint = re.match(r"\s*(?:,\s*(?:dan\s+)?|dan\s+)", s[end:])
        if not joint or any(o.start == end + joint.end() for o in titles):
            break
        nm = read_name(s, end + joint.end(), st.lex)
        if nm is None or len(nm.name.split()) < 2:
            break
        out.append(PersonMention(nm.start, nm.end, nm.name, nm.degrees, None, None, None, t, sent.index,
                                 nm.honorific))
        end = nm.end
    return out


def _lone_name(st: Reading, s: str, nm: NameMatch) -> bool:
    """Whether one bare word after an office is its holder's name: written as a name, not an
    office written as one word ("Dirpamobvit, Wadirbinmas, ...") or a place, and the clause
    ends after it."""
    word = nm.name
    # the full stop may be read with the name, as after a short first name ("Mokh."): it ends the clause
    end = SINGLE_NAME_END.match(s, nm.end - 1 if s[nm.end - 1:nm.end] == "." else nm.end)
    if end is None or not LONE_NAME.fullmatch(word) or end.group("verb") and VERB_SHAPE.fullmatch(word):
        return False
    if end.group("verb"):
        # "Kapolda, Budi mengatakan": a lone name is followed by its verb, not by any word
        # ("Kapolda,Lalulintas sekarang terjadi ...")
        nxt = re.match(r"\s([a-z]+)", s[nm.end:]).group(1)
        if not VERB_SHAPE.fullmatch(nxt.capitalize()) and nxt not in AFTER_LONE_NAME:
            return False
    return not (glued_title_pattern().fullmatch(word) or squash(word) in st.lex.staff_titles
                or st.lex.region(word) is not None)


def _past_province(st: Reading, s: str, pos: int) -> int:
    """``Sekda Pulau Taliabu, Maluku Utara, Salim Ganiru``: the province said between commas
    after an office is where it lies; its holder's name comes after it."""
    place = known_place_pattern().match(s, pos)
    if place is None or s[place.end():place.end() + 1] != ",":
        return pos
    region = st.lex.region(place.group(0))
    if region is None or region.kind != "province":
        return pos
    return place.end() + TITLE_GAP.match(s[place.end():]).end()


def _names_districts(st: Reading, t: TitleMention | None) -> bool:
    """Whether ``t`` is a district's office (Camat), whose district ``_name_is_its_place`` reads."""
    title = st.lex.title(t.title) if t is not None else None
    return title is not None and title.unit == "Kecamatan"


def _name_is_its_place(st: Reading, t: TitleMention, p: PersonMention) -> bool:
    """``Camat Moyo Hilir dan ...``: what follows a district's office is the district when the
    gazetteer knows one of that name (in the article's regency or anywhere); the office takes it."""
    if t.unit is not None or not _names_districts(st, t) or not st.lex.district(p.name):
        return False
    t.unit = make_unit(st.lex, st.lex.unit_kinds["kecamatan"], p.name)
    t.position = f"{t.title} {p.name}"
    t.end = p.end
    return True


PLACE_THEN_RANK = re.compile(r"([A-Z][a-z]+ [A-Z][a-z]+) (?=\S)")
ONE_PLACE_WORD = re.compile(r"([A-Z][a-z]+) (?=\S)")


def _staff_place(st: Reading, t: TitleMention, s: str, pos: int, ranks: list[re.Match],
                 units: list[tuple[int, int, UnitRef]]) -> int:
    """``Kabag Ops Nunukan Kompol Untung``: a staff office written with its regency (or province) but
    not its unit is of that place's unit of the kind that has the office (a Polres, a Polda); the rank
    after the place says the holder's name comes next."""
    if t.unit is not None or not t.staff:
        return pos
    m = next((m for m in (PLACE_THEN_RANK.match(s, pos), ONE_PLACE_WORD.match(s, pos))
              if m is not None and st.lex.region(m.group(1)) is not None and any(r.start() == m.end() for r in ranks)),
             None)
    if m is None:
        return pos
    region = st.lex.region(m.group(1))
    level = "province" if region.kind == "province" else "region"  # ("Irwasda Maluku": the Polda's)
    # (a regency's police is a Polres unless the story names its Polresta there)
    named = {u.kind for u in [*st.article_units(), *(u for _, _, u in units)] if u.region == m.group(1)}
    kinds = sorted((k for k in staff_unit_kinds(t.title) if st.lex.unit_kinds[k].place == level),
                   key=lambda k: (k not in named, k != "polres"))
    kind = st.lex.unit_kinds[kinds[0]] if kinds else None
    if kind is None:
        return pos
    t.unit = make_unit(st.lex, kind, m.group(1))
    t.position = f"{t.title} {t.unit.name}"
    t.end = m.end(1)
    t.aliases = [s[t.start:t.end]] + [a for a in t.aliases if a != s[t.start:t.end]]
    return m.end()


def _district_of(st: Reading, t: TitleMention, s: str, pos: int) -> int:
    """``Camat Kota Tengah Sutami S``: the longest run of capitalised words after a district's
    office that the gazetteer knows as a district is its place; the name starts after it."""
    title = st.lex.title(t.title)
    if t.unit is not None or title is None or title.unit != "Kecamatan":
        return pos
    place = local_area(st.lex, "Kecamatan", s, pos, shortest=1)
    if place is None:
        return pos
    t.unit = make_unit(st.lex, st.lex.unit_kinds["kecamatan"], place)
    t.position = f"{t.title} {place}"
    t.end = pos + len(place)
    t.aliases = [s[t.start:t.end]]
    return t.end


def _split_local_place(st: Reading, sent: Sentence, t: TitleMention, p: PersonMention) -> PersonMention | None:
    """``Sekcam Sirimau Ricky Imanuel``: a local office (camat, lurah, kepala desa) names its
    place first; when three or more capitalised words follow, the first is the place."""
    title = st.lex.title(t.title)
    kind = kind_named(title.unit) if title else None
    words = p.name.split()
    if t.unit is not None or kind is None or kind.place != "place" or len(words) < 3:
        return None
    area = title.unit in LOCAL_AREAS and local_area(st.lex, title.unit, sent.text, p.start)
    place = area if area and len(area.split()) < len(words) - 1 else words[0]  # "Kades Tanah Merah | X Y"
    if NOT_A_LOCAL_AREA.match(place):
        return None
    rest = sent.text.index(words[len(place.split())], p.start + len(place))
    nm = read_name(sent.text, rest, st.lex)
    if nm is None or len(nm.name.split()) < 2:
        return None
    t.unit = make_unit(st.lex, kind, place)
    t.position = f"{t.title} {place}"
    t.end = rest
    return PersonMention(nm.start, nm.end, nm.name, nm.degrees, None, None, None, t, sent.index, nm.honorific)


RANK_COMMA = re.compile(r",\s(?=[A-Z][a-z])")


def _name_after_rank(st: Reading, s: str, rank: re.Match) -> NameMatch | None:
    """The name after a rank: past a comma a careless page puts between them ("Irwasda Maluku Kombes
    Pol, Edy Yudianto"), its first word in lower case too after a rank with its capital (not after
    "jenderal asal Kudus")."""
    comma = RANK_COMMA.match(s, rank.end())
    return read_name(s, comma.end() if comma else rank.end(), st.lex, after_rank=rank.group(0)[:1].isupper())


def _person(st: Reading, sent: Sentence, nm: NameMatch, rank_match: re.Match | None,
            title: TitleMention | None) -> PersonMention:
    rank = service = corps = None
    if rank_match is not None:
        r = st.lex.rank(rank_match.group("rank"))
        corps_text = (rank_match.group("corps") or "").strip()
        rank, service = r.name, r.service
        if r.name.startswith("BRIGJEN") and re.search(r"\bTNI\b", corps_text, re.I):
            rank, service = "BRIGJEN TNI", "TNI"
        elif squash(rank_match.group("rank")) in SHARED_RANKS and not corps_text:
            service = None  # "Brigjen Awi": police and army share the word; the full mention decides
        corps = " ".join(w for w in re.split(r"[\s.]+", corps_text) if w and w.upper() not in {"POL", "TNI"}) or None
    return PersonMention(nm.start, nm.end, nm.name, nm.degrees, rank, service, corps, title,
                         sent.index, nm.honorific)


@component("kg_persons")
def read_all_persons(st: Reading) -> None:
    for sent in st.sentences:
        read_persons(st, sent)

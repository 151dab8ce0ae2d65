"""Reading officialdom out of Indonesian regional news.

A spaCy pipeline (``spacy.blank("id")`` plus the ``kg_cues`` component of
``loaders.cues``, which marks where ranks, titles, units and meeting words
may begin) parses each cleaned article; ``ArticleReader`` then reads it, from
those places outward, into an ``ArticleGraph``: persons with ranks and
positions, units, offices, the meeting, and who attended, represented and
commanded whom, each edge with its evidence sentence.

The rules are general; what they know about ranks, titles, units and
regions comes from ``loaders/data`` through ``loaders.lexicon``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING
from functools import lru_cache

from kg.model import ArticleGraph, make_id
from loaders.clean import Cleaned, clean
from loaders.cues import anchored
from loaders.dates import find_dates, find_time, text_year
from loaders.lexicon import (Lexicon, UnitKind, alternation, factored, lexicon, spelling_pattern, squash,
                             territorial_names, word_class, words)
from loaders.names import PREFIX_DEGREES, NameMatch, is_short_form, read_name
from loaders.read import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPASS = r"(?:Barat|Timur|Utara|Selatan|Tengah|Kota|Raya|Daya|Jaya|Baru|Besar|Kepulauan)"
STATUS = {"plt": "acting", "pj": "acting", "plh": "acting", "penjabat": "acting",
          "pelaksana tugas": "acting", "pelaksana harian": "acting", "mantan": "former", "eks": "former"}
ATTEND_CUES = re.compile(r"\b(hadir|dihadiri|menghadiri|diikuti|mengikuti|ikut|turut|memimpin|dipimpin|membuka|dibuka|"
                         r"narasumber|memaparkan|paparan|bersama|didampingi|menerima|diterima|bertemu|"
                         r"melaksanakan|menggelar|digelar|sambutan|arahan)\b", re.I)
CHAIR_CUES = re.compile(r"\b(memimpin|dipimpin|membuka|dibuka|dipandu)\b", re.I)
SPEAKER_CUES = re.compile(r"\b(narasumber|memaparkan|paparan|pemateri)\b", re.I)
ORGANISER_CUES = re.compile(r"\b(?:diselenggarakan|digelar|dilaksanakan|diadakan|yang\s+(?:diselenggarakan|digelar|dilaksanakan))\s+(?:oleh\s+)?", re.I)
UNIT_CLASS = r"(?:\s*Kelas\s+[IV]{1,3}[A-C]?)?"
SPEECH = r"(?:\s*,?\s*(?:dalam\s+)?(?:amanat|sambutan|arahan|pidato|pesan)(?:nya)?)?"
# the initials a name is known by, written after it: "Bupati Sinjai Andi Seto Asapa (ASA) yang diwakili ..."
NICKNAME = r"(?:\s*\(\s*[A-Z][A-Za-z.]{1,10}\s*\))?"
REPRESENT_BY = re.compile(r"^" + NICKNAME + UNIT_CLASS + SPEECH + r"\s*,?\s*(?:yang\s+)?(?:diwakili|diwakilkan|disampaikan|dibacakan|diwakilkan)\s+(?:oleh\s+)?", re.I)
REPRESENT_VIA = re.compile(r"^" + NICKNAME + UNIT_CLASS + r"\s*,?\s*(?:melalui|lewat)\s+", re.I)
MEWAKILI_FIRST = re.compile(r"(?:^|[,;]\s*|\s-\s)\s*(?:Mewakili|mewakili)\s+")
# "1. Andri wijaya ( kasi pemerintahan )", at a list number or where a sentence begins after one
LISTED_WITH_OFFICE = re.compile(r"(?:^\s*|(?<![\w/.])\d{1,2}\s*\.\s*)(?P<who>[A-Z][a-z]+(?:\s+[a-z][a-z'-]+){0,3})"
                                r"\s*\(\s*(?P<office>[A-Za-z][^()]{1,60}?)\s*\)")
# a short form in brackets after a long one: "Kepala Bidang Hubungan Masyarakat (Kabid Humas)"
BRACKETED = re.compile(r"\s*\(([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\)")
# a stand-in right after the cue: "Kalaksa BPBD Riau diwakili | Kabid Kedaruratan ..."
REPRESENT_BEFORE = re.compile(r"(?:diwakili|diwakilkan)\s+(?:oleh\s+)?$", re.I)
REPRESENTING = re.compile(r"^\s*,?\s*(?:\(\s*)?(?:yang\s+|selaku\s+|sebagai\s+)?(?:mewakili|perwakilan(?:\s+dari)?)\s+", re.I)
VENUE = re.compile(r"\b(?:di|bertempat di)\s+((?:Aula|Ruang|Gedung|Hotel|Kantor|Balai|Mapolres|Mapolda|Mapolresta|Mapolsek|"
                   r"Makodim|Mako|Markas|Pendopo|Rumah Jabatan|Rujab|Gedong|Lapangan|Convention|Ballroom|Wisma|Graha|"
                   r"Puskodal|Balaikota|Kompleks|Operation Room|Command Center)[^,.;()]*)")
# Between an office and its holder: a comma, "yakni", or the holder's division
# ("Komisioner KPU Belu Divisi Teknis Penyelenggara, Yoni A. Neolaka").
# ... or the place's abbreviation in brackets ("Kapolda Kalimantan Utara (Kaltara) Irjen Pol ..."), or
# "yang baru" ("Kapolda Kalteng yang baru, Brigjen Pol ...").
TITLE_GAP = re.compile(r"\s*(?:\([A-Za-z]{2,12}\)\s*)?(?:yang\s+(?:baru|lama)\s*,?\s*)?"
                       r"(?:(?:Divisi|Devisi|Bidang|Bagian|Seksi)\s+(?:(?:[A-Z][\w-]*|dan|&)\s+){0,5}?"
                       r"[A-Z][\w-]*\s*,\s*)?(?:,|:|yakni|yaitu)?\s*"
                       # "para anggota Bawaslu X masing-masing A, B, C"; "Kapolres X dijabat oleh AKBP Y"
                       r"(?:(?:masing-masing|antara lain|di ?antaranya)\s*:?\s*|(?:yang\s+baru\s+)?(?:akan\s+)?dijabat\s+oleh\s+"
                       r"|yang\s+(?:kini|sekarang)\s+dipimpin\s+(?:oleh\s+)?)?"
                       # the holder in brackets: "Sekretaris FKDM (I Putu Gede Parma, S.ST)"
                       r"(?:\(\s*(?=[A-Z][a-z]*\.?\s+[A-Z]))?")
# glued staff titles of a Polda's headquarters (directors, heads of bureaus and fields), and the end
# of a list item after one
POLDA_STAFF = re.compile(r"(?:Wadir|Dir|Wakabid|Kabid|Karo)[a-z]")
LIST_ITEM_END = re.compile(r"\s*(?:,|\.|;|\s(?:dan|serta)\s)")
# offices of many: "para Kapolres", "Ketua KPU Kab/Kota se-Jawa Barat", "Kapolsek jajaran"
GROUP_BEFORE = re.compile(r"(?<![\w])[Pp]ara\s+$")
GROUP_AFTER = re.compile(r"\s*(?:Kab(?:upaten)?\s*/\s*Kota|se-|se\s+(?:Provinsi|Kabupaten|Kota|wilayah)|jajaran\b|Jajaran\b)")
# an office said of the name before it
SAID_OF_BEFORE = re.compile(r"[\w.]\s*,?\s+(?:selaku|sebagai|(?:akan\s+|sebelumnya\s+)?(?:menjabat|jabat)(?:\s+sebagai)?)\s+$")
# "AKBP X yang akan menjabat sebagai Karo SDM Polda Y", "AKBP X sebelumnya menjabat Wadir ..."
TAKES_OFFICE = re.compile(r"\s*,?\s*(?:yang\s+)?(?:akan\s+|kini\s+|sebelumnya\s+|saat\s+ini\s+|nantinya\s+)?"
                          r"(?:menjabat|jabat|dijabat)\s+(?:sebagai\s+)?")
ELECTION = re.compile(r"(?<![\w])(?:memilih|pemilihan|dipilih|calon|paslon|kandidat)(?![\w])")
# "Persiapan Pemilihan Bupati dan Wakil Bupati ...": the office right after the election's name
ELECTED_OFFICE = re.compile(r"(?<![\w])(?:Pemilihan|Pemilu|Calon|Cabup|Cawabup)\s+(?:Umum\s+)?(?:[A-Z][\w]*\s+){0,3}(?:dan\s+)?$")
NATIONAL = {"tni", "polri"}
NATIONAL_PLACES = {"RI", "Pusat"}
# bodies every regency and province has one of, that a story names without its place
PLACED_BY_STORY = word_class("placed_by_story")
AGENDA = word_class("agenda")
TITLE_RESPELLINGS = word_class("title_respelling")
PLAIN_DEPUTIES = word_class("plain_deputy")
# forms of address of a wife named with her husband's name
WIVES = word_class("wife")
# the units of titles whose place must be a known one (see _title_pattern)
CIVIL_SEATS = {"Pemerintah Provinsi", "Pemerintah Kabupaten", "Pemerintah Kota", "Pemerintah", "Kejati", "Kejari"}
# bureaus, divisions and sections of a headquarters, named before it ("Biro Ops Polda NTB")
STAFF_UNIT_WORDS = {"biro": "Biro", "bid": "Bid", "bidang": "Bid", "dit": "Dit", "direktorat": "Dit", "sat": "Sat",
                    "satuan": "Sat", "bag": "Bag", "bagian": "Bag", "subdit": "Subdit", "si": "Si", "seksi": "Si"}
STAFF_UNIT = re.compile(r"(?<![\w])(?P<section>Biro|Bidang|Bid|Direktorat|Dit|Satuan|Sat|Bagian|Bag|Subdit|Seksi|Si)"
                        r"\s+(?P<function>[A-Z][a-z]{2,}|[A-Z]{2,6})\s+$")
STAFF_UNIT_PARENTS = {"polda", "polres", "polresta", "polrestabes", "kodam", "korem", "kodim", "brimob"}
# rank words both services use without their service word ("Brigjen Awi", "Jenderal Listyo")
SHARED_RANKS = word_class("shared_rank")
# administrative areas ("di Desa Oebelo, Kecamatan Insana") say where, not who: they are units
# only as the unit of an office ("Kepala Desa Oebelo", "Camat Insana")
AREAS = {"kecamatan", "kelurahan", "desa"}
PRESENT_CUES = re.compile(r"\b(?:dihadiri|hadir|diikuti|turut|antara lain|diantaranya|di antaranya)\b", re.I)
LIST_POSITION = re.compile(r"(?:,|\bdan|\bserta|\bbeserta|\b(?:dihadiri|diikuti)(?:\s+oleh)?|\bhadir(?:\s+pula)?|"
                           r"\bantara lain|\bdiantaranya)\s*$", re.I)
# a sentence that ends by announcing a list: the list is in the next paragraph
LIST_INTRO = re.compile(r"(?:\b(?:dihadiri|diikuti)(?:\s+(?:oleh|pula))?|\bhadir(?:\s+pula)?|\bantara\s+lain|"
                        r"\bdi\s*antaranya|\byakni|\byaitu|:)\s*$", re.I)
# the last characters LIST_INTRO can end with (before spaces): most sentences end with none of them
LIST_INTRO_LAST = frozenset("ihanru:IHANRU")


def _announces_list(text: str) -> bool:
    """``LIST_INTRO`` at the end of a sentence; its last character tested first (other letters than
    ASCII go to the pattern, which may read them as one of these in another case)."""
    tail = text[-40:]
    last = tail.rstrip()[-1:]
    if last.isascii() and last not in LIST_INTRO_LAST:
        return False
    return bool(LIST_INTRO.search(tail))
# "Wali Kota X tak bisa hadir", "ketidakhadiran Ibu Wali Kota X": named, but not there
ABSENT_AFTER = re.compile(r"\b(?:tidak|tak|belum|berhalangan)\s+(?:(?:bisa|dapat|sempat)\s+)?hadir\b", re.I)
ABSENT_BEFORE = re.compile(r"\b(?:ketidakhadiran|berhalangan\s+hadirnya|absennya)\b", re.I)
CLAUSE_BREAK = re.compile(r"\b(?:dan|serta|bersama|beserta|hadir|menghadiri|didampingi)\b", re.I)
STREET = re.compile(rf"(?<![\w])(?:{'|'.join(word_class('street'))})\.?\s*$", re.I)
# forms of address that only ever stand before a person's name
ADDRESSED = re.compile(rf"(?<![\w])(?:{'|'.join(sorted((w.capitalize() for w in word_class('addressed')), key=len, reverse=True))})"
                       r"\.?\s+(?=[A-Z])")
# the first two letters of each of them: a sentence with none of these has no form of address
# (a substring test costs far less than trying ADDRESSED at every character)
ADDRESSED_HEADS = frozenset(w.capitalize()[:2] for w in word_class("addressed"))
# what may follow a one-word name after an office: the clause goes on in lower case, or ends
SINGLE_NAME_END = re.compile(r"\s*(?:[,;.:()]|\s(?:dan|serta|selaku|sebagai|yang|beserta|bersama)\b|(?P<verb>\s[a-z]))")
AFTER_LONE_NAME = word_class("after_lone_name")
# Indonesian verbs begin with these prefixes: a headline's "Kapolres Malang Berdialog dengan ..." has no name
VERB_SHAPE = re.compile(r"(?:Ber(?!n)|Be|Mem|Men|Meng|Meny|Me|Di|Ter|Per|Pe)[a-z]{4,}")
# a one-word name is written like one: a capital, then lower case ("Sudirman", "Ma'ruf"), not "SIJatim"
LONE_NAME = re.compile(r"[A-Z][a-z]+(?:['’][a-z]+)?")
# where a clause listing one office and its holder ends
# (a comma before a degree, "Budi Lubis, S.IP, ...", does not end it)
CLAUSE_END = re.compile(r",(?!\s*(?:[A-Z]\.\s?[A-Za-z]{1,4}(?:\.[A-Za-z]{1,4})*\.?|[A-Z]{2,5}\.?)(?:[,\s]|$))"
                        r"|;|\s(?:dan|serta|beserta|juga|yang)\s|\.(?=\s|$)")
DEMONSTRATIVE = re.compile(r"\s+(?:ini|tersebut|itu)\b")
ABBREVIATION = re.compile(r"(?:(?:^|\s)[A-Z][a-z]{0,2}\.|\b(?:No|Kab|Prov|Kec|Kel|Jl|Ds|Pol|Inf|Tbk|Bpk|Sdr|PT|CV|Dt|Pt)\.)$")


# -- patterns built from the lexicon ---------------------------------------

@dataclass
class Patterns:
    rank: re.Pattern
    title: re.Pattern
    unit: re.Pattern
    meeting: re.Pattern


def _place_pattern(lex: Lexicon, kinds: tuple[str, ...] = ("province", "regency"), words: int = 1,
                   guarded: bool = False, known_only: bool = False, closed: bool = False) -> str:
    """A place after a unit or title word: a known region, or capitalised
    words that are not stopwords. Capitals are required even though the
    surrounding pattern ignores case (``Polsek menjelaskan`` is no unit).
    ``guarded``: an unknown place must be followed by a delimiter or a rank,
    so that ``Wakil Wali Kota Punjul Santoso`` does not read a name as a place."""
    known = alternation([form for region in {r for r in lex.regions.values() if r.kind in kinds}
                         for form in region.forms], tree=False)  # matched case-sensitively
    ranks = alternation(list(lex.ranks))
    # stopwords in any case, and no rank ("Brimob Komisaris Besar Adeni" is no place)
    word = rf"(?!(?i:{_stops()})\b)(?!(?i:{ranks})(?![\w]))[A-Z][a-zA-Z'-]{{2,}}"
    unknown = rf"(?-i:{word}(?:\s+{word}){{0,{words - 1}}}(?:\s+{COMPASS})*)"
    if closed:
        # several unknown words are a place only where a rank (or a bracket) closes them
        # ("Danlanud Silas Papare Marsma TNI ...", "Danlanal Pulau Laut, Letkol ...")
        ends_known = rf"{word}(?:\s+{word})?\s+(?-i:{known})(?![a-z])(?=\s*[,.;:()]|\s+(?-i:[a-z])|\s+{ranks}(?![\w]))"
        unknown = rf"(?:(?-i:{ends_known})|{unknown}(?=\s*,?\s*{ranks}(?![\w])|\s*\())"
    elif guarded:
        unknown += rf"(?=\s*[,.;:()]|\s+(?-i:[a-z])|\s*$|\s+{ranks}(?![\w]))"
    known_first = rf"(?-i:{known})(?![a-z])(?:\s+(?-i:{COMPASS})(?![a-z]))?"
    if known_only:
        # a body that may stand without a place ("KPU", "Bawaslu") takes only a place the gazetteer
        # knows, or one its level names ("KPU Kabupaten X"): in "Ketua KPU Siti Rahmawati" Siti is a name
        return rf"(?:(?-i:Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?)\s+(?:{known_first}|{unknown})|{known_first}|(?-i:RI|Pusat)(?![\w]))"
    # sub-district names run longer than the regency they start with ("Polsek Medan Tuntungan")
    choice = f"{unknown}|{known_first}" if words > 1 else f"{known_first}|{unknown}"
    return rf"(?:(?-i:Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?)\s+)?(?:{choice})"


@lru_cache(maxsize=1)
def _stops() -> str:
    lex = lexicon()
    words = {w for w in lex.stopwords if w.isalpha()}
    return factored(sorted((re.escape(w) for w in words), key=len, reverse=True))


CODE_TEMPLATE = (r"(?P<code>\d{{2,4}}(?:\s?[/-]\s?\d{{1,2}}(?![\d]))?|[IVX]{{1,5}})"
                 r"(?:\s?[/-]\s?(?P<cname>(?-i:[A-Z][\w]*)(?:\s(?!{ranks}(?![\w]))(?!(?i:{stops})(?![\w]))(?:(?-i:[A-Z][\w]*)|\d+))?))?")


@lru_cache(maxsize=1)
def code_pattern() -> str:
    """A military code with its name (``1605/Belu``, ``IX/Udayana``); a rank after it is not part of the name."""
    return CODE_TEMPLATE.format(ranks=alternation(list(lexicon().ranks)), stops=_stops())


def _unit_pattern(lex: Lexicon) -> str:
    province = _place_pattern(lex, ("province",))
    region = _place_pattern(lex)
    place = _place_pattern(lex, words=3)
    known_region = _place_pattern(lex, known_only=True)
    by_place = {
        "province": rf"\s+(?P<p_prov>{province})",
        "region": rf"\s+(?P<p_reg>{region})",
        "place": rf"\s+(?P<p_place>{place})",
        "code": rf"\s+{code_pattern()}(?:\s+(?P<p_code>{region}))?",
        "polda": rf"(?:\s+Polda|da)?\s+(?P<p_polda>{province})",
        "optional": rf"(?:\s+(?P<p_opt>{known_region}))?",
        "none": "",
    }
    parts = []
    for place, group in by_place.items():
        spellings = [s for s, u in lex.units.items() if u.place == place]
        if spellings:
            parts.append(rf"(?P<u_{place}>{alternation(spellings)}){group}")
    return r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])"


# a long form with its short one in brackets before the place: "Komandan Pangkalan TNI AL (Danlanal) Balikpapan"
BRACKETED_SHORT_FORM = r"\s*\([A-Z][A-Za-z]{1,12}\)"
ABBREVIATED = rf"(?:{BRACKETED_SHORT_FORM})?"


def _title_pattern(lex: Lexicon) -> str:
    status = r"(?:(?P<status>Plt\.?|Pj\.?|Plh\.?|Penjabat|Pelaksana\s+Tugas(?:\s*\(Plt\.?\))?|Pelaksana\s+Harian|mantan|eks)\s+)?"
    compound = [s for s, t in lex.titles.items() if t.unit]
    plain = [s for s, t in lex.titles.items() if not t.unit]
    # heads of units named after any place, often a person or a hero (Lanud Silas Papare, Lanal Pulau Laut)
    by_short = {u.short: u for u in lex.unit_kinds.values()}
    anywhere = [s for s, t in lex.titles.items() if t.unit in by_short and by_short[t.unit].place == "place"]
    region = _place_pattern(lex, guarded=True)
    coded_place = _place_pattern(lex, words=2, guarded=True)  # "Danrem 102 Panju Panjung, Brigjen TNI ..."
    long_place = _place_pattern(lex, words=3, closed=True)
    # heads of regional governments and courts are followed by their names as often as by their
    # places: only a place the gazetteer knows is one ("Bupati Asman" is Bupati Asman Abnur)
    # and so are heads of bodies that may stand without a place ("Kasatpol PP Rosidi, ...")
    optional = {u.short for u in lex.unit_kinds.values() if u.place == "optional"}
    civil = [s for s, t in lex.titles.items() if t.unit in CIVIL_SEATS or t.unit in optional]
    known_place = _place_pattern(lex, known_only=True)
    return (rf"(?<![\w]){status}(?:(?P<t_multi>{alternation(anywhere)}){ABBREVIATED}\s+(?P<t_mplace>{long_place})|"
            rf"(?P<t_civil>{alternation(civil)})(?:{ABBREVIATED}\s+(?P<t_kplace>{known_place}))?(?![\w])|"
            rf"(?P<t_comp>{alternation(compound)})(?:{ABBREVIATED}\s+(?:{code_pattern()}(?:\s+(?P<t_cplace>{coded_place}))?|"
            rf"(?P<t_place>{region})))?|(?P<t_plain>{alternation(plain)}))(?![\w])")


@lru_cache(maxsize=1)
def staff_title_pattern() -> re.Pattern:
    """A staff title and one to four capitalised function words (``Sarana dan Prasarana``);
    the caller cuts the function where a unit, a rank or a known place begins."""
    lex = lexicon()
    stops = "|".join(re.escape(w) for w in words("staff_function_stops.txt"))
    word = rf"(?!(?:{stops})(?![\w-]))[A-Z][\w]*"
    return re.compile(rf"(?<![\w])(?P<staff>(?i:{alternation(list(lex.staff_titles))}))\s+"
                      rf"(?P<function>{word}(?:\s+(?:dan\s+)?{word}){{0,3}})(?![\w])")


@lru_cache(maxsize=1)
def _known_regions() -> str:
    """Every written form of every province and regency, as one alternation."""
    return alternation([form for region in lexicon().regions.values() for form in region.forms], tree=False)


def _office_place() -> str:
    """A known place after an office, with its administrative prefix (``Kab. Badung``)."""
    return rf"(?:(?:Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?)\s+)?(?:{_known_regions()})(?![a-z])"


@lru_cache(maxsize=1)
def known_place_pattern() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:(?:Kabupaten|Kab\.|Kota|Provinsi)\s+)?{_known_regions()}(?![\w])")


@lru_cache(maxsize=1)
def agency_head_pattern() -> re.Pattern:
    """Heads of regional agencies written as one word, with their place: ``Kadishub DKI Jakarta``,
    ``Kadinkes Sikka`` (Kepala Dinas Perhubungan / Kesehatan)."""
    return re.compile(rf"(?<![\w])(?P<title>Ka(?:dis|din)[a-z]{{2,}})(?P<org>)\s+(?P<place>{_office_place()})(?![\w])")


ORG_WORD = r"(?:PT\.|[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?|Dis[a-z]{2,}|Satgas|Badko|Covid-19)"


@lru_cache(maxsize=1)
def glued_title_pattern() -> re.Pattern:
    """A staff title written as one word (``Kabidpropam``, ``Dirpamobvit``, ``Kabaharkam``): see glued_titles.tsv."""
    glued = lexicon().glued_titles
    prefixes = "|".join(sorted(glued["prefix"], key=len, reverse=True))
    functions = "|".join(sorted(glued["function"], key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?P<title>(?:{prefixes})(?:{functions}))(?![\w])")


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    return frozenset(words("body_heads.txt"))


@lru_cache(maxsize=1)
def org_title_pattern() -> re.Pattern:
    """A leading title, one to four organisation words (acronyms or ``Dis...``
    agencies), and optionally a known place."""
    titles = alternation(lexicon().org_titles)
    ranks = alternation(list(lexicon().ranks))
    # any body's name, closed by a known place: "Kepala Jasa Raharja Provinsi Aceh", "Ketua Organda Kota X"
    word = rf"(?!(?i:{ranks})(?![\w]))[A-Z][\w/&.-]*"
    # ("Kabag Kesbangpol dan Kadishub Jabar" are two offices: no title after "dan")
    named = rf"{word}(?:\s+(?:(?:dan|&)\s+(?!(?:{titles}|Ka(?:dis|din)[a-z]+)(?![\w])))?{word}){{0,4}}?"
    # or by an airport or a port, named after a place or a person ("Kepala Imigrasi Bandara Kualanamu,")
    facility = r"(?:Bandara|Bandar\s+Udara|Pelabuhan)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?=\s*[,.;:)]|\s+(?:dan|serta)\s|\s*$)"
    return re.compile(rf"(?<![\w])(?P<title>{titles})\s+(?:(?P<named>{named})\s+(?P<named_place>{_office_place()}|{facility})(?![\w])|"
                      rf"(?P<org>{ORG_WORD}(?:\s+{ORG_WORD}){{0,3}})(?:\s+(?P<place>{_office_place()}))?(?![\w]))")


BODY_WORDS = word_class("body_word")
DELEGATE_BEFORE = re.compile(r"\b[Pp]erwakilan(?:\s+dari)?\s+$")
WIFE_FORM = re.compile(rf"(?i:{'|'.join(sorted(word_class('wife')))})\b")
BODY_TOKEN = re.compile(r"\([A-Z][^()]{0,24}\)|\(?[A-Za-z][\w&.-]*\)?")
ACRONYM_WORD = re.compile(r"\(?[A-Z][A-Z0-9]{1,7}\)?|[A-Z][a-z]*[A-Z][A-Za-z]*")
# what closes a name: punctuation, the end, a degree's comma, a conjunction or a clause word
NAME_CLOSED = re.compile(rf"\s*(?:[,.;:)]|$|(?:{'|'.join(sorted(AFTER_LONE_NAME))})\b)")


@lru_cache(maxsize=1)
def org_titles() -> frozenset[str]:
    return frozenset(lexicon().org_titles)


@lru_cache(maxsize=1)
def org_head_pattern() -> re.Pattern:
    """The leading titles of org_titles.txt, capitalised, as words of their own."""
    return re.compile(rf"(?<![\w])(?P<title>{alternation(lexicon().org_titles)})(?![\w])")


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = lexicon()
    corps = "|".join(spelling_pattern(c) for c in sorted(lex.corps, key=len, reverse=True) if not c.startswith("("))
    rank = rf"(?<![\w])(?P<rank>{alternation(list(lex.ranks))})(?P<corps>(?:\s+(?:{corps})(?![\w]))*(?:\s*\((?:[A-Z]{{1,2}}|(?i:purn|mar|han|ret)\.?)\))*)(?![\w])"
    # a comma between rank and name ("Kapolres Gorontalo AKBP, Ade Permana") belongs to the rank
    rank += r"(?:,(?=\s(?-i:[A-Z][a-z])))?"
    return Patterns(
        rank=re.compile(rank, re.I),
        title=re.compile(_title_pattern(lex), re.I),
        unit=re.compile(_unit_pattern(lex), re.I),
        meeting=re.compile(r"(?<![\w])" + alternation(list(lex.meeting_words)) + r"(?![\w])", re.I),
    )


# -- mentions ---------------------------------------------------------------

@dataclass
class UnitRef:
    id: str
    name: str
    kind: str
    service: str
    aliases: list[str] = field(default_factory=list)
    region: str | None = None
    code: str | None = None
    parent: "UnitRef | None" = None


@dataclass
class TitleMention:
    start: int
    end: int
    title: str
    role: str
    status: str
    position: str  # office name: title + unit/place
    aliases: list[str]
    unit: UnitRef | None
    holder: "PersonMention | None" = None
    organisation: bool = False  # "Ketua MUI Kabupaten Badung": an office of a body the lexicon does not know
    staff: bool = False  # "Kabid Humas Polda Sulsel": a staff office read from its parts
    field_of: str = ""  # "Staf Ahli Bupati X Bidang Hukum": the field an advisor's office is for


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    degrees: list[str]
    rank: str | None
    rank_service: str | None
    corps: str | None
    title: TitleMention | None
    sentence: int
    honorific: str | None = None
    key: str = ""
    delegate_of: UnitRef | None = None  # "perwakilan Kejari X, Nama": the body that sent them


@dataclass
class Sentence:
    index: int
    start: int
    text: str


def _no_break(text: str, dot: int, end: int) -> bool:
    """A full stop that ends an abbreviation (``S.I.K.``, ``Mayjen.``, ``Inf.``), not a sentence."""
    if text[dot] != ".":
        return False
    lex = lexicon()
    before = text[max(0, dot - 60):dot]  # a window, not the whole paragraph: long texts stay linear
    word = re.search(r"(\S+)$", before)
    nxt = re.match(r"\s+(\S+)", text[end:])
    if word is None:
        return False
    w = word.group(1).strip("(")
    if nxt and (squash(nxt.group(1)) in lex.corps or lex.is_degree(nxt.group(1).rstrip(",."))):
        return True  # "Mayjen. TNI", "S.H. M.H"
    if squash(w) in PREFIX_DEGREES or len(w) == 1:
        return True  # "H. Saripudin", "Dr. Aloysius", initials
    following = nxt.group(1).strip(",.") if nxt else ""
    if re.fullmatch(r"[A-Z][A-Za-z]{1,4}", w) and following[:1].isupper() and not lex.is_stopword(following) \
            and not lex.title(following) and _after_rank(lex, before, w):
        return True  # a first name cut short after a rank: "Sertu RM. Hutapea", "Marsma TNI Mokh. Mukhson"
    if lex.is_degree(w) and nxt and not nxt.group(1)[:1].isupper():
        return True
    if ABBREVIATION.search(text[max(0, dot - 60): dot + 1]):
        return True
    return bool(lex.rank(w) or squash(w) in lex.corps or lex.title(w))


def _after_rank(lex: Lexicon, before: str, word: str) -> bool:
    """Whether ``word``, the last of ``before``, comes right after a rank (with its service word)."""
    ws = before[:len(before) - len(word)].split()
    return bool(ws) and any(lex.rank(" ".join(ws[-k:])) for k in (1, 2, 3) if len(ws) >= k)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences, without splitting after ``S.I.K.``, ``Pol.`` or initials."""
    out = []
    offset = 0
    for para in text.split("\n"):
        start = 0
        for m in re.finditer(r"[.!?][\"”’]?(?=\s+[\"“A-Z])", para):
            if _no_break(para, m.start(), m.end()):
                continue
            piece = para[start:m.end()]
            if piece.strip():
                out.append(Sentence(len(out), offset + start, piece))
            start = m.end()
        if para[start:].strip():
            out.append(Sentence(len(out), offset + start, para[start:]))
        offset += len(para) + 1
    return out


def _region_forms(lex: Lexicon, place: str | None) -> tuple[str | None, list[str], str | None]:
    """Canonical short form, all written forms and province of a place."""
    if not place:
        return None, [], None
    bare = re.sub(r"^(Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?)\s+", "", place, flags=re.I).strip()
    # the whole text first: "Kota Yogyakarta" is the city, "Yogyakarta" alone the province
    region = lex.region(place.strip()) or lex.region(bare)
    if region is None:
        # "Polsek Kota Raja": an unknown place keeps its "Kota", which is part of its name
        kept = re.sub(r"^(Kabupaten|Kab\.?|Provinsi|Prov\.?)\s+", "", place, flags=re.I).strip()
        return kept, list(dict.fromkeys([kept, bare])), None
    forms = list(dict.fromkeys([region.short, *region.forms, bare]))
    return region.short, forms, region.province


def make_unit(lex: Lexicon, kind: UnitKind, place: str | None = None, code: str | None = None,
              cname: str | None = None, written: str | None = None) -> UnitRef:
    """A Unit with its canonical name and the aliases other writers use."""
    unit = _canonical_unit(kind.kind, place, code, cname)
    aliases = list(unit.aliases)
    written = re.sub(r"\s+", " ", written).strip() if written else ""
    if written and written != unit.name and written not in aliases:
        aliases = (aliases + [written])[:40]
    # a copy with its own aliases (dataclasses.replace does the same, through introspection)
    return UnitRef(unit.id, unit.name, unit.kind, unit.service, aliases, unit.region, unit.code, unit.parent)


@lru_cache(maxsize=None)
def _spellings(kind_name: str) -> list[str]:
    """Every way the lexicon writes a unit kind (its keys are squashed spellings)."""
    kind = lexicon().unit_kinds[kind_name]
    return [s for s, u in lexicon().units.items() if u is kind]


@lru_cache(maxsize=16384)
def _canonical_unit(kind_name: str, place: str | None, code: str | None, cname: str | None) -> UnitRef:
    """The unit of a kind at a place (cached: articles name the same units again and again, and
    building the aliases cost a tenth of reading an article). Callers get copies, never this one."""
    lex = lexicon()
    kind = lex.unit_kinds[kind_name]
    short, forms, province = _region_forms(lex, place)
    spellings = _spellings(kind_name)
    display = kind.short
    aliases: list[str] = []
    if code:
        code = re.sub(r"\s", "", code)
        base = f"{kind.short} {code}"
        name = f"{base}/{cname or short}" if (cname or short) else base
        aliases = [base] + ([f"{base} {cname or short}"] if (cname or short) else [])
        key = f"{kind.kind} {code}"
        if kind.kind == "kodam" and cname:
            key = f"{kind.kind} {cname}"
            aliases.append(f"{kind.short} {cname}")
    elif short:
        if kind.kind == "brimob":
            name = f"Brimob Polda {short}"
            aliases = [f"{s} Polda {f}" for s in ("Satbrimob", "Sat Brimob", "Brimob") for f in forms]
            aliases += [f"Satbrimobda {f}" for f in forms]
        else:
            prefix = display
            if short in NATIONAL_PLACES:
                name = f"{prefix} RI"  # "Bawaslu RI", "KPU Pusat": the national body
                aliases = [f"{s} {f}" for s in spellings + [prefix] for f in sorted(NATIONAL_PLACES)]
            elif kind.place == "optional" or kind.kind in {"kesbangpol"}:
                level = "Provinsi" if province and lex.region(short) and lex.region(short).kind == "province" else "Kabupaten"
                region = lex.region(short)
                if place and re.match(r"Kota\b", place, re.I) or region is not None and region.level == "kota":
                    level = "Kota"
                # a city's short form may carry its "Kota" ("Kupang Kota"): "Bawaslu Kota Kupang", once
                city = re.sub(r"\s+Kota$", "", short) if level == "Kota" else short
                name = f"{prefix} {level} {city}" if kind.kind != "kesbangpol" or level else f"{prefix} {short}"
                aliases = [f"{s} {lvl}{f}" for s in spellings + [prefix] for f in forms
                           for lvl in ("", f"{level} ", "Kab. " if level == "Kabupaten" else "")]
            else:
                name = f"{prefix} {short}"
                aliases = [f"{s} {f}" for s in spellings + [prefix] for f in forms]
        key = f"{kind.kind} {'RI' if short in NATIONAL_PLACES else forms[0] if province is None else lex.region(short).name}"
    else:
        name = display
        aliases = []
        key = kind.kind
    aliases = [a.strip() for a in dict.fromkeys(aliases) if a.strip() and a.strip() != name]
    return UnitRef(make_id("Unit", key), name, kind.kind, kind.service, tuple(aliases[:39]),
                   region=short, code=code)


def _title_case(text: str) -> bool:
    """Whether most words are capitalised, as in a headline."""
    words_ = re.findall(r"[A-Za-z]+", text)
    return len(words_) >= 4 and sum(w[0].isupper() for w in words_) >= 0.8 * len(words_)


@lru_cache(maxsize=1)
def _kinds_by_short() -> dict[str, UnitKind]:
    out: dict[str, UnitKind] = {}
    for kind in lexicon().unit_kinds.values():
        out.setdefault(kind.short, kind)  # the first kind of that short form, as units.tsv lists them
    return out


def kind_named(short: str | None) -> UnitKind | None:
    """The unit kind a title names by its short form (``Kapolres`` -> ``Polres``), or None."""
    return _kinds_by_short().get(short) if short else None


# offices of districts and villages, whose names run over several words ("Siak Hulu", "Tanah Merah")
LOCAL_AREAS = {"Kecamatan": "district", "Desa": "village", "Kelurahan": "village"}


def _local_area(lex: Lexicon, unit: str, text: str, start: int, shortest: int = 2) -> str | None:
    """The longest run of ``shortest`` to three capitalised words at ``start`` that the gazetteer
    knows as a district (for a camat) or a village (for a kepala desa or lurah), leaving at least
    one word after it (the holder's name)."""
    run = re.match(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}", text[start:])
    if run is None:
        return None
    look = lex.district if LOCAL_AREAS[unit] == "district" else lex.village
    ws = run.group(0).split()
    for k in range(min(3, len(ws) - 1), shortest - 1, -1):
        if look(" ".join(ws[:k])):
            return " ".join(ws[:k])
    return None


def _names_its_unit(title: str, unit_word: str) -> bool:
    """``Kasdim`` names its Kodim and ``Sekcam`` its Kecamatan (they share three letters);
    ``Asintel`` does not name its Kejati."""
    t, u = title.lower(), unit_word.lower()
    return any(u[i:i + 3] in t for i in range(len(u) - 2))


def _government_of(lex: Lexicon, place: str) -> str:
    """The kind of government a place has: pemprov, pemkot or pemkab."""
    region = lex.region(place)
    if region is not None and region.kind == "province":
        return "pemprov"
    return "pemkot" if re.match(r"Kota\b", place) or region is not None and region.level == "kota" else "pemkab"


def _unit_from_match(lex: Lexicon, m: re.Match) -> UnitRef | None:
    groups = m.groupdict()
    for place in ("province", "region", "place", "code", "polda", "optional", "none"):
        spelled = groups.get(f"u_{place}")
        if spelled is None:
            continue
        kind = lex.unit_kind(spelled)
        where = groups.get("p_prov") or groups.get("p_reg") or groups.get("p_place") or groups.get("p_polda") \
            or groups.get("p_opt") or groups.get("p_code")
        if place == "code":
            return make_unit(lex, kind, where, groups.get("code"), groups.get("cname"), m.group(0))
        if place in ("province", "region", "place", "polda") and not where:
            return None
        return make_unit(lex, kind, where, written=m.group(0))
    return None


AREA_WORDS = {"desa", "ds", "kelurahan", "kel"}


def _area_run(lex: Lexicon, text: str, pos: int) -> tuple[str, int] | None:
    """One to three capitalised words from ``pos``, closed by a rank or a lower-case word: the
    village's name, and where it ends."""
    words = list(re.finditer(r"\s+([A-Z][\w'-]*)", text[pos:pos + 80]))
    run: list[re.Match] = []
    for w in words:
        if (run and w.start() != run[-1].end()) or (not run and w.start() != 0):
            break
        if lex.rank(w.group(1)) or lex.title(w.group(1)):
            break
        run.append(w)
    if not 1 <= len(run) <= 3:
        return None
    end = pos + run[-1].end()
    rest = text[end:end + 40]
    after = re.match(r"\s+(\S+)", rest)
    # (a comma or the end closes a name as well: "Kepala Desa Sukamaju Budi Santoso,")
    closed = after and (after.group(1)[:1].islower() and after.group(1) not in AFTER_LONE_NAME
                        or lex.rank(after.group(1).rstrip(".,")))
    return (" ".join(w.group(1) for w in run), end) if closed else None


def _title_from_match(lex: Lexicon, m: re.Match, units: list[tuple[int, int, UnitRef]], text: str) -> TitleMention | None:
    groups = m.groupdict()
    comp = next((g for g in ("t_multi", "t_civil") if groups.get(g)), "t_comp")
    written = groups.get(comp) or groups.get("t_plain")
    title = lex.title(written)
    if title is None:
        return None
    status = STATUS.get(squash(re.sub(r"\(.*", "", groups.get("status") or "")), "current")
    end = m.end()
    unit: UnitRef | None = None
    if title.unit:
        kind = lex.units.get(squash(title.unit)) or kind_named(title.unit)
        place = groups.get("t_place") or groups.get("t_cplace") or groups.get("t_mplace") or groups.get("t_kplace")
        if title.unit == "Pemerintah" and place:
            kind = lex.unit_kinds[_government_of(lex, place)]  # "Sekda Provinsi Riau", "Sekda Kota Batu"
        if place and title.unit in LOCAL_AREAS:
            group = next(g for g in ("t_place", "t_cplace", "t_mplace", "t_kplace") if groups.get(g))
            longer = _local_area(lex, title.unit, text, m.start(group))
            if longer and len(longer) > len(place):
                place, end = longer, m.start(group) + len(longer)  # "Camat Siak Hulu", "Kades Tanah Merah"
        if title.role == "member" and title.unit in LOCAL_AREAS and squash(written).split()[-1] in AREA_WORDS:
            # "Babinsa Kelurahan Pandau Hilir Sertu Budi": a village the gazetteer does not know runs
            # to the rank, comma or lower-case word that ends it
            run = _area_run(lex, text, m.start(comp) + len(written))
            if run and len(run[0]) > len(place or ""):
                place, end = run
        code = groups.get("code")
        cname = groups.get("cname")
        if kind is not None and code and not cname and not place:
            # "Danrem 031 Wira Bima M.Fadjar": the code's own name, written without its slash
            known = territorial_names().get((kind.kind, code))
            if known and text[end:end + len(known) + 1].lower() == f" {known.lower()}":
                cname, end = known, end + len(known) + 1
        inside = None
        if kind is not None and (place or code or kind.place == "none"):
            unit = make_unit(lex, kind, place, code, cname)  # "Kapolri": Polri has no place
        elif kind is not None:
            # "Dansat Brimob Polda Kaltim": the title ends with its unit's name, which goes on with the
            # Polda it belongs to; "Sekretaris Camat Kecamatan Patrol, Dedi Irawan": the title's unit
            # written out after it (up to a comma, so that a name after it stays a name)
            inside = next(((s, e, u) for s, e, u in units if u.kind == kind.kind and e > end
                           and (kind.place == "polda" and m.start() < s < end
                                or s in (end, end + 1) and (re.match(r"\s*[,.;:(]", text[e:])
                                                            # a known place or code closes it: "Asintel Kejati Jambi Nophy"
                                                            or kind.place in ("province", "code")))), None)
            if inside is not None:
                unit, end = inside[2], inside[1]
        suffix = re.sub(BRACKETED_SHORT_FORM, "", text[m.start(comp) + len(written):end], count=1).strip().rstrip(".")
        position = f"{title.name} {suffix}".strip() if suffix else title.name
        compound = unit is not None and _names_its_unit(title.name, unit.name.split()[0])
        if (code or inside is not None and kind.place != "polda") and unit is not None and " " in unit.name:
            # "Dandim 1611 Badung" and "Dandim 1611/Badung" are one office: name it after the unit;
            # a title that does not name its unit keeps it whole ("Asintel Kejati Jambi")
            position = f"{title.name} {unit.name.split(' ', 1)[1] if compound or code else unit.name}"
        # "Kapolres Belu" names its unit; the office is title + place
    else:
        # a plain title needs the unit written right after it
        # the unit follows the title, or shares a word with it ("Kepala Badan" + "Badan Kesbangpol")
        # "Kepala Bidang Hubungan Masyarakat (Kabid Humas) Polda Sultra": past a short form in brackets
        bracket = BRACKETED.match(text, end)
        reach = bracket.end() if bracket else end
        after = next(((s, e, u) for s, e, u in units if s in range(m.start() + 1, reach + 2) and e > end), None)
        if after is None:
            if title.name in {"Kepala", "Ketua", "Wakil Ketua", "Komandan", "Sekretaris", "Direktur", "Komisioner", "Anggota"}:
                return None
            position = title.name
        else:
            unit = after[2]
            end = after[1]
            position = f"{title.name} {unit.name}"
    aliases = [re.sub(r"\s+", " ", text[m.start():end]).strip().rstrip(".,")]  # the office as this article writes it
    if written.lower() != title.name.lower():
        aliases.append(position.replace(title.name, written, 1))
    if unit is not None and title.unit is None:
        aliases += [f"{title.name} {a}" for a in unit.aliases[:12]]
    elif unit is not None and unit.region:
        aliases += [f"{title.name} {f}" for f in _region_forms(lex, unit.region)[1]]
    if status == "acting" and groups.get("status"):
        aliases.append(f"{groups['status'].strip()} {position}")
    # a staff office of the lexicon without its unit ("Dirpamobvit") is completed like one read from its parts
    staff = title.role == "staff" and not title.unit and unit is None and POLDA_STAFF.match(written) is not None
    if title.role == "member" and unit is not None and unit.kind in AREAS:
        unit = None  # "Babinsa Desa Panda": a soldier posted to a village, not a unit of its own
    return TitleMention(m.start(), end, title.name, title.role, status, position, aliases, unit, staff=staff)


@lru_cache(maxsize=1)
def advisor_pattern() -> re.Pattern:
    """``Staf Ahli Gubernur Kalsel Bidang``, ``Staff Ahli Bupati Bid.``: up to the field."""
    lex = lexicon()
    heads = [sp for sp, t in lex.titles.items() if t.unit in {"Pemerintah Provinsi", "Pemerintah Kabupaten", "Pemerintah Kota"}]
    return re.compile(rf"(?<![\w])Staf{{1,2}}\s+Ahli\s+(?P<head>(?i:{alternation(heads)}))"
                      rf"(?:\s+(?P<place>{_office_place()}))?\s*,?\s+(?:Bidang|Bid\.)\s*")


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


def _unit_right_after(units: list[tuple[int, int, UnitRef]], pos: int) -> tuple[int, int, UnitRef] | None:
    """The unit mention that begins at ``pos`` or one space after it."""
    return next(((a, b, u) for a, b, u in units if a in range(pos, pos + 2)), None)


def _overlaps_title(m: re.Match, titles: list[TitleMention]) -> bool:
    """Whether the match shares text with an office already read in the sentence."""
    return any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in titles)


# -- the extractor ------------------------------------------------------------

class ArticleReader:
    """Reads one cleaned article into an ArticleGraph."""

    def __init__(self, article: Article, text: str, dropped: list[str],
                 cues: dict[str, list[int]] | None = None):
        self.lex = lexicon()
        pat = patterns()
        self.patterns = {"rank": pat.rank, "title": pat.title, "unit": pat.unit, "meeting": pat.meeting,
                         "staff": staff_title_pattern(), "org": org_title_pattern(), "glued": glued_title_pattern()}
        self.article = article
        self.text = text
        self.graph = ArticleGraph(article.id, article.source, article.published)
        self.graph.dropped_lines = dropped
        self.sentences = split_sentences(text)
        self.persons: dict[str, PersonMention] = {}
        self.aliases: dict[str, set[str]] = {}
        self.mentions: list[PersonMention] = []
        self.titles: list[tuple[Sentence, TitleMention]] = []
        self.units: list[tuple[Sentence, int, int, UnitRef]] = []
        self._by_position: dict[tuple[str, str], PersonMention] = {}
        self._by_title: dict[str, dict[str, PersonMention]] = {}
        self.cues = cues  # where ranks, titles, units and meeting words may begin (loaders.cues)

    def find(self, kind: str, sent: Sentence, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """Matches of the ``kind`` pattern in a sentence, tried only where the cues say one may begin."""
        pattern = self.patterns[kind]
        if self.cues is None:
            return pattern.finditer(sent.text, pos, len(sent.text) if endpos is None else endpos)
        return anchored(pattern, sent.text, self.cues[kind], sent.start, pos, endpos)

    # mentions ------------------------------------------------------------
    def read_sentence(self, sent: Sentence) -> None:
        s = sent.text
        units = []
        for m in self.find("unit", sent):
            if not m.group(0)[0].isupper():
                continue
            unit = _unit_from_match(self.lex, m)
            if unit is not None:
                units.append((m.start(), m.end(), unit))
        titles: list[TitleMention] = []
        tentative: list[TitleMention] = []
        for m in self.find("title", sent):
            lower = not m.group(0)[0].isupper() and not (m.group("status") or "").lower().startswith(("mantan", "eks"))
            t = _title_from_match(self.lex, m, units, s)
            if t is None or lower and t.unit is None and m.group("t_plain"):
                continue
            if titles and titles[-1].start <= t.start < titles[-1].end:
                continue  # the short form in brackets of the office before
            titles.append(t)
            # in lower case only a plain title right before its unit is surely an office ("dihadiri anggota
            # Bawaslu X"); another one is an office only if a name follows ("camat Kota Tengah Sutami S, S.STP")
            if lower and not m.group("t_plain"):
                tentative.append(t)
        # offices one votes for ("memilih Gubernur dan Wakil Gubernur NTT") are not offices present
        titles = [t for t in titles if not ELECTION.search(s[max(0, t.start - 80):t.start])
                  and not ELECTED_OFFICE.search(s[max(0, t.start - 60):t.start])]
        titles += self._glued_titles(sent, titles, units)
        titles += self._organisation_titles(sent, titles, units)
        titles += self._coordinated_titles(s, titles)
        titles += self._staff_titles(sent, titles, units)
        titles += self._advisor_titles(sent, titles, units)
        titles += self._titles_of_bodies_before_names(sent, titles, units)
        # "Kepala Seksi Pemerintahan (Kasi Pem)": the short form in brackets is the office before
        titles.sort(key=lambda t: t.start)
        for t in [t for i, t in enumerate(titles) if i and re.fullmatch(r"\s*\(\s*", s[titles[i - 1].end:t.start])
                  and re.match(r"\s*\)", s[t.end:])]:
            before = titles[titles.index(t) - 1]
            before.aliases.append(t.position)
            before.end = t.end + re.match(r"\s*\)", s[t.end:]).end()  # its holder is read after the bracket
            titles.remove(t)
        for t in titles:
            if t.unit is None and not t.staff and t.title.lower() in PLAIN_DEPUTIES:
                # "Ketua DPRD Riau diwakili Wakil Ketua II ...": the deputy of the body stood in for
                stood = self._unit_stood_in_for(s, t.start, titles, units)
                if stood is not None:
                    t.unit = stood[2]
                    t.position = f"{t.position} {stood[2].name}"
        # "para Ketua KPU Kab/Kota se-Jawa Barat", "Kapolres jajaran": the office of many, no one office
        # ("para anggota Bawaslu X masing-masing A, B" are members of one office)
        titles = [t for t in titles if not (GROUP_BEFORE.search(s, max(0, t.start - 8), t.start) and t.role != "member")
                  and not GROUP_AFTER.match(s, t.end) and "Kab/Kota" not in t.position]
        # a unit inside a title is the title's, not a separate mention
        free_units = [(a, b, u) for a, b, u in units if not any(t.start <= a < t.end for t in titles if t not in tentative)
                      and u.kind not in AREAS]
        free_units = self._staff_units(s, free_units, titles) + free_units
        ranks = [m for m in self.find("rank", sent)
                 if not any(t.start <= m.start() < t.end for t in titles)
                 and not STREET.search(s, max(0, m.start() - 8), m.start())  # "Jl. Mayjen Sutoyo No 5"
                 and not any(a <= m.start() < b for a, b, _ in free_units)]
        persons: list[PersonMention] = []
        used_ranks: set[int] = set()

        def rank_then_name(pos: int, title: TitleMention | None) -> PersonMention | None:
            rm = next((r for r in ranks if r.start() in range(pos, pos + 3)), None)
            start = rm.end() if rm else pos
            nm = read_name(s, start, self.lex)
            if nm is None or (rm is None and title is None):
                return None
            if rm is None and VERB_SHAPE.fullmatch(nm.name.split()[0]) and _title_case(s):
                return None  # a headline: "Kapolda Sumut Berharap Kerjasama Polisi dengan Ulama"
            if rm is None and len(nm.name.split()) < 2 and not nm.degrees and not self._lone_name(s, nm):
                # "Pangdam XIV Hasanuddin Gelar ...": one bare word after an office is a name only
                # where the clause ends after it ("Sekda Jambi Sudirman dan ...", "Bupati X, Zahir,")
                return None
            if rm is not None:
                used_ranks.add(rm.start())
            return self._person(sent, nm, rm, title)

        for t in titles:
            if SAID_OF_BEFORE.search(s, max(0, t.start - 40), t.start):
                continue  # "Kombes X selaku Dir Intelkam, Kombes Y ...": the office is X's, read with X
            gap = TITLE_GAP.match(s[t.end:])
            pos = t.end + gap.end()
            parent = _unit_right_after(units, pos)
            if parent is not None and t.unit is not None and parent[2].kind in STAFF_UNIT_PARENTS | {"polri"} \
                    and parent[2].id != t.unit.id:
                # "Kapolres Lampung Barat Polda Lampung AKBP Heri ...": the unit the office's unit belongs to
                pos = parent[1] + TITLE_GAP.match(s[parent[1]:]).end()
            if not gap.group(0).strip():
                pos = self._district_of(t, s, pos)
            p = rank_then_name(pos, t)
            if p is not None and ":" in gap.group(0) and p.rank is None:
                continue  # "Kapolda Banten: Jual Program ...": a headline's quote, not a name
            if p is not None and not gap.group(0).strip() and p.rank is None:
                if self._name_is_its_place(t, p):
                    continue
                p = self._split_local_place(sent, t, p) or p
            if p is not None and t in tentative and p.rank is None and (gap.group(0).strip() or not p.degrees):
                # "sambutan kapolresta, Jiartana menegaskan", "rumah dinas gubernur Sumsel Griya Agung":
                # an office in lower case takes a holder written with a rank or degrees
                continue
            if p is not None and gap.group(0).strip() and p.rank is None \
                    and known_place_pattern().fullmatch(p.name.split()[-1]):
                continue  # "Direktur RSU X, GM Ansor Ternate, ...": the next body of a list, no holder
            if p is not None and not any(o.start <= p.start < o.end for o in titles):
                self.hold(t, p)
                persons.append(p)
                if t.role == "member":
                    persons += self._fellow_members(sent, t, p, titles)
        for r in ranks:
            if r.start() in used_ranks:
                continue
            nm = read_name(s, r.end(), self.lex)
            if nm is None:
                continue
            used_ranks.add(r.start())
            p = self._person(sent, nm, r, None)
            # "AKBP X selaku Kapolres Y" / "AKBP X, Kapolres Y" / "X, selaku Kabid Y" / "X (Kapolres Y)" /
            # "Irjen Pol X Kapolda Papua didampingi ..."
            after = TAKES_OFFICE.match(s, nm.end) or re.match(r"\s*,?\s*(?:selaku|sebagai|\()?\s*", s[nm.end:])
            if after:
                at = after.end() if after.re is TAKES_OFFICE else nm.end + after.end()
                t = next((t for t in titles if t.start == at and t.holder is None), None)
                if t is not None:
                    gap = re.match(r"\s*(?:,|:)?\s*", s[t.end:])
                    # "AKBP X, Kapolres Y AKBP Z": the office is Z's; "X selaku Dir Y, Kombes Z": X's
                    said = re.search(r"selaku|sebagai|jabat", after.group(0))
                    nxt_rank = not said and any(rr.start() == t.end + gap.end() for rr in ranks)
                    if not nxt_rank:
                        self.hold(t, p)
                        p.title = t
            persons.append(p)
        # "Kapolres X AKBP Y sebelumnya menjabat Wadir Z": a second office, said after the name
        for p in list(persons):
            after = TAKES_OFFICE.match(s, p.end)
            t = after and next((t for t in titles if t.start == after.end() and t.holder is None), None)
            if t is not None:
                second = replace(p, title=t, rank=None, rank_service=None, corps=None)
                self.hold(t, second)
                persons.append(second)
        # "Name (Title ...)"
        for t in titles:
            if t.holder is None and s[:t.start].rstrip().endswith("("):
                before = s[:s[:t.start].rstrip().rfind("(")].rstrip()
                while (deg := re.search(r",?\s*([A-Za-z][A-Za-z.]{0,8}(?:\s[A-Za-z]{2,4}\.?)?)$", before)) \
                        and self.lex.is_degree(deg.group(1).replace(" ", "")) and deg.start() > 0:
                    before = before[:deg.start()].rstrip()  # "Daud Yusuf, S. Hut (Ketua Panwaslu)"
                m = re.search(r"((?:[A-Z][\w'.-]*\s+){0,4}[A-Z][\w'.-]*)$", before)
                if m:
                    nm = read_name(s, m.start(1), self.lex)
                    if nm is not None and nm.end >= len(before) - 1:
                        p = self._person(sent, nm, None, t)
                        self.hold(t, p)
                        persons.append(p)
        # "Sdr. Budi Hartawan, S.Sos (Perwakilan Camat X)": a name after a form of address
        for m in ADDRESSED.finditer(s) if any(h in s for h in ADDRESSED_HEADS) else ():
            if any(p.start <= m.end() < p.end + 1 for p in persons):
                continue
            nm = read_name(s, m.end(), self.lex)
            if nm is not None and (len(nm.name.split()) >= 2 or nm.degrees or self._lone_name(s, nm)):
                persons.append(self._person(sent, nm, None, None))
        persons += self._listed_with_office(sent, persons, ranks)
        persons += self._delegates(sent, free_units, persons)
        if tentative:
            titles = [t for t in titles if t.holder is not None or t not in tentative]
            free_units = [(a, b, u) for a, b, u in free_units if not any(t.start <= a < t.end for t in titles)]
        self.mentions.extend(persons)
        self.titles.extend((sent, t) for t in titles)
        # "sinergi TNI-Polri": the national forces named in passing are no unit of this story
        self.units.extend((sent, a, b, u) for a, b, u in free_units if u.kind not in NATIONAL)
        self.units.extend((sent, t.start, t.end, t.unit) for t in titles if t.unit is not None)

    def _delegates(self, sent: Sentence, free_units: list[tuple[int, int, UnitRef]],
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
            nm = read_name(s, b + gap.end(), self.lex)
            # after a comma the next item of a list of bodies may follow: only a name with degrees is surely one
            if nm is None or not (nm.degrees if "," in gap.group(0) else len(nm.name.split()) >= 2) \
                    or any(p.start <= nm.start < p.end for p in persons) or any(
                    w.lower() in BODY_WORDS or self.lex.title(w) or self.lex.unit_kind(w) for w in nm.name.split()):
                continue
            p = self._person(sent, nm, None, None)
            p.delegate_of = u
            out.append(p)
        return out

    def _listed_with_office(self, sent: Sentence, persons: list[PersonMention],
                            ranks: list[re.Match]) -> list[PersonMention]:
        """``1. Andri wijaya ( kasi pemerintahan )2. Kapten sujiono ( danramil )``: a numbered list
        of those present, each a name (written in any case after its capital) and an office in
        brackets, as field reports write it."""
        out: list[PersonMention] = []
        if "(" not in sent.text:
            return out  # each item has its office in brackets (a substring test is cheaper than the search)
        for m in LISTED_WITH_OFFICE.finditer(sent.text):
            office = m.group("office").split()
            if not office or not (self.lex.title(office[0]) or squash(office[0]) in self.lex.staff_titles
                                  or self.lex.unit_kind(office[0]) or self.lex.title(" ".join(office[:2]))):
                continue
            start = m.start("who")
            if any(p.start <= start < p.end for p in persons):
                continue
            words = m.group("who").split()
            rank = next((r for r in ranks if r.start() == start), None)
            if rank is not None:
                words = m.group("who")[rank.end() - start:].split()
            if not words or any(self.lex.is_stopword(w.capitalize()) or w.lower() in AGENDA for w in words):
                continue
            name = " ".join(w.capitalize() if w.islower() else w for w in words)
            nm = NameMatch(start, m.end("who"), name)
            out.append(self._person(sent, nm, rank, None))
        return out

    def _staff_units(self, s: str, units: list[tuple[int, int, UnitRef]],
                     titles: list[TitleMention]) -> list[tuple[int, int, UnitRef]]:
        """``Biro Ops Polda NTB``, ``Sat Reskrim Polres Kupang``: a bureau, division or section
        named before the unit it belongs to is a unit of its own, part of that one."""
        out = []
        for a, b, u in units:
            if u.kind not in STAFF_UNIT_PARENTS:
                continue
            m = STAFF_UNIT.search(s, max(0, a - 40), a)
            if m is None or m.end() != a or any(t.start <= m.start() < t.end for t in titles):
                continue
            section = f"{STAFF_UNIT_WORDS.get(m.group('section').lower(), m.group('section'))} {m.group('function')}"
            child = UnitRef(make_id("Unit", f"{squash(section)} {u.id.split(':', 1)[1]}"), f"{section} {u.name}",
                            "section", u.service, [re.sub(r"\s+", " ", s[m.start():b])], region=u.region, parent=u)
            out.append((m.start(), b, child))
        return out

    def _fellow_members(self, sent: Sentence, t: TitleMention, first: PersonMention,
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
            nm = read_name(s, end + joint.end(), self.lex)
            if nm is None or len(nm.name.split()) < 2:
                break
            out.append(PersonMention(nm.start, nm.end, nm.name, nm.degrees, None, None, None, t, sent.index,
                                     nm.honorific))
            end = nm.end
        return out

    def _lone_name(self, s: str, nm: NameMatch) -> bool:
        """Whether one bare word after an office is its holder's name: written as a name, not an
        office written as one word ("Dirpamobvit, Wadirbinmas, ...") or a place, and the clause
        ends after it."""
        word = nm.name
        end = SINGLE_NAME_END.match(s, nm.end)
        if end is None or not LONE_NAME.fullmatch(word) or end.group("verb") and VERB_SHAPE.fullmatch(word):
            return False
        if end.group("verb"):
            # "Kapolda, Budi mengatakan": a lone name is followed by its verb, not by any word
            # ("Kapolda,Lalulintas sekarang terjadi ...")
            nxt = re.match(r"\s([a-z]+)", s[nm.end:]).group(1)
            if not VERB_SHAPE.fullmatch(nxt.capitalize()) and nxt not in AFTER_LONE_NAME:
                return False
        return not (glued_title_pattern().fullmatch(word) or squash(word) in self.lex.staff_titles
                    or self.lex.region(word) is not None)

    def _staff_titles(self, sent: Sentence, titles: list[TitleMention],
                      units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
        """Staff offices the title lexicon does not list: a staff title, the office's
        function, and the unit right after it (``Kepala Bidang Humas Polda Sulsel``)."""
        s = sent.text
        out = []
        for m in self.find("staff", sent):
            if re.search(r"(?i:\bpara)\s+$", s[max(0, m.start() - 6):m.start()]):
                continue  # "para Kasat ...": many holders, no one office
            if _overlaps_title(m, titles) \
                    or any(a <= m.start() < b for a, b, _ in units):
                continue
            at_unit = _unit_right_after(units, m.start("function") - 1)
            if at_unit is not None and at_unit[0] == m.start("function") \
                    and (at_unit[2].region or re.search(r"\d", at_unit[2].name)):
                # "Pabung Kodim 0305/Pasaman": a staff office right before its unit, with no function
                short = self.lex.staff_titles[squash(m.group("staff"))]
                written = re.sub(r"\s+", " ", s[m.start():at_unit[1]]).strip()
                out.append(TitleMention(m.start(), at_unit[1], short, "staff", "current",
                                        f"{short} {at_unit[2].name}", [written], at_unit[2], staff=True))
                continue
            # the function ends where a unit or a rank begins ("Humas | Polda Sulsel", "Sarpras | Kombes ...")
            function_end = m.end("function")
            cuts = [a for a, _, _ in units if m.start("function") < a < function_end]
            cuts += [r.start() for r in self.find("rank", sent, m.start("function"), function_end)]
            if cuts:
                function_end = min(cuts)
            place_match = known_place_pattern().search(s, m.start("function"), function_end)
            place = None
            if place_match and place_match.start() > m.start("function"):
                function_end, place = place_match.start(), place_match.group(0).rstrip(".")
            elif not cuts:
                # nothing closes the function: it runs over words known as functions, the name
                # starts after them ("Kabag Umum | Budi Santoso", "Kabid Lalu Lintas Jalan | Rionaldi")
                function_end = m.start("function") + _function_length(m.group("function"))
            function = re.sub(r"\s+", " ", s[m.start("function"):function_end]).strip()
            if not function or function.endswith(" dan") or not function[0].isupper():
                continue
            if place:
                function = f"{function} {place}"
                function_end = place_match.end()
            short_form = BRACKETED.match(s, function_end)
            if short_form and _unit_right_after(units, short_form.end()):
                # "Kepala Bidang Hubungan Masyarakat (Kabid Humas) Polda Sultra": the short form names it
                function_end = short_form.end()
            else:
                short_form = None
            unit = _unit_right_after(units, function_end) or self._unit_named_by_kind(s, function_end, units, titles) \
                or self._unit_stood_in_for(s, m.start(), titles, units)
            if unit is not None and unit[0] < function_end:
                unit = (function_end, function_end, unit[2])  # named before, not written after the office
            short = self.lex.staff_titles[squash(m.group("staff"))]
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

    def _advisor_titles(self, sent: Sentence, titles: list[TitleMention],
                        units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
        """``Staf Ahli Bupati Lampung Barat Bidang Pemerintahan dan Kesra``: an advisor to a
        regional head, for a field; the field runs over function words and the name follows."""
        s = sent.text
        out = []
        if "Staf" not in s:
            return out  # the pattern begins with it (a substring test is cheaper than the search)
        for m in advisor_pattern().finditer(s):
            fn_start = m.end()
            field_end = fn_start + _function_length(s[fn_start:fn_start + 120], commas=True)
            field = re.sub(r"\s*,\s*", " ", s[fn_start:field_end]).strip()
            if not field or not field[0].isupper():
                continue
            for t in [t for t in titles if m.start() <= t.start < field_end]:
                titles.remove(t)  # "Bupati Lampung Barat" inside the advisor's office
            for x in [x for x in units if m.start() <= x[0] < field_end]:
                units.remove(x)
            head = self.lex.title(m.group("head"))
            place = (m.group("place") or "").strip() or None
            unit = make_unit(self.lex, self.lex.unit_kinds[_government_of(self.lex, place)], place) if place else None
            title = f"Staf Ahli {head.name}"
            position = " ".join(x for x in (title, place, "Bidang", field) if x)
            written = re.sub(r"\s+", " ", s[m.start():field_end]).strip()
            out.append(TitleMention(m.start(), field_end, title, "staff", "current", position, [written], unit,
                                    field_of=field))
        return out

    def _titles_of_bodies_before_names(self, sent: Sentence, titles: list[TitleMention],
                                       units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
        """``Ketua Tim Kompolnas Chairul Anam``, ``Kepala Badan Pengusahaan (BP) Batam, Amsakar Achmad``:
        a leading title, then a body the lexicon does not know, written in words no name has
        (``body_word``), acronyms and places, then a name of two words or more that the clause
        closes. The office ends where the name begins."""
        s = sent.text
        out = []
        # a bare title the other rules found alone ("Ketua") is the one this rule reads further
        lone = {t.start: t for t in titles if t.unit is None and t.position == t.title and t.title in org_titles()}
        taken = [(t.start, t.end) for t in titles if t.start not in lone] + [(a, b) for a, b, _ in units]
        for m in org_head_pattern().finditer(s):
            if any(a <= m.start() < b for a, b in taken) or (m.start() in lone and lone[m.start()].end != m.end()):
                continue
            body_end, n = m.end(), 0
            for w in BODY_TOKEN.finditer(s, m.end()):
                if w.start() != body_end + 1 and not (n and s[body_end:w.start()] == ", "):
                    break
                word = w.group(0)
                bare = word.strip("()")
                # one word closed by a comma before a name is a body too ("Kepala Bappelitbang, Nama Nama")
                alone = not n and s[w.end():w.end() + 1] == ","
                # the body's short form in brackets after its long one: "Sekretaris Kelurahan (Seklur)"
                short = n and word.startswith("(") and word.endswith(")")
                if not bare[:1].isupper() or self.lex.rank(bare) or not (
                        alone or short or bare.lower() in BODY_WORDS or ACRONYM_WORD.fullmatch(word) or self.lex.region(bare)
                        or self.lex.unit_kind(bare) or bare.lower() in _function_words() or self.lex.is_stopword(bare)):
                    break
                body_end, n = w.end(), n + 1
                if s[body_end:body_end + 1] == ",":
                    break
            if not n:
                continue
            gap = re.match(r",?\s+", s[body_end:])
            if gap is None:
                continue
            if WIFE_FORM.match(s, body_end + gap.end()):
                continue  # "Ketua Bhayangkari X Ny. Evi Agus": named by her husband's name
            nm = read_name(s, body_end + gap.end(), self.lex)
            if nm is None or len(nm.name.split()) < 2 or any(w.lower() in BODY_WORDS for w in nm.name.split()):
                continue
            if not NAME_CLOSED.match(s, nm.end):
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

    def _unit_named_by_kind(self, s: str, pos: int, units: list[tuple[int, int, UnitRef]],
                            titles: list[TitleMention]) -> tuple[int, int, UnitRef] | None:
        """``Danrem 031/WB beserta Kasi Intel korem``: a unit kind written alone after a staff
        office is the unit of that kind the article named last."""
        m = re.match(r"\s+([A-Za-z]+)(?![\w/])", s[pos:])
        kind = m and self.lex.unit_kind(m.group(1))
        if kind is None:
            return None
        here = [u for a, _, u in units if a < pos] + [t.unit for t in titles if t.start < pos and t.unit]
        before = list(self._article_units())
        named = next((u for u in reversed(here + before) if u.kind == kind.kind and u.region or u.kind == kind.kind and "/" in u.name), None)
        return (pos, pos + m.end(), named) if named is not None else None

    def _unit_stood_in_for(self, s: str, start: int, titles: list[TitleMention],
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

    def _coordinated_titles(self, s: str, titles: list[TitleMention]) -> list[TitleMention]:
        """``Ketua dan Komisioner KPU NTB``: the first title shares the unit of the second."""
        out = []
        for t in titles:
            if t.unit is None:
                continue
            m = re.search(r"(?<![\w])((?:Wakil\s+)?[A-Z][a-z]+)\s+dan\s+$", s[:t.start])
            title = self.lex.title(m.group(1)) if m else None
            if title is None or title.unit is not None and title.unit != t.unit.name.split(" ")[0]:
                continue
            bare = next((o for o in titles if o.start == m.start(1) and o.unit is None), None)
            if bare is not None:
                titles.remove(bare)
            out.append(TitleMention(m.start(1), m.end(1), title.name, title.role, t.status,
                                    f"{title.name} {t.unit.name}", [f"{title.name} {a}" for a in t.unit.aliases[:12]],
                                    t.unit))
        return out

    def _glued_titles(self, sent: Sentence, titles: list[TitleMention],
                      units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
        """``Dirpamobvit Polda Jatim``, ``Kabaharkam Polri``: a staff title in one word, then its unit."""
        out = []
        for m in self.find("glued", sent):
            unit = _unit_right_after(units, m.end())
            if _overlaps_title(m, titles):
                continue
            title = m.group("title")
            if unit is None and POLDA_STAFF.match(title) and LIST_ITEM_END.match(sent.text, m.end()):
                # "antara lain Wakapolda, Kabidpropam, Dirpamobvit, ...": the staff of the story's Polda
                out.append(TitleMention(m.start(), m.end(), title, "staff", "current", title, [title], None, staff=True))
                continue
            if unit is None:
                continue
            out.append(TitleMention(m.start(), unit[1], title, "staff", "current", f"{title} {unit[2].name}",
                                    [f"{title} {a}" for a in unit[2].aliases[:8]], unit[2], staff=True))
        return out

    def _organisation_titles(self, sent: Sentence, titles: list[TitleMention],
                             units: list[tuple[int, int, UnitRef]]) -> list[TitleMention]:
        """Offices of bodies outside the lexicon, written as a leading title and an
        acronym (``Ketua FKUB Kabupaten Badung``, ``Kasi Diskes Kab. Badung``)."""
        s = sent.text
        out = []
        # agency heads begin with "Kadis" or "Kadin": a substring test is cheaper than the search
        matches = list(self.find("org", sent)) + (list(agency_head_pattern().finditer(s)) if "Kadi" in s else [])
        for m in sorted(matches, key=lambda m: m.start()):
            named = "named" in m.re.groupindex and m.group("named")
            inner_titles = [t for t in titles if t.start < m.end() and m.start() < t.end]
            inner_units = [x for x in units if x[0] < m.end() and m.start() < x[1]]
            # "Kepala Bulog Kanwil Riau", "Kepala RRI Stasiun Banda Aceh": a body the lexicon knows
            # only without its place, written out to a known place, is the office's body as written
            widens = named and all(t.start == m.start() and t.end < m.end() and t.unit is not None
                                   and t.unit.region is None for t in inner_titles) \
                and all(b < m.end() and u.region is None
                        or b == m.end() and self.lex.unit_kinds[u.kind].place == "optional" for _, b, u in inner_units)
            if (inner_titles or inner_units) and not widens:
                continue
            for t in inner_titles:
                titles.remove(t)
            for x in inner_units:
                units.remove(x)
            place = ((m.group("named_place") if named else m.group("place")) or "").rstrip(".")
            if place:
                place = re.sub(r"^Kab\.?\s+", "Kabupaten ", re.sub(r"^Prov\.?\s+", "Provinsi ", place))
            org = re.sub(r"\s+", " ", (named or m.group("org")) or "")
            # misspelt and one-letter forms of a title take its name ("Sekertaris", "KA" for Kepala)
            known = self.lex.title(m.group("title"))
            respelt = known is not None and m.group("title").lower() in TITLE_RESPELLINGS
            title = known.name if respelt else m.group("title")
            position = " ".join(x for x in (title, org, place) if x)
            written = " ".join(x for x in (m.group("title"), org, place) if x)
            out.append(TitleMention(m.start(), m.end(), title, "member", "current", position,
                                    [written] if written != position else [],
                                    self._body(m.group("title"), org, place), organisation=True))
        return out

    def _body(self, title: str, org: str, place: str) -> UnitRef | None:
        """The body an office of ``_organisation_titles`` belongs to, when its place is named
        (``Jasa Raharja Provinsi Aceh``): a unit like any other, keyed by name and region."""
        if not place or not org or title not in _body_heads():
            return None
        region, forms, _ = _region_forms(self.lex, place)
        level = re.match(r"(Kabupaten|Kota|Provinsi)\s", place)
        name = f"{org} {place}"
        aliases = [f"{org} {f}" for f in forms if f"{org} {f}" != name]
        key = f"organisation {squash(org)} {level.group(1).lower() if level else ''} {squash(region or place)}"
        return UnitRef(make_id("Unit", key), name, "organisation", "civil", aliases, region=region)

    def _name_is_its_place(self, t: TitleMention, p: PersonMention) -> bool:
        """``Camat Moyo Hilir dan ...``: what follows a district's office is the district when the
        gazetteer knows one of that name (in the article's regency or anywhere); the office takes it."""
        title = self.lex.title(t.title)
        if t.unit is not None or title is None or title.unit != "Kecamatan" or not self.lex.district(p.name):
            return False
        t.unit = make_unit(self.lex, self.lex.unit_kinds["kecamatan"], p.name)
        t.position = f"{t.title} {p.name}"
        t.end = p.end
        return True

    def _district_of(self, t: TitleMention, s: str, pos: int) -> int:
        """``Camat Kota Tengah Sutami S``: the longest run of capitalised words after a district's
        office that the gazetteer knows as a district is its place; the name starts after it."""
        title = self.lex.title(t.title)
        if t.unit is not None or title is None or title.unit != "Kecamatan":
            return pos
        place = _local_area(self.lex, "Kecamatan", s, pos, shortest=1)
        if place is None:
            return pos
        t.unit = make_unit(self.lex, self.lex.unit_kinds["kecamatan"], place)
        t.position = f"{t.title} {place}"
        t.end = pos + len(place)
        t.aliases = [s[t.start:t.end]]
        return t.end

    def _split_local_place(self, sent: Sentence, t: TitleMention, p: PersonMention) -> PersonMention | None:
        """``Sekcam Sirimau Ricky Imanuel``: a local office (camat, lurah, kepala desa) names its
        place first; when three or more capitalised words follow, the first is the place."""
        title = self.lex.title(t.title)
        kind = kind_named(title.unit) if title else None
        words = p.name.split()
        if t.unit is not None or kind is None or kind.place != "place" or len(words) < 3:
            return None
        area = title.unit in LOCAL_AREAS and _local_area(self.lex, title.unit, sent.text, p.start)
        place = area if area and len(area.split()) < len(words) - 1 else words[0]  # "Kades Tanah Merah | X Y"
        rest = sent.text.index(words[len(place.split())], p.start + len(place))
        nm = read_name(sent.text, rest, self.lex)
        if nm is None or len(nm.name.split()) < 2:
            return None
        t.unit = make_unit(self.lex, kind, place)
        t.position = f"{t.title} {place}"
        t.end = rest
        return PersonMention(nm.start, nm.end, nm.name, nm.degrees, None, None, None, t, sent.index, nm.honorific)

    def _person(self, sent: Sentence, nm: NameMatch, rank_match: re.Match | None,
                title: TitleMention | None) -> PersonMention:
        rank = service = corps = None
        if rank_match is not None:
            r = self.lex.rank(rank_match.group("rank"))
            corps_text = (rank_match.group("corps") or "").strip()
            rank, service = r.name, r.service
            if r.name.startswith("BRIGJEN") and re.search(r"\bTNI\b", corps_text, re.I):
                rank, service = "BRIGJEN TNI", "TNI"
            elif squash(rank_match.group("rank")) in SHARED_RANKS and not corps_text:
                service = None  # "Brigjen Awi": police and army share the word; the full mention decides
            corps = " ".join(w for w in re.split(r"[\s.]+", corps_text) if w and w.upper() not in {"POL", "TNI"}) or None
        return PersonMention(nm.start, nm.end, nm.name, nm.degrees, rank, service, corps, title,
                             sent.index, nm.honorific)

    # resolution within the article ------------------------------------------
    def resolve_persons(self) -> None:
        """One node per person in the article: short forms become aliases."""
        by_length = sorted(self.mentions, key=lambda p: -len(p.name.split()))
        for p in by_length:
            full = next((k for k in self.persons
                         if k == p.name or is_short_form(p.name, k) and self._compatible(self.persons[k], p)), None)
            if full is None:
                self.persons[p.name] = p
                self.aliases[p.name] = set()
                full = p.name
            elif full != p.name:
                self.aliases[full].add(p.name)
            p.key = full
            canon = self.persons[full]
            if p is not canon and p.rank and p.rank_service is None and canon.rank_service:
                p.rank, p.rank_service = canon.rank, canon.rank_service  # "Brigjen Awi" is Brigjen Pol Awi Setiyono
            canon.rank = canon.rank or p.rank
            canon.rank_service = canon.rank_service or p.rank_service
        for p in self.mentions:
            if p.rank and p.rank_service is None:  # a shared rank word nothing settled: its default service
                p.rank_service = self.lex.ranks[squash(p.rank)].service
            if p.honorific:
                self.aliases[p.key].add(f"{p.honorific} {p.name}")

    def _compatible(self, a: PersonMention, b: PersonMention) -> bool:
        """A short form may be the full name's only if nothing tells them apart: not the service of
        their ranks, nor two different offices ("Koordinator X Bahtiar Baetal" and "Kasat Reskrim
        AKP Bahtiar" are two people)."""
        if a.rank_service and b.rank_service and a.rank_service != b.rank_service:
            return False
        if (squash(a.honorific or "") in WIVES) != (squash(b.honorific or "") in WIVES):
            return False  # "Ny. Irna Djoko Poerwanto" is not Djoko Poerwanto
        return not (a.title is not None and b.title is not None and a.title.position != b.title.position)

    # graph ---------------------------------------------------------------
    def person_id(self, key: str) -> str:
        return make_id("Person", f"{key}")

    def add_unit(self, unit: UnitRef) -> str:
        self.graph.add_node("Unit", unit.id, name=unit.name, aliases=unit.aliases, kind=unit.kind,
                            service=unit.service, region=unit.region, code=unit.code)
        return unit.id

    def add_position(self, t: TitleMention, evidence: str) -> str:
        # one office however it is written: "Kapolda Kaltim" and "Kapolda Kalimantan Timur" share the unit
        pid = make_id("Position", f"{t.title} {t.unit.id.split(':', 1)[1]}" if t.unit is not None else t.position)
        self.graph.add_node("Position", pid, name=t.position, title=t.title, aliases=t.aliases, role=t.role)
        if t.unit is not None:
            self.graph.add_rel("OF", pid, self.add_unit(t.unit), evidence)
        return pid

    def build(self) -> ArticleGraph:
        self.meeting = self.find_meeting()
        for sent in self.sentences:
            self.read_sentence(sent)
        self.resolve_persons()
        self.place_bodies()
        self.one_police_resort()
        self.name_bare_units()
        self.fill_missing_units()
        self.resolve_anaphora()
        g = self.graph
        sentence_text = {s.index: s.text.strip() for s in self.sentences}
        for key, p in self.persons.items():
            g.add_node("Person", self.person_id(key), name=key, aliases=sorted(self.aliases[key]), degrees=p.degrees,
                       first_seen=self.date, last_seen=self.date)
        for p in self.mentions:
            pid = self.person_id(p.key)
            evidence = sentence_text[p.sentence]
            if p.rank:
                rank = self.lex.ranks.get(squash(p.rank))
                rid = make_id("Rank", p.rank)
                g.add_node("Rank", rid, name=p.rank, service=p.rank_service, order=rank.order if rank else None)
                g.add_rel("HAS_RANK", pid, rid, evidence, as_of=self.date, corps=p.corps)
            if p.title is not None:
                pos = self.add_position(p.title, evidence)
                g.add_rel("HOLDS_POSITION", pid, pos, evidence, status=p.title.status,
                          first_seen=self.date, last_seen=self.date)
                if p.title.role in ("head", "civil_head") and p.title.unit is not None and p.title.status != "former":
                    g.add_rel("COMMANDS", pid, self.add_unit(p.title.unit), evidence,
                              first_seen=self.date, last_seen=self.date)
        for sent, _, _, unit in self.units:
            self.add_unit(unit)
        for sent, t in self.titles:
            if t.holder is None and (t.unit is not None or t.organisation):
                self.add_position(t, sent.text.strip())
        self.add_part_of()
        self.add_meeting()
        article = self.article_node()
        for node in list(g.nodes.values()):
            if node.label != "Article":
                g.add_rel("MENTIONED_IN", node.id, article)
        return g

    def resolve_anaphora(self) -> None:
        """``mantan Wakapolres Belu ini`` / ``Kapolres tersebut``: an office followed by a
        demonstrative names the person the text was just speaking of."""
        last: PersonMention | None = None
        people, titles = self.by_sentence()
        for sent in self.sentences:
            items: list[tuple[int, object]] = [(p.start, p) for p in people.get(sent.index, [])]
            items += [(t.start, t) for t in titles.get(sent.index, [])]
            for _, item in sorted(items, key=lambda x: x[0]):
                if isinstance(item, PersonMention):
                    last = item
                    continue
                if item.holder is None and last is not None and DEMONSTRATIVE.match(sent.text[item.end:]):
                    mention = replace(last, start=item.start, end=item.end, title=item, sentence=sent.index)
                    self.hold(item, mention)
                    self.mentions.append(mention)
                elif item.holder is not None or self.holder_of(item) is not None:
                    last = item.holder or self.holder_of(item)

    def _article_units(self) -> Iterator[UnitRef]:
        """Every unit mention of the article: the free ones, then those of its offices."""
        yield from (u for _, _, _, u in self.units)
        yield from (t.unit for _, t in self.titles if t.unit)

    def _replace_units(self, one: Callable[[UnitRef], UnitRef], rename_offices: bool) -> None:
        """Put ``one(u)`` for every unit mention ``u``, in the free mentions and the offices'."""
        self.units = [(sent, a, b, one(u)) for sent, a, b, u in self.units]
        for _, t in self.titles:
            if t.unit is not None and one(t.unit) is not t.unit:
                t.unit = one(t.unit)
                if rename_offices:
                    t.position = f"{t.title} {t.unit.name}"

    def one_police_resort(self) -> None:
        """``Polres Kendari`` and ``Polrestabes Kendari`` in one story are one unit: a regency or city
        has one police resort, whichever of the three names a writer gives it; the most used wins
        (of two used as often, the first named)."""
        resorts = ("polres", "polresta", "polrestabes")
        counts: dict[str, dict[str, int]] = {}
        first: dict[str, UnitRef] = {}
        for u in self._article_units():
            if u.kind in resorts and u.region:
                counts.setdefault(u.region, {}).setdefault(u.id, 0)
                counts[u.region][u.id] += 1
                first.setdefault(u.id, u)
        # max() keeps the first of equals, and the counts are in the order the units were named
        chosen = {region: first[max(ids, key=ids.get)] for region, ids in counts.items() if len(ids) > 1}
        if chosen:
            self._replace_units(lambda u: chosen.get(u.region, u) if u.kind in resorts and u.region else u,
                                rename_offices=False)

    def name_bare_units(self) -> None:
        """``Sentra Gakkumdu`` after ``Sentra Gakkumdu Kabupaten Gowa``: a unit written without its place
        is the one unit of its kind the article names with a place (a short form, like a person's)."""
        placed: dict[str, set[str]] = {}
        by_id: dict[str, UnitRef] = {}
        for u in self._article_units():
            if u.region:
                placed.setdefault(u.kind, set()).add(u.id)
                by_id[u.id] = u

        def full(u: UnitRef) -> UnitRef:
            if u.region or len(placed.get(u.kind, ())) != 1 \
                    or u.kind not in self.lex.unit_kinds or self.lex.unit_kinds[u.kind].place != "optional":
                return u  # only bodies that may stand without a place ("Bawaslu", "Kesbangpol")
            return by_id[next(iter(placed[u.kind]))]

        self._replace_units(full, rename_offices=True)

    def place_bodies(self) -> None:
        """``Bawaslu``, ``Ketua KPU`` written without a place in a story about one regency or one
        province are that place's; in a story about several they stay without a place (and never
        become one nationwide body: resolution keeps placeless bodies per article)."""
        regions = {u.region for _, _, _, u in self.units if u.region and u.region not in NATIONAL_PLACES
                   and self.lex.region(u.region) is not None}
        if len(regions) != 1:
            return
        region = regions.pop()
        placed: dict[str, UnitRef] = {}

        def placed_unit(u: UnitRef) -> UnitRef:
            if u.id not in placed:
                placed[u.id] = make_unit(self.lex, self.lex.unit_kinds[u.kind], region)
            return placed[u.id]

        def placeless(u: UnitRef | None) -> bool:
            return u is not None and u.region is None and u.kind in PLACED_BY_STORY

        self.units = [(sent, a, b, placed_unit(u) if placeless(u) else u) for sent, a, b, u in self.units]
        for _, t in self.titles:
            if placeless(t.unit):
                t.unit = placed_unit(t.unit)
                t.position = f"{t.title} {t.unit.name}"

    def fill_missing_units(self) -> None:
        """``Kapolres`` without a place means the article's own Polres."""
        known: dict[str, UnitRef] = {}
        for _, _, _, u in self.units:
            known.setdefault(u.kind, u)
        for sent, t in self.titles:
            if t.field_of and t.unit is None:
                # "Staf Ahli Bupati Bidang Hukum": the story's own regency
                head = self.lex.title(t.title.removeprefix("Staf Ahli "))
                kind = kind_named(head.unit) if head else None
                if kind is not None and kind.kind in known:
                    t.unit = known[kind.kind]
                    t.position = f"{t.title} {t.unit.region} Bidang {t.field_of}"
                continue
            if t.unit is None and t.staff and known_place_pattern().search(t.position):
                continue  # "Kadis Kesehatan Pasaman": its place is named
            if t.unit is None and t.staff:
                # a staff office without its unit belongs to the article's headquarters
                hq = next((known[k] for k in ("polda", "polrestabes", "polresta", "polres") if k in known), None)
                if hq is not None:
                    t.unit = hq
                    t.position = f"{t.title} {hq.name}"
                    t.aliases = [f"{a} {hq.name}" for a in t.aliases if not a.endswith(hq.name)] + t.aliases
                continue
            if t.unit is None and not t.organisation:
                title = self.lex.title(t.title)
                if title.role == "member" and title.unit in LOCAL_AREAS:
                    continue  # "Babinsa Desa": posted to a village, which is no unit of the story
                kind = kind_named(title.unit)
                if kind is not None and kind.kind in known:
                    t.unit = known[kind.kind]
                    t.position = f"{t.title} {t.unit.region}" if t.unit.region else t.position
                    if t.status == "acting" and t.aliases:
                        # "Pj. Gubernur" completed to "Gubernur Riau" is also "Pj. Gubernur Riau"
                        t.aliases.append(f"{t.aliases[0].split()[0]} {t.position}")

    def add_part_of(self) -> None:
        """``Polsek X jajaran Polres Y``, ``Polres X Polda Y``, ``Brimob Polda X``."""
        order = ["polsek", "koramil", "polres", "polresta", "polrestabes", "kodim", "korem", "brimob", "polda", "kodam"]
        by_sentence: dict[int, list[tuple[int, int, UnitRef]]] = {}
        for sent, a, b, u in self.units:
            by_sentence.setdefault(sent.index, []).append((a, b, u))
        for idx, items in by_sentence.items():
            items.sort(key=lambda x: x[0])
            sent = self.sentences[idx].text
            for (a1, b1, u1), (a2, b2, u2) in zip(items, items[1:]):
                between = sent[b1:a2]
                if re.fullmatch(r"\s*(?:jajaran|di|dari|wilayah(?:\s+hukum)?|,)?\s*", between) and u1.kind in order and u2.kind in order \
                        and order.index(u1.kind) < order.index(u2.kind) and u1.id != u2.id:
                    self.graph.add_rel("PART_OF", self.add_unit(u1), self.add_unit(u2), sent.strip())
        for sent, _, _, u in self.units:
            if u.parent is not None:
                self.graph.add_rel("PART_OF", self.add_unit(u), self.add_unit(u.parent), sent.text.strip())
        # "POLDA KALTIM, Polres Penajam Paser Utara": a Polres the article names beside the Polda of
        # its own province belongs to it (the gazetteer says which province a regency lies in)
        poldas = {u.region: u for _, _, _, u in self.units if u.kind == "polda" and u.region}
        for _, _, _, u in self.units:
            if u.kind in ("polres", "polresta", "polrestabes") and u.region:
                region = self.lex.region(u.region)
                province = region and region.kind != "province" and self.lex.region(region.province)
                polda = province and poldas.get(province.short)
                if polda:
                    self.graph.add_rel("PART_OF", self.add_unit(u), self.add_unit(polda), "")
        for unit_node in self.graph.by_label("Unit"):
            if unit_node.properties.get("kind") == "brimob" and unit_node.properties.get("region"):
                parent = make_unit(self.lex, self.lex.unit_kinds["polda"], unit_node.properties["region"])
                self.add_unit(parent)
                self.graph.add_rel("PART_OF", unit_node.id, parent.id, "")

    @property
    def date(self) -> str | None:
        return getattr(self, "_date", None)

    def article_node(self) -> str:
        a = self.article
        self.graph.add_node("Article", a.id, name=a.title or a.stem, title=a.title, source=a.source,
                            published=a.published or self.date, words=len(self.text.split()))
        return a.id

    def find_meeting(self) -> tuple[Sentence, re.Match, str] | None:
        """The article's meeting mention, its kind and its date (which dates every edge)."""
        mentions = [(s, m) for s in self.sentences for m in self.find("meeting", s)]
        self.meeting_sentences = {s.index for s, _ in mentions}
        dates = find_dates(self.text)
        year = text_year(self.text, dates)
        if not mentions:
            chosen = next((d for d in dates if d.weekday), None)
            self._date = (chosen.resolve(year) if chosen else None) or self.article.published
            return None
        sent, m = mentions[0]
        # the meeting's date: one with its day name written in a sentence that speaks of the meeting
        # ("... menggelar rakor ..., Senin (9/10/2023)"), not the page's dateline above the headline;
        # else one near its first mention, else the first with a day name
        within = [d for d in dates if d.weekday for s, _ in mentions if s.start <= d.start < s.start + len(s.text)]
        near = [d for d in dates if sent.start - 300 <= d.start <= sent.start + len(sent.text) + 300]
        # a date with its day name ("Senin (1/4/2024)") is the event's; bare dates are often periods
        # else the first full date anywhere ("selama perayaan Idul Fitri (09/03/2026)" a paragraph on)
        chosen = next(iter(within), None) or next((d for d in near if d.weekday), None) \
            or next((d for d in dates if d.weekday), None) or (near[0] if near else None) \
            or next((d for d in dates if d.year), None)
        self._date = (chosen.resolve(year) if chosen else None) or self.article.published
        return sent, m, self.lex.meeting_words.get(squash(m.group(0)), "rapat")

    def add_meeting(self) -> None:
        if self.meeting is None:
            self.represented(None)  # standing in happens at ceremonies too
            return
        sent, m, kind = self.meeting
        date = self.date
        window = self.text[max(0, sent.start - 200): sent.start + len(sent.text) + 400]
        time_, zone = find_time(window)
        venue = VENUE.search(window)
        title = re.sub(r"\s+", " ", sent.text.strip())[:160]
        organiser = ORGANISER_CUES.search(sent.text)
        host = None
        if organiser:
            host = next((u for s, a, b, u in self.units if s.index == sent.index and a >= organiser.end() - 1), None)
        # Two outlets reporting one meeting agree on its date, kind and host, not on their wording:
        # the host is the organiser, else the unit of the office that chairs, else the article's first unit.
        anchor = host or self.chair_unit() or next((u for _, _, _, u in self.units), None)
        key = f"{date}-{kind}-{anchor.id if anchor else ''}" if date else f"{self.article.id}-{kind}"
        mid = make_id("Meeting", key)
        g = self.graph
        mode = "virtual" if kind == "virtual" or re.search(r"zoom|virtual|daring|video conference|vicon", self.text, re.I) else "in_person"
        g.add_node("Meeting", mid, name=title[:80], title=title, kind=kind, date=date, time=time_, timezone=zone,
                   venue=venue.group(1).strip() if venue else None, mode=mode)
        if host is not None:
            g.add_rel("ORGANIZED", self.add_unit(host), mid, sent.text.strip())
        # who attended: persons and offices in sentences that speak of the meeting
        absent = self.represented(mid)
        cues = {}  # per sentence: (attendance cue, chair cue, speaker cue)
        for p in self.mentions:
            s = self.sentences[p.sentence]
            if p.key in absent:
                continue
            if p.sentence not in cues:
                cues[p.sentence] = (ATTEND_CUES.search(s.text), CHAIR_CUES.search(s.text), SPEAKER_CUES.search(s.text))
            attend, chair, speaker = cues[p.sentence]
            if self._absent(s.text, p):
                continue
            if p.sentence in self.meeting_sentences or attend or p.title is not None or p.rank:
                role = "chair" if chair and s.text.find(p.name) < chair.start() + 5 \
                    else "speaker" if speaker else "participant"
                g.add_rel("ATTENDED", self.person_id(p.key), mid, s.text.strip(), role=role, mode=mode)
        # "Kegiatan ini dihadiri oleh" with the list in the next paragraph
        # (only the end of a sentence can announce one: searching the whole of each costs a tenth of a read)
        introduced = {s.index for prev, s in zip(self.sentences, self.sentences[1:])
                      if _announces_list(prev.text)}
        present: dict[int, bool] = {}
        for s, t in self.titles:
            if s.index not in present:
                present[s.index] = bool(PRESENT_CUES.search(s.text)) or s.index in introduced
            if t.holder is None and (t.unit is not None or t.organisation or t.staff) \
                    and (present[s.index]
                         or re.search(r"\bbersama\b", s.text[:t.start], re.I)
                         or s.index in self.meeting_sentences and ATTEND_CUES.search(s.text)):
                held = self.holder_of(t)
                if held is None and t.position not in absent:
                    g.add_rel("ATTENDED", self.add_position(t, s.text.strip()), mid, s.text.strip(), role="participant")
        # units listed as present: "dihadiri ..., perwakilan dari Kejaksaan, Basarnas dan Kodim 0209/LB";
        # a unit named inside an office ("Kapolres Belu") is that office's, not listed on its own
        title_spans = {(ss.index, t.start, t.end) for ss, t in self.titles}
        for s, a, b, u in self.units:
            before = s.text[:a]
            listed = re.search(r"\b(perwakilan|unsur)\s+(?:dari\s+)?$", before, re.I) or (
                (PRESENT_CUES.search(before) or re.search(r"\b(?:perwakilan|unsur)\b", before, re.I)
                 or s.index in introduced)
                and (LIST_POSITION.search(before) or s.index in introduced and not before.strip())
                and not s.text[a:b].lower().startswith(("ma", "aula")) and u is not host)
            if listed and (s.index, a, b) not in title_spans and u.name not in absent:
                g.add_rel("ATTENDED", self.add_unit(u), mid, s.text.strip(), role="participant")

    def bare_name(self, sent: Sentence, pos: int) -> PersonMention | None:
        """A name without rank or title where the sentence demands one (``diwakili oleh Tituk Tumuli``)."""
        nm = read_name(sent.text, pos, self.lex)
        if nm is None or len(nm.name.split()) < 2:
            return None
        known = next((k for k in self.persons if k == nm.name or is_short_form(nm.name, k)), None)
        p = PersonMention(nm.start, nm.end, nm.name, nm.degrees, None, None, None, None, sent.index, nm.honorific)
        if known is None:
            self.persons[nm.name] = p
            self.aliases[nm.name] = set()
        p.key = known or nm.name
        self.mentions.append(p)
        if known is None:  # person nodes are already built when representation is read
            self.graph.add_node("Person", self.person_id(p.key), name=p.key, aliases=[], degrees=p.degrees,
                                first_seen=self.date, last_seen=self.date)
        return p

    def name_closing_clause(self, sent: Sentence, pos: int) -> PersonMention | None:
        """The name that ends the clause beginning at ``pos``, after an office this lexicon does
        not know: "diwakili oleh Fungsional Ahli Muda Bidang Poldagri Kesbangpol Prov Jambi Rudi
        Hartono, S.Sos, ..." -> Rudi Hartono. The name is the first run of two or more name words
        that reaches the clause's end (its degrees aside) with no place or acronym in it."""
        s = sent.text
        limit = min(len(s), pos + 160)
        # "dan" also joins the words of an office ("Divisi Teknis dan SDM"): try the next clause end too
        ends = []
        for e in CLAUSE_END.finditer(s, pos, limit):
            ends.append(e.start())
            if len(ends) == 2 or not e.group(0).strip().isalpha():
                break  # only past a word ("dan"), never past a comma
        ends = ends or [limit]
        for stop in ends:
            for w in re.finditer(r"(?<!\S)[A-Z]\S*", s[:stop]):
                if w.start() < pos:
                    continue
                nm = read_name(s, w.start(), self.lex)
                if nm is None or len(nm.name.split()) < 2 or squash(nm.name.split()[0]) in self.lex.staff_titles:
                    continue
                rest = s[nm.end:stop]
                reaches = not rest.strip(" ,.") or rest.lstrip()[:1].islower()
                if reaches and not any(self.lex.region(x) or re.fullmatch(r"[A-Z]{2,}", x) for x in nm.name.split()):
                    return self.bare_name(sent, w.start())
        return None

    def chair_unit(self) -> UnitRef | None:
        """The unit of the first office held by someone who chairs (``memimpin``, ``membuka``)."""
        for p in self.mentions:
            cue = CHAIR_CUES.search(self.sentences[p.sentence].text)
            if cue and p.title is not None and p.title.unit is not None and p.start < cue.start():
                return p.title.unit
        return None

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

    @staticmethod
    def _absent(text: str, p: PersonMention) -> bool:
        """The sentence says this person did not come (and not that someone came instead)."""
        after = ABSENT_AFTER.search(text, p.end, p.end + 60)
        if after and not re.search(r"\b(?:dan|serta|diwakili|mewakili)\b|,", text[p.end:after.start()]):
            return True
        return bool(ABSENT_BEFORE.search(text, max(0, p.start - 60), p.start))

    def represented(self, meeting_id: str | None) -> set[str]:
        """REPRESENTED edges; returns who was represented (and so absent)."""
        absent: set[str] = set()
        g = self.graph
        by_person, by_title = self.by_sentence()
        units_by_sentence: dict[int, list[tuple[int, int, UnitRef]]] = {}
        for u_sent, a, b, u in self.units:
            units_by_sentence.setdefault(u_sent.index, []).append((a, b, u))
        for sent in self.sentences:
            s = sent.text
            here = by_title.get(sent.index, [])
            people = by_person.get(sent.index, [])
            for x in here:
                rest = s[x.end:]
                x_person = x.holder or self.holder_of(x)
                if x.holder is not None:
                    # skip the holder's own name and degrees
                    rest = s[x.holder.end:]
                    base = x.holder.end
                else:
                    base = x.end
                y = self._stand_in(sent, rest, base, here, people, x_person)
                if y is not None:
                    self._represent(y, x, x_person, meeting_id, s.strip(), absent)
            # a body stands in through a person too: "BMKG Bima melalui Budi Santoso mengingatkan ..."
            for a, b, u in units_by_sentence.get(sent.index, ()):
                if any(t.start <= a < t.end for t in here):
                    continue
                y = self._stand_in(sent, s[b:], b, here, people, None)
                if y is not None:
                    g.add_rel("REPRESENTED", self.person_id(y.key), self.add_unit(u), s.strip(), meeting=meeting_id)
                    absent.add(u.name)
            for y in people:
                if y.delegate_of is not None:
                    g.add_rel("REPRESENTED", self.person_id(y.key), self.add_unit(y.delegate_of), s.strip(),
                              meeting=meeting_id)
                    absent.add(y.delegate_of.name)
            for y in people:
                m = REPRESENTING.match(s[y.end:])
                if not m:
                    continue
                pos = y.end + m.end()
                x = next((t for t in here if t.start == pos), None)
                if x is not None:
                    self._represent(y, x, x.holder or self.holder_of(x), meeting_id, s.strip(), absent)
            # "Mewakili Kapolresta Denpasar, Wakapolresta AKBP I Wayan Jiartana menyampaikan ..."
            for cue in MEWAKILI_FIRST.finditer(s) if "ewakili" in s else ():
                x = next((t for t in here if t.start == cue.end()), None)
                if x is None:
                    continue
                y = next((p for p in people if x.end <= p.start <= x.end + 80 and p is not x.holder), None)
                if y is not None:
                    self._represent(y, x, x.holder or self.holder_of(x), meeting_id, s.strip(), absent)
        return absent

    def _stand_in(self, sent: Sentence, rest: str, base: int, here: list[TitleMention],
                  people: list[PersonMention], x_person: PersonMention | None) -> PersonMention | None:
        """Who stands in for an office or body whose mention ends at ``base`` (``rest`` is the
        text after it): "... yang diwakili oleh Y", "... melalui Y" (a press officer through whom a
        head speaks to reporters too, as the annotation spec and the dev gold have it)."""
        s = sent.text
        for cue in (REPRESENT_BY, REPRESENT_VIA):
            m = cue.match(rest)
            if not m:
                continue
            pos = base + m.end()
            # the next person named, unless another clause begins first ("... hadir bersama Kades X")
            y = min((p for p in people if pos <= p.start <= pos + 60 and p is not x_person
                     and not CLAUSE_BREAK.search(s, pos, p.start)), key=lambda p: p.start, default=None)
            if y is None:
                ty = next((t for t in here if t.start == pos), None)
                y = self.holder_of(ty) if ty is not None else \
                    self.name_closing_clause(sent, pos) or self.bare_name(sent, pos)
            if y is not None:
                return y
        return None

    def _represent(self, y: PersonMention, x: TitleMention, x_person: PersonMention | None, meeting_id: str | None,
                   evidence: str, absent: set[str]) -> None:
        yid = self.person_id(y.key)
        if x_person is not None and x_person.key != y.key:
            self.graph.add_rel("REPRESENTED", yid, self.person_id(x_person.key), evidence, meeting=meeting_id)
            absent.add(x_person.key)
        elif x_person is None:
            self.graph.add_rel("REPRESENTED", yid, self.add_position(x, evidence), evidence, meeting=meeting_id)
            absent.add(x.position)


# -- the spaCy pipeline --------------------------------------------------------

# spaCy refuses texts over a million characters by default (a guard for its parser and
# tagger, which we do not run): a 10 MB page is still one article to read.
MAX_LENGTH = 50_000_000


@lru_cache(maxsize=1)
def nlp() -> Language:
    """``spacy.blank("id")`` (its tokenizer) with the ``kg_cues`` component."""
    import spacy

    import loaders.cues  # noqa: F401 - registers the kg_cues factory

    pipeline = spacy.blank("id")
    pipeline.add_pipe("kg_cues")
    pipeline.max_length = MAX_LENGTH
    return pipeline


def parse(articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, Doc, Cleaned]]:
    """Clean each article and run the pipeline over the texts in batches
    (``nlp.pipe``): each article with its Doc and its cleaned text (with the
    page-junk lines dropped)."""
    cleaned = ((c.text, (a, c)) for a in articles for c in (clean(a.text),))
    for doc, (article, c) in nlp().pipe(cleaned, as_tuples=True, batch_size=batch_size):
        yield article, doc, c


def read_doc(article: Article, doc: Doc, cleaned: Cleaned) -> ArticleGraph:
    """The graph of one parsed article (``cleaned.text`` is the Doc's text: building
    it again from the tokens would cost as much as the tokenizer)."""
    return ArticleReader(article, cleaned.text, cleaned.dropped, doc.user_data.get("kg_cue_offsets")).build()


def extract_many(articles: Iterable[Article], batch_size: int = 32) -> Iterator[ArticleGraph]:
    """The graphs of many articles, parsed in batches."""
    for article, doc, cleaned in parse(articles, batch_size):
        yield read_doc(article, doc, cleaned)


def extract(article: Article) -> ArticleGraph:
    """The graph of one article."""
    return next(extract_many([article]))

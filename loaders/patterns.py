"""The regular expressions built from the lexicon: ranks, titles, unit kinds with
their places, meeting words, and the offices read from their parts (staff
titles, titles of bodies outside the lexicon, glued titles, advisors).

Each is built once (cached); the components try them only where ``kg_cues``
says one may begin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.lexicon import (Lexicon, alternation, factored, lexicon, spelling_pattern, territorial_names, word_class,
                             words)

COMPASS = r"(?:Barat|Timur|Utara|Selatan|Tengah|Kota|Raya|Daya|Jaya|Baru|Besar|Kepulauan)"
# a capital ahead, tested before the look-aheads that step through long alternations (stopwords,
# ranks, words of bodies) in front of a word that must begin with one: the same matches, without
# the walk through those alternations at each word in lower case
CAPITAL = r"(?=(?-i:[A-Z]))"
# the units of titles whose place must be a known one (see _title_pattern)
CIVIL_SEATS = {"Pemerintah Provinsi", "Pemerintah Kabupaten", "Pemerintah Kota", "Pemerintah", "Kejati", "Kejari"}

# what may follow a one-word name after an office: the clause goes on ("juga", "mengatakan") or ends
AFTER_LONE_NAME = word_class("after_lone_name")
# a building named after an office: "Kantor Gubernur Papua, Dok V, Jayapura" (the office names a place)
BUILDING_BEFORE = re.compile(rf"(?i:\b(?:{alternation(sorted(word_class('building')))}))\s+$")
# the words before a body's or an office's delegate: "perwakilan (dari) Kejari X, Nama"
DELEGATE_BEFORE = re.compile(r"\b[Pp]erwakilan(?:\s+dari)?\s+$")
# the words a division's or section's name follows ("Divisi Teknis", "Bidang Kedaruratan"): what comes
# after them names the division, not a person
DIVISION_WORDS = r"(?:Divisi|Devisi|Bidang|Bagian|Seksi)"

# a regional agency written in one word after a staff office, before its holder: "Kabid Sarpras Dispora Abdul
# Haris", "Asisten II SETDA Drs. Hendrik", "Asisten Pemerintahan Sekretariat Kota Eka Darmawan" (Dinas alone
# goes on with its field, so it is no such word)
AGENCY = (r"Setda(?:kab|kot|ko|prov)?|SETDA|Sekretariat\s+(?:Daerah|Kota|Kabupaten|Provinsi)|(?!Dinas\b)Di[sn][a-z]{2,}"
          r"|Bappeda[a-z]*")
AGENCY_WORD = re.compile(rf"(?P<agency>{AGENCY})\s+(?=[A-Za-z])")
# a staff office whose function is a regional agency, written anywhere in it (Dinas, Badan, Satpol PP
# too) or as its last word (Setda): a section of that agency, not of the story's police headquarters
CIVIL_AGENCY = re.compile(r"\b(?:Di[sn][a-z]{2,}|Dinas|Badan|Kesbangpol|Satpol|Bappeda\w*)\b")
AGENCY_LAST = re.compile(rf"(?<!\S)(?:{AGENCY})$")


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
                         for form in region.forms])
    ranks = alternation(list(lex.ranks))
    # stopwords in any case, and no rank ("Brimob Komisaris Besar Adeni" is no place)
    word = rf"{CAPITAL}(?!(?i:{_stops()})\b)(?!(?i:{ranks})(?![\w]))[A-Z][a-zA-Z'-]{{2,}}"
    unknown = rf"(?-i:{word}(?:\s+{word}){{0,{words - 1}}}(?:\s+{COMPASS})*)"
    if closed:
        # several unknown words are a place only where a rank (or a bracket) closes them
        # ("Danlanud Silas Papare Marsma TNI ...", "Danlanal Pulau Laut, Letkol ...", "Budi (Kapolsek Kuala
        # Kencana)", the holder named before)
        ends_known = rf"{word}(?:\s+{word})?\s+(?-i:{known})(?![a-z])(?=\s*[,.;:()]|\s+(?-i:[a-z])|\s+{ranks}(?![\w]))"
        unknown = rf"(?:(?-i:{ends_known})|{unknown}(?=\s*,?\s*{ranks}(?![\w])|\s*[()]))"
    elif guarded:
        unknown += rf"(?=\s*[,.;:()]|\s+(?-i:[a-z])|\s*$|\s+{ranks}(?![\w]))"
    known_first = rf"(?-i:{known})(?![a-z])(?:\s+(?-i:{COMPASS})(?![a-z]))?"
    if known_only:
        # a body that may stand without a place ("KPU", "Bawaslu") takes only a place the gazetteer
        # knows, or one its level names ("KPU Kabupaten X"): in "Ketua KPU Siti Rahmawati" Siti is a name
        # or a place it does not know that a rank closes: "Kepala BNNK Wonosari AKBP X" (the name follows the rank)
        before_rank = rf"{CAPITAL}(?!(?i:{_body_words()})(?![\w])){unknown}(?=\s*,?\s*{ranks}(?![\w]))"
        return (rf"(?:(?-i:Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?)\s+(?:{known_first}|{unknown})|{known_first}|"
                rf"(?-i:RI|Pusat)(?![\w])|{before_rank})")
    # sub-district names run longer than the regency they start with ("Polsek Medan Tuntungan")
    choice = f"{unknown}|{known_first}" if words > 1 else f"{known_first}|{unknown}"
    return rf"(?:(?-i:Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?)\s+)?(?:{choice})"


@lru_cache(maxsize=1)
def _body_words() -> str:
    """Words of bodies' names (``Direktorat``, ``Badan``): never a place, whatever follows."""
    return alternation(sorted(word_class("body_word")))


@lru_cache(maxsize=1)
def _stops() -> str:
    lex = lexicon()
    words = {w for w in lex.stopwords if w.isalpha()}
    return factored(sorted((re.escape(w) for w in words), key=len, reverse=True))


# marine units carry the word between number and name ("Yonif 8 Marinir/BS", "Brigif 4 Marinir/BS")
CODE_TEMPLATE = (r"(?:(?P<code>\d{{1,4}}(?:\s(?-i:Marinir)(?=\s?/))?(?:\s?[/-]\s?\d{{1,2}}(?![\d]))?|(?-i:{letters})|[IVX]{{1,5}})"
                 r"(?:\s?[/-]\s?(?P<cname>(?-i:[A-Z][\w]*|(?<=/)[a-z]{{2,}}(?![\w]))(?:\s(?=(?-i:[A-Z])|\d)(?!{ranks}(?![\w]))(?!(?i:{stops})(?![\w]))(?:(?-i:[A-Z][\w]*)|\d+))?))?"
                 r"|(?P<tname>(?-i:{names}))(?![\w]))")


@lru_cache(maxsize=1)
def code_pattern() -> str:
    """A military code with its name (``1605/Belu``, ``IX/Udayana``, ``IM``), or the name of a Kodam or
    Korem alone (``Iskandar Muda``, ``Wira Sakti``); a rank after it is not part of the name."""
    table = territorial_names()
    letters = sorted({code for _, code in table if code.isalpha() and not set(code) <= set("IVX")})
    names = sorted({name for (kind, _), name in table.items() if kind in ("kodam", "korem")})
    return CODE_TEMPLATE.format(ranks=alternation(list(lexicon().ranks)), stops=_stops(),
                                letters=alternation(letters), names=alternation(names))


def _unit_pattern(lex: Lexicon) -> str:
    province = _place_pattern(lex, ("province",))
    region = _place_pattern(lex)
    place = _place_pattern(lex, words=3)
    known_region = _place_pattern(lex, known_only=True)
    # "Komisi Pemilihan Umum (KPU) Kabupaten Sikka": the short form in brackets before the place
    # (which must then be one the gazetteer knows: loaders.units.unit_from_match)
    by_place = {
        "province": rf"{ABBREVIATED}\s+(?P<p_prov>{province})",
        "region": rf"{ABBREVIATED}\s+(?P<p_reg>{region})",
        "place": rf"{ABBREVIATED}\s+(?P<p_place>{place})",
        "code": rf"{ABBREVIATED}\s+{code_pattern()}(?:\s+(?P<p_code>{region}))?",
        "polda": rf"(?:\s+Polda|da)?\s+(?P<p_polda>{province})",
        "optional": rf"(?:{ABBREVIATED}\s+(?P<p_opt>{known_region}))?",
        "none": "",
    }
    parts = []
    for place, group in by_place.items():
        spellings = [s for s, u in lex.units.items() if u.place == place]
        if spellings:
            parts.append(rf"(?P<u_{place}>{alternation(spellings)}){group}")
    # a regency's body written alone in a list ("Intel Polres, Kejari, Kodim 0431"): the story places it
    alone = [s for s, u in lex.units.items() if u.place == "region" and u.kind in word_class("placed_by_story")]
    parts.append(rf"(?P<u_alone>{alternation(alone)})(?=\s*[,;)]|\s+(?:dan|serta)\s)")
    return r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])"


# a long form with its short one in brackets before the place: "Komandan Pangkalan TNI AL (Danlanal) Balikpapan"
BRACKETED_SHORT_FORM = r"\s*\([A-Z][A-Za-z]{1,12}\)"
ABBREVIATED = rf"(?:{BRACKETED_SHORT_FORM})?"


def _title_pattern(lex: Lexicon) -> str:
    status = r"(?:(?P<status>(?i:plt|pj|plh)\.?|Penjabat|Pelaksana\s+Tugas(?:\s*\(Plt\.?\))?|Pelaksana\s+Harian|mantan|eks)\s+)?"
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
            # (a place before a code: "Kapolres 50 Kota" is of Lima Puluh Kota, not of a unit numbered 50)
            rf"(?P<t_comp>{alternation(compound)})(?:{ABBREVIATED}\s+(?:(?P<t_place>{region})|"
            rf"{code_pattern()}(?:\s+(?P<t_cplace>{coded_place}))?))?|(?P<t_plain>{alternation(plain)}))(?![\w])")


@lru_cache(maxsize=1)
def staff_title_pattern() -> re.Pattern:
    """A staff title and one to five capitalised function words (``Sarana dan Prasarana``);
    the caller cuts the function where a unit, a rank or a known place begins."""
    lex = lexicon()
    stops = "|".join(re.escape(w) for w in words("staff_function_stops.txt"))
    word = rf"(?!(?:{stops})(?![\w-]))[A-Z][\w]*"
    # a known function word may be written in lower case ("Kasi intel Kejari Bantul"); the caller
    # keeps it only after a capitalised title
    lower = alternation([w.lower() for w in words("staff_functions.txt") if w.isalpha()])
    first = rf"(?:{word}|(?:{lower})(?![\w-]))"
    # a numbered one too: "Kanit 5 Subdit Kamsus", "Panit 4 Subdit Kamsus"
    return re.compile(rf"(?<![\w])(?P<staff>(?i:{alternation(list(lex.staff_titles))}))\s+"
                      rf"(?P<function>(?:\d{{1,2}}\s+)?{first}(?:\s+(?:dan\s+)?{word}){{0,4}}"
                      # or the number alone, before a verb or the clause's end ("Asisten 1 mewakili Bupati")
                      rf"|\d{{1,2}}(?=\s*[,.;)]|\s+[a-z]))(?![\w])")


@lru_cache(maxsize=1)
def _known_regions() -> str:
    """Every written form of every province and regency, as one alternation."""
    return alternation([form for region in lexicon().regions.values() for form in region.forms])


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
def org_title_pattern() -> re.Pattern:
    """A leading title, one to four organisation words (acronyms or ``Dis...``
    agencies), and optionally a known place."""
    titles = alternation(lexicon().org_titles)
    ranks = alternation(list(lexicon().ranks))
    # any body's name, closed by a known place: "Kepala Jasa Raharja Provinsi Aceh", "Ketua Organda Kota X"
    word = rf"{CAPITAL}(?!(?i:{ranks})(?![\w]))[A-Z][\w/&.-]*"
    # ("Kabag Kesbangpol dan Kadishub Jabar" are two offices: no title after "dan")
    named = rf"{word}(?:\s+(?:(?:dan|&)\s+(?!(?:{titles}|Ka(?:dis|din)[a-z]+)(?![\w])))?{word}){{0,4}}?"
    # or by an airport or a port, named after a place or a person ("Kepala Imigrasi Bandara Kualanamu,")
    # or by a place the gazetteer lacks, which a rank closes: "Kepala SPN Batua Kombes Pol X" (the holder's
    # name comes after the rank, so the words before it are the body's)
    place_before_rank = rf"{CAPITAL}(?!(?i:{_body_words()})(?![\w]))[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+(?i:{ranks})(?![\w]))"
    facility = r"(?:Bandara|Bandar\s+Udara|Pelabuhan)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?=\s*[,.;:)]|\s+(?:dan|serta)\s|\s*$)"
    return re.compile(rf"(?<![\w])(?P<title>{titles})\s+(?:(?P<named>{named})\s+(?P<named_place>{_office_place()}|{facility})(?![\w])|"
                      rf"(?P<org>{ORG_WORD}(?:\s+{ORG_WORD}){{0,3}})(?:\s+(?P<place>{_office_place()}|{place_before_rank}))?(?![\w]))")


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
    ranks = alternation(list(lex.ranks))
    # a rank written out may be followed by its short form in brackets: "Letnan Kolonel (Letkol) (Arh)"
    rank = rf"(?<![\w])(?P<rank>{ranks})(?:\s*\((?:{ranks})\))?(?P<corps>(?:\s+(?:{corps})(?![\w]))*(?:\s*\((?:[A-Z]{{1,2}}|(?i:purn|mar|han|ret)\.?|{corps})\))*)(?![\w])"
    # a comma between rank and name ("Kapolres Gorontalo AKBP, Ade Permana") belongs to the rank
    rank += r"(?:,(?=\s(?-i:[A-Z][a-z])))?"
    return Patterns(
        rank=re.compile(rank, re.I),
        title=re.compile(_title_pattern(lex), re.I),
        unit=re.compile(_unit_pattern(lex), re.I),
        meeting=re.compile(r"(?<![\w])" + alternation(list(lex.meeting_words)) + r"(?![\w])", re.I),
    )


@lru_cache(maxsize=1)
def advisor_pattern() -> re.Pattern:
    """``Staf Ahli Gubernur Kalsel Bidang``, ``Staff Ahli Bupati Bid.``: up to the field, which
    may go unsaid after the head (``Staf Ahli Gubernur Papua Barat``)."""
    lex = lexicon()
    heads = [sp for sp, t in lex.titles.items() if t.unit in {"Pemerintah Provinsi", "Pemerintah Kabupaten", "Pemerintah Kota"}]
    # (the head may go unsaid: "Staf Ahli Bidang Kemasyarakatan Made Arya")
    return re.compile(rf"(?<![\w])Staf{{1,2}}\s+Ahli\s+(?:(?P<head>(?i:{alternation(heads)}))"
                      rf"(?:\s+(?P<place>{_office_place()}))?(?:\s*,?\s+)?)?(?P<field>(?:Bidang|Bid\.)\s*)?")

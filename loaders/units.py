"""Units and places: the ``kg_units`` component, and how a unit is named.

``kg_units`` reads the unit mentions of each sentence (``Polres Belu``,
``Kodim 1605/Belu``, ``KPU Kabupaten Gowa``) into ``Reading.found_units``.
``make_unit`` gives a unit its canonical name, key and the aliases other
writers use (``kg.resolve`` names units with it too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.model import make_id
from loaders.lexicon import Lexicon, UnitKind, lexicon, squash, territorial_codes, territorial_names, word_class
from loaders.mentions import TitleMention, UnitRef
from loaders.patterns import known_place_pattern
from loaders.reading import Reading, component

NATIONAL_PLACES = {"RI", "Pusat"}
# bureaus, divisions and sections of a headquarters, named before it ("Biro Ops Polda NTB")
STAFF_UNIT_WORDS = {"biro": "Biro", "bid": "Bid", "bidang": "Bid", "dit": "Dit", "direktorat": "Dit", "sat": "Sat",
                    "satuan": "Sat", "bag": "Bag", "bagian": "Bag", "subdit": "Subdit", "si": "Si", "seksi": "Si"}
STAFF_UNIT = re.compile(r"(?<![\w])(?P<section>Biro|Bidang|Bid|Direktorat|Dit|Satuan|Sat|Bagian|Bag|Subdit|Seksi|Si)"
                        r"\s+(?P<function>[A-Z][a-z]{2,}|[A-Z]{2,6})\s+$")
COMMISSION = re.compile(r"(?<![\w])Komisi\s+([IVX]{1,4}|[A-E])\s+$")
STAFF_UNIT_PARENTS = {"polda", "polres", "polresta", "polrestabes", "kodam", "korem", "kodim", "brimob"}
ADMIN_LEVEL = re.compile(r"^(Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?)\s+", re.I)
ADMIN_LEVEL_NOT_KOTA = re.compile(r"^(Kabupaten|Kab\.?|Provinsi|Prov\.?)\s+", re.I)
SPACES = re.compile(r"\s+")


def region_forms(lex: Lexicon, place: str | None) -> tuple[str | None, list[str], str | None]:
    """Canonical short form, all written forms and province of a place."""
    if not place:
        return None, [], None
    bare = ADMIN_LEVEL.sub("", place).strip()
    # the whole text first: "Kota Yogyakarta" is the city, "Yogyakarta" alone the province
    region = lex.region(place.strip()) or lex.region(bare)
    if region is None:
        # "Polsek Kota Raja": an unknown place keeps its "Kota", which is part of its name
        kept = ADMIN_LEVEL_NOT_KOTA.sub("", place).strip()
        return kept, list(dict.fromkeys([kept, bare])), None
    forms = list(dict.fromkeys([region.short, *region.forms, bare]))
    return region.short, forms, region.province


def make_unit(lex: Lexicon, kind: UnitKind, place: str | None = None, code: str | None = None,
              cname: str | None = None, written: str | None = None) -> UnitRef:
    """A Unit with its canonical name and the aliases other writers use."""
    code, cname, place = territorial_code(kind.kind, place, code, cname)
    if kind.place == "region" and place:
        place = _regency_of_the_name(lex, kind, place)
    if place and kind.service != "police" and place.startswith("Metro "):
        place = _civil_place(lex, place)
    if kind.kind == "pemda" and place and lex.region(place) is not None:
        # "Pemda Papua" is the province's government, "Pemda Sikka" the regency's: one unit each
        kind = lex.unit_kinds[government_of(lex, place)]
    if kind.kind == "kejaksaan" and place and lex.region(place) is not None:
        # "Kejaksaan Kolaka" is the Kejari of Kolaka, "Kejaksaan Sultra" the Kejati: one unit each
        kind = lex.unit_kinds["kejati" if lex.region(place).kind == "province" else "kejari"]
    unit = _canonical_unit(kind.kind, place, code, cname)
    aliases = list(unit.aliases)
    written = SPACES.sub(" ", written).strip() if written else ""
    if written and written != unit.name and written not in aliases:
        aliases = (aliases + [written])[:40]
    # a copy with its own aliases (dataclasses.replace does the same, through introspection)
    return UnitRef(unit.id, unit.name, unit.kind, unit.service, aliases, unit.region, unit.code, unit.parent)


# the kinds of unit a city has rather than a regency, where a province shares the name
CITY_KINDS = {"pemkot", "polresta", "polrestabes"}


def _regency_of_the_name(lex: Lexicon, kind: UnitKind, place: str) -> str:
    """A regency's or city's unit is never a province's: "Polresta Yogyakarta" and "Pemkot Yogyakarta"
    are of the city of Yogyakarta, not of DI Yogyakarta, whose short form is DIY."""
    region = lex.region(place)
    if region is None or region.kind != "province" or region.short == place or ADMIN_LEVEL.match(place):
        return place  # ("Pemkot Gorontalo" stays as written: Gorontalo is also the province's short form)
    levels = ("Kota", "Kabupaten") if kind.kind in CITY_KINDS else ("Kabupaten", "Kota")
    return next((f"{level} {place}" for level in levels if lex.region(f"{level} {place}") is not None), place)


def _civil_place(lex: Lexicon, place: str) -> str:
    """The place a police name gives, as the other bodies there are named: "Metro Jakarta Timur" (Polres
    Metro Jakarta Timur) is Jakarta Timur for its KPU or FKDM, "Metro Jaya" (Polda Metro Jaya) DKI Jakarta."""
    region = lex.region(place)
    if region is None:
        return place
    if region.kind == "province":
        return region.name
    rest = place.removeprefix("Metro ")
    return rest if lex.region(rest) is not None else place


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def territorial_code(kind: str, place: str | None, code: str | None,
                     cname: str | None) -> tuple[str | None, str | None, str | None]:
    """The code, name and place of an army territorial unit as the table has them, however the
    text names it: ``Kodam IM``, ``Kodam Iskandar Muda`` and ``Pangdam Iskandar Muda`` are one
    Kodam, ``Korem Wira Sakti`` is Korem 161, ``Dandim Belu`` commands Kodim 1605/Belu. A code in
    letters or a name the table gives another kind is a place (``Polsek Jaya Karya``)."""
    codes = territorial_codes()
    if code:
        code = re.sub(r"\s?([/-])\s?", r"\1", code)  # ("8 Marinir" keeps its space)
        known = codes.get((kind, squash(code)))
        if known is None and code.isdigit() and int(code) < 40:
            known = codes.get((kind, squash(_roman(int(code)))))  # "Pangdam 2 Sriwijaya" is Kodam II
        if known is None and not code.isdigit() and not re.fullmatch(r"[IVX]+|\d+[/-]\d+|\d+ Marinir", code):
            return None, None, " ".join(x for x in (code, cname, place) if x)
        if cname and cname.islower():
            cname = None  # "Kodim 1302/min": a name cut short in lower case gives way to the table's
        return (known or code), cname or territorial_names().get((kind, known or code)), place
    named = cname or place
    known = codes.get((kind, squash(named))) if named else None
    if known:
        return known, territorial_names()[(kind, known)], place
    return None, None, place or cname


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
    # a district or village is named as written: "Distrik Bintuni" is no short form of Teluk Bintuni
    short, forms, province = region_forms(lex, place) if kind.short not in LOCAL_AREAS or not place \
        else (place.strip(), [place.strip()], None)
    if short and short.startswith("Metro ") and kind.service != "police" and lex.region(short) is not None:
        short = lex.region(short).name  # "Metro Jaya" names the Polda; the province's other bodies are DKI Jakarta's
    spellings = _spellings(kind_name)
    display = kind.short
    aliases: list[str] = []
    if code:  # (without spaces around its separators: territorial_code took them out)
        base = f"{kind.short} {code}"
        name = f"{base}/{cname or short}" if (cname or short) else base
        if cname and code == "".join(w[0] for w in cname.split()):
            name = f"{kind.short} {cname}"  # "Kodam IM" is Kodam Iskandar Muda: its code is its initials
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
# units whose place is always a province, regency or city of the gazetteer (courts and prosecutors are
# named after towns: "Kejari Rantauprapat", "Pengadilan Negeri Ruteng")
GAZETTEER_PLACED = word_class("gazetteer_placed")
# what no village's or district's name begins with: a level above it, or "se-" (all of them)
NOT_A_LOCAL_AREA = re.compile(r"(?:Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?)\s|Se-|se\b", re.I)
LOCAL_AREAS = {"Kecamatan": "district", "Distrik": "district", "Desa": "village", "Kelurahan": "village",
               "Kampung": "village", "Nagari": "village", "Gampong": "village"}


CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")


def local_area(lex: Lexicon, unit: str, text: str, start: int, shortest: int = 2,
               holder_after: bool = True) -> str | None:
    """The longest run of ``shortest`` to three capitalised words at ``start`` that the gazetteer
    knows as a district (for a camat) or a village (for a kepala desa or lurah), leaving at least
    one word after it for the holder's name unless ``holder_after`` is false (a Kapolsek's name
    comes after his rank)."""
    run = re.match(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}", text[start:])
    if run is None:
        return None
    look = lex.district if LOCAL_AREAS[unit] == "district" else lex.village
    ws = run.group(0).split()
    # where the run ends the clause ("(Kepala Kampung Mimika Gunung)", "Camat Siak Hulu,") the holder
    # is named elsewhere: the run may be the area's name to its last word
    holder_after = holder_after and CAPITALISED_NEXT.match(text, start + run.end()) is not None
    for k in range(min(3, len(ws) - 1 if holder_after else len(ws)), shortest - 1, -1):
        if look(" ".join(ws[:k])):
            return " ".join(ws[:k])
    return None


def government_of(lex: Lexicon, place: str) -> str:
    """The kind of government a place has: pemprov, pemkot or pemkab."""
    region = lex.region(place)
    if region is not None and region.kind == "province":
        return "pemprov"
    return "pemkot" if re.match(r"Kota\b", place) or region is not None and region.level == "kota" else "pemkab"


def respelt_place(lex: Lexicon, kind: UnitKind, place: str | None) -> str | None:
    """The place of a provincial or regional unit as the gazetteer spells it, where the text
    misspells it ("Polda Pupua", "Kapolres Mangarai"); any other place as written."""
    if place and kind.place == "province" and getattr(lex.region(place), "kind", "province") != "province":
        # "Kapolda Metro": a province's unit is not of the city Metro but of the one province whose
        # name begins with it (Metro Jaya)
        provinces = _provinces_beginning_with().get(place, set())
        if len(provinces) == 1:
            return next(iter(provinces))
    if not place or kind.place not in ("province", "region") or lex.region(place) is not None \
            or lex.district(place):
        return place
    kinds = ("province",) if kind.place == "province" else ("province", "regency")
    region = lex.misspelt_region(place, kinds)
    return region.name if region is not None else place


@lru_cache(maxsize=1)
def _provinces_beginning_with() -> dict[str, set[str]]:
    """The first words of a province's names (``Metro`` of ``Metro Jaya``) -> the provinces so named."""
    out: dict[str, set[str]] = {}
    for r in lexicon().regions.values():
        if r.kind == "province":
            for form in r.forms:
                words = form.split()
                for k in range(1, len(words)):
                    out.setdefault(" ".join(words[:k]), set()).add(r.short)
    return out


# the words after a place: a rank among them closes a place the gazetteer does not know
WORDS_AFTER = re.compile(r"\s*,?\s*(\S+(?:\s+\S+){0,2})")


def _known_after_bracket(lex: Lexicon, m: re.Match, group: str) -> bool:
    """A place read past a short form in brackets is the unit's only where the gazetteer knows it,
    or a rank follows it ("Kepala Kantor (Kakan) Wonosari AKBP X"): "Pelabuhan Pemerintah Daerah
    (Pemda) Sri Siantan" names no regency Sri. Without a bracket, any place goes."""
    if "(" not in m.string[m.start():m.start(group)]:
        return True
    where = m.group(group)
    # an administrative level ("(KPU) Kabupaten Sikka"), a known province or regency, RI or Pusat
    if ADMIN_LEVEL.match(where) or where in NATIONAL_PLACES or known_place_pattern().match(where):
        return True
    after = WORDS_AFTER.match(m.string, m.end(group))
    words = after.group(1).split() if after else []
    return any(lex.rank(" ".join(words[:k]).rstrip(".,")) for k in range(1, len(words) + 1))


def unit_from_match(lex: Lexicon, m: re.Match) -> UnitRef | None:
    groups = m.groupdict()
    if groups.get("u_alone") is not None:  # placed by the story later (loaders.short_forms.place_bodies)
        return make_unit(lex, lex.unit_kind(groups["u_alone"]), None, written=m.group(0))
    for place in ("province", "region", "place", "code", "polda", "optional", "none"):
        spelled = groups.get(f"u_{place}")
        if spelled is None:
            continue
        kind = lex.unit_kind(spelled)
        where = groups.get("p_prov") or groups.get("p_reg") or groups.get("p_place") or groups.get("p_polda") \
            or groups.get("p_opt") or groups.get("p_code")
        if place == "code":
            return make_unit(lex, kind, where, groups.get("code"), groups.get("cname") or groups.get("tname"), m.group(0))
        if place in ("province", "region", "place", "polda") and not where:
            return None
        if place in ("region", "place") and not _known_after_bracket(lex, m, "p_reg" if place == "region" else "p_place"):
            return None
        if place in ("province", "region", "polda") and kind.kind in GAZETTEER_PLACED \
                and lex.region(respelt_place(lex, kind, where)) is None:
            return None  # "Polres Kasi intel", "Polda Yon B": no regency, no province
        if LOCAL_AREAS.get(kind.short) == "village" and not lex.village(where):
            # "Kabid Pemberdayaan Masyarakat Desa Elly Yudia": a village the gazetteer (83,000 of
            # them) does not know is most often the words after "Desa", not a village
            return None
        return make_unit(lex, kind, respelt_place(lex, kind, where), written=m.group(0))
    return None


LOWER_WORD = re.compile(r" ([a-z]{3,})(?![\w-])")


def _place_ending_in_lower_case(lex: Lexicon, s: str, m: re.Match, unit: UnitRef) -> tuple[UnitRef, int]:
    """``Polres Bone bolango``, ``Polsek Seputih banyak``, ``Polres Jayapura kota``: a place of two words
    with its second in lower case is the place the gazetteer knows by the two (not ``Bone``)."""
    tail = LOWER_WORD.match(s, m.end()) if unit.region else None
    if tail is None:
        return unit, m.end()
    kind = lex.unit_kinds[unit.kind]
    longer = f"{unit.region} {tail.group(1).capitalize()}"
    if lex.region(longer) is None and not (kind.place == "place" and lex.district(longer)):
        return unit, m.end()
    return make_unit(lex, kind, respelt_place(lex, kind, longer), written=s[m.start():tail.end()]), tail.end()


def unit_right_after(units: list[tuple[int, int, UnitRef]], pos: int) -> tuple[int, int, UnitRef] | None:
    """The unit mention that begins at ``pos`` or one space after it."""
    return next(((a, b, u) for a, b, u in units if a in range(pos, pos + 2)), None)


def staff_units(s: str, units: list[tuple[int, int, UnitRef]],
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
        glued = f"{section.split()[0]}{m.group('function').lower()} {u.name}"  # "Ditbinmas Polda Jatim"
        out.append((m.start(), b, _part_of(u, section, f"{section} {u.name}", [s[m.start():b], glued])))
    for a, b, u in units:
        glued = glued_staff_unit().search(s, max(0, a - 30), a) if u.kind in STAFF_UNIT_PARENTS else None
        if glued is None or glued.end() != a or any(t.start <= glued.start() < t.end for t in titles):
            continue
        # "Ditbinmas Polda Metro Jaya", "Satpamobvit Polres Mabar": named as written, one unit with
        # the same written apart ("Dit Binmas Polda Metro Jaya")
        section = f"{glued.group('section')} {glued.group('function').capitalize()}"
        name = f"{glued.group('section')}{glued.group('function').lower()} {u.name}"
        out.append((glued.start(), b, _part_of(u, section, name, [f"{section} {u.name}", s[glued.start():b]])))
    for a, b, u in units:
        commission = COMMISSION.search(s, max(0, a - 16), a) if u.kind in ("dpr", "dprd", "dprk") else None
        if commission is None or commission.end() != a or any(t.start <= commission.start() < t.end for t in titles):
            continue
        # "Komisi III DPR RI", "Komisi A DPRD Sikka": a commission of the parliament, part of it
        section = f"Komisi {commission.group(1)}"
        out.append((commission.start(), b, _part_of(u, section, f"{section} {u.name}", [s[commission.start():b]])))
    return sorted(out, key=lambda found: found[0])


def _part_of(u: UnitRef, section: str, name: str, written: list[str]) -> UnitRef:
    """A section of ``u`` (a bureau, directorate or commission): keyed by the section and its parent, so
    that however it is written ("Ditbinmas", "Dit Binmas") it is one unit."""
    aliases = [a for a in dict.fromkeys(re.sub(r"\s+", " ", w).strip() for w in written) if a != name]
    return UnitRef(make_id("Unit", f"{squash(section)} {u.id.split(':', 1)[1]}"), name, "section", u.service,
                   aliases, region=u.region, parent=u)


@lru_cache(maxsize=1)
def glued_staff_unit() -> re.Pattern:
    """A directorate or unit of a Polda or Polres written as one word (``Ditbinmas``, ``Satpamobvit``),
    of the office functions of glued_titles.tsv, right before its headquarters."""
    functions = "|".join(sorted(lexicon().glued_titles["function"], key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?P<section>Dit|Sat|Bid|Subdit)(?P<function>(?i:{functions}))\s+$")


# between the places of one kind of unit: "Polda Jabar, Jateng, dan Metro Jaya", "Polres Belu dan Malaka"
NAME_AFTER_PLACE = re.compile(r"\s?[A-Z]\w")
PLACE_LIST_GAP = re.compile(r"\s*,\s*(?:(?P<and>dan|serta)\s+)?|\s+(?P<and2>dan|serta)\s+")


def listed_places(lex: Lexicon, s: str, end: int, unit: UnitRef) -> list[tuple[int, int, UnitRef]]:
    """Units of the same kind as ``unit`` named by the places listed after it, when the list is
    closed by "dan" or "serta" and every place in it is a province (for a province's unit) or a
    regency or city (for a regency's): "Polda Jabar, Jateng, dan Metro Jaya" is three Poldas.
    A place after a comma alone ("Polres Belu, Atambua") says where the unit is, not another one."""
    kind = lex.unit_kinds.get(unit.kind)
    if kind is None or kind.place not in ("province", "region") or not unit.region:
        return []
    places, pos, closed = [], end, False
    while not closed:
        gap = PLACE_LIST_GAP.match(s, pos)
        place = known_place_pattern().match(s, gap.end()) if gap else None
        region = lex.region(place.group(0)) if place else None
        if region is None or (region.kind == "province") != (kind.place == "province") \
                or NAME_AFTER_PLACE.match(s, place.end()):
            break  # (a capitalised word after it: "Polres Sikka dan Ende Budi Santoso", a name)
        closed = bool(gap["and"] or gap["and2"])
        places.append((place.start(), place.end(), make_unit(lex, kind, place.group(0), written=f"{kind.short} {place.group(0)}")))
        pos = place.end()
    return places if closed else []


# a Brimob battalion, named by its letter ("Batalyon B Sat Brimob Polda Jambi", "Yon B Pelopor Mimika"),
# or its commander ("Danyon B Sat Brimob Papua Barat", "Dan Yon B Pelopor Mimika"): Pelopor or Brimob
# after the letter tell it from an army battalion
BATTALION = re.compile(r"(?<![\w])(?:(?:(?P<company_head>Danki|Komandan\s+Kompi)|Kompi)\s+(?P<company>\d{1,2})\s+)?"
                       r"(?P<battalion>(?P<head>Dan\s?[Yy]on|Komandan\s+Batalyon)|Batalyon|Batalion|Yon)\s+(?P<letter>[A-D])"
                       r"(?P<body>(?:\s+Pelopor)?(?:\s+(?:Sat\s?[Bb]rimob(?:da)?|Brimob))?)(?:\s+Polda)?"
                       r"\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")


def battalions(lex: Lexicon, s: str) -> list[tuple[int, int, UnitRef, bool]]:
    """The Brimob battalions of a sentence: (start, end, unit, whether its commander is named)."""
    out = []
    for m in BATTALION.finditer(s) if "on " in s or "lyon" in s or "lion" in s else ():
        words = m.group("place").split()
        # the place: the longest run of the words after it that the gazetteer knows
        place = next((" ".join(words[:k]) for k in range(len(words), 0, -1) if lex.region(" ".join(words[:k]))), None)
        if not m.group("body").strip() or place is None:
            continue
        end = m.start("place") + len(place)
        unit = battalion_unit(lex, m.group("letter"), place, s[m.start("battalion"):end])
        if m.group("company"):  # "Danki 3 Batalyon B Pelopor Sat Brimob Polda Sumbar": a company of it
            unit = company_unit(m.group("company"), unit, None if m.group("company_head") else s[m.start():end])
        out.append((m.start(), end, unit, bool(m.group("head") or m.group("company_head"))))
    return out


def company_unit(number: str, battalion: UnitRef, written: str | None) -> UnitRef:
    """Kompi 3 of a Brimob battalion, part of it."""
    name = f"Kompi {number} {battalion.name}"
    aliases = [f"Kompi {number} {a}" for a in battalion.aliases[:30]] + ([written] if written else [])
    aliases = [a for a in dict.fromkeys(aliases) if a != name]
    key = f"kompibrimob {number} {battalion.id.split(':', 1)[1]}"
    return UnitRef(make_id("Unit", key), name, "kompibrimob", "police", tuple(aliases), region=battalion.region,
                   code=number, parent=battalion)


def battalion_unit(lex: Lexicon, letter: str, place: str, written: str) -> UnitRef:
    """Batalyon B of the Brimob of a province (part of it), or of a regency it is based in."""
    short, forms, _ = region_forms(lex, place)
    region = lex.region(short)
    of_province = region is not None and region.kind == "province"
    name = f"Batalyon {letter} Sat Brimob Polda {short}" if of_province else f"Batalyon {letter} Pelopor {short}"
    bodies = ("Sat Brimob ", "Sat Brimob Polda ", "Satbrimob Polda ", "Brimob Polda ", "Pelopor ",
              "Pelopor Sat Brimob Polda ") if of_province else ("Pelopor ", "Brimob ", "Sat Brimob ")
    aliases = [f"{p} {letter} {body}{f}" for f in forms for p in ("Batalyon", "Yon") for body in bodies]
    aliases = [a for a in dict.fromkeys([*aliases[:38], written]) if a != name]
    parent = make_unit(lex, lex.unit_kinds["brimob"], short) if of_province else None
    key = f"yonbrimob {letter} {region.name if region else short}"
    return UnitRef(make_id("Unit", key), name, "yonbrimob", "police", aliases, region=short, code=letter, parent=parent)


@lru_cache(maxsize=1)
def _district_post_pattern() -> re.Pattern:
    """An army district post written with its district instead of its code ("Koramil Kuala Kencana")."""
    spellings = [sp for sp, u in lexicon().units.items() if u.kind == "koramil"]
    return re.compile(rf"(?<![\w])(?i:{'|'.join(re.escape(sp) for sp in sorted(spellings, key=len, reverse=True))})"
                      r"\s+(?=[A-Z])")


def district_posts(lex: Lexicon, s: str, units: list[tuple[int, int, UnitRef]]) -> list[tuple[int, int, UnitRef]]:
    """``anggota Koramil Kuala Kencana``: a Koramil named by a district the gazetteer knows."""
    out = []
    if "oramil" not in s and "Rayon" not in s:
        return out  # (a substring test is cheaper than the search)
    for m in _district_post_pattern().finditer(s):
        if not s[m.start()].isupper() or any(a <= m.start() < b for a, b, _ in units):
            continue
        district = local_area(lex, "Kecamatan", s, m.end(), shortest=1, holder_after=False)
        if district:
            kind = lex.unit_kinds["koramil"]
            out.append((m.start(), m.end() + len(district), make_unit(lex, kind, district, written=s[m.start():m.end() + len(district)])))
    return out


@component("kg_units")
def read_units(st: Reading) -> None:
    """The unit mentions of each sentence, written with a capital."""
    for sent in st.sentences:
        units = []
        found = battalions(st.lex, sent.text)
        taken = [(a, b) for a, b, _, _ in found]
        units += [(a, b, u) for a, b, u, head in found if not head]
        # (a commander's battalion is read with the office: loaders.offices)
        st.commanded_battalions[sent.index] = [(a, b, u) for a, b, u, head in found if head]
        for m in st.find("unit", sent):
            if not m.group(0)[0].isupper() or any(a <= m.start() < b for a, b in taken):
                continue
            unit = unit_from_match(st.lex, m)
            if unit is not None:
                unit, end = _place_ending_in_lower_case(st.lex, sent.text, m, unit)
                units.append((m.start(), end, unit))
                units += listed_places(st.lex, sent.text, end, unit)
        units += district_posts(st.lex, sent.text, units)
        st.found_units[sent.index] = units

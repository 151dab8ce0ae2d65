"""Short forms within an article: the ``kg_short_forms``, ``kg_unit_forms`` and
``kg_anaphora`` components, run in that order.

- ``kg_short_forms``: one person however often named (``Benny Arief`` is
  ``AKBP Benny Arief Lado``): short forms become aliases.
- ``kg_unit_forms``: a body without its place in a story about one place is
  that place's; one police resort per regency; a body written without its
  place is the one of its kind the story names with one; an office without its
  unit is the article's unit of that kind.
- ``kg_anaphora``: ``mantan Wakapolres Belu ini`` names the person the text
  was just speaking of.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from loaders.lexicon import squash, word_class
from loaders.mentions import PersonMention, TitleMention, UnitRef
from loaders.names import is_respelling, is_short_form
from loaders.office_parts import DIVISION_HEAD, is_police_function, staff_unit_kinds
from loaders.patterns import AGENCY_LAST, CIVIL_AGENCY, known_place_pattern
from loaders.reading import Reading, component
from loaders.units import LOCAL_AREAS, NATIONAL_PLACES, kind_named, make_unit

# bodies every regency and province has one of, that a story names without its place
PLACED_BY_STORY = word_class("placed_by_story")
# forms of address of a wife named with her husband's name
WIVES = word_class("wife")
# bodies of every place there is: "KPU dan Bawaslu se-Jawa Timur", "Ketua KPU Kab/Kota", "anggota DPRD di
# seluruh Indonesia"; the story's place is not theirs
EVERY_ONE = re.compile(r"(?:\s*(?:,|dan|serta)\s*[A-Z][\w-]*)*\s*(?:se[-\s]?(?=[A-Z]|kab|kota|prov|jajaran|wilayah)"
                       r"|Kab(?:upaten)?\s*/\s*Kota\b|\)?\s*di\s+seluruh\b)", re.I)
# the institution in general: "kerja sama dengan Lembaga KPU, Bawaslu dan Institusi TNI-Polri"
INSTITUTION_BEFORE = re.compile(r"\b(?:lembaga|institusi)\s+(?:[A-Z][\w-]*\s*(?:,|dan|serta)\s*)*$", re.I)
# a level of government written after an office without its place ("Sekda Prov beserta ...")
LEVEL_ONLY = re.compile(r"\s+(Prov(?:insi)?|Kab(?:upaten)?|Kota)\.?(?![\w/])(?!\s+[A-Z])")
DEMONSTRATIVE = re.compile(r"\s+(?:ini|tersebut|itu)\b")


# resolution within the article ------------------------------------------
def resolve_persons(st: Reading) -> None:
    """One node per person in the article: short forms become aliases."""
    _places_read_as_holders(st)
    by_length = sorted(st.mentions, key=lambda p: -len(p.name.split()))
    for p in by_length:
        full = next((k for k in st.persons
                     if k == p.name or is_short_form(p.name, k) and _compatible(st, st.persons[k], p)), None) \
            or next((k for k in st.persons if _word_of_the_holder(st.persons[k], p)), None) \
            or next((k for k in st.persons if is_respelling(p.name, k) and _compatible(st, st.persons[k], p)), None)
        if full is None:
            st.persons[p.name] = p
            st.aliases[p.name] = set()
            full = p.name
        elif full != p.name:
            st.aliases[full].add(p.name)
        p.key = full
        canon = st.persons[full]
        if p is not canon and p.rank and p.rank_service is None and canon.rank_service:
            p.rank, p.rank_service = canon.rank, canon.rank_service  # "Brigjen Awi" is Brigjen Pol Awi Setiyono
        canon.rank = canon.rank or p.rank
        canon.rank_service = canon.rank_service or p.rank_service
    _full_offices(st)
    for p in st.mentions:
        if p.rank and p.rank_service is None:  # a shared rank word nothing settled: its default service
            p.rank_service = st.lex.ranks[squash(p.rank)].service
        if p.honorific:
            st.aliases[p.key].add(f"{p.honorific} {p.name}")


def _places_read_as_holders(st: Reading) -> None:
    """``Danlanud Raden Sadjad Sambut ...`` (a headline): the words after an office without a rank are
    no holder where the article names a unit of that office's kind with them as its place (``Lanud
    Raden Sadjad``); the office is of that unit."""
    placed = {(u.kind, u.region): u for _, _, _, u in st.units if u.region}
    if not placed:
        return
    for p in list(st.mentions):
        t = p.title
        if p.rank is not None or t is None or t.unit is not None or t.holder is not p:
            continue
        kind = kind_named(getattr(st.lex.title(t.title), "unit", None))
        unit = placed.get((kind.kind, p.name)) if kind is not None else None
        if unit is not None:
            st.unhold(t)
            t.unit, t.position = unit, f"{t.title} {p.name}"
            st.mentions.remove(p)


def _full_offices(st: Reading) -> None:
    """``Menurut Ketua FKDM Harun`` after ``Ketua FKDM Kabupaten Mojokerto Harun Mahmud``: the
    office a person is called by later, written bare, is the one the article named in full."""
    held: dict[str, list[TitleMention]] = {}
    for p in st.mentions:
        if p.title is not None and (p.title.unit is not None or p.title.organisation):
            held.setdefault(p.key, []).append(p.title)
    for p in st.mentions:
        # (a staff office written bare is the story's own unit's, which fill_missing_units names:
        # "Karo SDM X, yang akan menjabat Karo SDM Polda Lampung" is Karo SDM of the Polda reporting)
        if p.title is not None and p.title.unit is None and p.title.role != "staff" and not p.title.staff:
            full = next((t for t in held.get(p.key, ()) if len(t.position) > len(p.title.position)
                         and _one_office(t, p.title)), None)
            if full is not None:
                p.title = full


def _word_of_the_holder(full: PersonMention, p: PersonMention) -> bool:
    """``Bupati Asman`` after ``Bupati Bone H. Andi Asman Sulaiman``: one word of a full name,
    from its middle too, with the same office or rank, is its holder called by that word; with the
    same office, a word cut short too."""
    words = p.name.split()
    same_office = full.title is not None and p.title is not None and _one_office(full.title, p.title)
    if len(words) == 1 and same_office and any(len(words[0]) >= 4 and w.startswith(words[0]) and w != words[0]
                                               for w in full.name.split()):
        return True  # cut short: "Kapolres Cliff" after "Kapolres Manggarai AKBP Cliffry Steiny Lapian"
    if len(words) != 1 or words[0] not in full.name.split()[1:-1]:
        return False
    # or with the same rank: "Brigjen Pol Sigit" is Brigjen Pol Listyo Sigit Prabowo
    return same_office or bool(full.rank and p.rank and squash(full.rank) == squash(p.rank))


def _compatible(st: Reading, a: PersonMention, b: PersonMention) -> bool:
    """A short form may be the full name's only if nothing tells them apart: not the service of
    their ranks, nor two different offices ("Koordinator X Bahtiar Baetal" and "Kasat Reskrim
    AKP Bahtiar" are two people)."""
    if a.rank_service and b.rank_service and a.rank_service != b.rank_service:
        return False
    if (squash(a.honorific or "") in WIVES) != (squash(b.honorific or "") in WIVES):
        return False  # "Ny. Irna Djoko Poerwanto" is not Djoko Poerwanto
    return a.title is None or b.title is None or _one_office(a.title, b.title)


def _one_office(a: TitleMention, b: TitleMention) -> bool:
    """Whether two offices may be one: the same, or one written bare where the other has its unit
    ("Bupati Ikram" after "Pj Bupati Halmahera Tengah Ikram M Sangadji", "Ketua FKDM Sucipto" after
    "Ketua FKDM Kabupaten Mojokerto Sucipto Sutrisno")."""
    if a.position == b.position:
        return True
    bare, full = (a, b) if len(a.position) < len(b.position) else (b, a)
    # (or has a body without its place: "Ketua KPU Budi" after "Ketua KPU Kabupaten Sikka Budi Santoso")
    placeless = bare.unit is None or bare.unit.region is None and full.unit is not None and bare.unit.kind == full.unit.kind
    return placeless and (bare.title == full.title or full.position.startswith(bare.position + " "))


def resolve_anaphora(st: Reading) -> None:
    """``mantan Wakapolres Belu ini`` / ``Kapolres tersebut``: an office followed by a
    demonstrative names the person the text was just speaking of."""
    last: PersonMention | None = None
    people, titles = st.by_sentence()
    for sent in st.sentences:
        items: list[tuple[int, object]] = [(p.start, p) for p in people.get(sent.index, [])]
        items += [(t.start, t) for t in titles.get(sent.index, [])]
        for _, item in sorted(items, key=lambda x: x[0]):
            if isinstance(item, PersonMention):
                last = item
                continue
            held = st.holder_of(item) if item.holder is None else None
            if held is not None and last is not None and held.key != last.key:
                last = held  # "kasus pencopotan Kapolres Kampar tersebut": the office's own holder, named before
            elif item.holder is None and last is not None and DEMONSTRATIVE.match(sent.text[item.end:]):
                mention = replace(last, start=item.start, end=item.end, title=item, sentence=sent.index)
                st.hold(item, mention)
                st.mentions.append(mention)
            elif item.holder is not None or held is not None:
                last = item.holder or held


def one_police_resort(st: Reading) -> None:
    """``Polres Kendari`` and ``Polrestabes Kendari`` in one story are one unit: a regency or city
    has one police resort, whichever of the three names a writer gives it; the most used wins
    (of two used as often, the first named)."""
    resorts = ("polres", "polresta", "polrestabes")
    counts: dict[str, dict[str, int]] = {}
    first: dict[str, UnitRef] = {}
    for u in st.article_units():
        if u.kind in resorts and u.region:
            counts.setdefault(u.region, {}).setdefault(u.id, 0)
            counts[u.region][u.id] += 1
            first.setdefault(u.id, u)
    # max() keeps the first of equals, and the counts are in the order the units were named
    chosen = {region: first[max(ids, key=ids.get)] for region, ids in counts.items() if len(ids) > 1}
    if chosen:
        st.replace_units(lambda u: chosen.get(u.region, u) if u.kind in resorts and u.region else u,
                            rename_offices=False)


# districts' units, whose places nest and repeat ("Polsek Kota", "Polsek Bima Kota"): never merged
NESTED_PLACES = {"polsek"}


def one_unit_of_its_place(st: Reading) -> None:
    """``Kodim Ambon`` beside ``Kodim 1504/Ambon``, ``Lanud Balikpapan`` beside ``Lanud Dhomber
    Balikpapan``: a unit the story writes by its place alone is the one of its kind there whose
    name ends with that place, when there is just one."""
    units = {u.id: u for u in st.article_units()}
    chosen: dict[str, UnitRef] = {}
    for u in units.values():
        kind = st.lex.unit_kinds.get(u.kind)
        if kind is None or u.kind in NESTED_PLACES or u.code or not u.name.startswith(f"{kind.short} "):
            continue  # (bodies outside the lexicon share no kind word: "PHDI Kabupaten Badung")
        place = u.name[len(kind.short) + 1:]
        # (a province's unit by the first word of its name too: "Polda Metro" is Polda Metro Jaya)
        # (and the same unit with the city it lies in: "Lanud Pattimura" is "Lanud Pattimura Ambon")
        fuller = [v for v in units.values() if v.kind == u.kind and v.id != u.id and len(v.name) > len(u.name)
                  and (v.name.endswith(f" {place}") or v.name.endswith(f"/{place}")
                       or kind.place == "province" and v.name.startswith(f"{u.name} ")
                       or v.name.startswith(f"{u.name} ") and _its_seat(st, v.name[len(u.name) + 1:]))]
        if len(fuller) == 1:
            chosen[u.id] = fuller[0]
    if chosen:
        st.replace_units(lambda u: chosen.get(u.id, u), rename_offices=False)


def _its_seat(st: Reading, words: str) -> bool:
    """Whether ``words`` after a unit's name are the regency or city it lies in (not "Kota", which
    makes a city's unit of a regency's: "Polres Bima Kota" is not "Polres Bima")."""
    return not words.startswith("Kota") and st.lex.region(words) is not None


def name_bare_units(st: Reading) -> None:
    """``Sentra Gakkumdu`` after ``Sentra Gakkumdu Kabupaten Gowa``: a unit written without its place
    is the one unit of its kind the article names with a place (a short form, like a person's)."""
    placed: dict[str, set[str]] = {}
    by_id: dict[str, UnitRef] = {}
    for u in st.article_units():
        if u.region:
            placed.setdefault(u.kind, set()).add(u.id)
            by_id[u.id] = u

    def full(u: UnitRef) -> UnitRef:
        if u.region or len(placed.get(u.kind, ())) != 1 \
                or u.kind not in st.lex.unit_kinds or st.lex.unit_kinds[u.kind].place != "optional":
            return u  # only bodies that may stand without a place ("Bawaslu", "Kesbangpol")
        return by_id[next(iter(placed[u.kind]))]

    st.replace_units(full, rename_offices=True)


def story_region(st: Reading) -> str | None:
    """The one regency or province the story's units are of, or None for a story of several. The
    province of a story's one regency does not make it two when the regency has a unit of its own
    level ("Polres Konawe" and "Polda Sultra"); a base named for a town ("Polda Riau", "Lanal Dumai")
    leaves the story the province's."""
    mentions = Counter(_regency_of(st, _as_written(st, u.region)) for _, _, _, u in st.units
                       if u.region and u.region not in NATIONAL_PLACES and st.lex.region(u.region) is not None)
    regions = set(mentions)
    below = {r for r in regions if st.lex.region(r).kind != "province"}
    if len(below) == 1 and len(regions) > 1:
        regency = next(iter(below))
        province = st.lex.region(regency).province
        own_level = any(u.region and _as_written(st, u.region) == regency and _kind_place(st, u) == "region"
                        for _, _, _, u in st.units)
        if own_level and all(st.lex.region(r).name == province for r in regions - below):
            return regency
    if len(regions) > 1:
        # a story told of one place that names a neighbour in passing ("Polres Cirebon Kota" once in a
        # story of Polresta Cirebon): the place named three times as often as all others together
        (top, n), *rest = mentions.most_common()
        return top if n >= 3 and n >= 3 * sum(k for _, k in rest) else None
    return next(iter(regions)) if regions else None


def _regency_of(st: Reading, place: str) -> str:
    """A town or port that names units (``region_places.tsv``: Sumber, Belawan) stands for the regency
    it lies in; any other place for itself."""
    region = st.lex.region(place)
    if region is None or region.level != "place" or region.code not in st.lex.codes:
        return place
    return _as_written(st, st.lex.codes[region.code].short)


def _kind_place(st: Reading, u: UnitRef) -> str | None:
    """What follows the name of a unit of ``u``'s kind (units.tsv: province, region, code, ...)."""
    kind = st.lex.unit_kinds.get(u.kind)
    return kind.place if kind is not None else None


def _as_written(st: Reading, short: str) -> str:
    """A unit's place in a form the gazetteer reads back as the same place: "Yogyakarta", the short
    form of the city, is "Kota Yogyakarta" (alone it names the province, DIY); a province by any of its
    names is the one ("DKI Jakarta" of a KPU and "Metro Jaya" of the Polda are one province)."""
    region = st.lex.region(short)
    if region is None or region.short == short:
        return short
    city = next((f"{level} {short}" for level in ("Kota", "Kabupaten")
                 if getattr(st.lex.region(f"{level} {short}"), "short", None) == short), None)
    return city or (region.short if region.kind == "province" else short)


def place_bodies(st: Reading) -> None:
    """``Bawaslu``, ``Ketua KPU`` written without a place in a story about one regency or one
    province are that place's; in a story about several they stay without a place (and never
    become one nationwide body: resolution keeps placeless bodies per article)."""
    region = story_region(st)
    if region is None:
        return
    placed: dict[str, UnitRef] = {}

    def placed_unit(u: UnitRef) -> UnitRef:
        if u.id not in placed:
            # (with the spelling the text used, which the unit's many aliases may not reach:
            # "Bakesbangpoldagri" placed is "Bakesbangpoldagri Lombok Timur" too)
            written = f"{u.aliases[-1]} {region}" if u.aliases else None
            placed[u.id] = make_unit(st.lex, st.lex.unit_kinds[u.kind], region, written=written)
        return placed[u.id]

    def placeless(u: UnitRef | None, text: str, start: int, end: int) -> bool:
        return u is not None and u.region is None and u.kind in PLACED_BY_STORY and not EVERY_ONE.match(text, end) \
            and not INSTITUTION_BEFORE.search(text, max(0, start - 60), start)

    st.units = [(sent, a, b, placed_unit(u) if placeless(u, sent.text, a, b) else u) for sent, a, b, u in st.units]
    for sent, t in st.titles:
        if placeless(t.unit, sent.text, t.start, t.end):
            t.unit = placed_unit(t.unit)
            # a title that names its unit ("Kasatpol PP") takes the place only, as the text would write it
            names_unit = getattr(st.lex.title(t.title), "unit", None) is not None
            t.position = f"{t.title} {t.unit.region if names_unit else t.unit.name}"
            _level_written(sent.text, t)


def _level_written(text: str, t: TitleMention) -> None:
    """``Sekda Prov`` completed with the story's place: the level as written is one more alias."""
    level = LEVEL_ONLY.match(text, t.end)
    if level is not None:
        t.aliases = [*t.aliases, f"{t.title} {level.group(1)}"]


def _of_its_level(st: Reading, place_kind: str, region: str) -> bool:
    """Whether a unit of a regency or city ("Kajari", "Ketua PN") may take the story's place: not a
    province's ("Kejari Sulawesi Tenggara" is no unit)."""
    known = st.lex.region(region)
    return place_kind != "region" or known is None or known.kind != "province"


# the bodies whose members head divisions ("Koordinator Divisi Hukum" of a Bawaslu)
ELECTION_BODIES = ("kpu", "bawaslu", "panwaslu")


def fill_missing_units(st: Reading) -> None:
    """``Kapolres`` without a place means the article's own Polres: the one it names, or of several
    the one it names most ("6 Polres baru, yaitu Polres A, Polres B, ... Kapolres": none)."""
    counts: dict[str, Counter[str]] = {}
    by_id: dict[str, UnitRef] = {}
    for _, _, _, u in st.units:
        counts.setdefault(u.kind, Counter())[u.id] += 1
        by_id.setdefault(u.id, u)
    known: dict[str, UnitRef] = {}
    for kind, c in counts.items():
        (first, n), *rest = c.most_common(2)
        if not rest or rest[0][1] < n:
            known[kind] = by_id[first]
    region = story_region(st)
    for sent, t in st.titles:
        if t.field_of and t.unit is None and DIVISION_HEAD.match(t.title):
            # "Koordinator Divisi Hukum": of the story's one election body
            bodies = [known[k] for k in ELECTION_BODIES if k in known]
            if len(bodies) == 1:
                t.unit = bodies[0]
                t.position = f"{t.position} {t.unit.name}"
            continue
        if t.field_of and t.unit is None:
            # "Staf Ahli Bupati Bidang Hukum": the story's own regency
            head = st.lex.title(t.title.removeprefix("Staf Ahli "))
            kind = kind_named(head.unit) if head else None
            if kind is not None and kind.kind in known:
                t.unit = known[kind.kind]
                t.position = f"{t.title} {t.unit.region} Bidang {t.field_of}"
            continue
        if t.unit is None and t.staff and known_place_pattern().search(t.position, t.position.find(" ") + 1 or len(t.position)):
            continue  # "Kadis Kesehatan Pasaman": its place is named (after the leading title: "Karo" is also a regency)
        if t.unit is None and t.staff and (CIVIL_AGENCY.search(t.position) or AGENCY_LAST.search(t.position)):
            continue  # "Kasi Dishub", "Asisten II SETDA": a section of a regional agency, not of the police
        if t.unit is None and t.staff:
            # a staff office without its unit belongs to the story's unit of the kind that has it
            kinds = staff_unit_kinds(t.title) or ("polda", "polrestabes", "polresta", "polres")
            if "polda" in kinds and not is_police_function(st.lex, t.title):
                continue  # "Direktur Wilayah Pertahanan, Kemenhan": a ministry's director, not the Polda's
            hq = next((known[k] for k in kinds if k in known), None)
            if hq is not None:
                t.unit = hq
                t.position = f"{t.title} {hq.name}"
                t.aliases = [f"{a} {hq.name}" for a in t.aliases if not a.endswith(hq.name)] + t.aliases
            continue
        if t.unit is None and not t.organisation:
            title = st.lex.title(t.title)
            if title.role == "member" and title.unit in LOCAL_AREAS:
                continue  # "Babinsa Desa": posted to a village, which is no unit of the story
            kind = kind_named(title.unit)
            if title.unit == "Pemerintah":
                # "Sekda", "Sekretaris Daerah": of the story's one government
                governments = [k for k in ("pemprov", "pemkab", "pemkot") if k in known]
                kind = st.lex.unit_kinds[governments[0]] if len(governments) == 1 else None
            if kind is not None and kind.kind not in known and kind.place == "polda" and "polda" in known:
                # "Wadansat Brimob" in a story of one Polda: that Polda's Brimob
                known[kind.kind] = make_unit(st.lex, kind, known["polda"].region)
            elif kind is not None and kind.kind not in known and kind.kind in PLACED_BY_STORY and region \
                    and _of_its_level(st, kind.place, region):
                # "Kepala Kesbangpol" in a story of one regency: its Kesbangpol
                known[kind.kind] = make_unit(st.lex, kind, region)
            elif kind is not None and kind.kind not in known and kind.place == "province" and region \
                    and st.lex.region(region) is not None:
                # "Kapolda", "Kajati" in a story of one regency or province: its province's, the one
                # there is (a regency lies in one province)
                known[kind.kind] = make_unit(st.lex, kind, st.lex.region(region).province)
            if kind is not None and kind.kind in known:
                t.unit = known[kind.kind]
                t.position = f"{t.title} {t.unit.region}" if t.unit.region else t.position
                _level_written(sent.text, t)
                if kind.place == "polda" and t.unit.region:
                    # a Polda's body is named with its Polda: "Dansat Brimob Polda Kalbar"
                    t.aliases.append(t.position)
                    t.position = f"{t.title} {t.unit.name.removeprefix(kind.short).strip()}"
                if t.status == "acting" and t.aliases:
                    # "Pj. Gubernur" completed to "Gubernur Riau" is also "Pj. Gubernur Riau"
                    t.aliases.append(f"{t.aliases[0].split()[0]} {t.position}")


component("kg_short_forms")(resolve_persons)
component("kg_anaphora")(resolve_anaphora)


@component("kg_unit_forms")
def read_unit_forms(st: Reading) -> None:
    place_bodies(st)
    one_police_resort(st)
    one_unit_of_its_place(st)
    name_bare_units(st)
    fill_missing_units(st)
    st.rekey_holders()

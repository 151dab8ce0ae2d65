"""Offices: the ``kg_offices`` component.

For each sentence it reads the offices named in it (``Kapolres Belu``,
``Plt. Bupati Kupang``, ``Kabid Humas Polda Sulsel``, ``Ketua FKUB Kabupaten
Badung``, ``Staf Ahli Bupati X Bidang Hukum``), each with its title, role,
status, unit and the aliases it is written with, and the units that are not
inside one (``Reading.offices``). Offices the lexicon lists whole are read
here; those read from their parts in ``loaders.office_parts``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.lexicon import Lexicon, admin_written_out, lexicon, squash, territorial_names, word_class
from loaders.mentions import TitleMention, UnitRef
from loaders.office_parts import (BRACKETED, advisor_titles, division_titles, glued_titles, organisation_titles,
                                  staff_titles, staff_unit_kinds, titles_of_bodies_before_names, unit_stood_in_for)
from loaders.patterns import AFTER_LONE_NAME, BRACKETED_SHORT_FORM
from loaders.reading import Reading, SentenceOffices, component
from loaders.sentences import Sentence
from loaders.units import (GAZETTEER_PLACED, LOCAL_AREAS, NOT_A_LOCAL_AREA, government_of, kind_named, local_area, make_unit, region_forms, respelt_place,
                           staff_units)

STATUS = {"plt": "acting", "pj": "acting", "plh": "acting", "penjabat": "acting",
          "pelaksana tugas": "acting", "pelaksana harian": "acting", "mantan": "former", "eks": "former"}
# "Kapolres lama AKBP X", "mantan Kapolda X sebelumnya Irjen Y": the office was his
FORMER_AFTER = re.compile(r"\s+(?:yang\s+)?(?i:lama|sebelumnya)(?![\w])(?!\s+(?:menjabat|dijabat|jabat)(?![\w]))")
# offices of many: "para Kapolres", "Ketua KPU Kab/Kota se-Jawa Barat", "Kapolsek jajaran"
GROUP_BEFORE = re.compile(r"(?<![\w])[Pp]ara\s+$")
GROUP_AFTER = re.compile(r"\s*(?:Kab(?:upaten)?\s*/\s*Kota|se-|se\s+(?:Provinsi|Kabupaten|Kota|wilayah)|jajaran\b|Jajaran\b)")
ELECTION = re.compile(r"(?<![\w])(?:memilih|pemilihan|dipilih|calon|paslon|kandidat)(?![\w])")
# "Persiapan Pemilihan Bupati dan Wakil Bupati ...": the office right after the election's name
# ("Pemilihan Gubernur-Wakil Gubernur Sumbar": both)
ELECTED_OFFICE = re.compile(r"(?<![\w])(?:Pemilihan|Pemilu|Pilkada|Calon|Cabup|Cawabup)\s+(?:Umum\s+)?(?:[A-Z][\w]*(?:\s+|-))"
                            r"{0,3}(?:dan\s+)?$")
# the words ELECTION begins with: a stretch without one of them has no match
ELECTION_WORDS = ("memilih", "pemilihan", "dipilih", "calon", "paslon", "kandidat")


def _election_before(s: str, start: int) -> bool:
    """Whether an election is spoken of in the clause before ``start`` ("memilih Gubernur ...").
    (Substring tests first: most offices have none of its words before them, and the pattern and
    ``_clause_before`` would be tried at every character.)"""
    before = s[max(0, start - 80):start]  # (_clause_before reads a part of it)
    return any(w in before for w in ELECTION_WORDS) and ELECTION.search(_clause_before(s, start, 80)) is not None


PLAIN_DEPUTIES = word_class("plain_deputy")
# one capitalised word after an office, before what follows it
BARE_UNIT_WORD = re.compile(r"\s+([A-Z][a-z]+)(?=\s+[A-Z])")
# the district posts of the police and the army: their places are districts, often named "<regency> <word>"
SECTOR_UNITS = {"polsek", "koramil"}
# administrative areas ("di Desa Oebelo, Kecamatan Insana") say where, not who: they are units
# only as the unit of an office ("Kepala Desa Oebelo", "Camat Insana")
AREAS = {"kecamatan", "kelurahan", "desa"}
BRACKET_ON = re.compile(r"\(.*")
SHORT_FORM = re.compile(BRACKETED_SHORT_FORM)
SPACES = re.compile(r"\s+")
TITLE_AND = re.compile(r"(?<![\w])((?:Wakil\s+)?[A-Z][a-z]+)\s+dan\s+$")  # "Ketua dan" before an office
OPENING, CLOSING = re.compile(r"\s*\(\s*"), re.compile(r"\s*\)")  # an office in brackets after another


# plain titles of a head that a unit kind's own head title means: "Kepala" + Badan Kesbangpol = Kakesbangpol
PLAIN_HEADS = {"Kepala", "Komandan"}


@lru_cache(maxsize=1)
def _head_titles() -> dict:
    """Unit kind -> the one head title of the lexicon that names it (Kakesbangpol for
    kesbangpol, Kapolres for polres); kinds with none, or several, are left out."""
    lex = lexicon()
    out = {}
    for kind, unit_kind in lex.unit_kinds.items():
        heads = {t.name: t for t in lex.titles.values() if t.unit == unit_kind.short and t.role in ("head", "civil_head")}
        if len(heads) == 1:
            out[kind] = next(iter(heads.values()))
    return out


def _names_its_unit(title: str, unit_word: str) -> bool:
    """``Kasdim`` names its Kodim and ``Sekcam`` its Kecamatan (they share three letters);
    ``Asintel`` does not name its Kejati."""
    t, u = title.lower(), unit_word.lower()
    return any(u[i:i + 3] in t for i in range(len(u) - 2))


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


def title_from_match(lex: Lexicon, m: re.Match, units: list[tuple[int, int, UnitRef]], text: str) -> TitleMention | None:
    groups = m.groupdict()
    comp = next((g for g in ("t_multi", "t_civil") if groups.get(g)), "t_comp")
    written = groups.get(comp) or groups.get("t_plain")
    title = lex.title(written)
    if title is None:
        return None
    status = STATUS.get(squash(BRACKET_ON.sub("", groups.get("status") or "")), "current")
    end = m.end()
    unit: UnitRef | None = None
    plain = None  # the office as a plain title and its unit, where a head title of the unit names it
    if title.unit:
        kind = lex.units.get(squash(title.unit)) or kind_named(title.unit)
        place = groups.get("t_place") or groups.get("t_cplace") or groups.get("t_mplace") or groups.get("t_kplace")
        if title.unit == "Pemerintah" and place:
            kind = lex.unit_kinds[government_of(lex, place)]  # "Sekda Provinsi Riau", "Sekda Kota Batu"
        if place and title.unit in LOCAL_AREAS and NOT_A_LOCAL_AREA.match(place):
            # "Kepala Desa Kabupaten Kampar", "Kepala Desa Se-Kecamatan X": the village heads of a regency
            place, end = None, m.start(comp) + len(written)
        if place and title.unit in LOCAL_AREAS:
            group = next(g for g in ("t_place", "t_cplace", "t_mplace", "t_kplace") if groups.get(g))
            longer = local_area(lex, title.unit, text, m.start(group))
            if longer and len(longer) > len(place):
                place, end = longer, m.start(group) + len(longer)  # "Camat Siak Hulu", "Kades Tanah Merah"
        group = next((g for g in ("t_mplace", "t_place") if groups.get(g)), None)
        if place and group and kind is not None and kind.kind in SECTOR_UNITS:
            # "Kapolsek Medan Tuntungan": a district whose name begins with its regency's
            longer = local_area(lex, "Kecamatan", text, m.start(group), holder_after=False)
            if longer and len(longer) > len(place):
                place, end = longer, m.start(group) + len(longer)
        if not place and kind is not None and kind.kind in SECTOR_UNITS and not groups.get("code"):
            # "Kapolsek Kramat Jati dan Danramil ...": a district of two words or more the gazetteer
            # knows, where nothing closes it for the pattern
            gap = SPACES.match(text, m.start(comp) + len(written))
            area = gap and local_area(lex, "Kecamatan", text, gap.end(), holder_after=False)
            if area:
                place, end = area, gap.end() + len(area)
        if title.role == "member" and title.unit in LOCAL_AREAS and squash(written).split()[-1] in AREA_WORDS:
            # "Babinsa Kelurahan Pandau Hilir Sertu Budi": a village the gazetteer does not know runs
            # to the rank, comma or lower-case word that ends it
            run = _area_run(lex, text, m.start(comp) + len(written))
            if run and len(run[0]) > len(place or ""):
                place, end = run
        code = groups.get("code")
        cname = groups.get("cname") or groups.get("tname")
        known = territorial_names().get((kind.kind, code)) if kind is not None and code else None
        if known and not cname and not place:
            # "Danrem 031 Wira Bima M.Fadjar": the code's own name, written without its slash
            if text[end:end + len(known) + 1].lower() == f" {known.lower()}":
                cname, end = known, end + len(known) + 1
        elif known and groups.get("cname") and len(known) > len(cname) \
                and text[m.start("cname"):m.start("cname") + len(known)].lower() == known.lower():
            # "Danrem 063/Sunan Gunung Jati Kolonel ...": a name longer than the pattern reads
            cname, name_end = known, m.start("cname") + len(known)
            if place and m.start(next(g for g in ("t_cplace", "t_place") if groups.get(g))) < name_end:
                place = None
            end = max(end, name_end)
            seat = re.match(r"\s+([A-Z][a-z]+)(?=[\s,])", text[end:])
            if seat and lex.region(seat.group(1)) is not None:
                end += seat.end()  # and its seat: "Korem 063/Sunan Gunung Jati Cirebon"
        inside = None
        respelt = respelt_place(lex, kind, place) if kind is not None else place
        gazetteer_placed = kind is not None and (kind.place == "province" or kind.kind in GAZETTEER_PLACED) \
            and not code and groups.get("t_place")
        if gazetteer_placed and respelt and lex.region(respelt) is None and " " in place:
            # "Kapolres Ende Baru AKBP X": the known place the words begin with, and then "new"
            known_start = next((" ".join(place.split()[:k]) for k in range(len(place.split()) - 1, 0, -1)
                                if lex.region(" ".join(place.split()[:k]))), None)
            if known_start:
                end = m.start("t_place") + len(known_start)
                place = known_start
                respelt = respelt_place(lex, kind, place)
        if gazetteer_placed and respelt and lex.region(respelt) is None:
            # "Kapolda Royke menerima ...", "Kapolres Cliff mengatakan": a province's office, or a
            # regency's police, takes a place the gazetteer knows (or its misspelling), never an unknown
            # word, which is the holder's name
            place = respelt = None
            end = m.start(comp) + len(written)
        if kind is not None and (place or code or cname or kind.place in ("none", "optional")):
            unit = make_unit(lex, kind, respelt, code, cname)  # "Kapolri": Polri has no place
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
        suffix = SHORT_FORM.sub("", text[m.start(comp) + len(written):end], count=1).strip().rstrip(".")
        # "Kasatpol PP Kab Malang" and "Kasatpol PP Kab. Malang" are the Kasatpol PP Kabupaten Malang
        suffix = admin_written_out(suffix)
        position = f"{title.name} {suffix}".strip() if suffix else title.name
        compound = unit is not None and _names_its_unit(title.name, unit.name.split()[0])
        if (code or inside is not None and kind.place != "polda" or unit is not None and unit.code) \
                and unit is not None and " " in unit.name:
            # "Dandim 1611 Badung" and "Dandim 1611/Badung" are one office: name it after the unit;
            # a title that does not name its unit keeps it whole ("Asintel Kejati Jambi")
            position = f"{title.name} {unit.name.split(' ', 1)[1] if compound or unit.code else unit.name}"
        elif respelt != place and unit is not None and unit.region:
            position = f"{title.name} {unit.region}"  # "Kapolda Pupua" is the Kapolda of Papua
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
            head = _head_titles().get(unit.kind) if title.name in PLAIN_HEADS else None
            if head is not None and unit.name.startswith(head.unit + " "):
                # "Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Sikka" is the Kakesbangpol's
                # office, whichever way the text writes it: one office, one id
                plain = f"{title.name} {unit.name}"
                title, written, position = head, head.name, f"{head.name} {unit.name[len(head.unit) + 1:]}"
            else:
                position = f"{title.name} {unit.name}"
    aliases = [SPACES.sub(" ", text[m.start():end]).strip().rstrip(".,")]  # the office as this article writes it
    if plain:
        aliases.append(plain)
    if written.lower() != title.name.lower():
        aliases.append(position.replace(title.name, written, 1))
    if unit is not None and title.unit is None:
        aliases += [f"{title.name} {a}" for a in unit.aliases[:12]]
    elif unit is not None and unit.region:
        aliases += _region_aliases(title.name, unit.region)
    if status == "current" and FORMER_AFTER.match(text, end):
        status = "former"
    if status == "acting" and groups.get("status"):
        aliases.append(f"{groups['status'].strip()} {position}")
    # a staff office of the lexicon without its unit ("Dirpamobvit") is completed like one read from its parts
    staff = title.role == "staff" and not title.unit and unit is None and bool(staff_unit_kinds(title.name))
    if title.role == "member" and unit is not None and unit.kind in AREAS:
        unit = None  # "Babinsa Desa Panda": a soldier posted to a village, not a unit of its own
    return TitleMention(m.start(), end, title.name, title.role, status, position, aliases, unit, staff=staff)


@lru_cache(maxsize=16384)
def _region_aliases(title: str, region: str) -> tuple[str, ...]:
    """The office written with each form of its unit's region (``Kapolda NTT``, ``Kapolda Nusa
    Tenggara Timur``); cached like ``units._canonical_unit``: offices are named again and again."""
    return tuple(f"{title} {f}" for f in region_forms(lexicon(), region)[1])


def _coordinated_titles(st: Reading, s: str, titles: list[TitleMention]) -> list[TitleMention]:
    """``Ketua dan Komisioner KPU NTB``: the first title shares the unit of the second."""
    out = []
    for t in titles:
        if t.unit is None:
            continue
        before = s[:t.start]
        stripped = before.rstrip()
        # (only a text ending with "dan" and spaces can end with the pattern: most end otherwise)
        m = TITLE_AND.search(before) if len(stripped) < len(before) and stripped.endswith("dan") else None
        title = st.lex.title(m.group(1)) if m else None
        # "Bupati dan Wakil Bupati Sleman": two titles of one kind of unit, named as the second is
        same_kind = title is not None and title.unit is not None and t.title.startswith(("Wakil ", "Wa")) \
            and (kind := st.lex.unit_kinds.get(t.unit.kind)) is not None and title.unit == kind.short \
            and t.position.startswith(t.title + " ")
        if title is None or title.unit is not None and title.unit != t.unit.name.split(" ")[0] and not same_kind \
                or squash(title.name) in st.lex.national_titles \
                or staff_unit_kinds(title.name) and t.unit.kind not in staff_unit_kinds(title.name):
            # ("perintah Presiden dan Kapolri": the President is the country's, of no body; "Direskrimsus
            # dan Kapolresta Manado": a Polda's director, not the Polresta's)
            continue
        bare = next((o for o in titles if o.start == m.start(1) and o.unit is None), None)
        if bare is not None:
            titles.remove(bare)
        if same_kind:
            position = title.name + t.position[len(t.title):]
            aliases = [title.name + a[len(t.title):] for a in t.aliases if a.startswith(t.title + " ")]
        else:
            position, aliases = f"{title.name} {t.unit.name}", [f"{title.name} {a}" for a in t.unit.aliases[:12]]
        out.append(TitleMention(m.start(1), m.end(1), title.name, title.role, t.status, position, aliases, t.unit))
    return out


# a word that names those present: the offices after it are present, not voted for
PRESENT_WORD = re.compile(r"(?<![\w])(?:dihadiri|hadir|diikuti|menghadiri|oleh)(?![\w])", re.I)


def _clause_before(s: str, pos: int, reach: int) -> str:
    """Up to ``reach`` characters before ``pos``, from the last word that names those present on
    ("pemilihan bupati itu, dihadiri Ketua KPU X": the Ketua is present)."""
    before = s[max(0, pos - reach):pos]
    last = None
    for last in PRESENT_WORD.finditer(before):
        pass
    return before[last.end():] if last else before

# a staff office of a regional secretariat written with its head's title ("Asisten Sekdakab Mojokerto",
# "Asisten I Sekda Bone", "Kabag Umum Sekda Sumbawa Barat"): the staff office is read, not the Sekda
SECRETARIAT_STAFF_BEFORE = re.compile(r"\b(?:Asisten|Asst|Kabag|Kepala\s+Bagian)(?:\s+[A-Z][\w.]*){0,3}\s+$")


def _battalion_commanders(st: Reading, sent: Sentence, titles: list[TitleMention]) -> list[TitleMention]:
    """``Danyon B Sat Brimob Papua Barat``: the commander of a Brimob battalion (found by kg_units),
    its office named after the battalion; the bare title the patterns read at its start gives way
    (from ``titles``)."""
    out = []
    for a, b, unit in st.commanded_battalions.get(sent.index, ()):
        titles[:] = [t for t in titles if not a <= t.start < b]
        title = "Danki" if unit.kind == "kompibrimob" else "Danyon"  # (a company's commander: "Danki 3 Batalyon B")
        out.append(TitleMention(a, b, title, "head", "current", f"{title} {unit.name.split(' ', 1)[1]}",
                                [re.sub(r"\s+", " ", sent.text[a:b])], unit))
    return out


def read_offices(st: Reading, sent: Sentence, units: list[tuple[int, int, UnitRef]]) -> SentenceOffices:
    """The offices of one sentence, given its unit mentions (a list of its own: offices of bodies
    and advisors take units out of it)."""
    s = sent.text
    st.looked_back = False
    titles: list[TitleMention] = []
    tentative: list[TitleMention] = []
    for m in st.find("title", sent):
        status = (m.group("status") or "").lower()
        # (an acting status may be written in lower case before a title with its capital: "plt. Bupati Malang")
        title_text = m.group(0)[len(status):].lstrip() if status.startswith(("plt", "pj", "plh")) else m.group(0)
        lower = not title_text[:1].isupper() and not status.startswith(("mantan", "eks"))
        t = title_from_match(st.lex, m, units, s)
        if t is None or lower and t.unit is None and m.group("t_plain"):
            continue
        if titles and titles[-1].start <= t.start < titles[-1].end:
            continue  # the short form in brackets of the office before
        if t.title == "Sekda" and SECRETARIAT_STAFF_BEFORE.search(s, max(0, t.start - 40), t.start):
            continue  # "Asisten Sekdakab Mojokerto", "Kabag Umum Sekda X": an office of the secretariat
        titles.append(t)
        # in lower case only a plain title right before its unit is surely an office ("dihadiri anggota
        # Bawaslu X"); another one is an office only if a name follows ("camat Kota Tengah Sutami S, S.STP")
        if lower and not m.group("t_plain"):
            tentative.append(t)
    # offices one votes for ("memilih Gubernur dan Wakil Gubernur NTT") are not offices present
    titles = [t for t in titles if not _election_before(s, t.start)
              and not ELECTED_OFFICE.search(s[max(0, t.start - 60):t.start])]
    titles = _battalion_commanders(st, sent, titles) + titles
    titles += glued_titles(st, sent, titles, units)
    titles += organisation_titles(st, sent, titles, units)
    titles += _coordinated_titles(st, s, titles)
    titles += staff_titles(st, sent, titles, units)
    titles += advisor_titles(st, sent, titles, units)
    titles += titles_of_bodies_before_names(st, sent, titles, units)
    titles += division_titles(st, sent, titles, units)
    # "Kepala Seksi Pemerintahan (Kasi Pem)": the short form in brackets is the office before
    titles.sort(key=lambda t: t.start)
    for t in [t for i, t in enumerate(titles) if i and OPENING.fullmatch(s, titles[i - 1].end, t.start)
              and CLOSING.match(s, t.end)]:
        before = titles[titles.index(t) - 1]
        before.aliases.append(t.position)
        before.end = CLOSING.match(s, t.end).end()  # its holder is read after the bracket
        titles.remove(t)
    for t in titles:
        bare = BARE_UNIT_WORD.match(s, t.end) if t.unit is None else None
        if bare and st.lex.units.get(squash(bare.group(1))) is not None \
                and not any(a <= bare.start(1) < b for a, b, _ in units):
            t.end = bare.end()  # "Pasi Intel Kodim Lettu Inf Budi": the unit's kind alone, its holder after it
    for t in titles:
        if t.unit is None and not t.staff and t.title.lower() in PLAIN_DEPUTIES:
            # "Ketua DPRD Riau diwakili Wakil Ketua II ...": the deputy of the body stood in for
            stood = unit_stood_in_for(st, s, t.start, titles, units)
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
    free_units = staff_units(s, free_units, titles) + free_units
    return SentenceOffices(titles, tentative, units, free_units, st.looked_back)


@component("kg_offices")
def read_all_offices(st: Reading) -> None:
    for sent in st.sentences:
        st.offices[sent.index] = read_offices(st, sent, list(st.found_units.get(sent.index, ())))

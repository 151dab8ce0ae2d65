"""Representation: the ``kg_representation`` component.

Who stood in for whom (``Bupati X yang diwakili oleh Y``, ``Y mewakili
Kapolres``, ``Mewakili Kapolresta, Wakapolresta ...``, ``BMKG Bima melalui
Y``): ``Reading.represented`` lists, in the order found, each stand-in with
the person, office or unit stood in for (and the persons only a stand-in
names, ``diwakili oleh Tituk Tumuli``); ``Reading.absent`` who was stood in
for, and so was not there.
"""

from __future__ import annotations

import re
from itertools import chain

from loaders.lexicon import squash
from loaders.mentions import PersonMention, TitleMention, UnitRef
from loaders.names import is_short_form, read_name
from loaders.patterns import DELEGATE_BEFORE, DIVISION_WORDS
from loaders.reading import Reading, component
from loaders.sentences import Sentence

UNIT_CLASS = r"(?:\s*Kelas\s+[IV]{1,3}[A-C]?)?"
SPEECH = r"(?:\s*,?\s*(?:dalam\s+)?(?:amanat|sambutan|arahan|pidato|pesan)(?:nya)?)?"
# the initials a name is known by, written after it: "Bupati Sinjai Andi Seto Asapa (ASA) yang diwakili ..."
NICKNAME = r"(?:\s*\(\s*[A-Z][A-Za-z.]{1,10}\s*\))?"
REPRESENT_BY = re.compile(r"^" + NICKNAME + UNIT_CLASS + SPEECH + r"\s*,?\s*(?:yang\s+|yg\s+)?(?:diwakili|diwakilkan|disampaikan|dibacakan)\s+(?:oleh\s+|kepada\s+)?", re.I)
REPRESENT_VIA = re.compile(r"^" + NICKNAME + UNIT_CLASS + r"\s*,?\s*(?:melalui|lewat)\s+", re.I)
MEWAKILI_FIRST = re.compile(r"(?:^|[,;]\s*|\s-\s)\s*(?:Mewakili|mewakili)\s+")
REPRESENTING = re.compile(r"^\s*,?\s*(?:\(\s*)?(?:yang\s+|selaku\s+|sebagai\s+)?(?:mewakili|perwakilan(?:\s+dari)?)\s+", re.I)
# "Bupati Sleman Budi membacakan amanat Kapolri ...": who reads another's address out stands in for him
# (the active form of "amanat Kapolri dibacakan oleh ...")
READS_FOR = re.compile(r"^\s*,?\s*(?:yang\s+|selaku\s+\w+\s+)?membacakan\s+(?:amanat|sambutan|pidato|pesan|arahan)"
                       r"(?:\s+tertulis)?(?:\s+dari)?\s+", re.I)
CLAUSE_BREAK = re.compile(r"\b(?:dan|serta|bersama|beserta|hadir|menghadiri|didampingi)\b", re.I)
# a division's words before a capital: "diwakili Divisi Sosdiklih Parmas dan SDM Nugroho ..."
DIVISION_BEFORE = re.compile(rf"\b{DIVISION_WORDS}\s+$")
DIVISION_AFTER = re.compile(rf"{DIVISION_WORDS}\s+[A-Z]")
# where a clause listing one office and its holder ends
# (a comma before a degree, "Budi Lubis, S.IP, ...", does not end it)
CLAUSE_END = re.compile(r",(?!\s*(?:[A-Z]\.\s?[A-Za-z]{1,4}(?:\.[A-Za-z]{1,4})*\.?|[A-Z]{2,5}\.?)(?:[,\s]|$))"
                        r"|;|\s(?:dan|serta|beserta|juga|yang)\s|\.(?=\s|$)")


def bare_name(st: Reading, sent: Sentence, pos: int) -> PersonMention | None:
    """A name without rank or title where the sentence demands one (``diwakili oleh Tituk Tumuli``)."""
    nm = read_name(sent.text, pos, st.lex)
    if nm is None or len(nm.name.split()) < 2:
        return None
    known = next((k for k in chain(st.persons, st.stand_ins) if k == nm.name or is_short_form(nm.name, k)), None)
    p = PersonMention(nm.start, nm.end, nm.name, nm.degrees, None, None, None, None, sent.index, nm.honorific)
    if known is None:
        st.stand_ins[nm.name] = p
    p.key = known or nm.name
    st.stand_in_mentions.append(p)
    if known is None:  # a person of its own, added to the graph where the representation is
        st.represented.append(("person", p.key, p.degrees))
    return p


def name_closing_clause(st: Reading, sent: Sentence, pos: int) -> PersonMention | None:
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
            if w.start() < pos or DIVISION_BEFORE.search(s, max(0, w.start() - 12), w.start()):
                continue  # ("diwakili Divisi Sosdiklih Parmas dan SDM Nugroho ...": a division's name)
            nm = read_name(s, w.start(), st.lex)
            if nm is None or len(nm.name.split()) < 2 or squash(nm.name.split()[0]) in st.lex.staff_titles:
                continue
            rest = s[nm.end:stop]
            reaches = not rest.strip(" ,.") or rest.lstrip()[:1].islower()
            if reaches and not any(st.lex.region(x) or re.fullmatch(r"[A-Z]{2,}", x) for x in nm.name.split()):
                return bare_name(st, sent, w.start())
    return None


@component("kg_representation")  # at a meeting, and at ceremonies too
def represented(st: Reading) -> set[str]:
    """REPRESENTED edges; returns who was represented (and so absent)."""
    absent = st.absent
    by_person, by_title = st.by_sentence()
    units_by_sentence: dict[int, list[tuple[int, int, UnitRef]]] = {}
    for u_sent, a, b, u in st.units:
        units_by_sentence.setdefault(u_sent.index, []).append((a, b, u))
    for sent in st.sentences:
        s = sent.text
        here = by_title.get(sent.index, [])
        people = by_person.get(sent.index, [])
        for x in here:
            rest = s[x.end:]
            x_person = x.holder or st.holder_of(x)
            if x.holder is not None:
                # skip the holder's own name and degrees
                rest = s[x.holder.end:]
                base = x.holder.end
            else:
                base = x.end
            y = _stand_in(st, sent, rest, base, here, people, x_person)
            if y is not None:
                # "ucap Kapolda melalui Kabidhumas X": a press relay; the head it speaks for was there all
                # the same where the meeting's own sentence names him ("Kapolda ... menerima kunjungan ...")
                relayed = not REPRESENT_BY.match(rest) and REPRESENT_VIA.match(rest) is not None \
                    and x_person is not None and any(p.key == x_person.key and p.sentence != sent.index
                                                     and p.sentence in st.meeting_sentences for p in st.mentions)
                _represent(st, y, x, x_person, s.strip(), set() if relayed else absent)
            elif (by := REPRESENT_BY.match(rest)) and any(t.start == base + by.end() and t is not x for t in here):
                # "Kapolda NTT yang diwakili oleh Karo Ops Polda NTT": an office stood in for by an office
                # no name is given for: the one stood in for was not there (the other one attends)
                absent.add(x_person.key if x_person is not None else x.position)
        # a body stands in through a person too: "BMKG Bima melalui Budi Santoso mengingatkan ..."
        for a, b, u in units_by_sentence.get(sent.index, ()):
            if any(t.start <= a < t.end for t in here):
                continue
            y = _stand_in(st, sent, s[b:], b, here, people, None)
            if y is not None:
                st.represented.append(("unit", y.key, u, s.strip()))
                absent.add(u.name)
        for y in people:
            if y.delegate_of is not None:  # "perwakilan Kejari X, Nama" (kg_persons)
                st.represented.append(("unit", y.key, y.delegate_of, s.strip()))
                absent.add(y.delegate_of.name)
        # "perwakilan Dandim 0505 Mayor Budi": the name after the office stands in for it and holds none
        delegated = [x for x in here if x.holder is not None and x.holder.start >= x.end
                     and DELEGATE_BEFORE.search(s, max(0, x.start - 20), x.start)]
        for x in delegated:
            delegate = x.holder
            st.unhold(x)
            _represent(st, delegate, x, None, s.strip(), absent)
        for y in people:
            m = READS_FOR.match(s[y.end:])
            x = m and next((t for t in here if t.start == y.end + m.end()), None)
            if x:
                _represent(st, y, x, x.holder or st.holder_of(x), s.strip(), absent)
        for t in here:
            # "Kapolres yang membacakan amanat Kapolri": the office named again, whose holder reads it out
            m = READS_FOR.match(s[t.end:]) if t.holder is None else None
            x = m and next((o for o in here if o.start == t.end + m.end()), None)
            y = x and st.holder_of(t)
            if y is not None:
                _represent(st, y, x, x.holder or st.holder_of(x), s.strip(), absent)
        for y in people:
            end = y.end
            m = REPRESENTING.match(s[end:])
            if not m and y.title is not None and y.title.start >= y.end:
                # "Drs. Suwadji (Plt. Asisten 1 mewakili Plt. Bupati Malang)": after his own office
                end = y.title.end
                m = REPRESENTING.match(s[end:])
            if not m:
                continue
            pos = end + m.end()
            x = next((t for t in here if t.start == pos), None)
            if x is not None and x not in delegated:
                _represent(st, y, x, x.holder or st.holder_of(x), s.strip(), absent)
        # "Mewakili Kapolresta Denpasar, Wakapolresta AKBP I Wayan Jiartana menyampaikan ..."
        for cue in MEWAKILI_FIRST.finditer(s) if "ewakili" in s else ():
            x = next((t for t in here if t.start == cue.end()), None)
            if x is None:
                continue
            y = next((p for p in people if x.end <= p.start <= x.end + 80 and p is not x.holder), None)
            if y is None and x.holder is not None and x.holder.start >= x.end and "," in s[x.end:x.holder.start] \
                    and not any(p.end <= cue.start() for p in people):
                # "Mewakili Bupati Buleleng, Made Arya menyampaikan ...": the name read as the office's
                # holder is who stood in for it
                y = x.holder
                st.unhold(x)
                _represent(st, y, x, None, s.strip(), absent)
            elif y is not None:
                _represent(st, y, x, x.holder or st.holder_of(x), s.strip(), absent)
    return absent


def _stand_in(st: Reading, sent: Sentence, rest: str, base: int, here: list[TitleMention],
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
        # the next person named, unless another clause begins first ("... hadir bersama Kades X");
        # an office there is passed over whole ("Staf Ahli Bupati Bidang SDM dan Kemasyarakatan Y")
        ty = next((t for t in here if t.start == pos), None)
        if ty is None and not any(p.start == pos for p in people) and _name_then_comma(st, s, pos):
            # "diwakili oleh Budi Wirawan, Kabid Humas (Made Sudarma)": the name right after the cue,
            # not the next person the sentence names
            return bare_name(st, sent, pos)
        after = ty.end if ty is not None else pos
        # (nor a person with an office of his own named after the cue: in "Dandim diwakili Koramil X,
        # Ketua PN Y Deka" Deka is the next one listed, not the stand-in). A division's name runs over
        # commas and "dan" to its member: "diwakili Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi
        # Masyarakat dan SDM Mustofa, SE."
        division = ty is None and DIVISION_AFTER.match(s, pos) is not None
        reach = 160 if division else 60
        y = min((p for p in people if pos <= p.start <= after + reach and p is not x_person
                 and (division or not CLAUSE_BREAK.search(s, after if after <= p.start else pos, p.start))
                 and not (p.title is not None and p.title is not ty and after <= p.title.start < p.start)),
                key=lambda p: p.start, default=None)
        first = re.match(r"[^\s,.;]+", s[pos:])
        if y is None and ty is None and first and st.lex.unit_kind(first.group(0)) is not None:
            return None  # "Dandim diwakili Koramil Bt. Asai": a unit stood in, no person
        if y is None:
            y = st.holder_of(ty) if ty is not None else \
                name_closing_clause(st, sent, pos) or bare_name(st, sent, pos)
        if y is not None:
            return y
    return None


def _name_then_comma(st: Reading, s: str, pos: int) -> bool:
    """Whether a name of two or more words (with its degrees) begins at ``pos`` and a comma follows it."""
    nm = read_name(s, pos, st.lex)
    return nm is not None and nm.start == pos and len(nm.name.split()) >= 2 and s[nm.end:nm.end + 2].lstrip()[:1] == ","


def _represent(st: Reading, y: PersonMention, x: TitleMention, x_person: PersonMention | None,
               evidence: str, absent: set[str]) -> None:
    if x_person is not None and x_person.key != y.key:
        st.represented.append(("person_for", y.key, x_person.key, evidence))
        absent.add(x_person.key)
    elif x_person is None:
        st.represented.append(("office", y.key, x, evidence))
        absent.add(x.position)


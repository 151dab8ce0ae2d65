"""Attendance: the ``kg_attendance`` component.

Who attended the article's meeting (``Reading.attended``, in order): persons
in sentences that speak of it or with an attendance cue, as chair, speaker
or participant, unless they were stood in for or said not to have come;
offices named as present without a holder; units listed as present
(``dihadiri ..., perwakilan dari Kejaksaan, Basarnas dan Kodim 0209/LB``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from loaders.lexicon import word_class, word_search
from loaders.meetings import CHAIR_CUES
from loaders.mentions import PersonMention, TitleMention
from loaders.patterns import BUILDING_BEFORE
from loaders.reading import Reading, component
from loaders.sentences import Sentence
from loaders.units import LOCAL_AREAS

ATTEND_CUES = word_search("hadir|dihadiri|menghadiri|diikuti|mengikuti|ikut|turut|memimpin|dipimpin|membuka|dibuka|"
                          "narasumber|memaparkan|paparan|bersama|didampingi|menerima|diterima|bertemu|"
                          "melaksanakan|menggelar|digelar|sambutan|arahan|pemaparan|dipaparkan")
SPEAKER_CUES = word_search("narasumber|memaparkan|paparan|pemaparan|dipaparkan|pemateri")
PRESENT_CUES = word_search("dihadiri|hadir|diikuti|turut|didampingi|beserta|antara lain|diantaranya|di antaranya",
                           capture=False)
LIST_POSITION = re.compile(r"(?:,|\bdan|\bserta|\bbeserta|\b(?:dihadiri|diikuti)(?:\s+oleh)?|\bhadir(?:\s+pula)?|"
                           r"\bantara lain|\bdiantaranya)\s*$", re.I)
# a sentence that ends by announcing a list: the list is in the next paragraph
# ("Hadir dalam kegiatan tersebut." and the items after it, each a sentence)
LIST_INTRO = re.compile(r"(?:\b(?:dihadiri|diikuti)(?:\s+(?:oleh|pula))?|\bhadir(?:\s+pula)?|\bantara\s+lain|"
                        r"\bdi\s*antaranya|\byakni|\byaitu|:|\bhadir\s+(?:dalam|pada)\s+(?:kegiatan|acara)"
                        r"(?:\s+(?:tersebut|ini|itu))?\s*[.:])\s*$", re.I)
# what LIST_INTRO can end with (before spaces), in lower case: most sentences end with none of them
LIST_INTRO_LAST = ("dihadiri", "diikuti", "oleh", "pula", "hadir", "lain", "antaranya", "yakni", "yaitu", ":", ".")

# heads of a body each province or regency has one of (loaders/data/word_classes.tsv)
AREA_HEADS = word_class("area_head")
# a title that stands for many: "Bupati/ Walikota", "Kapolres se-Jawa Timur", "Danramil jajaran"
NOT_ONE = re.compile(r"\s*(?:/|se[-\s]|jajaran\b)", re.I)
# or many named before it: "jajaran Kapolres dari 10 kabupaten", "para Kapolres dan Dandim"
MANY_BEFORE = re.compile(r"\b(?:para|jajaran|seluruh|segenap|semua|masing-masing)\s+(?:\w+\s+){0,2}$", re.I)


def _announces_list(text: str) -> bool:
    """``LIST_INTRO`` at the end of a sentence; its last character tested first (other letters than
    ASCII go to the pattern, which may read them as one of these in another case)."""
    tail = text[-40:]
    if not _may_end_with(tail, LIST_INTRO_LAST):
        return False
    # a full stop (most sentences) ends only "hadir dalam kegiatan tersebut.": no "had", no match
    # (h, a and d stand for no other letter under IGNORECASE)
    if tail.rstrip().endswith(".") and "had" not in tail.lower():
        return False
    return bool(LIST_INTRO.search(tail))


# one item of a list of those present, written as a sentence or a line of its own:
# "- Drs. Budi Santoso, MM (Kasatpol PP Banyumas)", "Miskat, S.H (Wakil Ketua DPRD Kab. Malang)."
LIST_ITEM = re.compile(r"(?:\s*(?:[-–•*]|\d{1,2}[.)]|[a-zA-Z][.)])?\s*(?:Diantaranya|Di antaranya|Antara lain)?,?\s*"
                       r"[A-Za-z][^()\n]{1,80}\([^()\n]{2,80}\)?\s*[.;,]?\s*)+")


def _introduced(st: Reading) -> tuple[set[int], set[int]]:
    """The sentences of a list of those present that the sentence before announces ("Hadir dalam
    kegiatan tersebut :"), and the items of the list after it, a sentence or a line each (whose
    persons attend; an office there is most often the bracketed office of the name before it)."""
    introduced: set[int] = set()
    items: set[int] = set()
    run = False
    for prev, s in zip(st.sentences, st.sentences[1:]):
        if _announces_list(prev.text):
            introduced.add(s.index)
            run = True
        elif run and "(" in s.text and len(s.text) < 600 and LIST_ITEM.fullmatch(s.text):
            items.add(s.index)
        else:
            run = False
    return introduced, items


def _may_end_with(text: str, last: tuple[str, ...]) -> bool:
    """Whether ``text`` before its spaces ends with one of ``last`` (lower-case endings of at most 12
    characters) in any case, or has a character other than ASCII among its last 12 (which a pattern
    ignoring case may read as an ASCII letter): a pattern ending in ``\\s*$`` can match only then.
    (A test of the end: the pattern itself is tried at every character of the text.)"""
    end = text.rstrip()[-12:]
    return not end.isascii() or end.lower().endswith(last)


# a unit listed after "perwakilan (dari)", "unsur": what comes before it ends with one of these
DELEGATED_BEFORE = re.compile(r"\b(perwakilan|unsur)\s+(?:dari\s+)?$", re.I)
DELEGATED_LAST = ("perwakilan", "unsur", "dari")
# what LIST_POSITION can end with (before spaces), in lower case
LIST_POSITION_LAST = (",", "dan", "serta", "dihadiri", "diikuti", "oleh", "hadir", "pula", "lain", "diantaranya")


# "Wali Kota X tak bisa hadir", "ketidakhadiran Ibu Wali Kota X": named, but not there
ABSENT_AFTER = re.compile(r"\b(?:tidak|tak|belum|berhalangan)\s+(?:(?:bisa|dapat|sempat)\s+)?hadir\b", re.I)
ABSENT_BEFORE = re.compile(r"\b(?:ketidakhadiran|berhalangan\s+hadirnya|absennya)\b", re.I)
# an office or person named as the source of an order or programme, not as one present: "menyusul instruksi
# Kapolri", "sesuai Program Prioritas Kerja Kapolri Jenderal X", "Surat Edaran Bupati", "atas nama Kepala Daerah"
IN_PASSING_BEFORE = re.compile(r"\b(?:instruksi|perintah|kebijakan|petunjuk|atensi|maklumat|telegram|atas\s+nama|"
                               r"surat(?:\s+edaran)?|program(?:\s+\w+){0,3})\s+$", re.I)
JOINED = re.compile(r"\b(?:dan|serta|diwakili|mewakili)\b|,")  # someone else named between: "X dan Y tak hadir"
BERSAMA = re.compile(r"\bbersama\b", re.I)
# "Polres Konawe menggelar Coffee Morning bersama Forkompimda, KPU dan Bawaslu": in the meeting's
# sentence, the bodies listed after "bersama" met with the host
MET_WITH = re.compile(r"\bbersama(?:\s+(?:dengan|unsur|para|pihak))?\s*$"
                      r"|\bbersama\s[^.;:]*(?:,|\bdan|\bserta)\s*$", re.I)
DELEGATION = re.compile(r"\b(?:perwakilan|unsur)\b", re.I)


def _absent(text: str, p: PersonMention) -> bool:
    """The sentence says this person did not come (and not that someone came instead)."""
    after = ABSENT_AFTER.search(text, p.end, p.end + 60)
    if after and not JOINED.search(text[p.end:after.start()]):
        return True
    if p.title is not None and p.title.start < p.start and in_passing(text, p.title.start):
        return True
    return bool(ABSENT_BEFORE.search(text, max(0, p.start - 60), p.start)) or in_passing(text, p.start)


def in_passing(text: str, start: int) -> bool:
    """Whether the mention at ``start`` names whose order or programme it is, not someone present."""
    return IN_PASSING_BEFORE.search(text, max(0, start - 40), start) is not None


class QuoteMarks:
    """Where a text's quotation marks and line breaks are, found once, so that asking whether a
    mention lies inside direct speech costs a few bisections, not a scan of its paragraph (an
    article of one long paragraph has thousands of mentions)."""

    def __init__(self, text: str) -> None:
        self.at: dict[str, list[int]] = {"\n": [], "“": [], "”": [], '"': []}
        for m in re.finditer(r'[\n“”"]', text):
            self.at[m.group(0)].append(m.start())

    def _count(self, mark: str, start: int, end: int) -> int:
        positions = self.at[mark]
        return bisect_left(positions, end) - bisect_left(positions, start)

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside direct speech in its paragraph: a speaker's "... dilantik oleh
        Bapak Presiden Prabowo," names someone, not someone present."""
        breaks = self.at["\n"]
        i = bisect_left(breaks, pos)
        start = breaks[i - 1] + 1 if i else 0
        opened = self._count("“", start, pos)
        if opened - self._count("”", start, pos) > 0:
            return True
        return not opened and self._count('"', start, pos) % 2 == 1


def _cue(found: dict[int, re.Match | None], pattern: re.Pattern, s: Sentence) -> re.Match | None:
    """``pattern.search(s.text)``, searched once per sentence."""
    if s.index not in found:
        found[s.index] = pattern.search(s.text)
    return found[s.index]


@component("kg_attendance")
def attendance(st: Reading) -> None:
    if st.meeting_node is None:
        return
    mode = st.meeting_node["mode"]
    host = st.host[0] if st.host is not None else None
    absent = st.absent
    # per sentence: its attendance, chair and speaker cues, each searched for only where it is asked
    attend_cues, chair_cues, speaker_cues = {}, {}, {}
    passive_chairs: dict[int, tuple[int, str | None] | None] = {}  # per sentence: who is named first after "dipimpin"
    quotes = QuoteMarks(st.text)
    # "Kegiatan ini dihadiri oleh" with the list in the next paragraph
    # (only the end of a sentence can announce one: searching the whole of each costs a tenth of a read)
    introduced, items = _introduced(st)
    for p in st.mentions + st.stand_in_mentions:
        s = st.sentences[p.sentence]
        if p.key in absent:
            continue
        if _absent(s.text, p) or quotes.quoted(s.start + p.start):
            continue
        if p.sentence in st.meeting_sentences or p.title is not None or p.rank or p.sentence in introduced \
                or p.sentence in items or _cue(attend_cues, ATTEND_CUES, s):
            chair = _cue(chair_cues, CHAIR_CUES, s)
            role = "chair" if chair and _chairs(st, s, p, chair, passive_chairs) \
                else "speaker" if _cue(speaker_cues, SPEAKER_CUES, s) else "participant"
            st.attended.append(("person", p.key, s.text.strip(), role, mode))
    present: dict[int, bool] = {}
    for s, t in st.titles:
        if s.index not in present:
            present[s.index] = bool(PRESENT_CUES.search(s.text)) or s.index in introduced
        if t.holder is None and (t.unit is not None or t.organisation or t.staff or _bare_head(s, t)) \
                and (present[s.index]
                     or BERSAMA.search(s.text, 0, t.start)
                     or s.index in st.meeting_sentences and _cue(attend_cues, ATTEND_CUES, s)):
            held = st.holder_of(t)
            if held is None and t.position not in absent and not in_passing(s.text, t.start) \
                    and not BUILDING_BEFORE.search(s.text, max(0, t.start - 16), t.start):
                st.attended.append(("office", t, s.text.strip()))
    # units listed as present: "dihadiri ..., perwakilan dari Kejaksaan, Basarnas dan Kodim 0209/LB";
    # a unit named inside an office ("Kapolres Belu") is that office's, not listed on its own
    title_spans = {(ss.index, t.start, t.end) for ss, t in st.titles}
    for s, a, b, u in st.units:
        before = s.text[:a]
        # (a body named with the host in the meeting's sentence: "... bersama Forkompimda, KPU dan Bawaslu";
        # a village or district there is where, not who)
        kind = st.lex.unit_kinds.get(u.kind)
        met_with = s.index in st.meeting_sentences and (kind is None or kind.short not in LOCAL_AREAS) \
            and BERSAMA.search(before) is not None
        # (the cheap tests first: the searches over the text before the unit only where they decide)
        listed = _may_end_with(before, DELEGATED_LAST) and DELEGATED_BEFORE.search(before) or (
            u is not host and not s.text[a:b].lower().startswith(("ma", "aula"))
            and (_may_end_with(before, LIST_POSITION_LAST) and LIST_POSITION.search(before)
                 or s.index in introduced and not before.strip()
                 or met_with and MET_WITH.search(before))
            and (s.index in introduced or PRESENT_CUES.search(before) or DELEGATION.search(before) or met_with))
        if listed and (s.index, a, b) not in title_spans and u.name not in absent:
            st.attended.append(("unit", u, s.text.strip()))


def _bare_head(s: Sentence, t: TitleMention) -> bool:
    """``Danrem``, ``Danlanal``, ``Danlanud`` in a list of those present: the head of a body each
    province or regency has one of, written without the unit the story cannot place, attends as
    that office (``kg.resolve`` keeps it within its article); not one of many ("Bupati/Walikota")."""
    return t.position == t.title and t.title.lower() in AREA_HEADS and not NOT_ONE.match(s.text, t.end) \
        and not MANY_BEFORE.search(s.text, max(0, t.start - 40), t.start)


def _chairs(st: Reading, s: Sentence, p: PersonMention, cue: re.Match,
            passive: dict[int, tuple[int, str | None] | None]) -> bool:
    """Whether ``p`` is who the chair cue of ``s`` speaks of: the one named before "memimpin",
    "membuka", or the first one named after "dipimpin (oleh)", "dibuka" (the passive names its chair
    after it: "Rapat dipimpin Wakil Bupati X"). ``passive`` keeps the latter per sentence."""
    if s.index not in passive:
        after = [(m.start, m.key) for m in st.mentions if m.sentence == s.index and m.start >= cue.end()] \
            if cue.group(0).lower().startswith("di") else []
        if after:
            # an office named first without its holder chairs ("Rapat dipimpin Kapolres Sleman dan dihadiri
            # Ketua KPU Budi"): its holder if the article names one elsewhere, no one else after it
            after += [(t.start, held.key if (held := st.holder_of(t)) is not None else None)
                      for ts, t in st.titles if ts.index == s.index and t.holder is None and t.start >= cue.end()]
        passive[s.index] = min(after, default=None, key=lambda a: a[0])
    if passive[s.index] is not None:
        start, key = passive[s.index]
        return p.start == start or key is not None and p.key == key
    return s.text.find(p.name) < cue.start() + 5  # (and "Datuk X di pimpin langsung ...": none after)

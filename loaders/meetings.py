"""Meetings and dates: the ``kg_meetings`` component.

The article's meeting (its first meeting word: ``rakor``, ``audiensi``), its
kind and the date that dates every edge (the meeting sentence's own date
before the page's dateline), then, once the article's units are final, what
identifies it across outlets (date, kind, host), its time, venue and mode
(``Reading.meeting``, ``.date``, ``.meeting_node``, ``.host``).
"""

from __future__ import annotations

import re

from kg.model import make_id
from loaders.dates import find_dates, find_time, text_year
from loaders.lexicon import squash, word_search
from loaders.mentions import UnitRef
from loaders.reading import Reading, component
from loaders.sentences import Sentence

CHAIR_CUES = word_search("memimpin|dipimpin|membuka|dibuka|dipandu")
ORGANISER_CUES = re.compile(r"\b(?:diselenggarakan|digelar|dilaksanakan|diadakan|yang\s+(?:diselenggarakan|digelar|dilaksanakan))\s+(?:oleh\s+)?", re.I)
VENUE = re.compile(r"\b(?:di|bertempat di)\s+((?:Aula|Ruang|Gedung|Hotel|Kantor|Balai|Mapolres|Mapolda|Mapolresta|Mapolsek|"
                   r"Makodim|Mako|Markas|Pendopo|Rumah Jabatan|Rujab|Gedong|Lapangan|Convention|Ballroom|Wisma|Graha|"
                   r"Puskodal|Balaikota|Kompleks|Operation Room|Command Center)[^,.;()]*)")


# a gathering no meeting word names, that people are reported at ("Hadir dalam kegiatan tersebut ...",
# "Acara itu dihadiri ..."): the article's meeting, of a kind of its own
GATHERING = re.compile(r"\bhadir\s+(?:dalam|pada|di)\s+(?:kegiatan|acara)\b"
                       r"|\b(?:kegiatan|acara)\b[^.;]{0,160}?\b(?:dihadiri|diikuti)\b"
                       r"|\b(?:menggelar|mengadakan|melaksanakan|menyelenggarakan)\s+(?:kegiatan|acara)\b"
                       r"|\b(?:hadir\s+(?:pula|juga)|turut\s+hadir)\b", re.I)
# a visit, where no meeting word is written: those who received the visitors met them
# ("tiba di Mapolres ... dan disambut oleh Kapolres", "Acara pisah sambut Kapolres")
VISIT = re.compile(r"\b(?:kunjungan(?:nya)?|berkunjung|mengunjungi|dikunjungi|penyambutan|disambut|"
                   r"(?:lepas|pisah)\s+sambut)\b", re.I)


# "Surat Edaran Nomor ..., tanggal 17 Desember 2020 tentang ...": the date of a document
DOCUMENT_AFTER = re.compile(r"\s*,?\s*tentang\b")


def find_meeting(st: Reading) -> tuple[Sentence, re.Match, str] | None:
    """The article's meeting mention, its kind and its date (which dates every edge)."""
    mentions = [(s, m) for s in st.sentences for m in st.find("meeting", s)]
    kind = None
    if not mentions:
        mentions = [(s, m) for s in st.sentences for m in [GATHERING.search(s.text)] if m]
        kind = "kegiatan"
    if not mentions:
        mentions = [(s, m) for s in st.sentences for m in [VISIT.search(s.text)] if m]
        kind = "kunjungan"
    st.meeting_sentences = {s.index for s, _ in mentions}
    every_date = find_dates(st.text)
    year = text_year(st.text, every_date)
    dates = [d for d in every_date if not d.asked]
    if not mentions:
        chosen = next((d for d in dates if d.weekday), None)
        st.date = (chosen.resolve(year) if chosen else None) or st.article.published
        return None
    sent, m = mentions[0]
    # the meeting's date: one with its day name written in a sentence that speaks of the meeting
    # ("... menggelar rakor ..., Senin (9/10/2023)"), not the page's dateline above the headline;
    # else one near its first mention, else the first with a day name
    within = [d for d in dates if d.weekday for s, _ in mentions if s.start <= d.start < s.start + len(s.text)]
    near = [d for d in dates if sent.start - 300 <= d.start <= sent.start + len(sent.text) + 300 and not d.period]
    # a date with its day name ("Senin (1/4/2024)") is the event's; bare dates are often periods
    # else the first full date anywhere ("selama perayaan Idul Fitri (09/03/2026)" a paragraph on);
    # outside the meeting's own sentences a date that opens or ends a period is an operation's
    # ("Operasi ... sejak 20 Juli hingga 8 Agustus 2024"), not the meeting's
    # then a full date written after the meeting's word in its sentence ("menggelar Apel ... pada 22 April
    # 2022 lalu"; not "Maklumat nomor ..., tanggal 23 Desember 2020 tentang ... pertemuan")
    own = [d for d in dates if d.year and sent.start + m.end() <= d.start < sent.start + len(sent.text)
           and not DOCUMENT_AFTER.match(st.text, d.end)]
    # then a bare date near the first mention, else in a later sentence that speaks of the meeting
    # (the headline names it, "mengadakan Coffee Morning ... di Aula Mapolres (17/10)" paragraphs on)
    spoken = [d for d in dates for s, _ in mentions if s.start <= d.start < s.start + len(s.text)]
    chosen = next(iter(within), None) or next(iter(own), None) or next((d for d in near if d.weekday), None) \
        or next((d for d in dates if d.weekday), None) or (near[0] if near else None) \
        or next(iter(spoken), None) or next((d for d in dates if d.year and not d.period), None)
    st.date = (chosen.resolve(year) if chosen else None) or st.article.published
    return sent, m, kind or st.lex.meeting_words.get(squash(m.group(0)), "rapat")


def describe_meeting(st: Reading) -> None:
    """The meeting's id and properties, and the unit that organised it."""
    if st.meeting is None:
        return
    sent, m, kind = st.meeting
    date = st.date
    window = st.text[max(0, sent.start - 200): sent.start + len(sent.text) + 400]
    time_, zone = find_time(window)
    venue = VENUE.search(window)
    title = re.sub(r"\s+", " ", sent.text.strip())[:160]
    organiser = ORGANISER_CUES.search(sent.text)
    host = None
    if organiser:
        host = next((u for s, a, b, u in st.units if s.index == sent.index and a >= organiser.end() - 1), None)
    # Two outlets reporting one meeting agree on its date, kind and host, not on their wording:
    # the host is the organiser, else the unit of the office that chairs, else the article's first unit.
    anchor = host or chair_unit(st) or next((u for _, _, _, u in st.units), None)
    key = f"{date}-{kind}-{anchor.id if anchor else ''}" if date else f"{st.article.id}-{kind}"
    mid = make_id("Meeting", key)
    mode = "virtual" if kind == "virtual" or _says_virtual(st.text) else "in_person"
    st.meeting_node = dict(id=mid, name=title[:80], title=title, kind=kind, date=date, time=time_, timezone=zone,
                           venue=venue.group(1).strip() if venue else None, mode=mode)
    if host is not None:
        st.host = (host, sent.text.strip())


VIRTUAL_WORDS = ("zoom", "virtual", "daring", "video conference", "vicon")
VIRTUAL = re.compile("|".join(VIRTUAL_WORDS), re.I)


def _says_virtual(text: str) -> bool:
    """Whether ``VIRTUAL`` is found in ``text``. Under IGNORECASE its letters match only
    themselves in either case, and ``i`` also ``İ`` and ``ı``; so the lower-cased text, with those
    two read as ``i``, holds one of its words wherever it matches: a substring test rules out
    most articles before the case-insensitive search over the whole text."""
    folded = text.replace("İ", "i").replace("ı", "i").lower()
    return any(w in folded for w in VIRTUAL_WORDS) and VIRTUAL.search(text) is not None


def chair_unit(st: Reading) -> UnitRef | None:
    """The unit of the first office held by someone who chairs (``memimpin``, ``membuka``)."""
    cues: dict[int, re.Match | None] = {}  # per sentence: several mentions share one
    for p in st.mentions:
        if p.sentence not in cues:
            cues[p.sentence] = CHAIR_CUES.search(st.sentences[p.sentence].text)
        cue = cues[p.sentence]
        if cue and p.title is not None and p.title.unit is not None and p.start < cue.start():
            return p.title.unit
    return None


@component("kg_meetings")
def read_meeting(st: Reading) -> None:
    st.meeting = find_meeting(st)
    describe_meeting(st)

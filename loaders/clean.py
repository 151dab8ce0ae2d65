"""Dropping page junk before extraction, and writing variant spellings the standard way.

Real pages carry menus, share buttons, "Baca juga" teasers, comment forms,
repeated titles and captions. They are removed line by line with the
patterns of ``data/junk.tsv``; what was dropped is returned so the
ArticleGraph can say so. Each line kept is also respelt (:func:`respelt`):
the words of office that writers spell otherwise (``data/respellings.tsv``),
a passive written apart, a regency's compass word in lower case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.lexicon import Lexicon, lexicon, rows, word_class


@dataclass
class Cleaned:
    text: str
    dropped: list[str] = field(default_factory=list)


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\u200b\ufeff]")
SPACES = re.compile(r"[ \t\xa0]+")
# a space typed before a stop or comma ("Kombes Pol . Andi", "aman , dan"): the mark belongs to the word
LOOSE_MARK = re.compile(r"(?<=\w) ([.,;:])(?= |$)")
BLANK_LINES = re.compile(r"\n{3,}")
# "Pengadilan Negri", "Kejaksaan Negri": the written form only after these words (alone it may be a name)
NEGRI = re.compile(r"\b((?:[Pp]engadilan|[Kk]ejaksaan) [Nn])egri\b")


def clean(text: str) -> Cleaned:
    """Remove junk lines, repeated lines and control characters."""
    lex = lexicon()
    any_junk = _any_junk()
    kept, dropped, seen = [], [], set()
    under_heading = False
    text = CONTROL.sub("", text)
    for raw in text.splitlines():
        # (a line without a tab, a no-break space or two spaces in a row, most of them, has nothing for
        # SPACES to change: its substitution would still replace every single space by a space)
        squeezed = SPACES.sub(" ", raw) if "  " in raw or "\t" in raw or "\xa0" in raw else raw
        line = squeezed.strip()
        if " ." in line or " ," in line or " ;" in line or " :" in line:  # (most lines have no loose mark)
            line = LOOSE_MARK.sub(r"\1", line)
        line = respelt(line)
        if not line:
            kept.append("")
            continue
        # which pattern is asked only of a line that matches one of them (most lines match none)
        reason = next((what for what, pattern in lex.junk if pattern.search(line)), None) \
            if any_junk is None or any_junk.search(line) else None
        heading = TEASER_HEADING.match(line) is not None
        if reason is None and (heading or (under_heading and _headline(line))):
            reason = "teaser"
        under_heading = heading or (under_heading and reason == "teaser")
        if reason is None and line in seen and len(line) > 20:
            reason = "repeated"  # titles and captions printed twice
        if reason:
            dropped.append(f"{reason}: {line[:120]}")
            continue
        seen.add(line)
        kept.append(line)
    kept = _drop_teaser_lists(kept, dropped)
    text = "\n".join(unwrap(kept))
    # (``re`` tries the pattern at every character: most texts have no three line breaks in a row)
    return Cleaned((BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text).strip(), dropped)


@lru_cache(maxsize=1)
def _respellings() -> tuple[dict[str, str], re.Pattern]:
    """``respellings.tsv``, each word capitalised and in lower case, and one pattern of them all."""
    table = {}
    for written, standard in rows("respellings.tsv"):
        table[written] = standard
        table[written.lower()] = standard.lower()
    return table, re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=1)
def _respelt_words() -> tuple[str, ...]:
    """The words of ``_respellings`` in lower case: a line whose lower-cased text holds none of them
    has nothing for its pattern to rewrite (a few substring tests cost less than the pattern, which
    is tried at every character)."""
    return tuple(sorted({written.lower() for written in _respellings()[0]}))


@lru_cache(maxsize=1)
def _split_passive() -> re.Pattern:
    roots = sorted(word_class("split_passive"), key=len, reverse=True)
    # "(?<!\w[Dd])" after the "D" is the word boundary before it: the pattern then begins with a
    # letter, which ``re`` looks for fast, where a leading "\b" is tried at every character
    return re.compile(r"([Dd])(?<!\w[Dd])i (" + "|".join(f"(?i:{re.escape(r)})" for r in roots) + r")\b")


# "Polres Lombok tengah", "Polres Halmahera tengah": a compass word in lower case that makes a regency of
# the word before it (which alone is none) is that regency's
LOWER_COMPASS = re.compile(r"\b([A-Z][a-z]+) (tengah|utara|selatan|barat daya|barat|timur|tenggara)\b")


def _compass(m: re.Match) -> str:
    lex = lexicon()
    named = f"{m.group(1)} {m.group(2).title()}"
    return named if lex.region(m.group(1)) is None and lex.region(named) is not None else m.group(0)


def _joined(line: str, m: re.Match) -> str:
    """"di hadiri" -> "dihadiri"; capitalised only where a sentence begins ("Datuk Amrullah Di Pimpin
    langsung ..." is "dipimpin": a capital inside a sentence would read as one more name word)."""
    opens = not line[:m.start()].strip() or line[:m.start()].rstrip()[-1:] in ".!?\"“"
    return ("D" if opens else "d") + "i" + m.group(2).lower()


def respelt(line: str) -> str:
    """A line with the other spellings of ``respellings.tsv``, "Negri" after a court or a
    prosecutor's office, a passive written apart ("di hadiri", "di Wakili") and a regency's
    compass word in lower case ("Lombok tengah") written the standard way."""
    lowered = line.lower()
    if any(word in lowered for word in _respelt_words()):
        table, pattern = _respellings()
        line = pattern.sub(lambda m: table[m.group(0)], line)
    if "di " in line or "Di " in line:
        line = _split_passive().sub(lambda m: _joined(line, m), line)
    if " tengah" in line or " utara" in line or " selatan" in line or " barat" in line or " timur" in line \
            or " tenggara" in line:
        line = LOWER_COMPASS.sub(_compass, line)
    return NEGRI.sub(r"\1egeri", line) if "egri" in line else line


@lru_cache(maxsize=1)
def _any_junk() -> re.Pattern | None:
    """The patterns of ``junk.tsv`` as one: it matches a line exactly when one of them does.
    None if they cannot be joined as they are (a back-reference would count the groups of the
    patterns before it; flags set inside one would apply to all)."""
    patterns = [p.pattern for _, p in lexicon().junk]
    if any(re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)", p) for p in patterns):
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


BULLET = re.compile(r"^\s*[-•·*–]\s+\S")
# the round bullet alone marks a link to another story, even one or two between paragraphs
LINK_BULLET = re.compile(r"^\s*[•●]\s+\S")


def _drop_teaser_lists(lines: list[str], dropped: list[str]) -> list[str]:
    """A run of three or more bulleted headlines is a list of links to other stories ("- Camat X
    Tegaskan ...", "• Pemkab Y Perkuat ..."), and so are one or two behind the round bullet between
    paragraphs when each is such a headline. A bulleted list of those present is kept: its
    lines are short, or name offices in brackets or ranks ("- Kompol X (Kabag Ops Polres Y)")."""
    lex = lexicon()
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and BULLET.match(lines[j]):
            j += 1
        run = lines[i:j]
        links = run and all(LINK_BULLET.match(line) for line in run)
        if (len(run) >= 3 or links) and _headlines(run, lex, strict=len(run) < 3):
            dropped.extend(f"teaser: {line[:120]}" for line in run)
            i = j
            continue
        out.extend(run or lines[i:i + 1])
        i = max(j, i + 1)
    return out


def _headlines(run: list[str], lex: Lexicon, strict: bool = False) -> bool:
    """Most lines of the run are long Title Case headlines, and few name a rank or an office in brackets
    (``strict``: every line is such a headline, and none names a rank or has brackets)."""
    def title_case(line: str) -> bool:
        ws = [w for w in line.split()[1:] if w[:1].isalpha()]
        return sum(w[0].isupper() for w in ws) >= 0.6 * len(ws)
    long = sum(1 for line in run if len(line.split()) >= 6 and title_case(line))
    people = sum(1 for line in run if "(" in line or any(lex.rank(w.strip(".,")) for w in line.split()[1:3]))
    if strict:
        return long == len(run) and people == 0
    return long * 3 >= len(run) * 2 and people * 2 < len(run)


# a heading alone on its line over links to other stories ("Berita Terkait", "Baca juga:")
TEASER_HEADING = re.compile(r"^\s*(baca( juga| berita)?|berita (terkait|terkini|lainnya|populer|pilihan)|artikel terkait|"
                            r"terpopuler|pilihan redaksi|rekomendasi|simak juga|lihat juga)\s*:?\s*$", re.I)
# a story's own line ends a sentence or opens a quote; a headline does neither
STORY_LINE = re.compile(r"[.!?\"”’]\s*$|^\s*[\"“]")


def _headline(line: str) -> bool:
    """A line under a teaser heading is one more link until the story's own text comes back:
    a full sentence, a quote, or a line longer than a headline."""
    return not STORY_LINE.search(line) and len(line.split()) <= 20


# a line that ends a sentence, a quote, a heading with a colon or a bracket
LINE_END = re.compile(r"[.!?:;\"”’)]\s*$")


def hard_wrapped(lines: list[str]) -> bool:
    """Text broken into lines of a fixed width (copied from a PDF or an e-mail): most lines
    run on into the next one. Lines that are whole paragraphs run longer than any wrap width."""
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if a and b]
    if len(pairs) < 5:
        return False
    lengths = sorted(len(a) for a in lines if a)
    run_on = sum(1 for a, _ in pairs if not LINE_END.search(a))
    return run_on >= 0.4 * len(pairs) and lengths[len(lengths) // 2] <= 120


def unwrap(lines: list[str]) -> list[str]:
    """Join a line to the next where the sentence runs on: always before a lower-case word
    ("Turut hadir dalam rapat / antara lain ..."), and before any word in hard-wrapped text
    ("Kapolresta Yogyakarta Kombes / Pol Eva ..."), so a sentence is never cut in two."""
    wrapped = hard_wrapped(lines)
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line and not LINE_END.search(out[-1]) \
                and (wrapped or line[0].islower()):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out

"""Person names: reading one from a position in a sentence, and telling
whether a short form belongs to a full name.

``AKBP Benny Miniani Arief, S.I.K`` -> name ``Benny Miniani Arief``,
degrees ``['S.I.K']``; ``Dr. Drs Aloysius Haleserens, MM`` -> name
``Aloysius Haleserens``, degrees ``['Dr.', 'Drs', 'MM']``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from loaders.lexicon import Lexicon, rows, squash, word_class

TOKEN = re.compile(r"[^\s,;:()\"“”'’?!]+(?:['’][^\s,;:()\"“”?!]+)?")
PARTICLES = {"de", "van", "der", "bin", "binti", "da", "dos", "al", "el"}
PREFIX_DEGREES = {"dr", "drg", "drh", "drs", "dra", "ir", "h", "hj", "prof", "kh"}
MAX_WORDS = 6


@dataclass
class NameMatch:
    start: int
    end: int
    name: str
    degrees: list[str] = field(default_factory=list)
    honorific: str | None = None


# a title or degree glued to the name after it by its full stop
# "H.Agung Nugroho", "Dr.Yohanes Lado", "Dr.dr. Reihana", "Prof.Dr.Ir. Budi"
GLUED_PREFIX = re.compile(r"(H|Hj|Dr|DR|Drs|Dra|Ir|Prof|KH)\.(?=[A-Z][a-z]|(?:H|Hj|Dr|DR|dr|Drs|Dra|Ir|Prof|KH)\.)")
GLUED_INITIAL = re.compile(r"[A-Z]\.[A-Z][a-z]{2,}")
# a name word with the initial after it glued by a full stop: "Okinawa.T. Panjaitan" is Okinawa T. Panjaitan
GLUED_INITIAL_AFTER = re.compile(r"([A-Z][a-z]{2,})\.([A-Z]\.?)")
DASH_END = re.compile(r"\.?[-–—]+$")
# a hyphen between a name's last word and the next name's first: two persons, as candidate pairs and a
# regent with his deputy are written ("Budi Santoso-Ahmad Yani"); not an Arabic article ("Al-Farisi")
PAIRED_NAMES = re.compile(r"((?!(?:Al|El|Ad|Ar|As|At|Abu|Bin|Binti)-)[A-Z][a-z]{2,})[-–](?=[A-Z][a-z])[A-Z][a-z]+")
ACRONYM = re.compile(r"[A-Z]{2,6}\.?")
# verbs of headlines ("Tekankan", "Rencanakan") end in -kan; no name word does
HEADLINE_VERB = re.compile(r"[A-Z][a-z]{3,}kan")
# nouns derived with ke-an, pe-an ("Kemasyarakatan", "Pembangunan", "Pergeseran") are no name words
DERIVED_NOUN = re.compile(r"(?:Ke|Pe|Per|Pem|Pen|Peng|Peny)[a-z]{3,}an")
CLOSES_NAME = re.compile(r"\s*(?:,|\(|$)")
INITIAL = re.compile(r"[A-Z]\.")
DEGREE_BREAK = re.compile(r"(?<=\.)(?=[A-Z])")  # between two degrees written as one ("S.Sos.M.Si")


def _is_name_word(word: str, lex: Lexicon) -> bool:
    bare = word.rstrip(".")
    if not bare or not bare[0].isupper() or DERIVED_NOUN.fullmatch(bare) or bare[:3].lower() == "se-":
        return False  # ("Se-Kecamatan": all of them, no name)
    if lex.is_stopword(bare) or lex.title(bare) or lex.unit_kind(bare) or lex.rank(bare):
        return False
    # (a word of letters only, most of them, has neither: no need to look at each character)
    if not bare.isalpha() and any(ch.isdigit() or ch in "/\\|@#&=+" for ch in bare):
        return False  # "Polres/ta", codes and handles are no name words
    return True


def _inside_name(text: str, m: re.Match, word: str, lex: Lexicon) -> bool:
    """A capitalised word that elsewhere ends a name (a month, a conjunction) continues one
    where another name word follows it and the name is then closed by a comma or a degree."""
    if word.lower() not in word_class("inside_name") or not word[0].isupper() or text[m.end():m.end() + 1] != " ":
        return False
    nxt = TOKEN.match(text, m.end() + 1)
    if nxt is None or not _is_name_word(nxt.group(0), lex):
        return False
    return bool(CLOSES_NAME.match(text, nxt.end()))


def _initial_inside(text: str, end: int, word: str, lex: Lexicon) -> bool:
    """An initial between name words ("Krisno H. Siregar") rather than a degree after the name:
    a name word follows it, and the two together are no degree written apart ("S. Sos")."""
    if not INITIAL.fullmatch(word) or text[end:end + 1] != " ":
        return False
    nxt = TOKEN.match(text, end + 1)
    if nxt is None or not _is_name_word(nxt.group(0), lex) or len(nxt.group(0).rstrip(".")) < 3:
        return False
    # (is_degree ignores dots and spaces: "S." + "Sos" is S.Sos however it is spaced)
    return not (lex.is_degree(nxt.group(0)) or lex.is_degree(word + nxt.group(0)))


def _ends_with_province(words: list[str], lex: Lexicon) -> bool:
    """No one's name ends with a province (``Jatim``, ``Jawa Timur``, ``NTT``)."""
    tail = [squash(" ".join(words[-k:])) for k in (1, 2) if len(words) >= k]
    return any((region := lex.regions.get(t)) is not None and region.kind == "province" for t in tail)


def _degree_glued_after(word: str, lex: Lexicon) -> int | None:
    """Where a name word ends that has degrees glued after a full stop ("Lumowa.M.M",
    "Santoso.SH"), or None."""
    k = word.find(".", 2)
    if k < 0 or not word[:k].isalpha() or not word[0].isupper() or lex.is_degree(word[:k]) \
            or squash(word[:k]) in PREFIX_DEGREES or squash(word[:k]) in lex.honorifics:
        return None  # ("Dr.dr. Reihana": degrees before the name)
    tail = word[k + 1:].rstrip(",")
    if tail and (lex.is_degree(tail) or _split_degrees(tail, lex)):
        return k
    return None


def read_name(text: str, pos: int, lex: Lexicon, after_rank: bool = False) -> NameMatch | None:
    """The person name that starts at ``pos`` (after spaces), or None. ``after_rank``: a rank was
    just read, so a first name written in lower case is still a name ("AKBP wingky Adhityo")."""
    i = pos
    n = len(text)
    while i < n and text[i] in " \t":
        i += 1
    if text[i:i + 1] == "." and text[i + 1:i + 2].isupper():
        i += 1  # glued to what comes before: "Letkol Inf.JP Situmorang"
    start = i
    words: list[str] = []
    prefix: list[str] = []
    end = i
    while i < n and len(words) < MAX_WORDS:
        glued = GLUED_PREFIX.match(text, i) if not words and len(prefix) < 4 else None
        if glued:
            prefix.append(glued.group(1) + ".")  # "H.Agung Nugroho", "Dr.Yohanes Lado"
            i = glued.end()
            continue
        m = TOKEN.match(text, i)
        if not m:
            break
        word = m.group(0)
        closed = DASH_END.search(word)  # "Zulkarnain.-" closes a story
        if closed and closed.start() > 0:
            word = word[:closed.start()]
        # (the next name of two words at least: "Siti Nur-Aini" is one name)
        pair = PAIRED_NAMES.fullmatch(word) if words and ("-" in word or "–" in word) \
            and re.match(r" [A-Z]", text[m.end():m.end() + 2]) else None
        if pair is not None:
            word = pair.group(1)  # "Usman Wanimbo-Dinus Wanimbo": a pair of names, this one ends here
            closed = True
        tok_end = m.start() + len(word)
        key = squash(word).replace(" ", "")
        if not words and (key in PREFIX_DEGREES or key in lex.honorifics) and len(prefix) < 4:
            prefix.append(word)
        elif words and _initial_inside(text, tok_end, word, lex):
            words.append(word)  # "Krisno H. Siregar", "Rudi S. Pane"
        elif words and (lex.is_degree(word) and not (len(key) == 1 and word[-1:] != ".")
                        or "." in word[1:-1] and _split_degrees(word.rstrip(","), lex)):
            break  # a degree, or two written as one token ("S.ST.MPar")
        elif word.lower() in PARTICLES and words:
            nxt = TOKEN.match(text, tok_end + 1) if tok_end < n and text[tok_end] == " " else None
            if not (nxt and _is_name_word(nxt.group(0), lex)):
                break
            words.append(word)
        elif GLUED_INITIAL.fullmatch(word) and not lex.is_degree(word):
            words += [word[:2], word[2:]]  # "M.Fadjar" is M. Fadjar
        elif (after := GLUED_INITIAL_AFTER.fullmatch(word)) and not lex.is_degree(word) \
                and _is_name_word(after.group(1), lex) and re.match(r" [A-Z][a-z]", text[tok_end:tok_end + 3]):
            words += [after.group(1), after.group(2).rstrip(".") + "."]  # "Okinawa.T. Panjaitan"
        elif after_rank and not words and not prefix and word.isalpha() and word.islower() and len(word) > 2 \
                and not lex.is_stopword(word) and (nxt := TOKEN.match(text, tok_end + 1)) is not None \
                and text[tok_end:tok_end + 1] == " " and _is_name_word(nxt.group(0), lex):
            words.append(word.capitalize())  # "AKBP wingky Adhityo Kusumo": a careless page's first name
        elif (cut := _degree_glued_after(word, lex)) is not None:
            words.append(word[:cut])  # "Royke Lumowa.M.M": the degree glued to the last name word
            end = m.start() + cut
            break
        elif _inside_name(text, m, word, lex):
            words.append(word)  # "Eva Guna Pandia", "Fery Mei Efendi", "Kompol Juli Sundara,"
        elif _is_name_word(word, lex) and not (not words and HEADLINE_VERB.fullmatch(word)):
            if not words and lex.is_degree(word) and len(key) > 1:
                prefix.append(word)  # "SH" before a name is a degree, not a name
            else:
                words.append(word)
        else:
            break
        end = tok_end
        # a name continues only across single spaces
        if closed:
            break
        if tok_end < n and text[tok_end] == " " and tok_end + 1 < n and text[tok_end + 1] not in " ,":
            i = tok_end + 1
        else:
            break
    while words and (words[-1].lower() in PARTICLES):
        words.pop()
    glued: list[str] = []
    while len(words) > 2 and len(words[-2].rstrip(".")) == 1 and lex.is_degree(words[-2] + words[-1]):
        glued.insert(0, f"{words[-2]} {words.pop()}")  # "Alfian Nurrizal M Hum": a degree written apart
        words.pop()
    if len(words) > 1 and len(words[-1]) == 1 and (comma := re.match(r",([A-Z][a-z]{1,3})\b", text[end:])) \
            and lex.is_degree(f"{words[-1]}.{comma.group(1)}"):
        words.pop()  # "Firli M,Si": a degree (M.Si) written with a comma for its full stop
    if len(words) > 3 and all(len(w.rstrip(".")) <= 2 for w in words[-3:]) and lex.is_degree("".join(words[-3:])):
        glued.insert(0, " ".join(words[-3:]))  # "Panjaitan S. Tr. K": a degree of three pieces written apart
        del words[-3:]
    if not words:
        return None
    if all(len(w.rstrip(".")) <= 1 for w in words):
        return None  # initials only ("RN")
    if len(words) == 1 and ACRONYM.fullmatch(words[0]):
        return None  # an acronym or initials alone ("RM", "SETDA") is no name
    if len(words) > 1 and lex.region(" ".join(words)) is not None:
        return None  # "Danrem 102 Panju Panjung Palangka Raya": a city, not a person
    if _ends_with_province(words, lex):
        return None  # "Ketua BEM Pesantren Jatim": a body and its province, not a person
    name = " ".join(words)
    if not words[-1].endswith(".") or len(words[-1]) > 2:
        name = name.rstrip(".")
    name_end = text.find(words[-1], start) + len(words[-1])  # (no copy of the rest of the sentence)
    degrees, end = _read_degrees(text, name_end, lex)
    degrees = list(dict.fromkeys(glued + degrees))
    honorific = None
    for p in prefix:
        if squash(p) in lex.honorifics or squash(p) in {"h", "hj"}:
            honorific = p
        else:
            degrees.insert(0, p)
    return NameMatch(start, end, name, degrees, honorific)


DEGREE_TOKEN = re.compile(r"\s*,?\s*([A-Za-z][A-Za-z.()]*\.?)")
GLUED_DEGREE = re.compile(r"\s*([A-Za-z][A-Za-z.()]*\.?\s[A-Za-z]{2,4}\.?)")


def _read_degrees(text: str, pos: int, lex: Lexicon) -> tuple[list[str], int]:
    """Degrees after a name (``, S.H., S.I.K., M.H``)."""
    degrees = []
    end = pos
    while (step := degree_step(text, end, lex)) is not None:
        degrees.extend(step[0])
        end = step[1]
    return degrees, end


def degree_step(text: str, pos: int, lex: Lexicon) -> tuple[list[str], int] | None:
    """The degree (or degrees written as one) that ``_read_degrees`` reads next from ``pos``, past
    spaces and a comma, and where it ends; None where none is. A name's degrees go on past a comma
    only where this reads one from the comma (``_named_with_degrees`` asks that first)."""
    m = DEGREE_TOKEN.match(text, pos)
    if not m:
        return None
    token = m.group(1)
    # glue "S. Sos" and "M. Si" written with a space
    glued = GLUED_DEGREE.match(text, m.start(1))
    if glued and lex.is_degree(glued.group(1).replace(" ", "")) and not lex.is_degree(token):
        token = glued.group(1)
        end_here = glued.end(1)
    else:
        end_here = m.end(1)
    if not lex.is_degree(token):
        # "S.Sos.M.Si": two degrees written as one token
        parts = _split_degrees(token, lex)
        return (parts, end_here) if parts else None
    return [token.strip()], end_here


def _split_degrees(token: str, lex: Lexicon) -> list[str] | None:
    """``S.Sos.M.Si`` -> ``['S.Sos.', 'M.Si']``: the longest degrees, left to right, or None."""
    if "." not in token:
        return None  # one piece (DEGREE_BREAK splits after a full stop only): not two degrees
    pieces = [p for p in DEGREE_BREAK.split(token) if p]
    out, i = [], 0
    while i < len(pieces):
        j = next((j for j in range(len(pieces), i, -1) if lex.is_degree("".join(pieces[i:j]))), None)
        if j is None:
            return None
        out.append("".join(pieces[i:j]))
        i = j
    return out if len(out) > 1 else None


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in re.split(r"[\s.]+", name.lower()) if t)


def is_short_form(short: str, full: str) -> bool:
    """``Benny Arief`` and ``Awi`` are short forms of ``Benny Miniani Arief``
    and ``Awi Setiyono``: every token of the short form is in the full name,
    in order, and the short form keeps the first or the last token."""
    s, f = name_tokens(short), name_tokens(full)
    if not s or len(s) > len(f) or s == f:
        return False
    it = iter(f)
    if not all(any(tok == x or (len(tok) == 1 and x.startswith(tok)) for x in it) for tok in s):
        return False
    # the first word written out counts as the first: "Naudi" of "M. Naudi Nurdika"
    first_word = next((x for x in f if len(x) > 1), f[0])
    return s[0] in (f[0], first_word) or s[-1] == f[-1]


@lru_cache(maxsize=1)
def name_variants() -> dict[str, str]:
    """Each spelling of a given name (``achmad``) -> its canonical one (``ahmad``): name_variants.tsv."""
    return {spelling: row[0] for row in rows("name_variants.tsv") for spelling in row[1].split("|")}


@lru_cache(maxsize=1)
def _old_spellings() -> list[tuple[str, str]]:
    return [(old, new) for old, new in rows("old_spellings.tsv")]


def modern_token(token: str) -> str:
    """A name token in today's spelling (``poerwanto`` -> ``purwanto``), for comparison only."""
    if token in name_variants():
        return token
    for old, new in _old_spellings():
        token = token.replace(old, new)
    return token


def _folded(token: str) -> str:
    return name_variants().get(token) or modern_token(token)


def _one_word_respelt(a: str, b: str) -> bool:
    """``Robin``/``Robinson``, ``Utari``/``Utariani``: one word cut short; ``Syamsur``/``Syamsuar``:
    one letter apart in a long word, ``Putranto``/``Purtanto`` two letters swapped; ``Achmad``/``Ahmad``,
    ``Budhi``/``Budi``: one name in two spellings (name_variants.tsv, old_spellings.tsv)."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True
    if _folded(a) == _folded(b):
        return True
    return min(len(a), len(b)) >= 6 and OSA.distance(a, b) <= 1


def is_respelling(a: str, b: str) -> bool:
    """Whether two names one story writes are one name respelt or cut short: ``Robin Simatupang``
    and ``Robinson Simatupang``, ``Putu Utari`` and ``Ni Putu Utariani``, ``Syamsur`` and
    ``Syamsuar``. The shorter one's words match the longer one's in order, it keeps the first or
    the last, and one word matches exactly (unless both are one word)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if ta == tb or not ta or not tb:
        return False
    short, full = sorted((ta, tb), key=len)
    it = iter(full)
    if not all(any(_one_word_respelt(tok, x) for x in it) for tok in short):
        return False
    keeps_an_end = _one_word_respelt(short[0], full[0]) or _one_word_respelt(short[-1], full[-1])
    return keeps_an_end and (any(t in full for t in short) or len(short) == len(full) == 1)

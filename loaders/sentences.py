"""Sentences, without splitting after ``S.I.K.``, ``Pol.`` or initials; the
``kg_sentences`` component opens the article's reading (``doc._.kg``) with them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.lexicon import Lexicon, lexicon, squash
from loaders.names import PREFIX_DEGREES

ABBREVIATION = re.compile(r"(?:(?:^|[\s(])[A-Z][a-z]{0,2}\.|\b(?:No|Kab|Prov|Kec|Kel|Jl|Ds|Pol|Inf|Tbk|Bpk|Sdr|PT|CV|Dt|Pt"
                          r"|plt|plh|pj)\.)$")
LAST_WORD, NEXT_WORD = re.compile(r"(\S+)$"), re.compile(r"\s+(\S+)")
INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]|[A-Z][a-z]{2,}\.[A-Z]\.?")  # (or glued after a name: "Okinawa.T.")
SHORT_NAME = re.compile(r"[A-Z][A-Za-z]{1,4}")
SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s+[\"“A-Z])")


@dataclass
class Sentence:
    index: int
    start: int
    text: str


# capitals of a degree the lexicon does not know, before the bracket or comma that closes a name
MISSPELT_DEGREE = re.compile(r"\s*[A-Z]{1,3}\s*[(,]")


def _no_break(text: str, dot: int, end: int) -> bool:
    """A full stop that ends an abbreviation (``S.I.K.``, ``Mayjen.``, ``Inf.``), not a sentence."""
    if text[dot] != ".":
        return False
    lex = lexicon()
    before = text[max(0, dot - 60):dot]  # a window, not the whole paragraph: long texts stay linear
    word = LAST_WORD.search(before)
    nxt = NEXT_WORD.match(text, end)
    if word is None:
        return False
    w = word.group(1).rsplit(",", 1)[-1].strip("(")  # (a comma without its space: "Bupati Bone,H. Andi")
    if nxt and (squash(nxt.group(1)) in lex.corps or lex.is_degree(nxt.group(1).rstrip(",."))):
        return True  # "Mayjen. TNI", "S.H. M.H"
    if squash(w) in PREFIX_DEGREES or squash(w) in lex.honorifics or len(w) == 1 or INITIALS.fullmatch(w) \
            or squash(w.rstrip(".").rsplit(".", 1)[-1]) in PREFIX_DEGREES:
        return True  # "H. Saripudin", "Dr. Aloysius", "HM. Faisal", "Dr.dr. Reihana", initials ("R.A. Anita")
    following = nxt.group(1).strip(",.") if nxt else ""
    if SHORT_NAME.fullmatch(w) and following[:1].isupper() and not lex.is_stopword(following) \
            and not lex.title(following) and _after_rank(lex, before, w):
        return True  # a first name cut short after a rank: "Sertu RM. Hutapea", "Marsma TNI Mokh. Mukhson"
    if lex.is_degree(w) and nxt and not nxt.group(1)[:1].isupper():
        return True
    if lex.is_degree(w) and MISSPELT_DEGREE.match(text, end):
        return True  # "Drs. Nasarudin, MM. SI (Kasatpol PP)": a degree misspelt after the name's degree
    if ABBREVIATION.search(text[max(0, dot - 60): dot + 1]):
        return True
    return bool(lex.rank(w) or squash(w) in lex.corps or lex.title(w))


def _after_rank(lex: Lexicon, before: str, word: str) -> bool:
    """Whether ``word``, the last of ``before``, comes right after a rank (with its service word)."""
    ws = before[:len(before) - len(word)].split()
    return bool(ws) and any(lex.rank(" ".join(ws[-k:])) for k in (1, 2, 3) if len(ws) >= k)


# The longest sentence of 331 real and dev articles has 995 characters. The rules look at the text
# around each mention of a sentence, so a sentence's cost grows with the square of its length: a text
# without full stops (a list run together, a broken page) is cut into pieces of at most this many
# characters, at the last clause boundary (a comma or semicolon) before it, and so read in linear time.
MAX_SENTENCE = 2000
CLAUSE_BOUNDARY = re.compile(r"[,;]\s")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences, without splitting after ``S.I.K.``, ``Pol.`` or initials."""
    out: list[Sentence] = []
    offset = 0
    for para in text.split("\n"):
        start = 0
        for m in SENTENCE_END.finditer(para):
            if _no_break(para, m.start(), m.end()):
                continue
            _add(out, para, start, m.end(), offset)
            start = m.end()
        _add(out, para, start, len(para), offset)
        offset += len(para) + 1
    return out


def _add(out: list[Sentence], para: str, start: int, end: int, offset: int) -> None:
    """The sentence ``para[start:end]``, in pieces of at most ``MAX_SENTENCE`` characters."""
    while start < end:
        cut = end if end - start <= MAX_SENTENCE else \
            max((m.end() for m in CLAUSE_BOUNDARY.finditer(para, start + MAX_SENTENCE // 2, start + MAX_SENTENCE)),
                default=None) or para.rfind(" ", start + 1, start + MAX_SENTENCE) + 1 or start + MAX_SENTENCE
        if para[start:cut].strip():
            out.append(Sentence(len(out), offset + start, para[start:cut]))
        start = cut

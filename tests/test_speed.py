"""The speed-ups keep every match: the factored alternations and the prechecks of dates."""

import random
import re
from functools import lru_cache

from loaders.dates import ENGLISH, NEEDS, NUMERIC, WORDED, find_dates
from loaders.lexicon import factored, lexicon, spelling_pattern


def assert_same_spans(plain: str, rewritten: str, texts: list[str]) -> None:
    """The two patterns find the same spans in every text, with IGNORECASE and without."""
    for flags in (re.I, 0):
        a, b = re.compile(plain, flags), re.compile(rewritten, flags)
        for text in texts:
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], text

def test_factored_alternation_matches_as_the_flat_one():
    lex = lexicon()
    spellings = sorted({*lex.titles, *lex.units, *lex.ranks, "Kab", "kab", "KAB", "k", "1605"}, key=lambda s: (-len(s), s))
    branches = [spelling_pattern(s) for s in spellings]
    rng = random.Random(1)
    words = [s.replace(" ", rng.choice([" ", "-", ". "])) for s in spellings]
    texts = [" ".join(rng.choice(words) + rng.choice(["", ".", "ta", " X"]) for _ in range(30)) for _ in range(40)]
    texts += [t.upper() for t in texts[:10]] + [t.title() for t in texts[:10]]
    assert_same_spans(rf"(?<![\w])(?:{'|'.join(branches)})(?![\w])", rf"(?<![\w])(?:{factored(branches)})(?![\w])",
                      texts)


def test_alternations_with_their_first_characters_match_as_the_flat_ones():
    from loaders.lexicon import alternation, first_characters

    lex = lexicon()
    spellings = sorted({*lex.ranks, *lex.titles, "Kab", "kab", "k", "1605", "sik"})
    flat_branches = [spelling_pattern(s) for s in sorted(set(spellings), key=lambda s: (-len(s), s))]
    assert first_characters(flat_branches) and not first_characters(["(a)", "b", "c", "d"])
    rng = random.Random(3)
    odd = ["\u212a", "\u017f", "\u0130", "\u0131", "(", "1", " ", "é"]
    words = spellings + odd + [o + s for o in odd for s in ("apolres", "ik", "nspektur", "ompol")]
    texts = [" ".join(rng.choice(words) for _ in range(20)) for _ in range(60)]
    texts += [t.upper() for t in texts[:10]] + [t.lower() for t in texts[:10]]
    assert_same_spans(rf"(?<![\w])(?:{'|'.join(flat_branches)})(?![\w])",
                      rf"(?<![\w]){alternation(spellings)}(?![\w])", texts)


def test_word_searches_match_as_the_plain_ones():
    from loaders.attendance import ATTEND_CUES, PRESENT_CUES, SPEAKER_CUES
    from loaders.lexicon import word_search
    from loaders.meetings import CHAIR_CUES

    rng = random.Random(5)
    odd = ["\u212a", "\u017f", "\u0130", "\u0131", "(", "1", " ", "é", ",", "-"]
    for searched in (ATTEND_CUES, SPEAKER_CUES, PRESENT_CUES, CHAIR_CUES):
        words = re.search(r"\]\)\((?:\?:)?(.*)\)\\b$", searched.pattern).group(1)  # after the look-ahead
        plain = re.compile(rf"\b({words})\b" if searched.groups else rf"\b(?:{words})\b", re.I)
        assert searched.pattern != plain.pattern and searched.pattern == word_search(words, bool(searched.groups)).pattern
        spelt = words.split("|") + [w[0] + o + w[2:] for w in words.split("|") for o in odd[:4]]
        pieces = spelt + odd + ["Bupati", "hadirin", "dibukanya"]
        texts = ["".join(rng.choice(pieces) + rng.choice(["", " ", ". "]) for _ in range(12)) for _ in range(200)]
        texts += [t.upper() for t in texts[:40]] + [t.title() for t in texts[:40]]
        for text in texts:
            assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                [(m.span(), m.groups()) for m in searched.finditer(text)], text


def test_date_prechecks_are_necessary():
    texts = ["Senin (1/8/2024)", "Jumat, 5 Februari 2024", "February 5, 2024", "Selasa 20/08/2024", "(22/4)",
             "Sabtu (23 / 11 / 24)", "pada 9 Okt. 2023 pukul 09.00"]
    for text in texts:
        for pattern in (WORDED, ENGLISH, NUMERIC):
            if pattern.search(text):
                assert NEEDS[pattern].search(text), (pattern.pattern[:20], text)
    assert [d.day for d in find_dates(" ".join(texts))] == [1, 5, 5, 20, 22, 23, 9]


def test_list_announcement_precheck():
    from loaders.attendance import LIST_INTRO, _announces_list
    for text in ["Rapat ini dihadiri oleh", "Hadir pula :", "antara lain ", "yakni", "Yaitu\u00a0", "DIIKUTI PULA",
                 "di antaranya", "rapat digelar.", "menghadir", "", "  ", "bersama Bupati", "hadİr", "hadır",
                 "Hadir dalam kegiatan tersebut.", "HADIR PADA ACARA INI. ", "hadİr dalam acara.", "hadır pada kegiatan itu.",
                 "Turut hadir dalam kegiatan.", "rapat itu dihadiri."]:
        assert _announces_list(text) == bool(LIST_INTRO.search(text[-40:])), text


def test_list_position_prechecks():
    from loaders.attendance import (DELEGATED_BEFORE, DELEGATED_LAST, LIST_POSITION, LIST_POSITION_LAST,
                                    _may_end_with)
    ends = ["perwakilan ", "Perwakilan dari  ", "UNSUR\n", "unsur dari", "dihadiri oleh ", "Hadir pula", "serta",
            "beserta ", "dan", "DAN ", ",", ", ", "antara lain", "diantaranya ", "diikuti", "hadir", "",
            " ", "perwakilan", "bersama", "hadİr ", "unsuR", "perwakİlan ", "beſerta", "dıhadiri oleh ", "uNſur ",
            "antara lain", "x antara lain", "Ketua dan", "DARI ", "wakil dari  "]
    for text in [e for end in ends for e in (end, "Rapat itu " + end)]:
        for pattern, last in ((DELEGATED_BEFORE, DELEGATED_LAST), (LIST_POSITION, LIST_POSITION_LAST)):
            if pattern.search(text):
                assert _may_end_with(text, last), (pattern.pattern, text)


def test_anchored_prefixes_find_what_spacy_finds():
    import spacy
    from spacy.util import compile_prefix_regex

    from loaders.tokenizer import alternatives, anchored_prefixes

    assert alternatives(r"a|b(c|d)|[|]|\||[]|]|[^]|]") == ["a", "b(c|d)", "[|]", r"\|", "[]|]", "[^]|]"]
    # the language's class defaults: spacy.blank("id") would build a whole tokenizer (4-5 s) to read them
    rules = list(spacy.util.get_lang_class("id").Defaults.prefixes) + [r"x|y", r"(?:p|q)r"]
    stock, anchored = compile_prefix_regex(rules), re.compile(anchored_prefixes(rules))
    rng = random.Random(2)
    pieces = ["Kapolres", "(", "“", "...", "<a href=x>", "<b/>", "US$", "Rp", "x", "y", "pr", "§", "'", "-", "9"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(3000)]
    for text in texts:
        old, new = stock.search(text), anchored.search(text)
        assert (old and old.span()) == (new and new.span()), text


@lru_cache(maxsize=1)
def stock_indonesian():
    """spaCy's own blank Indonesian, the reference of the tokens (built once: a second or two each)."""
    import spacy

    return spacy.blank("id")


def test_pipeline_tokens_are_spacys():
    from loaders.extract import nlp

    text = "(Kapolres) AKBP.Benny, “Rakor” Rp5.000 <a href=x>Bupati</a> ...dan x<a b>y Plt.Bupati TNI-Polri."
    stock, ours = stock_indonesian(), nlp()
    assert ours.tokenizer.prefix_search != stock.tokenizer.prefix_search
    assert [t.text for t in ours.make_doc(text)] == [t.text for t in stock.make_doc(text)]


def test_virtual_precheck_is_the_search():
    import sys

    from loaders.meetings import VIRTUAL, VIRTUAL_WORDS, _says_virtual

    assert "|".join(VIRTUAL_WORDS) == VIRTUAL.pattern
    letters = "".join(sorted(set("".join(VIRTUAL_WORDS))))
    any_letter = re.compile(f"[{re.escape(letters)}]", re.I)
    # every character IGNORECASE lets stand for one of the letters lower-cases to it, but İ and ı
    odd = {chr(c) for c in range(sys.maxunicode + 1) if any_letter.fullmatch(chr(c)) and chr(c).lower() not in letters}
    assert odd <= {"İ", "ı"}
    for text in ["rapat via Zoom Meeting", "VİRTUAL", "secara vırtual", "Video Conference", "videoconference",
                 "rapat daring", "DARING", "vicon", "luring", "", "zoo m", "vİcon"]:
        assert _says_virtual(text) == bool(VIRTUAL.search(text)), text


def test_every_piece_is_cached_and_the_tokens_stay_spacys():
    import spacy

    from loaders.extract import nlp
    from loaders.tokenizer import PieceCache

    # "dr." is a special case: spaCy caches no piece after it in the same text
    text = "dr. Budi (Kapolres) hadir. “Rakor” Plt.Bupati TNI-Polri, (Kapolres) hadir. a.n. Kapolres."
    stock, ours = stock_indonesian(), nlp()
    assert isinstance(ours.tokenizer, PieceCache)
    for _ in range(2):  # split, then from the cache
        assert [(t.text, t.whitespace_) for t in ours.make_doc(text)] == \
            [(t.text, t.whitespace_) for t in stock.make_doc(text)]
    assert set(text.split()) <= ours.tokenizer.cached
    small = PieceCache(spacy.blank("id").tokenizer, limit=3)
    assert [t.text for t in small(text)] == [t.text for t in stock(text)] and len(small.cached) >= 3

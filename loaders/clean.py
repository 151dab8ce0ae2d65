"""Dropping page junk before extraction.

Real pages carry menus, share buttons, "Baca juga" teasers, comment forms,
repeated titles and captions. They are removed line by line with the
patterns of ``data/junk.tsv``; what was dropped is returned so the
ArticleGraph can say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.lexicon import lexicon


@dataclass
class Cleaned:
    text: str
    dropped: list[str] = field(default_factory=list)


def clean(text: str) -> Cleaned:
    """Remove junk lines, repeated lines and control characters."""
    lex = lexicon()
    kept, dropped, seen = [], [], set()
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\u200b\ufeff]", "", text)
    for raw in text.splitlines():
        line = re.sub(r"[ \t\xa0]+", " ", raw).strip()
        if not line:
            kept.append("")
            continue
        reason = next((what for what, pattern in lex.junk if pattern.search(line)), None)
        if reason is None and line in seen and len(line) > 20:
            reason = "repeated"  # titles and captions printed twice
        if reason:
            dropped.append(f"{reason}: {line[:120]}")
            continue
        seen.add(line)
        kept.append(line)
    return Cleaned(re.sub(r"\n{3,}", "\n\n", "\n".join(unwrap(kept))).strip(), dropped)


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

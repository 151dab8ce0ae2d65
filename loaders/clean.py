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
    return Cleaned(re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip(), dropped)

"""spaCy's tokenizer for ``loaders.extract``, with its prefix rules written so that ``re``
tries them at the start of a token only.

``spacy.util.compile_prefix_regex`` joins the prefix rules as ``^a|^b|^c|...`` (about 200
of them for Indonesian) and the tokenizer calls ``search`` on every piece of text it has
not cached. The branches of that alternation each begin with ``^``, but the alternation as
a whole is not anchored, so ``re`` tries all 200 branches at every character of the piece,
where all of them fail at once but the first: about half of the tokenizer's time on news
text. ``^(?:a|b|c|...)`` is anchored as a whole and tried at the first character only. It
finds the same prefix (the same branches in the same order, at the only position where
they can match), so the tokens stay the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokenizer import Tokenizer
from spacy.util import compile_prefix_regex


def alternatives(piece: str) -> list[str]:
    """The top-level alternatives of a regular expression (outside any group or class).

    >>> alternatives("a|b(c|d)"), alternatives("[|]"), alternatives(r"\\||[]|]")
    (['a', 'b(c|d)'], ['[|]'], ['\\\\|', '[]|]'])
    """
    out, depth, first, start, i = [], 0, -1, 0, 0  # first: where the open class's members begin
    while i < len(piece):
        c = piece[i]
        if c == "\\":
            i += 2
            continue
        if first >= 0:
            if c == "]" and i > first:  # "[]a]", "[^]a]": a "]" first in its class is a member
                first = -1
        elif c == "[":
            first = i + 2 if piece[i + 1:i + 2] == "^" else i + 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(piece[start:i])
            start = i + 1
        i += 1
    return out + [piece[start:]]


def anchored_prefixes(entries: Iterable[str]) -> str:
    """``compile_prefix_regex``'s expression with its anchored branches grouped under one
    ``^``, in their order. ``"^" + rule`` anchors only the first alternative of a rule that
    has several (spaCy's ``<(b|strong|...)\\s?/>|<a([^>]+)>``); the others stay where they
    were, unanchored, so the expression matches exactly what spaCy's matches."""
    runs: list[tuple[bool, list[str]]] = []  # (anchored, branches), in order
    for piece in entries:
        if not piece.strip():
            continue
        for k, branch in enumerate(alternatives(piece)):
            if runs and runs[-1][0] == (k == 0):
                runs[-1][1].append(branch)
            else:
                runs.append((k == 0, [branch]))
    return "|".join("^(?:" + "|".join(b) + ")" if anchored else "|".join(b) for anchored, b in runs)


def anchor_prefixes(tokenizer: Tokenizer, prefixes: Iterable[str]) -> None:
    """Give ``tokenizer`` the anchored form of its prefix rules, if its prefix search is
    ``compile_prefix_regex(prefixes)`` as given (otherwise it is left as it is)."""
    prefixes = list(prefixes)
    current = getattr(tokenizer.prefix_search, "__self__", None)
    if not all(isinstance(p, str) for p in prefixes) or not isinstance(current, re.Pattern) \
            or current.pattern != compile_prefix_regex(prefixes).pattern:
        return
    tokenizer.prefix_search = re.compile(anchored_prefixes(prefixes), current.flags).search

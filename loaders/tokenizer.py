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

spaCy caches how it split each piece of text between spaces, but only while no special case
(``dr.``, ``a.n.``: about 16,000 for Indonesian) has been met in the same text (one flag for
the whole text, never reset: spaCy's #1250 guard), and only its first 10,000 pieces
(``max_cache_size``). So most pieces of a news article are split again at every occurrence.
``PieceCache`` gives each new piece to the tokenizer once on its own, where it is cached (the
split of a piece does not depend on the text around it), before the text itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
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


# pieces cached at most (a set of the pieces and spaCy's cache: some tens of MB; past it, pieces
# new to the process are split at every occurrence as before)
CACHED_PIECES = 300_000


class PieceCache:
    """A spaCy tokenizer (``nlp.tokenizer = PieceCache(nlp.tokenizer)``) whose cache takes every
    piece of text between spaces: the same tokens, each distinct piece split once a process."""

    def __init__(self, tokenizer: Tokenizer, limit: int = CACHED_PIECES):
        self.tokenizer = tokenizer
        self.limit = limit
        self.cached: set[str] = set()  # the pieces given to the tokenizer on their own
        tokenizer.max_cache_size = limit

    def __call__(self, text: str) -> Doc:
        if len(self.cached) < self.limit:
            new = set(text.split()).difference(self.cached)  # str.split's pieces are the tokenizer's
            if new:
                tokenizer = self.tokenizer
                for piece in new:
                    tokenizer(piece)  # split on its own, so cached (unless a special case is in it)
                self.cached.update(new)
        return self.tokenizer(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)  # the rules, prefix_search, to_disk, ...

"""Named Cypher questions, one ``.cypher`` file each.

Each file starts with a header of ``//`` comments: the first line says what
it answers, ``// params:`` lines name its parameters, ``// example:`` shows a
call. Names are looked up in this package only; user text never becomes
Cypher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    summary: str
    params: tuple[str, ...]


class UnknownQuery(KeyError):
    def __str__(self) -> str:
        return f"no query named {self.args[0]!r}; `kg query --list` shows them"


def _parse(name: str, text: str) -> Query:
    header = [line[2:].strip() for line in text.splitlines() if line.startswith("//")]
    summary = header[0] if header else name
    params: list[str] = []
    for line in header:
        if line.startswith("params:"):
            bare = re.sub(r"\([^)]*\)", "", line[7:])
            params += [p.strip().split()[0] for p in bare.split(",") if p.strip() and p.strip() != "none"]
    return Query(name, text, summary, tuple(params))


def names() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.cypher"))


def get(name: str) -> Query:
    """The named query; raises UnknownQuery for anything not shipped here."""
    if not NAME.match(name or "") or not (HERE / f"{name}.cypher").is_file():
        raise UnknownQuery(name)
    return _parse(name, (HERE / f"{name}.cypher").read_text(encoding="utf-8"))


def all_queries() -> list[Query]:
    return [get(n) for n in names()]

"""Named Cypher questions, one ``.cypher`` file each.

Each file starts with a header of ``//`` comments: the first line says what
it answers, ``// params:`` lines name its parameters, ``// example:`` shows a
call. Names are looked up in this package only; user text never becomes
Cypher.

A parameter's description in the header is also its type, so checking the
values an analyst gives needs no table kept beside the queries:
``(YYYY-MM-DD ...)`` is a date (``or null`` allows none), ``(a | b | c)``
lists the allowed values, ``(number of ...)`` and ``(1-4)`` are integers.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
NAME = re.compile(r"^[a-z][a-z0-9_]*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Param:
    """One parameter of a query, typed by its header description."""

    name: str
    description: str = ""

    @property
    def is_date(self) -> bool:
        return self.description.startswith("YYYY-MM-DD")

    @property
    def nullable(self) -> bool:
        return "or null" in self.description

    @property
    def choices(self) -> tuple[str, ...]:
        if "|" not in self.description:
            return ()
        return tuple(c.strip() for c in self.description.split("|"))

    @property
    def is_int(self) -> bool:
        return bool(re.match(r"^(maximum )?number of\b|^\d+-\d+$", self.description))

    def __str__(self) -> str:
        return f"{self.name} ({self.description})" if self.description else self.name


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    summary: str
    params: tuple[str, ...]
    specs: tuple[Param, ...] = field(default=(), compare=False)

    def check(self, given: dict[str, Any]) -> dict[str, Any]:
        """``given`` when every value fits this query, else BadParams in words.

        Unknown names are refused (a misspelt one would otherwise be ignored
        and the query answer "no rows"), as are missing ones, dates that are
        not real YYYY-MM-DD dates and values outside a parameter's choices.
        """
        problems = []
        for key in given:
            if key not in self.params:
                near = difflib.get_close_matches(key, self.params, n=1)
                problems.append(f"{self.name} has no parameter {key!r}" + (f" (did you mean {near[0]}?)" if near else ""))
        problems += [f"{self.name} needs --param {p.name}=... ({p.description or 'a value'})"
                     for p in self.specs if p.name not in given]
        for p in self.specs:
            if p.name not in given:
                continue
            value = given[p.name]
            if value is None and p.nullable:
                continue
            if p.is_date:
                try:
                    check_date(value)
                except ValueError as exc:
                    problems.append(f"{p.name}: {exc}")
            elif p.choices and str(value) not in p.choices:
                problems.append(f"{p.name}={value} is not one of: {', '.join(p.choices)}")
            elif p.is_int and (isinstance(value, bool) or not isinstance(value, int)):
                problems.append(f"{p.name}={value} is not a whole number")
            elif p.is_int and (bounds := re.match(r"^(\d+)-(\d+)$", p.description)) \
                    and not int(bounds[1]) <= value <= int(bounds[2]):
                problems.append(f"{p.name}={value} is not in {p.description}")
        if problems:
            listed = "; ".join(map(str, self.specs)) or "none"
            raise BadParams("\n".join(problems) + f"\nparameters of {self.name}: {listed}")
        return given


class BadParams(ValueError):
    """Parameters that do not fit the query, said in the user's words."""


def check_date(value: Any) -> str:
    """``value`` when it is a real calendar date written YYYY-MM-DD.

    >>> check_date("2024-11-23")
    '2024-11-23'
    >>> check_date("23/11/2024")
    Traceback (most recent call last):
    ...
    ValueError: '23/11/2024' is not a date; write YYYY-MM-DD, e.g. 2024-11-23
    """
    text = str(value)
    if ISO_DATE.match(text):
        try:
            dt.date.fromisoformat(text)
            return text
        except ValueError:
            raise ValueError(f"{text!r} is not a date of the calendar (YYYY-MM-DD: month 01-12, "
                             "a day the month has)") from None
    raise ValueError(f"{text!r} is not a date; write YYYY-MM-DD, e.g. 2024-11-23")


class UnknownQuery(KeyError):
    def __str__(self) -> str:
        return f"no query named {self.args[0]!r}; `kg query --list` shows them"


def _parse(name: str, text: str) -> Query:
    header = [line[2:].strip() for line in text.splitlines() if line.startswith("//")]
    summary = header[0] if header else name
    specs: list[Param] = []
    for line in header:
        if line.startswith("params:"):
            # name (description), name (description): commas inside brackets belong to the description
            for m in re.finditer(r"([A-Za-z_]\w*)\s*(?:\(((?:[^()]|\([^()]*\))*)\))?", line[7:]):
                if m.group(1) != "none" and not _inside_brackets(line[7:], m.start()):
                    specs.append(Param(m.group(1), (m.group(2) or "").strip()))
    return Query(name, text, summary, tuple(p.name for p in specs), tuple(specs))


def _inside_brackets(text: str, pos: int) -> bool:
    return text[:pos].count("(") > text[:pos].count(")")


def names() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.cypher"))


def get(name: str) -> Query:
    """The named query; raises UnknownQuery for anything not shipped here."""
    if not NAME.match(name or "") or not (HERE / f"{name}.cypher").is_file():
        raise UnknownQuery(name)
    return _parse(name, (HERE / f"{name}.cypher").read_text(encoding="utf-8"))


def all_queries() -> list[Query]:
    return [get(n) for n in names()]

"""Rows of a query as text: a table for reading, JSON or CSV for other tools.

The table wraps long cells onto further lines instead of cutting them, so
that a profile with its evidence sentences stays readable in a terminal;
nothing an analyst asked for is dropped without a mark.

Example:
    >>> print(format_rows([{"name": "Lorensius", "office": "Wakapolres Belu"}], "table"))
    name       office
    ---------  ---------------
    Lorensius  Wakapolres Belu
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import Any

FORMATS = ("table", "json", "csv")
# A cell wider than this is wrapped onto more lines of the same row.
CELL_WIDTH = 60
# ...and a cell of more lines than this is cut, with the cut said in the cell.
CELL_LINES = 12


def cell_text(value: Any) -> str:
    """One value as the text of a cell: lists joined, None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, dict):  # a map of a row (an office, a meeting) as "key: value" pairs, empty ones left out
        return ", ".join(f"{k}: {cell_text(v)}" for k, v in value.items() if v not in (None, "", []))
    return str(value)


def wrap_cell(text: str, width: int = CELL_WIDTH, max_lines: int = CELL_LINES) -> list[str]:
    """The lines of one cell: wrapped at ``width``; beyond ``max_lines`` the
    last line says how many characters were left out.

    >>> wrap_cell("a " * 10, width=8)
    ['a a a a', 'a a a a', 'a a']
    >>> wrap_cell("x" * 30, width=10, max_lines=2)
    ['xxxxxxxxxx', '… (+20 chars)']
    """
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        lines += textwrap.wrap(para, width, break_long_words=True, break_on_hyphens=False) or [""]
    if len(lines) > max_lines:
        kept = lines[:max_lines - 1]
        left = len(text) - sum(len(line) for line in kept)
        lines = kept + [f"… (+{left} chars)"]
    return lines


def format_table(rows: list[dict[str, Any]], width: int = CELL_WIDTH) -> str:
    """Rows as aligned columns with a header; long cells wrap in their column."""
    keys = list(rows[0])
    for row in rows[1:]:  # a later row may carry a key the first lacks
        keys += [k for k in row if k not in keys]
    cells = [[wrap_cell(cell_text(r.get(k)), width) for k in keys] for r in rows]
    widths = [max(len(k), *(len(line) for c in cells for line in c[i])) for i, k in enumerate(keys)]
    out = ["  ".join(k.ljust(w) for k, w in zip(keys, widths)).rstrip(),
           "  ".join("-" * w for w in widths)]
    for row in cells:
        for i in range(max(len(c) for c in row)):
            out.append("  ".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(row, widths)).rstrip())
    return "\n".join(out)


def format_rows(rows: list[dict[str, Any]], fmt: str = "table") -> str:
    """``rows`` as ``table``, ``json`` or ``csv`` text."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1, default=str)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not rows:
        return "(no rows)"
    if fmt == "csv":
        keys = list(rows[0])
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=keys, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict)) else v
                             for k, v in row.items()})
        return buf.getvalue().rstrip()
    return format_table(rows)

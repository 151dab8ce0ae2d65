"""The analyst's judgements: who is one person and who is not, decided by a person.

Automatic matching proposes (``kg resolve candidates``), people decide (as
in the resolver of OpenSanctions' ``nomenklatura``). Each decision is one
line of a JSON-lines file, appended, never rewritten:

    {"decision": "merge", "a": "person:budi-r-santoso", "b": "person:budi-santoso", "names": [...], "at": "..."}
    {"decision": "keep-apart", "a": "...", "b": "...", ...}
    {"decision": "split", "a": "person:x", "ids": ["person:x", "person:y"], ...}

The file is ``$KG_JUDGEMENTS``, else ``judgements.jsonl`` in ``KG_HOME``;
a team can point it at a file kept in git. Every load applies every
judgement (``kg.resolve.resolve_store``), so rebuilding the graph from the
same articles reproduces each decision. For one pair, the latest decision
wins (a merge after a keep-apart merges).

A merge takes effect at once. A keep-apart or split of what is one node now
cannot be undone in place (the node no longer knows which facts came from
which mention): it takes effect when the graph is rebuilt from its articles
(``kg load --fresh PATH``), and the command says so.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from kg.config import kg_home

DECISIONS = ("merge", "keep-apart", "split")


class JudgementError(ValueError):
    """A judgement that cannot be made (an unknown or ambiguous person, a bad file line)."""


@dataclass(frozen=True)
class Judgement:
    decision: str
    a: str
    b: str | None = None
    ids: tuple[str, ...] = ()  # split: the ids the node held when it was split
    names: tuple[str, ...] = ()
    at: str = ""

    def to_json(self) -> str:
        data: dict[str, Any] = {"decision": self.decision, "a": self.a}
        if self.b:
            data["b"] = self.b
        if self.ids:
            data["ids"] = list(self.ids)
        data["names"] = list(self.names)
        data["at"] = self.at
        return json.dumps(data, ensure_ascii=False)


def default_path() -> Path:
    """``$KG_JUDGEMENTS``, else ``judgements.jsonl`` in ``KG_HOME``."""
    return Path(os.environ["KG_JUDGEMENTS"]).expanduser() if os.environ.get("KG_JUDGEMENTS") \
        else kg_home() / "judgements.jsonl"


@dataclass
class Judgements:
    """The judgements file."""
    path: Path = field(default_factory=default_path)

    def read(self) -> list[Judgement]:
        if not self.path.exists():
            return []
        out = []
        for n, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if data["decision"] not in DECISIONS:
                    raise KeyError(data["decision"])
                out.append(Judgement(data["decision"], data["a"], data.get("b"), tuple(data.get("ids", ())),
                                     tuple(data.get("names", ())), data.get("at", "")))
            except (ValueError, KeyError, TypeError) as exc:
                raise JudgementError(f"{self.path}, line {n}: not a judgement ({exc})") from None
        return out

    def record(self, judgement: Judgement) -> Judgement:
        """Append a judgement (stamped with the time) to the file."""
        if not judgement.at:
            judgement = Judgement(judgement.decision, judgement.a, judgement.b, judgement.ids, judgement.names,
                                  datetime.now(timezone.utc).isoformat(timespec="seconds"))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as f:
            f.write(judgement.to_json() + "\n")
        return judgement

    def pairs(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """(pairs to keep apart, pairs to merge): the latest decision per pair.

        >>> import tempfile
        >>> j = Judgements(Path(tempfile.mkdtemp()) / "j.jsonl")
        >>> _ = j.record(Judgement("keep-apart", "person:a", "person:b"))
        >>> _ = j.record(Judgement("merge", "person:b", "person:a"))
        >>> _ = j.record(Judgement("split", "person:c", ids=("person:c", "person:d")))
        >>> j.pairs()
        ([('person:c', 'person:d')], [('person:b', 'person:a')])
        """
        latest: dict[frozenset[str], tuple[str, tuple[str, str]]] = {}
        for j in self.read():
            if j.decision == "split":
                ids = sorted(set(j.ids) | {j.a})
                for x in range(len(ids)):
                    for y in range(x + 1, len(ids)):
                        latest[frozenset((ids[x], ids[y]))] = ("keep-apart", (ids[x], ids[y]))
            elif j.b:
                latest[frozenset((j.a, j.b))] = (j.decision, (j.a, j.b))
        apart = [pair for decision, pair in latest.values() if decision == "keep-apart"]
        merge = [pair for decision, pair in latest.values() if decision == "merge"]
        return apart, merge


# -- with the graph --------------------------------------------------------------

def find_person(store: Any, name: str) -> dict[str, Any]:
    """The one Person with this id, name or alias (case-insensitive), or an error
    that lists the candidates: ``id`` is the identity the name stands for (a
    name merged into another node keeps its own, in ``merged_ids``), ``node``
    the node that holds it now."""
    from kg.model import make_id  # noqa: PLC0415
    from kg.resolve import Mention, person_key  # noqa: PLC0415

    base = make_id("Person", person_key(Mention(name))[0])
    rows = store.read("MATCH (p:Person) WHERE p.id = $name OR toLower(p.name) = toLower($name) "
                      "OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) = toLower($name)) "
                      "OR $name IN coalesce(p.merged_ids, []) "
                      "RETURN p.id AS id, p.name AS name, coalesce(p.merged_ids, []) AS merged ORDER BY id",
                      {"name": name})
    for key in (name, base):  # an id, or the identity of a full name, before a name shared by several
        exact = [r for r in rows if r["id"] == key or key in r["merged"]]
        if exact:
            return {"id": key, "node": exact[0]["id"], "name": exact[0]["name"], "merged": exact[0]["merged"]}
    if not rows:
        raise JudgementError(f"no person is called {name!r} (give a name, an alias or a person id)")
    if len(rows) > 1:
        raise JudgementError(f"{name!r} names {len(rows)} persons; give one of their ids: "
                             + ", ".join(f"{r['id']} ({r['name']})" for r in rows))
    return {"id": rows[0]["id"], "node": rows[0]["id"], "name": rows[0]["name"], "merged": rows[0]["merged"]}


def judge(store: Any, decision: str, a: str, b: str | None = None,
          judgements: Judgements | None = None) -> tuple[Judgement, str]:
    """Record a judgement about persons named ``a`` (and ``b``) and apply it.

    Returns the judgement and a sentence saying what changed in the graph."""
    from kg.resolve import resolve_store  # noqa: PLC0415 - resolve imports the extractor

    judgements = judgements or Judgements()
    if decision not in DECISIONS:
        raise JudgementError(f"unknown decision {decision!r}; one of {', '.join(DECISIONS)}")
    pa = find_person(store, a)
    if decision == "split":
        ids = tuple([pa["node"], *pa["merged"]])
        j = judgements.record(Judgement("split", pa["node"], ids=ids, names=(pa["name"],)))
        if len(ids) == 1:
            return j, f"recorded: {pa['name']} ({pa['id']}) is never merged with anything it is not now"
        return j, (f"recorded: {pa['name']} is {len(ids)} persons ({', '.join(ids)}); this takes effect when the "
                   "graph is rebuilt from its articles (kg load --fresh PATH)")
    if b is None:
        raise JudgementError(f"{decision} needs two persons")
    pb = find_person(store, b)
    if pa["id"] == pb["id"]:
        raise JudgementError(f"{a!r} and {b!r} are the same identity ({pa['id']}): nothing to {decision}")
    j = judgements.record(Judgement(decision, pa["id"], pb["id"], names=(pa["name"], pb["name"])))
    if decision == "merge":
        if pa["node"] == pb["node"]:
            return j, f"recorded: {pa['name']} and {b} are one person already"
        resolve_store(store, judgements)
        return j, f"merged {pa['name']} and {pb['name']}"
    if pa["node"] == pb["node"]:
        return j, (f"recorded: {a} and {b} are one node now; they will be kept apart when the graph is rebuilt "
                   "from its articles (kg load --fresh PATH)")
    return j, f"recorded: {pa['name']} and {pb['name']} are never merged"


def candidates(store: Any, limit: int = 50) -> list[dict[str, Any]]:
    """Likely duplicates the automatic matching did not merge, best first, with
    the score and why (for an analyst to merge or keep apart)."""
    from kg.resolve import near_misses, person_records  # noqa: PLC0415

    return near_misses(person_records(store), limit)

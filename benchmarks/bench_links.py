"""Cross-article identity on the gold sets: is one real entity one node across articles?

The annotations of ``bench_quality.py``'s sets (seeds, dev, and the four blind sets of real
articles) name each person, unit and office the same way in every article: the same name, or an
alias that no other entity of the gold has. This benchmark extracts every article as ``kg load``
does (the extractor, then :func:`kg.resolve.resolve` per article, then the whole-graph person
clustering of :func:`kg.resolve.cluster_persons`) and checks two things:

- **one node**: an entity the gold names in two or more articles, and the extractor finds in two
  or more of them, is one node there (a check per entity);
- **never two in one**: no node is found as two different entities of the gold.

    python benchmarks/bench_links.py [--verbose]

prints the counts, and with ``--verbose`` each entity split over several nodes and each node
holding two. (The hidden set's "cross-article resolution" checks are of this kind.)
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_quality import EVAL, SETS, _subset  # noqa: E402

LABELS = {"person": "Person", "unit": "Unit", "position": "Position"}


def _scorer():
    sys.path.insert(0, str(EVAL))
    import score  # noqa: PLC0415 - ../shared/eval/score.py: the scorer's own name matching

    return score


def gold_mentions(gold: dict) -> list[tuple[str, str, list[str]]]:
    """(label, name, forms) of each required entity of one article's gold; forms are the name and
    its aliases of two or more words."""
    out = []
    for label, key in (("person", "persons"), ("unit", "units")):
        for item in gold.get(key, []):
            if not item.get("optional"):
                out.append((label, item["name"], [item["name"], *item.get("aliases", [])]))
    for person in gold.get("persons", []):
        for pos in person.get("positions", []):
            out.append(("position", pos["name"], [pos["name"], *pos.get("aliases", [])]))
    return out


def extracted(set_names: list[str]) -> list[tuple[str, dict, dict]]:
    """(article, gold, resolved graph JSON) for every article of the sets."""
    from kg.model import ArticleGraph
    from kg.pipeline import extract_to_dir
    from kg.resolve import resolve

    out = []
    for name in set_names:
        raw, gold, stems = SETS[name]
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            gold_dir = _subset(gold, stems, ".json", tmp / "gold")
            extract_to_dir([_subset(raw, stems, ".txt", tmp / "raw")], tmp / "out")
            for g in sorted(gold_dir.glob("*.json")):
                pred = tmp / "out" / g.name
                if pred.exists():
                    graph = resolve(ArticleGraph.from_json(json.loads(pred.read_text())))
                    out.append((f"{name}/{g.stem}", json.loads(g.read_text()), graph.to_json()))
    return out


def person_clusters(articles: list[tuple[str, dict, dict]]) -> dict[str, str]:
    """Each person node id -> the id it has after the whole-graph stage (as ``resolve_store``)."""
    from kg.resolve import PersonRecord, _service, cluster_persons

    names: dict[str, tuple[str, set[str]]] = {}
    ranks: dict[str, set[tuple[str, str]]] = defaultdict(set)
    offices: dict[str, dict[str, tuple[str | None, str | None]]] = defaultdict(dict)
    for _, _, g in articles:
        nodes = {n["id"]: n for n in g["nodes"]}
        date = next((n["properties"].get("published") for n in g["nodes"] if "Article" in n["labels"]), None)
        for n in g["nodes"]:
            if "Person" in n["labels"]:
                old = names.setdefault(n["id"], (n["properties"]["name"], set()))
                old[1].update(n["properties"].get("aliases") or [])
        for r in g["relationships"]:
            if r["type"] == "HAS_RANK":
                rank = nodes[r["end"]]["properties"]["name"]
                ranks[r["start"]].add((rank, nodes[r["end"]]["properties"].get("service") or _service(rank) or ""))
            elif r["type"] == "HOLDS_POSITION" and r["properties"].get("status") != "former":
                offices[r["start"]][r["end"]] = (str(date)[:10] if date else None,) * 2
    records = [PersonRecord(pid, name, tuple(sorted(aliases)), frozenset(r for r, _ in ranks[pid]),
                            frozenset(s for _, s in ranks[pid] if s), offices.get(pid, {}))
               for pid, (name, aliases) in names.items()]
    return {member: c.target for c in cluster_persons(records) for member in c.members}


def measure(articles: list[tuple[str, dict, dict]]) -> dict:
    score = _scorer()
    final = person_clusters(articles)
    mentions = []  # (label, name, normalised forms, article, node id or None)
    alias_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, gold, g in articles:
        for label, name, forms in gold_mentions(gold):
            every = {score.norm(f) for f in forms}
            node = next((n["id"] for n in g["nodes"] if LABELS[label] in n["labels"]
                         and any(score.norm(x) in every for x in score.node_names(n))), None)
            kept = [score.norm(name)] + [score.norm(a) for a in forms[1:] if len(score.norm(a).split()) > 1]
            for a in kept[1:]:
                alias_of[(label, a)].add(score.norm(name))
            mentions.append((label, name, kept, article, final.get(node, node)))
    # one gold entity: the mentions that share a name or an alias no other entity has
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[str, str], int] = {}
    for i, (label, _, forms, _, _) in enumerate(mentions):
        for f in forms:
            if len(alias_of.get((label, f), ())) > 1:
                continue  # "Kabid Humas": an alias of several entities joins none of them
            if (label, f) in first:
                parent[find(i)] = find(first[(label, f)])
            else:
                first[(label, f)] = i
    groups: dict[int, list] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[find(i)].append(m)
    split, one, unfound = [], 0, 0
    owners: dict[tuple[str, str], set[int]] = defaultdict(set)
    for root, members in groups.items():
        for label, _, _, _, node in members:
            if node:
                owners[(label, node)].add(root)
        if len({m[3] for m in members}) < 2:
            continue
        found = {(m[3], m[4]) for m in members if m[4]}
        if len({a for a, _ in found}) < 2:
            unfound += 1
        elif len({n for _, n in found}) == 1:
            one += 1
        else:
            split.append((members[0][0], members[0][1], sorted(found)))
    merged = [(label, node, sorted({groups[r][0][1] for r in roots})) for (label, node), roots in owners.items()
              if len(roots) > 1]
    return {"one node": one, "checks": one + len(split), "not found in two articles": unfound,
            "split": split, "merged": merged}


def main(argv: list[str]) -> None:
    result = measure(extracted(list(SETS)[:1] + ["dev (70)", "real24", "real30", "real30b", "real30c"]))
    print(f"entities named in two or more articles: {result['checks']} checked, {result['one node']} one node "
          f"({result['one node'] / max(result['checks'], 1):.3f}); {result['not found in two articles']} not found "
          f"in two of their articles; nodes holding two gold entities: {len(result['merged'])}")
    if "--verbose" in argv:
        for label, name, found in result["split"]:
            print(f"split  {label} {name}: {found}")
        for label, node, names in result["merged"]:
            print(f"merged {label} {node}: {names}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Resolving person mentions: time and memory at 10k, 50k and 100k mentions.

Mentions come from the synthetic world (benchmarks/synthetic.py): full names
with ranks, offices and dates, a quarter of them written as a bare single
name, some with ``Moh.``-style given-name variants or an initial added.
Resolution is what a load does: one base key per mention (a dictionary),
then the whole-graph stage over the base identities: blocking, scoring of
the pairs within blocks, clustering (``kg.resolve.cluster_persons``). Blocks
stay small, so time should grow linearly; the run prints the time per size,
the growth factor, the number of persons found and the peak memory
(tracemalloc) of the resolution itself. The CPU seconds are printed too:
on a shared machine the wall time says more about the neighbours.

Usage: python benchmarks/bench_resolve.py [--sizes 10000,50000,100000]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import build_world  # noqa: E402
from kg.resolve import Mention, cluster_persons, person_key, record_of  # noqa: E402


def mentions(n: int, seed: int = 3) -> list[Mention]:
    rng = random.Random(seed)
    world = build_world(persons=max(5000, n // 10))
    holders = [(o, h) for offices in world.offices_by_region.values() for o in offices for h in o.holders]
    out = []
    for i in range(n):
        office, (pid, name, since) = rng.choice(holders)
        rank = world.ranks.get(pid)
        r = rng.random()
        if r < 0.25:
            name = name.split()[-1]  # "AKBP Santoso"
        elif r < 0.3:
            name = "Moh. " + name
        elif r < 0.35:
            name = name[0] + ". " + name  # an initial in front
        out.append(Mention(name, rank, make_office(office), f"article:{i // 12}", since.isoformat()))
    return out


def make_office(office) -> str:
    return "position:" + office.name.lower().replace(" ", "-")


def resolve_all(items: list[Mention]) -> dict[str, list[int]]:
    """Base keys, then the whole-graph clustering of the base identities (with
    Python's cyclic collector paused, as a load runs)."""
    gc.disable()
    try:
        return _resolve_all(items)
    finally:
        gc.enable()


def _resolve_all(items: list[Mention]) -> dict[str, list[int]]:
    base: dict[str, list[int]] = {}
    for i, m in enumerate(items):
        base.setdefault(person_key(m)[0], []).append(i)
    records = []
    for key, indexes in base.items():
        record = record_of(items[indexes[0]], key)
        for i in indexes[1:]:
            m = items[i]
            if m.office and m.office not in record.offices:
                record.offices[m.office] = (m.date, m.date)
        records.append(record)
    persons = {key: indexes for key, indexes in base.items()}
    for cluster in cluster_persons(records):
        joined = persons.setdefault(cluster.target, [])
        for member in cluster.members:
            if member != cluster.target:
                joined.extend(persons.pop(member, []))
    return persons


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,100000")
    args = parser.parse_args()
    print(f"{'mentions':>9} {'seconds':>8} {'cpu s':>7} {'mentions/s':>11} {'persons':>8} {'peak MB':>8}")
    previous = None
    for size in (int(s) for s in args.sizes.split(",")):
        items = mentions(size)
        tracemalloc.start()
        t0 = time.perf_counter()
        persons = resolve_all(items)
        seconds = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        t0, c0 = time.perf_counter(), time.process_time()
        resolve_all(items)  # again without tracemalloc's overhead, for the time
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"{size:>9} {seconds:>8.2f} {cpu:>7.2f} {size / seconds:>11.0f} {len(persons):>8} {peak:>8.1f}")
        if previous:
            print(f"          x{size / previous[0]:.0f} mentions -> x{seconds / previous[1]:.1f} time")
        previous = (size, seconds)


if __name__ == "__main__":
    main()

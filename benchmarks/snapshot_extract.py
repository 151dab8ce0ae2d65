"""Snapshot what ``kg extract`` writes, so that a refactoring can prove it changes nothing.

Runs ``kg.pipeline.extract_to_dir`` (what ``kg extract`` calls) over four sets and writes
each set's per-article JSON under ``OUT/<set>/``:

- ``examples``: the seed articles of ``examples/``;
- ``dev``: the 70 annotated articles of ``../shared/eval/dev/raw``;
- ``real``: the 256 unannotated real articles of ``../shared/corpus/real``;
- ``synthetic``: ``--synthetic N`` articles of ``benchmarks/synthetic.py`` (default 2,000),
  written first as text to ``OUT/synthetic-input/`` (or read from ``--synthetic-input DIR``,
  so that two checkouts whose word lists differ still read the same texts).

Compare two snapshots with ``diff -r``: empty means byte-identical output. The sets are read
by paths relative to the checkout (``examples/...``), so two checkouts record the same sources.

    python benchmarks/snapshot_extract.py /tmp/before            # on the old code
    python benchmarks/snapshot_extract.py /tmp/after --synthetic-input /tmp/before/synthetic-input
    diff -r /tmp/before /tmp/after && echo identical
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.pipeline import extract_to_dir  # noqa: E402

# relative to the checkout, so that the sources the JSON records are the same in any two checkouts
SETS = {
    "examples": Path("examples"),
    "dev": Path("../shared/eval/dev/raw"),
    "real": Path("../shared/corpus/real"),
}


def write_synthetic(out: Path, n: int) -> Path:
    """``n`` synthetic articles as text files (the same for the same ``n``: the generator is seeded)."""
    from benchmarks.synthetic import build_world, meeting_text, meetings

    out.mkdir(parents=True, exist_ok=True)
    world = build_world(5000)
    for i, m in enumerate(meetings(world, n)):
        (out / f"synthetic_{i:06d}.txt").write_text(meeting_text(world, m, seed=i), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="Directory for the snapshot (one subdirectory per set).")
    parser.add_argument("--synthetic", type=int, default=2000, help="Synthetic articles to generate (0: none).")
    parser.add_argument("--synthetic-input", type=Path, help="Read synthetic texts from here instead.")
    parser.add_argument("--sets", default="examples,dev,real,synthetic", help="Comma-separated sets to run.")
    args = parser.parse_args()
    args.out = args.out.resolve()
    if args.synthetic_input:
        args.synthetic_input = args.synthetic_input.resolve()
    os.chdir(ROOT)
    sets = dict(SETS)
    wanted = args.sets.split(",")
    if "synthetic" in wanted and (args.synthetic or args.synthetic_input):
        sets["synthetic"] = args.synthetic_input or write_synthetic(args.out / "synthetic-input", args.synthetic)
    for name in wanted:
        if name not in sets:
            continue
        t0 = time.perf_counter()
        report = extract_to_dir([sets[name]], args.out / name)
        print(f"{name}: {report.summary('extracted')} in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()

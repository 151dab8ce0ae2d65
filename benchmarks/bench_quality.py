"""Extraction quality per set: seeds, the tuned dev articles, the fresh ones and six sets of real
articles annotated blind (benchmarks/gold_real, gold_real2, ..., gold_real6).

Extracts each set with ``kg.pipeline.extract_to_dir`` and scores it with
``../shared/eval/score.py``, printing one F1 table (rows x sets) in Markdown,
so the gap between articles the rules were tuned on and fresh ones stays
visible. ``--verbose SET`` prints the scorer's misses for one set.

    python benchmarks/bench_quality.py [--verbose dev031-070]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"

# name -> (raw dir, gold dir, article stems or None for all)
SETS = {
    "seeds": (ROOT / "examples", EVAL / "gold", None),
    "dev001-030": (EVAL / "dev" / "raw", EVAL / "dev" / "gold", [f"dev{i:03d}" for i in range(1, 31)]),
    "dev031-070": (EVAL / "dev" / "raw", EVAL / "dev" / "gold", [f"dev{i:03d}" for i in range(31, 71)]),
    "dev (70)": (EVAL / "dev" / "raw", EVAL / "dev" / "gold", None),
    # 24 real articles annotated blind (benchmarks/gold_real/README.md)
    "real24": (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real",
               sorted(p.stem for p in (ROOT / "benchmarks" / "gold_real").glob("*.json"))),
    # 30 more, annotated blind a session later (benchmarks/gold_real2/README.md)
    "real30": (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real2",
               sorted(p.stem for p in (ROOT / "benchmarks" / "gold_real2").glob("*.json"))),
    # and 30 more, annotated blind later that session (benchmarks/gold_real3/README.md)
    "real30b": (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real3",
                sorted(p.stem for p in (ROOT / "benchmarks" / "gold_real3").glob("*.json"))),
    # and 30 more a session later, whose misses no rule has read (benchmarks/gold_real4/README.md)
    "real30c": (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real4",
                sorted(p.stem for p in (ROOT / "benchmarks" / "gold_real4").glob("*.json"))),
    # and 40 more a session later, whose misses no rule has read (benchmarks/gold_real5/README.md)
    "real40": (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real5",
               sorted(p.stem for p in (ROOT / "benchmarks" / "gold_real5").glob("*.json"))),
    # and 30 more a session later (benchmarks/gold_real6/README.md)
    "real30d": (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real6",
                sorted(p.stem for p in (ROOT / "benchmarks" / "gold_real6").glob("*.json"))),
    # and 30 more a session later (benchmarks/gold_real7/README.md)
    "real30e": (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real7",
                sorted(p.stem for p in (ROOT / "benchmarks" / "gold_real7").glob("*.json"))),
    # the last 42 of the corpus, whose misses no rule has read (benchmarks/gold_real8/README.md)
    "real42": (SHARED / "corpus" / "real", ROOT / "benchmarks" / "gold_real8",
               sorted(p.stem for p in (ROOT / "benchmarks" / "gold_real8").glob("*.json"))),
}


def _subset(src: Path, stems: list[str] | None, suffix: str, into: Path) -> Path:
    """A directory holding only the chosen articles (symlinks)."""
    if stems is None:
        return src
    into.mkdir(parents=True, exist_ok=True)
    for stem in stems:
        f = src / f"{stem}{suffix}"
        if f.exists():
            (into / f.name).symlink_to(f)
    return into


def score(name: str, verbose: bool = False) -> dict:
    from kg.pipeline import extract_to_dir

    raw, gold, stems = SETS[name]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        raw_dir = _subset(raw, stems, ".txt", tmp / "raw")
        gold_dir = _subset(gold, stems, ".json", tmp / "gold")
        extract_to_dir([raw_dir], tmp / "out")
        args = [sys.executable, str(EVAL / "score.py"), str(gold_dir), str(tmp / "out")]
        if verbose:
            print(subprocess.run(args + ["--verbose"], capture_output=True, text=True).stdout)
        out = subprocess.run(args + ["--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def main(argv: list[str]) -> None:
    verbose = argv[argv.index("--verbose") + 1] if "--verbose" in argv else None
    if verbose:
        score(verbose, verbose=True)
        return
    results = {name: score(name) for name in SETS}
    rows = [k for k, v in results["seeds"].items() if isinstance(v, dict) and "f1" in v]
    print("| row | " + " | ".join(results) + " |")
    print("|---|" + "---|" * len(results))
    for row in rows:
        cells = []
        for res in results.values():
            r = res.get(row, {})
            cells.append(f"{r['f1']:.3f}" if "f1" in r else "")
        label = f"**{row}**" if row == "overall" else row
        print(f"| {label} | " + " | ".join(f"**{c}**" if row == "overall" else c for c in cells) + " |")
    for name, res in results.items():
        o = res["overall"]
        print(f"{name}: P {o['p']:.3f} R {o['r']:.3f} F1 {o['f1']:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""What compiling the parser as it stands would buy: the entry parser plain and under mypyc.

The parse goal of issue #12 is 20,000 references/s on one core; the pure-Python parser
reads ~4,000-5,000. This project's machine kind is "no compiled core", so shipping one is
the owner's call; this bench gives that call a figure instead of a guess. It copies
`src/` to a temporary folder, compiles the reference-list parser there with mypyc (the
modules `mypy --strict` already checks, unchanged), then parses the same rendered corpus
entries with each tree in its own process and prints references per second and whether
every reading is identical (a hash of each `Reference`'s repr).

Needs gcc and the Python headers (mypyc ships with mypy, a test dependency) and the
rendered corpus (`python bench/corpus/build.py`). Compiling takes a minute or two.

Run: python bench/compiled_bench.py [--entries 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "corpus" / "out" / "corpus.jsonl"
# The entry parser and what it calls per entry: the style grammars, GB/T, names, steps.
MODULES = (
    "mmrefs/ingest/styles/*.py",
    "mmrefs/ingest/refparse.py",
    "mmrefs/ingest/gbt7714.py",
    "mmrefs/ingest/authors.py",
    "mmrefs/ingest/normalize.py",
    "mmrefs/ingest/steps.py",
)
# Run in a child with only the given tree's `src` first on the path, so the two trees
# never share a module.
CHILD = """
import hashlib, json, random, sys, time
from mmrefs.cli.app import tune_collector
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
tune_collector()
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
random.Random(5).shuffle(rows)
raws = [RawEntry(n, "", r["text"].replace("\\n", " "), n, n)
        for n, r in enumerate(rows[: int(sys.argv[2])])]
best = 0.0
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    readings = [parse_entry(raw, "bench.txt") for raw in raws]
    best = max(best, len(raws) / (time.perf_counter() - start))
digest = hashlib.sha1("\\n".join(map(repr, readings)).encode()).hexdigest()
print(f"{best:.0f} {digest}")
"""


def compile_tree(target: Path) -> None:
    """Copy `src/` to `target` and compile the parser's modules there with mypyc."""
    shutil.copytree(ROOT / "src", target, ignore=shutil.ignore_patterns("__pycache__"))
    modules = sorted(str(path.relative_to(target)) for m in MODULES for path in target.glob(m))
    mypyc = Path(sys.executable).with_name("mypyc")
    done = subprocess.run(
        [str(mypyc), *modules], cwd=target, capture_output=True, text=True, check=False
    )
    if done.returncode:
        sys.exit(f"mypyc failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")


def rate(src: Path, entries: int, runs: int) -> tuple[float, str]:
    """Best references/s of `runs` passes, and the readings' hash, with `src` imported."""
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(CORPUS), str(entries), str(runs)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    speed, digest = done.stdout.split()
    return float(speed), digest


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is missing: run `python bench/corpus/build.py` first")
    with tempfile.TemporaryDirectory() as folder:
        compiled = Path(folder) / "src"
        compile_tree(compiled)
        plain_rate, plain_hash = rate(ROOT / "src", args.entries, args.runs)
        compiled_rate, compiled_hash = rate(compiled, args.entries, args.runs)
    print(f"plain    {plain_rate:8,.0f} refs/s")
    print(f"compiled {compiled_rate:8,.0f} refs/s  (x{compiled_rate / plain_rate:.2f})")
    print("readings identical" if plain_hash == compiled_hash else "READINGS DIFFER")


if __name__ == "__main__":
    main()

"""Judge a setting of the fallback model by grouped cross-validation on the decision rows.

Run: python bench/nn_cv.py [--folds 3] [--jobs 2] [--work DIR] [--crf DIR] [--no-train]

The protocol of `crf_cv.py` (its folds, rows and scorer), for the model the product ships
(`nn_train.py`, a BiLSTM-CRF; needs PyTorch): each decision fold is read by a model
trained without it, and two figures are pooled over the folds:

* **production**: the parser as shipped, with the fold model as its fallback;
* **the model everywhere**: every scored or unlocated grammar reading handed to the model
  (`fallback_bench.fallback`), the model's own readings where it finds a reference.

`--crf DIR` reads the same folds with `crf_cv.py`'s fold models (`cv-c5-f{k}.crfsuite`)
as well, so a comparison runs through one code path. Cycle 11 (SOURCES-fresh30.md) was
decided on these two figures: production 94.54% against the CRF's 94.38%, the model
everywhere 91.50% against 90.16%. Training takes about 8 minutes a fold on one core;
`--jobs` trains that many folds at once. Aggregates only: no row is printed. (The cycle was
measured by a first version of this script kept outside the repository; this one, reading
those fold models exported by `nn_train.arrays`, gives the same figures to the field.)
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "corpus"))

from crf_cv import fold_of, tally, use_model  # noqa: E402
from crf_train import guide_rows  # noqa: E402
from fallback_bench import fallback  # noqa: E402
from mmrefs.ingest.learned import model  # noqa: E402
from mmrefs.ingest.learned.neural import Tagger, load  # noqa: E402

WORK = Path(tempfile.gettempdir()) / "mmrefs-nn-cv"
Row = dict[str, Any]
Tally = list[int]  # fields right, fields counted, entries refused
TALLIED = ("right", "counted", "refused")


def train_fold(fold: int, folds: int, work: Path, hidden: int) -> None:
    """Fold `fold`'s model, by `nn_train.py` in a process of its own (one thread)."""
    subprocess.run(
        [sys.executable, str(HERE / "nn_train.py"), "--fold", str(fold), "--folds", str(folds),
         "--out", str(work / f"nn-f{fold}.npz"), "--state", str(work / f"nn-f{fold}.pt"),
         "--hidden", str(hidden)],
        check=True,
    )  # fmt: skip


def use_neural(path: Path) -> None:
    """The parser's fallback reads with the exported model at `path`, in this process."""
    tagger = Tagger(load(path.read_bytes()))
    model.tagger = lambda: tagger  # type: ignore[assignment]


def measures(rows: list[Row]) -> dict[str, Tally]:
    """Production's and the model-everywhere figures of `rows` with the model in use:
    fields right, fields counted and entries refused (`crf_cv.tally`)."""
    production = tally(rows)
    with fallback(math.inf, unlocated=True):
        everywhere = tally(rows)
    return {
        "production": [production[k] for k in TALLIED],
        "the model everywhere": [everywhere[k] for k in TALLIED],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=WORK)
    parser.add_argument("--crf", type=Path, help="crf_cv.py's fold models, to compare")
    parser.add_argument("--no-train", action="store_true", help="read the models in --work")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--hidden", type=int, default=128, help="LSTM units each way")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if not args.no_train:
        with ThreadPoolExecutor(args.jobs) as pool:
            list(
                pool.map(
                    lambda k: train_fold(k, args.folds, args.work, args.hidden), range(args.folds)
                )
            )
    rows = guide_rows()
    kinds = {"neural": lambda k: use_neural(args.work / f"nn-f{k}.npz")}
    if args.crf:
        kinds["crf"] = lambda k: use_model(args.crf / f"cv-c5-f{k}.crfsuite")
    pooled: dict[str, Tally] = {}
    for kind, use in kinds.items():
        for fold in range(args.folds):
            use(fold)
            for name, t in measures([r for r in rows if fold_of(r, args.folds) == fold]).items():
                print(f"{kind:6} fold {fold} {name:20} {t[0] / t[1]:7.2%} refused {t[2]}")
                total = pooled.setdefault(f"{kind}, {name}", [0, 0, 0])
                total[:] = [a + b for a, b in zip(total, t, strict=True)]
    for key, (right, counted, refused) in pooled.items():
        print(f"{key:34} {right / counted:7.2%} ({right} of {counted}) refused {refused}")
    if args.json:
        args.json.write_text(json.dumps(pooled, indent=1) + "\n")


if __name__ == "__main__":
    main()

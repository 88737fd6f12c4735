"""Choose a setting of a CRF fallback by grouped cross-validation on the decision rows.

The product's fallback is a BiLSTM-CRF since cycle 11 (SOURCES-fresh30.md), judged by the
same protocol in `nn_cv.py`; this script's CRF fold models are the yardstick it is
compared with (`nn_cv.py --crf`).

Run: python bench/crf_cv.py [--copies 5 15] [--folds 3] [--rows 10000]
                            [--iterations 100] [--c2 0.01] [--jobs 2] [--work DIR]
                            [--json OUT]

Why: a model trained on the dev rows cannot be judged on them. The held-out rows are
kept for the check after the choice, and the blind batches for the measurement after
that. So the choice among settings (how many copies of each real row the model is
trained on beside the rendered rows, `--copies`; the L2 penalty, `--c2`, one value a
run) is made on the decision rows alone, each of them read by a model that did not see
it:

* the decision rows are the dev rows of `crf_train.GUIDE_FILES`. They are cut into
  `--folds` folds by their source page (a seeded sha1 of the address), so one list's
  entries stay together, as they stay together in the held-out split;
* for each fold and each setting a model is trained by `crf_train` on the same rendered
  rows and the other folds' real rows (the parameters and seed of `crf_train`);
* the production parser (`refparse.parse_entry`, today's fallback policy) reads the
  fold's rows with that model in place of the bundled one, and the project scorer
  (`bench/corpus/score.py`) counts the fields it gets right.

Printed: per setting, the pooled field accuracy over the folds, each fold's figure,
exact entries and refused entries, and the setting picked by the rule declared in
SOURCES-fresh29.md (the higher pooled figure; within 0.1 points, the fewer copies).
Aggregates only: no row is printed. Each model takes minutes to train; `--jobs` runs
that many at once (one per core).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "corpus"))


from crf_train import CORPUS, PARAMS, corpus_rows, guide_rows, trainer_for  # noqa: E402
from guides_bench import right_counted, scored_rows  # noqa: E402
from mmrefs.ingest.learned import model  # noqa: E402
from mmrefs.ingest.learned.tokens import Token, features  # noqa: E402
from mmrefs.model import FailedEntry  # noqa: E402

FOLD_SEED = "crf-cv-20261202"
# Where the fold models are written (and where `gate_fit.py` and `candidates_bench.py` look
# for them by default): `cv-c{copies}-f{fold}.crfsuite`.
WORK = Path(tempfile.gettempdir()) / "mmrefs-crf-cv"
TIE = 0.1  # points: within this, the setting with fewer copies is picked (it trains faster)

Row = dict[str, Any]
# Set in the parent before the workers fork, so each worker shares them without pickling.
_RENDERED: list[Row] = []
_DECISION: list[Row] = []


def fold_of(row: Row, folds: int) -> int:
    """The fold of a row: by its source page, so one list never sits on both sides. The
    address is hashed as written, as `guides_bench.part_of` hashes it: one page copied
    under two spellings of its address (`www.` or not, a final `/`) would be two sources,
    which the collectors' claim check (with and without the final `/`) mostly prevents."""
    digest = hashlib.sha1(f"{FOLD_SEED}:{row['source']}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % folds


def train(copies: int, fold: int, folds: int, iterations: int, c2: float, out: Path) -> int:
    """A model trained without fold `fold`'s rows; returns the sequences it was given."""
    rows = _RENDERED + [r for r in _DECISION if fold_of(r, folds) != fold] * copies
    trainer, kept = trainer_for(rows, iterations, c2)
    trainer.train(str(out))
    return kept


class CrfTagger:
    """A CRF behind the interface the fallback calls (`labels(text, tokens)`)."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite  # here, so that `nn_rows` (no CRF) needs none of it

        self.crf = pycrfsuite.Tagger()
        self.crf.open(str(path))

    def labels(self, text: str, tokens: tuple[Token, ...]) -> list[str]:
        """The CRF's labels, from every token's own and neighbours' features."""
        return list(self.crf.tag(features(text, tokens)))


def use_model(path: Path) -> None:
    """The parser's fallback reads with the CRF at `path` from now on, in this process
    only (`model.tagger` is looked up at each call)."""
    tagger = CrfTagger(path)
    model.tagger = lambda: tagger  # type: ignore[assignment]


def tally(rows: list[Row]) -> dict[str, int]:
    """Fields right and counted, exact, refused and all entries, as the parser reads `rows`
    now: the figures each cross-validation (this one and `nn_cv.py`) pools."""
    right = counted = exact = refused = 0
    scored = scored_rows(rows)
    for _, parsed, verdict in scored:
        got, of = right_counted(verdict)
        right += got
        counted += of
        exact += all(verdict.values())
        refused += isinstance(parsed, FailedEntry)
    return {"right": right, "counted": counted, "exact": exact, "refused": refused,
            "entries": len(scored)}  # fmt: skip


def evaluate(path: Path, fold: int, folds: int) -> dict[str, int]:
    """The production reading of fold `fold`'s rows with the model at `path`."""
    use_model(path)
    return tally([row for row in _DECISION if fold_of(row, folds) == fold])


def job(args: tuple[int, int, int, int, float, str]) -> dict[str, Any]:
    """Train one fold's model for one setting, then read the fold with it."""
    copies, fold, folds, iterations, c2, work = args
    out = Path(work) / f"cv-c{copies}-f{fold}.crfsuite"
    started = time.perf_counter()
    kept = train(copies, fold, folds, iterations, c2, out)
    trained = time.perf_counter()
    result = evaluate(out, fold, folds)
    return {"copies": copies, "fold": fold, "trained_on": kept,
            "train_s": round(trained - started), **result}  # fmt: skip


def pick(pooled: dict[int, float]) -> int:
    """The declared rule: the highest pooled accuracy; within `TIE` points of it, the
    setting with the fewest copies."""
    best = max(pooled.values())
    return min(c for c, value in pooled.items() if value >= best - TIE / 100)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, nargs="+", default=[5, 15])
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--rows", type=int, default=10_000, help="rendered corpus entries")
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--c2", type=float, default=PARAMS["c2"], help="the L2 penalty")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=WORK)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    _RENDERED.extend(corpus_rows(args.corpus, args.rows))
    _DECISION.extend(guide_rows())
    sizes = [sum(fold_of(r, args.folds) == f for r in _DECISION) for f in range(args.folds)]
    print(f"decision rows {len(_DECISION)}, per fold {sizes}; rendered rows {len(_RENDERED)}")
    jobs = [
        (copies, fold, args.folds, args.iterations, args.c2, str(args.work))
        for copies in args.copies
        for fold in range(args.folds)
    ]
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        results = pool.map(job, jobs, chunksize=1)
    pooled: dict[int, float] = {}
    print(f"{'copies':>6} {'fold':>4} {'entries':>7} {'fields':>7} {'acc':>7} {'exact':>6} "
          f"{'refused':>7} {'train s':>7}")  # fmt: skip
    for copies in args.copies:
        mine = [r for r in results if r["copies"] == copies]
        for r in mine:
            print(f"{copies:6d} {r['fold']:4d} {r['entries']:7d} {r['counted']:7d} "
                  f"{r['right'] / r['counted']:7.2%} {r['exact'] / r['entries']:6.1%} "
                  f"{r['refused']:7d} {r['train_s']:7d}")  # fmt: skip
        right, counted = sum(r["right"] for r in mine), sum(r["counted"] for r in mine)
        pooled[copies] = right / counted
        print(f"{copies:6d} {'all':>4} {sum(r['entries'] for r in mine):7d} {counted:7d} "
              f"{pooled[copies]:7.2%}")  # fmt: skip
    chosen = pick(pooled)
    print(f"picked: --copies {chosen}")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "picked": chosen}, indent=1) + "\n")


if __name__ == "__main__":
    main()

"""How much a choice among an entry's candidate readings could gain: an oracle's room.

Run: python bench/candidates_bench.py [--models DIR] [--copies 5] [--folds 3]
     python bench/candidates_bench.py --held-out [--exclude fresh29,fresh30,fresh31]

Declared in SOURCES-fresh30.md ("For the next session", point 1) before it was run. One
hand-written score (`choose.score`) picks among the grammars' readings, and a fixed policy
hands a low or unlocated reading to the statistical model. A learned ranker could pick
instead, but only among readings that exist: so its room is measured first, as an oracle
that knows the labels and takes each entry's best candidate by one rule (`best`: most
fields right, then fewest fields counted, so a reading predicting spurious fields loses a
tie; on a full tie, the first listed). The rule is per entry, so the pooled figure is a
measure of the room, not its exact bound: a pick by each entry's accuracy, or the pick that
maximises the pooled accuracy, can differ by a few hundredths of a point.

Each entry is read, through the production parser and scored by the project scorer
(`guides_bench.scored_rows`), as

* `production`: as shipped (listed first: `main` compares every pick with it);
* `model`: the model's reading wherever it finds a reference (`fallback_bench.fallback`
  with every scored or unlocated grammar reading handed over), else production's;
* one head reader alone (`nlm`, `author-year`, `given-first`, `physics`): only that
  grammar tried (`only`), GB/T's uncoded reader switched off and the fallback off; a GB/T
  entry with a type code is still read by its own grammar, which no head reader replaces.

Default: the decision rows (`crf_train.GUIDE_FILES`' dev rows), each fold read by the
cross-validation model that did not see it: `crf_cv.py`'s `cv-c{copies}-f{k}.crfsuite` in
`--models` (the CRF of SOURCES-fresh30.md's figures: the fold models of that incumbent's
setting, which a `crf_cv.py` run of another setting in the same directory would
overwrite), or with `--neural` `nn_cv.py`'s `nn-f{k}.npz` there (the shipped model's
kind). `--held-out`: the held-out rows of every file but `--exclude`, read with the
bundled model, as evidence only (no choice is made on them). Printed, aggregates only:
production, the model everywhere, and the oracles over production or the model, the
grammars alone, and every candidate; then how many entries some candidate reads better
than production, by the candidate the oracle took.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "corpus"))

from crf_cv import WORK, fold_of, use_model  # noqa: E402
from crf_train import guide_rows  # noqa: E402
from fallback_bench import fallback  # noqa: E402
from guides_bench import file_of, load, part_of, right_counted, scored_rows  # noqa: E402
from mmrefs.ingest import refparse  # noqa: E402
from mmrefs.ingest.styles import choose, grammars  # noqa: E402
from nn_cv import use_neural  # noqa: E402

Row = dict[str, Any]
Tally = tuple[str, int, int]  # (candidate's name, fields right, fields counted)
READERS: dict[str, Callable[..., Any]] = {
    "nlm": grammars.nlm_head,
    "author-year": grammars.author_year_head,
    "given-first": grammars.given_first_head,
    "physics": grammars.physics_head,
}


@contextmanager
def only(reader: Callable[..., Any]) -> Iterator[None]:
    """Only `reader` is tried among the head readers, and GB/T's uncoded reader, which
    `refparse.read_body` and `choose.parse_styles` try besides them, reads nothing."""
    kept = (choose.likely_order, choose.read_uncoded, refparse.read_uncoded)
    choose.likely_order = lambda body: (reader,)
    choose.read_uncoded = refparse.read_uncoded = lambda body, books=True: None
    try:
        yield
    finally:
        choose.likely_order, choose.read_uncoded, refparse.read_uncoded = kept


def tallies(rows: list[Row]) -> list[tuple[int, int]]:
    """(fields right, fields counted) of each row as the parser reads it now."""
    return [right_counted(verdict) for _, _, verdict in scored_rows(rows)]


def candidates(rows: list[Row]) -> list[list[Tally]]:
    """Every candidate reading's tally, per row, production's first."""
    out: list[list[Tally]] = [[("production", *t)] for t in tallies(rows)]
    with fallback(math.inf, unlocated=True):  # every grammar reading handed to the model
        for mine, t in zip(out, tallies(rows), strict=True):
            mine.append(("model", *t))
    for name, reader in READERS.items():
        with fallback(None, off=True), only(reader):
            for mine, t in zip(out, tallies(rows), strict=True):
                mine.append((name, *t))
    return out


def best(found: list[Tally], allowed: set[str] | None = None) -> Tally:
    """The oracle's pick: most fields right, then fewest counted; first listed on a tie."""
    pool = [c for c in found if allowed is None or c[0] in allowed]
    return max(pool, key=lambda c: (c[1], -c[2]))


def oracle(per_row: list[list[Tally]], allowed: set[str] | None) -> tuple[int, int]:
    """Fields right and counted over every row, each row read by its oracle's pick."""
    picks = [best(found, allowed) for found in per_row]
    return sum(p[1] for p in picks), sum(p[2] for p in picks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", type=Path, default=WORK)
    parser.add_argument("--copies", type=int, default=5, help="the fold models' setting")
    parser.add_argument("--neural", action="store_true", help="nn_cv.py's fold models")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--held-out", action="store_true", help="held-out rows, bundled model")
    parser.add_argument("--exclude", default="fresh29,fresh30,fresh31")
    args = parser.parse_args()
    per_row: list[list[Tally]] = []
    if args.held_out:
        excluded = set(args.exclude.split(","))
        rows = [r for r in load() if part_of(r) == "held-out" and file_of(r) not in excluded]
        per_row = candidates(rows)
    else:
        rows = guide_rows()
        for fold in range(args.folds):
            if args.neural:
                use_neural(args.models / f"nn-f{fold}.npz")
            else:
                use_model(args.models / f"cv-c{args.copies}-f{fold}.crfsuite")
            per_row += candidates([r for r in rows if fold_of(r, args.folds) == fold])
    grammar_names = set(READERS)
    for label, allowed in (
        ("production", {"production"}),
        ("the model everywhere", {"model"}),
        ("oracle: production or the model", {"production", "model"}),
        ("oracle: the grammars alone", grammar_names),
        ("oracle: every candidate", None),
    ):
        right, counted = oracle(per_row, allowed)
        print(f"{label:34} {right:6d} of {counted:6d} {right / counted:7.2%}")
    picks = [(best(found), found[0]) for found in per_row]  # found[0] is production's
    better = Counter(pick[0] for pick, production in picks if pick[1] > production[1])
    print(f"entries some candidate reads better: {sum(better.values())} {dict(better)}")


if __name__ == "__main__":
    main()

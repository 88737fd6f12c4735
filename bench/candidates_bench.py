"""How much a choice among an entry's candidate readings could gain: an oracle's room.

Run: python bench/candidates_bench.py [--models DIR] [--folds 3]
     python bench/candidates_bench.py --held-out [--exclude fresh29,fresh30,fresh31]

Declared in SOURCES-fresh30.md ("For the next session", point 1) before it was run. One
hand-written score (`choose.score`) picks among the grammars' readings, and a fixed policy
hands a low or unlocated reading to the statistical model. A learned ranker could pick
instead, but only a choice among readings that exist: so its room is measured first, as
an oracle that knows the labels and takes each entry's best candidate (most fields right,
then fewest fields counted, so a reading predicting spurious fields loses a tie).

Each entry is read, through the production parser and scored by the project scorer
(`guides_bench.scored_rows`), as

* `production`: as shipped;
* `model`: the model's reading wherever it finds a reference (the policy hands it every
  grammar reading), else production's;
* one head reader alone (`nlm`, `author-year`, `given-first`, `physics`): only that
  grammar tried, no fallback (a GB/T entry with a type code is read by its own grammar
  whatever the readers).

Default: the decision rows (`crf_train.GUIDE_FILES`' dev rows), each fold read by the
cross-validation model that did not see it (`crf_cv.py`'s `cv-c5-f{k}.crfsuite` in
`--models`). `--held-out`: the held-out rows of every file but `--exclude`, read with the
bundled model, as evidence only (no choice is made on them). Printed, aggregates only:
production, the model everywhere, and the oracles over production or the model, the
grammars alone, and every candidate; then how many entries some candidate reads better
than production, by candidate.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "corpus"))

from crf_cv import fold_of, use_model  # noqa: E402
from crf_train import guide_rows  # noqa: E402
from guides_bench import file_of, load, part_of, scored_rows  # noqa: E402
from mmrefs.ingest import refparse  # noqa: E402
from mmrefs.ingest.styles import choose, grammars  # noqa: E402

Row = dict[str, Any]
Candidate = tuple[str, int, int]  # (name, fields right, fields counted)
READERS: dict[str, Callable[..., Any]] = {
    "nlm": grammars.nlm_head,
    "author-year": grammars.author_year_head,
    "given-first": grammars.given_first_head,
    "physics": grammars.physics_head,
}


@contextmanager
def model_everywhere() -> Iterator[None]:
    """The policy hands every grammar reading to the model (which keeps the grammar's
    when it finds no reference)."""
    kept = refparse.doubtful
    refparse.doubtful = lambda fields: True
    try:
        yield
    finally:
        refparse.doubtful = kept


@contextmanager
def reader_alone(reader: Callable[..., Any]) -> Iterator[None]:
    """Only `reader` is tried, and the model reads nothing: that grammar's own reading."""
    kept = (choose.likely_order, refparse.doubtful, refparse.read_refused,
            refparse.LEARNED_REPLACES_UNLOCATED)  # fmt: skip
    choose.likely_order = lambda body: (reader,)
    refparse.doubtful = lambda fields: False
    refparse.read_refused = lambda text, body, reason: None
    refparse.LEARNED_REPLACES_UNLOCATED = False
    try:
        yield
    finally:
        (choose.likely_order, refparse.doubtful, refparse.read_refused,
         refparse.LEARNED_REPLACES_UNLOCATED) = kept  # fmt: skip


def tallies(rows: list[Row]) -> list[tuple[int, int]]:
    """(fields right, fields counted) of each row as the parser reads it now."""
    return [(sum(v.values()), len(v)) for _, _, v in scored_rows(rows)]


def candidates(rows: list[Row]) -> list[list[Candidate]]:
    """Every candidate reading's tally, per row (production first)."""
    out: list[list[Candidate]] = [[("production", *t)] for t in tallies(rows)]
    with model_everywhere():
        for mine, t in zip(out, tallies(rows), strict=True):
            mine.append(("model", *t))
    for name, reader in READERS.items():
        with reader_alone(reader):
            for mine, t in zip(out, tallies(rows), strict=True):
                mine.append((name, *t))
    return out


def best(found: list[Candidate], allowed: set[str] | None = None) -> Candidate:
    """The oracle's pick: most fields right, then fewest counted; first listed on a tie."""
    pool = [c for c in found if allowed is None or c[0] in allowed]
    return max(pool, key=lambda c: (c[1], -c[2]))


def pooled(per_row: list[list[Candidate]], allowed: set[str] | None) -> tuple[int, int]:
    """Fields right and counted over every row, each row read by its oracle's pick."""
    picks = [best(found, allowed) for found in per_row]
    return sum(p[1] for p in picks), sum(p[2] for p in picks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--models", type=Path, default=Path(tempfile.gettempdir()) / "mmrefs-crf-cv"
    )
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--held-out", action="store_true", help="held-out rows, bundled model")
    parser.add_argument("--exclude", default="fresh29,fresh30,fresh31")
    args = parser.parse_args()
    per_row: list[list[Candidate]] = []
    if args.held_out:
        excluded = set(args.exclude.split(","))
        rows = [r for r in load() if part_of(r) == "held-out" and file_of(r) not in excluded]
        per_row = candidates(rows)
    else:
        rows = guide_rows()
        for fold in range(args.folds):
            use_model(args.models / f"cv-c5-f{fold}.crfsuite")
            per_row += candidates([r for r in rows if fold_of(r, args.folds) == fold])
    grammar_names = set(READERS)
    for label, allowed in (
        ("production", {"production"}),
        ("the model everywhere", {"model"}),
        ("oracle: production or the model", {"production", "model"}),
        ("oracle: the grammars alone", grammar_names),
        ("oracle: every candidate", None),
    ):
        right, counted = pooled(per_row, allowed)
        print(f"{label:34} {right:6d} of {counted:6d} {right / counted:7.2%}")
    better = Counter(
        best(found)[0] for found in per_row if best(found)[1] > found[0][1]
    )  # found[0] is production's
    print(f"entries some candidate reads better: {sum(better.values())} {dict(better)}")


if __name__ == "__main__":
    main()

"""Which entries should the statistical fallback read? Pre-declared policies, measured.

Run: python bench/fallback_bench.py [--file NAME ...] [--part dev|held-out|all]
                                    [--resamples 4000] [--seed 20241201] [--repeat 3]
                                    [--base a] [--against rules]
     python bench/fallback_bench.py --corpus bench/corpus/out/corpus.jsonl [--entries N]

For every labelled guides row selected (`--file` repeatable, default every file;
`--part`, default `dev`) it computes, through the production code (`refparse`):

* the rules-only reading: `parse_entry` with the fallback switched off, so an entry every
  grammar refuses is a FailedEntry;
* the learned reading: `parse_entry` with `refparse.LEARNED_REPLACES_BELOW` at infinity,
  so the fallback's reading replaces the grammars' wherever the model accepts the entry
  (the existing acceptance rule of `learned.read_learned`); where it does not, the row has
  no learned reading;

and composes these policies from them, fixed before any of them was measured on the data
it is run on:

* `rules`: the grammars alone;
* `a`: the learned reading for refused entries only (`LEARNED_REPLACES_BELOW = None`;
  what shipped until b2 won on fresh9, the base every policy is measured from);
* `b`: also for readings with `style_score` below 0.7 (`LEARNED_REPLACES_BELOW = 0.7`);
* `b2`: also below 0.8 (`LEARNED_REPLACES_BELOW = 0.8`, the default from fresh9, where it
  won by the rule below, until b3 won on fresh10);
* `b3`: also below 0.9 (`LEARNED_REPLACES_BELOW = 0.9`, the default from fresh10:
  declared with `c` before fresh10 was measured, against b2 by the same rule with b2 as
  the base, until b3u won on fresh12);
* `b3u`: `b3`, and also readings with a container and nothing that locates the work
  in it or issues it, whatever their score (`refparse.unlocated`; in production
  `LEARNED_REPLACES_UNLOCATED = True` beside `LEARNED_REPLACES_BELOW = 0.9`, the default
  since fresh12: declared before fresh12 was measured, against b3 by the rule below with
  b3 as the base (`--base b3 --against b3`), with limits on the rendered corpus (no style
  0.05 points lower, at most 10% slower); 87.60% → 88.39%, 8 entries better, 2 worse);
* `b95`: also below 0.95 (declared before fresh11 against b3; more accurate there, but it
  hands about 12.6% of a rendered list's readings to the model and runs ~39% slower, past
  the declared limits of 1 point and 10%);
* `c`: `b2`, and for readings scored from 0.8 to below 0.95 the authors (with `et_al`) and
  the title taken from the learned reading (composed on the scored fields only: it has no
  production setting, so it has no production check);
* `v+a`: `a`, plus, for readings scored below 0.8, every field the rule reading leaves
  empty taken from the learned reading (the authors, with `et_al`, only when the rule
  reading has no authors). Composed on the scored fields (`score.predicted_fields`);
  in production it is `refparse.LEARNED_FILLS_BELOW = 0.8`, which fills the fields
  before the steps normalise them (`refparse.LEARNED_FILLS` lists them).

* `b100`: `b3u` with the line at 1.0 (declared in SOURCES-fresh32.md with `m` and `d`,
  before any of them was measured, against `b3u`);
* `m`: the learned reading wherever the model finds a reference, except where the
  rules-only reading carries a GB/T type code;
* `d`: the learned reading wherever it and the rules-only reading disagree on the title
  or the container (`disagree`: by the project scorer, with the rules-only reading as the
  expected one), and wherever every grammar refused. `m` and `d` are composed only: they
  have no production setting, so no production check;
* `mg`, `b100g`: `m` and `b100`, except also an entry whose body prints a host
  separator `//` that is not part of a link (`HOST`): GOST's and GB/T's host, which the
  model misreads (declared in SOURCES-fresh32.md after round 1's guards);
* `b100h`: `b100`, except that a hosted entry keeps `b3u`'s rule (declared in
  SOURCES-fresh32.md after round 2's guards; judged on fresh32 in session 33: +0.61 over
  `b3u`, but declined by the speed trade, 23% slower where 15% was allowed). These three
  are composed only, as `m` and `d` are: no production setting, so no production check.

`--corpus PATH` reads parse_bench's mixed sample of `--entries` rendered rows instead
(seed 5, as parse_bench takes it), with one line per style in the per-file table: the
guard a policy must pass on lists the grammars read well.

A reading without a `style_score` scores 1.0. Every policy but `rules` is also run
through `parse_entry` with the setting itself, and the number of entries whose composed
reading differs from that production reading is printed (it should be 0; where `v+a`'s
differs, the production reading is the definition).

Printed, aggregates only (never a row, its text or its fields): per policy the total
field accuracy with the project scorer (`bench/corpus/score.py`; a refused entry has all
its expected fields wrong), the exact-entry rate, refused entries, entries better and
worse than `rules` (an entry's own field accuracy, right / counted, higher or lower),
how many entries the model read, and the composite's refs/s (each row's rules-only parse,
best of `--repeat` passes, plus the model's readings of the rows the policy asks for, read
together in one batched pass as a document's are since SOURCES-fresh32.md, best of
`--repeat`; before it, each row's `read_learned` alone); per-field accuracy; per-file
totals; and each policy's difference from `a` in points with a paired bootstrap 95%
interval (`--resamples` resamples of the entries, seeded, percentile interval).

Ship decision rule (declared before the blind run): prefer the policy with the highest
pooled total; if it makes more entries worse than better, or its gain over `a` is below
0.3 points, prefer `a`. The line `rule picks:` applies it. `--base` names another policy
to measure from (the differences, and the gain the rule asks for); `--against` another
policy to count entries better and worse than (default `rules`): a candidate declared
against the shipped policy is run with both set to it.

Blind data: run `--part held-out` (or a new file) only to take a decision, never to tune;
`--part dev` is in-sample for the model (it was trained on the dev rows) and says nothing
about the choice.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "corpus"))

from score import FIELDS, predicted_fields, score_entry  # noqa: E402

from guides_bench import file_of, load, part_of  # noqa: E402
from mmrefs.cli.app import tune_collector  # noqa: E402
from mmrefs.ingest import refparse  # noqa: E402
from mmrefs.ingest.learned import read_learned, read_together  # noqa: E402
from mmrefs.ingest.reflist import RawEntry  # noqa: E402
from mmrefs.ingest.refparse import LEARNED_STYLE, parse_entry  # noqa: E402
from mmrefs.model import FailedEntry, Reference  # noqa: E402
from parse_bench import load as load_corpus  # noqa: E402
from parse_bench import mixed  # noqa: E402

POLICIES = (
    *("rules", "a", "b", "b2", "b3", "b3u", "b95", "c", "v+a"),
    *("b100", "m", "d", "mg", "b100g", "b100h"),
)
BASE = "a"  # the policy every difference is measured from (refused entries only)
# the policies that are a `LEARNED_REPLACES_BELOW`
THRESHOLDS = {"b": 0.7, "b2": 0.8, "b3": 0.9, "b3u": 0.9, "b95": 0.95, "b100": 1.0}
UNLOCATED = ("b3u", "b100")  # the policies that are also `LEARNED_REPLACES_UNLOCATED`
# A policy, and the one a hosted entry takes instead (`rules`: the grammars' reading)
HOSTED_AS = {"mg": ("m", "rules"), "b100g": ("b100", "rules"), "b100h": ("b100", "b3u")}
# A host separator (GOST's and GB/T's `Title // Host`), not a link's `://`
HOST = re.compile(r"(?<![:/])//(?!/)")
DISAGREE_ON = ("title", "container")  # what `d` compares
TAKES_BELOW = 0.95  # `c` takes the authors and title of readings scored below this
TAKEN = ("authors", "et_al", "title")  # what `c` takes from the learned reading
FILL_BELOW = 0.8  # `v+a` fills empty fields of readings scored below this
FILLS = {"v+a": FILL_BELOW}  # the policies that are a `LEARNED_FILLS_BELOW`
MIN_GAIN = 0.3  # points over `a` a policy must gain to be preferred
SOURCE = "guides.jsonl"

Fields = dict[str, Any]


@dataclass
class Row:
    """One entry's readings: rules only, learned (None: the model found no reference),
    the rules' score (None: refused), and the time each reader took."""

    expected: Fields
    file: str
    rules: Fields | None
    learned: Fields | None
    score: float | None
    unlocated: bool = False  # `refparse.unlocated` of the rules-only reading
    coded: bool = False  # the rules-only reading carries a GB/T type code
    hosted: bool = False  # the entry's body prints a host separator (`HOST`)
    rules_s: float = math.inf


@contextmanager
def fallback(
    below: float | None, off: bool = False, fills: float | None = None, unlocated: bool = False
) -> Iterator[None]:
    """`refparse` with `LEARNED_REPLACES_BELOW = below`, `LEARNED_FILLS_BELOW = fills` and
    `LEARNED_REPLACES_UNLOCATED = unlocated`, and with the fallback switched off
    (`read_learned` finds nothing) when `off`; restored afterwards."""
    saved = (
        refparse.LEARNED_REPLACES_BELOW,
        refparse.LEARNED_FILLS_BELOW,
        refparse.LEARNED_REPLACES_UNLOCATED,
        refparse.read_learned,
    )
    refparse.LEARNED_REPLACES_BELOW, refparse.LEARNED_FILLS_BELOW = below, fills
    refparse.LEARNED_REPLACES_UNLOCATED = unlocated
    if off:
        refparse.read_learned = lambda text: None
    try:
        yield
    finally:
        (
            refparse.LEARNED_REPLACES_BELOW,
            refparse.LEARNED_FILLS_BELOW,
            refparse.LEARNED_REPLACES_UNLOCATED,
        ) = saved[:3]
        refparse.read_learned = saved[3]


def parse(text: str) -> Reference | FailedEntry:
    return parse_entry(RawEntry(1, "", text, 1, 1), SOURCE)


def scored(ref: Reference | FailedEntry) -> Fields | None:
    """A reading in the label schema, or None for a failed entry."""
    return None if isinstance(ref, FailedEntry) else predicted_fields(ref)


def score_of(ref: Reference | FailedEntry) -> float | None:
    if isinstance(ref, FailedEntry):
        return None
    return float(ref.extra_value("style_score") or 1.0)


def read_rows(rows: list[Fields], group: Callable[[Fields], str] = file_of) -> list[Row]:
    """Each row's rules-only and learned readings, through `parse_entry`; `group` names
    the row's line in the per-file table (a rendered row's style)."""
    out = []
    for row in rows:
        with fallback(None, off=True):
            rules = parse(row["text"])
            raw = refparse.parse_fields(row["text"])
        with fallback(math.inf):
            learned = parse(row["text"])
        is_learned = isinstance(learned, Reference) and learned.extra_value("style") == (
            LEARNED_STYLE
        )
        out.append(
            Row(
                row["expected"],
                group(row),
                scored(rules),
                scored(learned) if is_learned else None,
                score_of(rules),
                isinstance(raw, dict) and refparse.unlocated(raw, {}),
                isinstance(raw, dict) and bool(raw.get("type_code")),
                bool(HOST.search(refparse.peeled(row["text"])[1])),
            )
        )
    return out


def time_rows(rows: list[Fields], readings: list[Row], repeat: int) -> None:
    """Each row's best time, over `repeat` passes, for the rules-only parse."""
    for _ in range(repeat):
        for row, reading in zip(rows, readings, strict=True):
            with fallback(None, off=True):
                start = time.perf_counter()
                parse(row["text"])
                reading.rules_s = min(reading.rules_s, time.perf_counter() - start)


def model_seconds(texts: list[str], repeat: int) -> float:
    """The best time, over `repeat` passes, for the model's readings of `texts` as a
    document's hand-overs are read since the batched reader (SOURCES-fresh32.md): all
    together (`learned.read_together`), then each (`read_learned`, what the fallback
    adds to a parse)."""
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        with read_together(texts):
            for text in texts:
                read_learned(text)
        best = min(best, time.perf_counter() - start)
    return best


def asks_model(policy: str, row: Row) -> bool:
    """Whether `policy` has the model read this entry."""
    if policy == "rules":
        return False
    if row.score is None:
        return True
    if policy in HOSTED_AS:
        elsewhere, hosted = HOSTED_AS[policy]
        return asks_model(hosted if row.hosted else elsewhere, row)
    if policy in UNLOCATED and row.unlocated:
        return True
    if policy in THRESHOLDS:
        return row.score < THRESHOLDS[policy]
    if policy == "m":
        return not row.coded
    if policy == "d":
        return disagree(row)
    if policy == "c":
        return row.score < TAKES_BELOW
    return policy == "v+a" and row.score < FILL_BELOW


def disagree(row: Row) -> bool:
    """Whether the model's reading and the rules' differ on the title or the container,
    by the project scorer with the rules' reading as the expected one (a field one of
    them leaves empty differs)."""
    if row.rules is None or row.learned is None:
        return False
    verdict = score_entry(row.rules, row.learned)
    return not all(verdict.get(name, True) for name in DISAGREE_ON)


def reading(policy: str, row: Row) -> Fields | None:
    """The reading `policy` gives of the entry."""
    if not asks_model(policy, row) or row.learned is None:
        return row.rules
    if policy == "v+a" and row.rules is not None:
        return filled(row.rules, row.learned)
    if policy == "c" and row.rules is not None and row.score is not None and row.score >= 0.8:
        return {**row.rules, **{name: row.learned.get(name) for name in TAKEN}}
    return row.learned


def filled(rules: Fields, learned: Fields) -> Fields:
    """`rules` with each field it leaves empty taken from `learned`; the authors (with
    `et_al`) only when `rules` has none."""
    out = dict(rules)
    for name in FIELDS:
        if name == "authors":
            if not rules.get("authors") and learned.get("authors"):
                out["authors"], out["et_al"] = learned["authors"], learned.get("et_al")
        elif not rules.get(name) and learned.get(name):
            out[name] = learned[name]
    return out


@dataclass
class Verdicts:
    """One policy's field verdicts, entry by entry."""

    fields: list[dict[str, bool]]

    @property
    def right(self) -> list[int]:
        return [sum(v.values()) for v in self.fields]

    @property
    def counted(self) -> list[int]:
        return [len(v) for v in self.fields]


def accuracy(verdict: dict[str, bool]) -> float:
    return sum(verdict.values()) / len(verdict) if verdict else 1.0


def bootstrap(
    base: Verdicts, other: Verdicts, resamples: int, seed: int
) -> tuple[float, float, float]:
    """`other` minus `base` in pooled field accuracy (points), with the paired percentile
    95% interval over `resamples` resamples of the entries."""
    right_a, counted_a = base.right, base.counted
    right_b, counted_b = other.right, other.counted
    n = len(right_a)

    def diff(idx: list[int]) -> float:
        a = sum(map(right_a.__getitem__, idx)) / max(sum(map(counted_a.__getitem__, idx)), 1)
        b = sum(map(right_b.__getitem__, idx)) / max(sum(map(counted_b.__getitem__, idx)), 1)
        return 100 * (b - a)

    rng = random.Random(seed)
    population = range(n)
    diffs = sorted(diff(rng.choices(population, k=n)) for _ in range(resamples))
    low, high = diffs[int(0.025 * resamples)], diffs[math.ceil(0.975 * resamples) - 1]
    return diff(list(population)), low, high


def pooled(verdicts: list[dict[str, bool]]) -> float:
    counted = sum(len(v) for v in verdicts)
    return sum(sum(v.values()) for v in verdicts) / counted if counted else 1.0


def production_mismatches(rows: list[Fields], readings: list[Row], policy: str) -> int:
    """Entries whose composed `policy` reading differs from `parse_entry`'s with the
    policy's own `LEARNED_REPLACES_BELOW` or `LEARNED_FILLS_BELOW`."""
    with fallback(THRESHOLDS.get(policy), fills=FILLS.get(policy), unlocated=policy in UNLOCATED):
        return sum(
            scored(parse(row["text"])) != reading(policy, r)
            for row, r in zip(rows, readings, strict=True)
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", action="append", help="only this file's rows (repeatable)")
    parser.add_argument("--part", choices=("dev", "held-out", "all"), default="dev")
    parser.add_argument("--resamples", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=20241201)
    parser.add_argument("--repeat", type=int, default=3, help="timing passes (best per row)")
    parser.add_argument("--corpus", type=Path, help="rendered rows instead (parse_bench's)")
    parser.add_argument("--entries", type=int, default=20_000, help="with --corpus")
    parser.add_argument(
        "--base", choices=POLICIES, default=BASE, help="the policy differences are taken from"
    )
    parser.add_argument(
        "--against",
        choices=POLICIES,
        default="rules",
        help="the policy entries are better or worse than",
    )
    args = parser.parse_args()
    tune_collector()
    if args.corpus:
        rows = mixed(load_corpus(args.corpus), args.entries)
    else:
        rows = [
            row
            for row in load()
            if args.part in ("all", part_of(row)) and (not args.file or file_of(row) in args.file)
        ]
    if not rows:
        sys.exit("no rows selected")
    read_learned("")  # load the model before anything is timed
    readings = read_rows(rows, (lambda row: str(row["style"])) if args.corpus else file_of)
    time_rows(rows, readings, args.repeat)
    verdicts = {
        policy: Verdicts([score_entry(r.expected, reading(policy, r)) for r in readings])
        for policy in POLICIES
    }
    where = f"corpus {args.corpus}" if args.corpus else f"files {', '.join(args.file or ['all'])}"
    print(f"rows: {len(rows)} (part {args.part}; {where})")
    print(
        f"\n{'policy':8} {'field acc':>9} {'exact':>7} {'refused':>7} {'better':>6} "
        f"{'worse':>6} {'model':>6} {'refs/s':>8}   (better/worse: than {args.against})"
    )
    against = [accuracy(v) for v in verdicts[args.against].fields]
    totals: dict[str, float] = {}
    changed: dict[str, tuple[int, int]] = {}
    timed: dict[tuple[int, ...], float] = {}  # the model's time for each set of asked rows
    for policy in POLICIES:
        fields = verdicts[policy].fields
        totals[policy] = 100 * pooled(fields)
        own = [accuracy(v) for v in fields]
        better = sum(a > b for a, b in zip(own, against, strict=True))
        worse = sum(a < b for a, b in zip(own, against, strict=True))
        changed[policy] = better, worse
        refused = sum(reading(policy, r) is None for r in readings)
        asked = tuple(i for i, r in enumerate(readings) if asks_model(policy, r))
        if asked not in timed:
            timed[asked] = model_seconds([rows[i]["text"] for i in asked], args.repeat)
        seconds = sum(r.rules_s for r in readings) + timed[asked]
        exact = sum(all(v.values()) for v in fields) / len(fields)
        print(
            f"{policy:8} {totals[policy]:8.2f}% {exact:7.1%} {refused:7d} {better:6d} "
            f"{worse:6d} {len(asked):6d} {len(rows) / seconds:8.0f}"
        )
    print(f"\n{'field':18} {'counted':>7} " + " ".join(f"{p:>7}" for p in POLICIES))
    for name in FIELDS:
        cells = []
        counted = 0
        for policy in POLICIES:
            marks = [v[name] for v in verdicts[policy].fields if name in v]
            counted = len(marks) if policy == "rules" else counted
            cells.append(f"{sum(marks) / len(marks):7.2%}" if marks else f"{'-':>7}")
        print(f"{name:18} {counted:7d} " + " ".join(cells))
    print(f"\n{'file':18} {'entries':>7} " + " ".join(f"{p:>7}" for p in POLICIES))
    for name in sorted({r.file for r in readings}):
        picked = [i for i, r in enumerate(readings) if r.file == name]
        cells = [f"{pooled([verdicts[p].fields[i] for i in picked]):7.2%}" for p in POLICIES]
        print(f"{name:18} {len(picked):7d} " + " ".join(cells))
    print(
        f"\ndifference from {args.base} (points; paired bootstrap 95% interval, "
        f"{args.resamples} resamples, seed {args.seed}):"
    )
    for policy in POLICIES:
        if policy != args.base:
            point, low, high = bootstrap(
                verdicts[args.base], verdicts[policy], args.resamples, args.seed
            )
            print(f"  {policy:8} {point:+6.2f}  [{low:+6.2f}, {high:+6.2f}]")
    print("\ncomposed vs parse_entry with the setting (entries differing; should be 0):")
    for policy in ("a", *THRESHOLDS, *FILLS):
        print(f"  {policy:8} {production_mismatches(rows, readings, policy)}")
    print(f"\nrule picks: {pick(totals, changed, args.base)}")


def pick(totals: dict[str, float], changed: dict[str, tuple[int, int]], base: str = BASE) -> str:
    """The pre-declared ship rule: the highest pooled total, unless it makes more entries
    worse than better than `base` or gains less than `MIN_GAIN` points over it; then
    `base`."""
    best = max(POLICIES, key=lambda policy: totals[policy])  # the first of equals
    better, worse = changed[best]
    if best == base or worse > better or totals[best] - totals[base] < MIN_GAIN:
        return f"{base} (highest pooled total: {best}, {totals[best]:.2f}%)"
    return f"{best} ({totals[best]:.2f}%, {totals[best] - totals[base]:+.2f} over {base})"


if __name__ == "__main__":
    main()

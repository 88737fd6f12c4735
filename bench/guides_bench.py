"""Parse accuracy on real reference strings: examples that public style guides print.

Run: python bench/guides_bench.py [--misses] [--part dev|held-out] [--file NAME] [--blind]
                                  [--json OUT]

The rendered corpus (`parse_bench.py`) is perfectly labelled but made by one CSL
processor; these strings were typed by people (style guides, journals' instructions to
authors, library guides, GB/T 7714 write-ups) and labelled by hand, each with the address
it was copied from (`tests/data/corpus/guides/`, sources in its SOURCES files). Prints
field accuracy per style and per field, the whole-entry exact rate and the entries no
grammar read; `--misses` lists every wrong field.

Parser fixes are made looking at the `dev` rows only; a third of the sources (chosen by a
hash of the address, so one page's examples stay together) is `held-out`, and its figures
say how well those fixes carry to strings nobody tuned for. `--part held-out` prints only
those rows (the default prints all, then each part's total). A file added later
(`fresh.jsonl`, other pages) was first measured as a whole before anyone looked at it, and
its rows then split the same way; the totals per file are printed too. `--blind` prints
the tables only, never a row's text or its misses: the way to measure a new batch
(`--file fresh2 --blind`) before anyone has looked at what the parser makes of it. The
batches kept blind for a later decision (`KEPT_BLIND`) are never listed, only counted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "corpus"))

from score import predicted_fields, score_entry, tally  # noqa: E402

from mmrefs.ingest.reflist import RawEntry  # noqa: E402
from mmrefs.ingest.refparse import parse_entry  # noqa: E402
from mmrefs.model import FailedEntry  # noqa: E402

GUIDES = HERE.parent / "tests" / "data" / "corpus" / "guides"
PARTS = ("dev", "held-out")
# The batches kept from row-by-row use (SOURCES-fresh33.md, "Session 34"): their rows
# count in every table, but no listing prints their text or misses, whatever the part.
KEPT_BLIND = frozenset(("fresh29", "fresh30", "fresh32", "fresh33"))


def load(folder: Path = GUIDES) -> list[dict[str, Any]]:
    """Every labelled row of every `*.jsonl` file in `folder`."""
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return rows


def part_of(row: dict[str, Any]) -> str:
    """`held-out` for a third of the source addresses, else `dev`."""
    return "held-out" if hashlib.sha1(row["source"].encode()).digest()[0] % 3 == 0 else "dev"


def file_of(row: dict[str, Any]) -> str:
    """The file a row comes from, by its id (`fresh2-17` → `fresh2`, `en-apa-3` → `en`)."""
    return str(row["id"]).split("-")[0]


def right_counted(verdict: dict[str, bool]) -> tuple[int, int]:
    """A row's verdict as (fields right, fields counted): the two figures every bench
    pools."""
    return sum(verdict.values()), len(verdict)


def scored_rows(rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Any, dict[str, bool]]]:
    """Each row with what the parser made of it and the field-by-field verdict."""
    out = []
    for row in rows:
        parsed = parse_entry(RawEntry(1, "", row["text"], 1, 1), "guides.jsonl")
        predicted = None if isinstance(parsed, FailedEntry) else predicted_fields(parsed)
        out.append((row, parsed, score_entry(row["expected"], predicted)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument("--json", type=Path, help="write the tables here as JSON")
    parser.add_argument("--part", choices=PARTS, help="only these rows")
    parser.add_argument("--file", help="only the rows of this file (`fresh2` for fresh2.jsonl)")
    parser.add_argument("--blind", action="store_true", help="tables only: no row text")
    args = parser.parse_args()
    rows = [
        row
        for row in load()
        if args.part in (None, part_of(row)) and args.file in (None, file_of(row))
    ]
    results = scored_rows(rows)
    result = tally((row["style"], verdict) for row, _, verdict in results)
    failed = [(row, parsed) for row, parsed, _ in results if isinstance(parsed, FailedEntry)]
    print(f"{'style':28} {'entries':>7} {'fields':>7} {'field acc':>9} {'exact':>7}")
    for style, (right, counted, exact, count) in sorted(result["styles"].items()):
        print(f"{style:28} {count:7d} {counted:7d} {right / counted:9.2%} {exact / count:7.1%}")
    total = [sum(v[i] for v in result["styles"].values()) for i in range(4)]
    print(
        f"{'ALL':28} {total[3]:7d} {total[1]:7d} {total[0] / total[1]:9.2%} "
        f"{total[2] / total[3]:7.1%}"
    )
    groups = [(p, lambda row, p=p: part_of(row) == p) for p in PARTS] + [
        (f"file {f}", lambda row, f=f: file_of(row) == f)
        for f in sorted({file_of(row) for row, _, _ in results})
    ]
    for part, chosen in groups:
        verdicts = [v for row, _, v in results if chosen(row)]
        if verdicts:
            right = sum(sum(v.values()) for v in verdicts)
            counted = sum(len(v) for v in verdicts)
            exact = sum(all(v.values()) for v in verdicts)
            print(
                f"{'  ' + part:28} {len(verdicts):7d} {counted:7d} {right / counted:9.2%} "
                f"{exact / len(verdicts):7.1%}"
            )
    print(f"\n{'field':18} {'counted':>8} {'accuracy':>9}")
    for field, (right, counted) in result["fields"].items():
        print(f"{field:18} {counted:8d} {right / counted:9.2%}")
    print(f"\nrefused: {len(failed)} of {len(results)}")
    refused = len(failed)  # for `--json`, before any row is left out of the listing
    if args.blind:
        failed = []
    kept = [row for row, _ in failed if file_of(row) in KEPT_BLIND]
    if kept:
        print(f"  ({len(kept)} of them in batches kept blind, not listed)")
    failed = [(row, parsed) for row, parsed in failed if file_of(row) not in KEPT_BLIND]
    for row, parsed in failed:
        print(f"  {row['id']}: {parsed.reason}\n    {row['text']}")
    if args.misses and not args.blind:
        print("\nwrong fields:")
        for row, parsed, verdict in results:
            if isinstance(parsed, FailedEntry) or file_of(row) in KEPT_BLIND:
                continue
            got = predicted_fields(parsed)
            for field, ok in verdict.items():
                if not ok:
                    print(
                        f"  {row['id']} {field}: want {row['expected'].get(field)!r} "
                        f"got {got.get(field)!r}\n    {row['text']}"
                    )
    if args.json:
        args.json.write_text(json.dumps(dict(result, refused=refused), indent=1) + "\n")


if __name__ == "__main__":
    main()

"""Parse accuracy and throughput on the labelled multi-style corpus.

Run: python bench/corpus/build.py          (once: renders the corpus, see its docstring)
     python bench/parse_bench.py [--entries 100000] [--corpus PATH] [--json OUT]

The corpus entries (every style mixed, in a fixed shuffled order, repeated to reach
--entries) become one numbered reference list, parsed as `mmrefs parse` parses a file.
Prints field accuracy per style and per field, the whole-entry exact rate, failures, how
many readings would be reported for a person to check (`warned`: low confidence or a
value a normalising step left as printed), references per second (whole document: split
+ parse + keys, and the entry parser alone) and peak RSS. The garbage collector is tuned
as the `mmrefs` command tunes it.

Baseline before the multi-style parser (commit 086935d, same corpus): 13.9% field
accuracy, 10.7% exact, 85,946 of 100,000 entries refused; 7,018 refs/s (document),
10,083 refs/s (entry parser, which refused most entries early).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

from measure import measure

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "corpus"))

from score import predicted_fields, score_entry, tally  # noqa: E402

from mmrefs.cli.app import tune_collector  # noqa: E402
from mmrefs.ingest.document import parse_document  # noqa: E402
from mmrefs.ingest.reflist import RawEntry  # noqa: E402
from mmrefs.ingest.refparse import parse_entries, reading_findings  # noqa: E402
from mmrefs.model import Reference  # noqa: E402

DEFAULT_CORPUS = HERE / "corpus" / "out" / "corpus.jsonl"
# Numbered styles keep their own label form; author-date lists get `[n]` so that one
# splitter reads them all (their own lists are unnumbered).
DOT_LABELS = {"vancouver", "ama", "nature", "elsevier-vancouver", "lancet", "cell", "frontiers"}


def load(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        sys.exit(f"{path} is missing: run `python bench/corpus/build.py` first")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def mixed(rows: list[dict[str, Any]], entries: int, seed: int = 5) -> list[dict[str, Any]]:
    order = rows[:]
    random.Random(seed).shuffle(order)
    return [order[n % len(order)] for n in range(entries)]


def as_list(rows: list[dict[str, Any]]) -> str:
    lines = ["References"]
    for n, row in enumerate(rows, start=1):
        label = f"{n}." if row["style"] in DOT_LABELS else f"[{n}]"
        lines.append(f"{label} {row['text']}")
    return "\n".join(lines) + "\n"


def entry_rate(rows: list[dict[str, Any]]) -> float:
    """References per second of the entry parser alone (no splitting, no keys), over the
    whole list as a document's entries are parsed (`parse_entries`: the entries the
    fallback reads are read together; until session 32, `parse_entry` one by one)."""
    raws = [RawEntry(n, "", row["text"].replace("\n", " "), n, n) for n, row in enumerate(rows)]
    start = time.perf_counter()
    parse_entries(raws, "bench.txt")
    return len(raws) / (time.perf_counter() - start)


def report(rows: list[dict[str, Any]], doc_refs: dict[int, Reference]) -> dict[str, Any]:
    scored = []
    for n, row in enumerate(rows, start=1):
        ref = doc_refs.get(n)
        scored.append(
            (row["style"], score_entry(row["expected"], predicted_fields(ref) if ref else None))
        )
    return tally(scored)


def print_tables(result: dict[str, Any], failed: dict[str, int]) -> None:
    print(f"{'style':22} {'fields':>8} {'field acc':>9} {'exact':>7} {'failed':>7}")
    total = [0, 0, 0, 0]
    for style, (right, counted, exact, count) in sorted(result["styles"].items()):
        print(
            f"{style:22} {counted:8d} {right / counted:9.2%} {exact / count:7.1%} "
            f"{failed.get(style, 0) / count:7.1%}"
        )
        total = [t + v for t, v in zip(total, (right, counted, exact, count), strict=True)]
    print(f"{'ALL':22} {total[1]:8d} {total[0] / total[1]:9.2%} {total[2] / total[3]:7.1%}")
    print(f"\n{'field':18} {'counted':>8} {'accuracy':>9}")
    for field, (right, counted) in result["fields"].items():
        print(f"{field:18} {counted:8d} {right / counted:9.2%}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, help="write the tables here as JSON")
    args = parser.parse_args()
    tune_collector()  # as `mmrefs` runs
    rows = mixed(load(args.corpus), args.entries)
    text = as_list(rows)
    doc, seconds, peak_mib = measure(lambda: parse_document(text, "bench.txt"))
    refs = doc.by_number()
    failed: dict[str, int] = {}
    for failure in doc.failures:
        style = rows[(failure.number or 1) - 1]["style"]
        failed[style] = failed.get(style, 0) + 1
    result = report(rows, refs)
    print_tables(result, failed)
    rate = entry_rate(rows[:20_000])
    warned = sum(bool(reading_findings(ref)) for ref in doc.references)
    print(
        f"\nentries={len(rows)} parsed={len(doc.references)} failed={len(doc.failures)} "
        f"warned={warned} "
        f"seconds={seconds:.2f} refs_per_second={len(rows) / seconds:,.0f} "
        f"entry_parser_refs_per_second={rate:,.0f} peak_rss_mib={peak_mib:.0f} "
        f"input_mib={len(text.encode()) / 2**20:.1f}"
    )
    if args.json:
        args.json.write_text(json.dumps(dict(result, failed=failed), indent=1) + "\n")


if __name__ == "__main__":
    main()

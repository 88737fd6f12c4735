"""Parse throughput on the bundled review's reference list replicated to N entries.

Run: python bench/parse_bench.py [--entries 100000]
Prints references/second for splitting + parsing + key assignment, and peak RSS.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from measure import measure
from mmrefs.ingest.document import parse_document

ROOT = Path(__file__).resolve().parent.parent


def replicated_list(entries: int) -> str:
    source = ROOT / "refs" / "mm-biomaterials-review.txt"
    items = [ref.raw for ref in parse_document(source.read_text("utf-8"), str(source)).references]
    lines = ["参考文献"]
    for n in range(1, entries + 1):
        lines.append(f"[{n}] {items[(n - 1) % len(items)]}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    text = replicated_list(args.entries)
    doc, seconds, peak_mib = measure(lambda: parse_document(text, "bench.txt"))
    print(
        f"entries={args.entries} parsed={len(doc.references)} failed={len(doc.failures)} "
        f"seconds={seconds:.2f} refs_per_second={len(doc.references) / seconds:,.0f} "
        f"peak_rss_mib={peak_mib:.0f} input_mib={len(text.encode()) / 2**20:.1f}"
    )


if __name__ == "__main__":
    main()

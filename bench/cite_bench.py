"""Citation-map throughput on a synthetic review of about 10 MB.

Run: python bench/cite_bench.py [--megabytes 10]
The bundled review's body (text, tables, captions) is repeated until the size is reached,
followed by its reference list, so every mark stays in range.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from measure import measure
from mmrefs.ingest.citations import build_citation_map

ROOT = Path(__file__).resolve().parent.parent


def synthetic_review(megabytes: float) -> str:
    text = (ROOT / "refs" / "mm-biomaterials-review.txt").read_text("utf-8")
    cut = text.index("参考文献 (References)")
    body, tail = text[:cut], text[cut:]
    copies = max(1, int(megabytes * 2**20 / len(body.encode())))
    return body * copies + tail


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=10.0)
    args = parser.parse_args()
    text = synthetic_review(args.megabytes)
    cmap, seconds, peak = measure(lambda: build_citation_map(text, "bench.txt", 139))
    print(
        f"input_mib={len(text.encode()) / 2**20:.1f} occurrences={len(cmap.citations)} "
        f"malformed={len(cmap.malformed)} seconds={seconds:.2f} "
        f"occurrences_per_second={len(cmap.citations) / seconds:,.0f} peak_rss_mib={peak:.0f}"
    )


if __name__ == "__main__":
    main()

"""Check + report throughput on a synthetic review of 2,000 references and 20,000 citations.

Run: python bench/report_bench.py [--references 2000] [--citations 20000] [--findings 2000]
The review comes from `mmrefs.testing` (the generator the tests use) and is built offline
with `pipeline.build`; that part is timed apart. Timed together (target <= 5 s, <= 300 MB
peak RSS of the whole process): `run_checks` on the build, then the HTML, Markdown and
JSON reports of the checked build through their three public functions, with `--findings`
synthetic findings spread over the claims so that inline placement is exercised. The
split per step is printed too.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace

from measure import measure
from mmrefs import pipeline
from mmrefs.check import run_checks
from mmrefs.model import Build
from mmrefs.report.html import render_report_html
from mmrefs.report.json_report import render_report_json
from mmrefs.report.markdown import render_report_md
from mmrefs.testing import ReviewShape, spread_findings, synthetic_review


def timed(steps: dict[str, float], name: str, action: Callable[[], object]) -> object:
    start = time.perf_counter()
    result = action()
    steps[name] = time.perf_counter() - start
    return result


def check_and_report(build: Build, extra: int, steps: dict[str, float]) -> dict[str, int]:
    """What `mmrefs check` + `mmrefs report` do: findings, then the three reports."""
    findings = timed(steps, "check", lambda: run_checks(build))
    assert isinstance(findings, tuple)
    checked = replace(build, findings=findings + spread_findings(build, extra))
    sizes = {"findings": len(checked.findings)}
    for name, render in (
        ("html", render_report_html),
        ("md", render_report_md),
        ("json", render_report_json),
    ):
        text = timed(steps, name, lambda render=render: render(checked))  # type: ignore[misc]
        sizes[name] = len(str(text).encode())
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--references", type=int, default=2000)
    parser.add_argument("--citations", type=int, default=20000)
    parser.add_argument("--findings", type=int, default=2000)
    args = parser.parse_args()
    shape = ReviewShape(references=args.references, citations=args.citations, sections=40)
    build, build_seconds, build_peak = measure(
        lambda: pipeline.build(synthetic_review(shape), "bench.txt")
    )
    steps: dict[str, float] = {}
    sizes, _, peak = measure(lambda: check_and_report(build, args.findings, steps))
    seconds = steps["check"] + steps["html"] + steps["md"] + steps["json"]
    cmap = build.citations
    print(
        f"references={len(build.document.references)} "
        f"citations={len(cmap.citations) if cmap else 0} findings={sizes['findings']} "
        f"build_seconds={build_seconds:.2f} peak_rss_after_build_mib={build_peak:.0f}"
    )
    print(
        f"check+report seconds={seconds:.2f} peak_rss_mib={peak:.0f} "
        + " ".join(f"{name}={s:.2f}s" for name, s in steps.items())
    )
    print(" ".join(f"{k}_mib={sizes[k] / 2**20:.1f}" for k in ("html", "md", "json")))


if __name__ == "__main__":
    main()

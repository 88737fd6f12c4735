"""Start-up cost: `mmrefs --help` and a warm `mmrefs build --offline` on the bundled inputs.

A warm build is one whose cache already holds every answer the build asks for. The bench
fills a fresh cache by building once against the stand-in registries of `resolve_bench`
(local server, real formats), then times, each in a new process as a user would:

- `mmrefs --help`;
- `mmrefs build --offline` again with nothing changed (the build's stamp says the outputs
  are current, so nothing is rebuilt);
- `mmrefs build --offline --rebuild`: every stage over the warm cache, what an edited input
  costs.

Python writes bytecode here as it does on a user's machine (PYTHONDONTWRITEBYTECODE is
dropped for the timed processes; one untimed run compiles it first). Prints the median and
best of the runs. The issue's goal: a warm `mmrefs build --offline` in at most 0.5 s.

Run: python bench/startup_bench.py [--runs 7]
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pytest_httpserver import HTTPServer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mmrefs.ingest.document import parse_document
from resolve_bench import LimitedFake

ROOT = Path(__file__).resolve().parent.parent
MMREFS = [sys.executable, "-m", "mmrefs"]
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str], runs: int) -> list[float]:
    """Wall seconds of each run of `command` in a new process; a failing run stops the bench."""
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False, env=ENV)
        seconds.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} exited {done.returncode}: {done.stderr}")
    return seconds


def show(label: str, seconds: list[float]) -> None:
    print(f"{label}: median {statistics.median(seconds):.3f} s, best {min(seconds):.3f} s "
          f"({len(seconds)} runs)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    source = ROOT / "refs" / "mm-biomaterials-review.txt"
    fake = LimitedFake(list(parse_document(source.read_text("utf-8"), str(source)).references))
    with tempfile.TemporaryDirectory() as work:
        refs, cache, out = Path(work, "refs"), Path(work, "cache"), Path(work, "out")
        shutil.copytree(ROOT / "refs", refs, ignore=shutil.ignore_patterns("out"))
        build = [*MMREFS, "build", "--refs-dir", str(refs), "--out-dir", str(out),
                 "--cache-dir", str(cache), "--force"]  # fmt: skip
        server = HTTPServer(threaded=True)
        server.expect_request(re.compile(".*")).respond_with_handler(fake.handle)
        server.start()
        # the offline runs ask with the same base URLs, so they find the same cache keys
        build += ["--crossref-url", server.url_for("/crossref"),
                  "--eutils-url", server.url_for("/eutils")]  # fmt: skip
        try:
            show("cold build (stand-in registries, 150 ms latency)", timed(build, 1))
        finally:
            server.stop()
        timed([*build, "--offline", "--rebuild"], 1)  # bytecode compiled, stamp written
        show("mmrefs --help", timed([*MMREFS, "--help"], args.runs))
        show(
            "warm mmrefs build --offline, nothing changed", timed([*build, "--offline"], args.runs)
        )
        show(
            "warm mmrefs build --offline --rebuild (every stage)",
            timed([*build, "--offline", "--rebuild"], args.runs),
        )


if __name__ == "__main__":
    main()

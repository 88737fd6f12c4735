"""Resolution cost for the bundled review against a local server with real limits.

The server answers in Crossref's and E-utilities' formats (built from the review's own
printed references; DOIs use the example prefix 10.5555, PMIDs are made up), adds 150 ms of
latency to every reply, and answers 429 to any client that exceeds the published rates
(Crossref lists 3/s and single works 10/s in the polite pool, NCBI 10/s with a key).

Run: python bench/resolve_bench.py [--fault-rate 0.1]
Prints requests, 429s and wall time for a cold run (empty cache) and a warm run. With
`--fault-rate`, a proxy in front of the server fails that share of connections (500, 503,
504, resets, 3 s stalls, truncated bodies; seeded) and the run must end with the same
resolutions as a run without faults.
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
import time
from collections import defaultdict, deque
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from mmrefs import pipeline
from mmrefs.http import Client, Settings, open_cache
from mmrefs.ingest.document import parse_document
from mmrefs.providers.crossref import Crossref
from mmrefs.providers.pubmed import PubMed
from mmrefs.testing.fakes import crossref_work, summary, summary_doc, work_list
from mmrefs.testing.faults import faulty_proxy
from mmrefs.text import has_cjk

ROOT = Path(__file__).resolve().parent.parent

LATENCY = 0.15
LIMITS = {"list": 3, "single": 10, "eutils": 10}


class LimitedFake:
    def __init__(self, refs: list) -> None:  # type: ignore[type-arg]
        self.works = {
            f"10.5555/bench.{r.number}": crossref_work(r, f"10.5555/bench.{r.number}") for r in refs
        }
        pubmed = [r for r in refs if not has_cjk(r.raw) and r.container and r.volume]
        self.pmids = {r.key: str(900000 + r.number) for r in pubmed}
        self.docs = {
            str(900000 + r.number): summary_doc(
                r, str(900000 + r.number), f"10.5555/bench.{r.number}"
            )
            for r in pubmed
        }
        self.by_author = defaultdict(list)
        for r in refs:
            if r.authors:
                self.by_author[(r.authors[0].family or r.authors[0].literal)].append(
                    self.works[f"10.5555/bench.{r.number}"]
                )
        self.recent: dict[str, deque[float]] = defaultdict(deque)
        self.too_many = 0

    def bucket(self, request: Request) -> str:
        if request.path.startswith("/eutils"):
            return "eutils"
        return "list" if request.path == "/crossref/works" else "single"

    def handle(self, request: Request) -> Response:
        time.sleep(LATENCY)
        bucket = self.bucket(request)
        window = self.recent[bucket]
        now = time.monotonic()
        while window and now - window[0] > 1.0:
            window.popleft()
        if len(window) >= LIMITS[bucket]:
            self.too_many += 1
            return Response("rate limit", 429)
        window.append(now)
        args = request.args
        if request.path == "/eutils/ecitmatch.cgi":
            lines = [x for x in args["bdata"].split("\r") if x]
            return Response(
                "\n".join(x + self.pmids.get(x.split("|")[5], "NOT_FOUND") for x in lines)
            )
        if request.path == "/eutils/esearch.fcgi":
            return Response(json.dumps({"esearchresult": {"count": "0", "idlist": []}}))
        if request.path == "/eutils/esummary.fcgi":
            ids = args["id"].split(",")
            return Response(summary({i: self.docs[i] for i in ids if i in self.docs}))
        if "filter" in args and "doi:" in args["filter"]:
            dois = [d.removeprefix("doi:") for d in args["filter"].split(",")]
            return Response(work_list([self.works[d] for d in dois if d in self.works]))
        query = args.get("query.bibliographic", "")
        hits = [
            w for name, ws in self.by_author.items() if name and query.startswith(name) for w in ws
        ]
        return Response(work_list(hits[:5]))


def resolve_runs(doc, fake: LimitedFake, crossref_url: str, eutils_url: str, label: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    """A cold and a warm run against the given base URLs; prints one line each."""
    outcome = []
    with tempfile.TemporaryDirectory() as cache:
        settings = Settings(
            crossref_url,
            eutils_url,
            "bench@example.org",
            "bench-key",
            Path(cache),
            timeout=(2.0, 2.0),
        )
        for run in ("cold", "warm"):
            client = Client(settings, open_cache(settings))
            start = time.perf_counter()
            resolutions = pipeline.resolve(
                doc, Crossref(settings.crossref_url, client), PubMed(settings.eutils_url, client)
            )
            seconds = time.perf_counter() - start
            counts = json.dumps(pipeline.resolution_counts(resolutions))
            print(
                f"{label} {run}: requests={client.requests} seconds={seconds:.1f} "
                f"server_429s={fake.too_many} {counts}"
            )
            outcome.append([(r.status, r.doi, r.pmid) for r in resolutions])
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fault-rate", type=float, default=0.0)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    source = ROOT / "refs" / "mm-biomaterials-review.txt"
    doc = parse_document(source.read_text("utf-8"), str(source))
    fake = LimitedFake(list(doc.references))
    server = HTTPServer(threaded=True)
    for path in (
        "/crossref/works",
        "/eutils/ecitmatch.cgi",
        "/eutils/esummary.fcgi",
        "/eutils/esearch.fcgi",
    ):
        server.expect_request(path).respond_with_handler(fake.handle)
    server.start()
    try:
        clean = resolve_runs(
            doc, fake, server.url_for("/crossref"), server.url_for("/eutils"), "clean"
        )
        if args.fault_rate:
            target = (server.host, server.port)
            with faulty_proxy(target, rate=args.fault_rate, stall=3.0, seed=7) as proxy:
                faulty = resolve_runs(
                    doc, fake, proxy.url("/crossref"), proxy.url("/eutils"), "faults"
                )
            kinds = {k: proxy.injected.count(k) for k in sorted(set(proxy.injected))}
            print(
                f"faults injected: {len(proxy.injected)} of {proxy.connections} connections {kinds}"
            )
            same = faulty[0] == clean[0]
            print(f"same resolutions as without faults: {same}")
            if not same:
                raise SystemExit(1)
    finally:
        server.stop()


if __name__ == "__main__":
    main()

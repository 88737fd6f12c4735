"""Resolution cost and recall for the bundled review against a local server with real limits.

The server answers in Crossref's and E-utilities' formats and behaves like the registries
where it matters for cost and recall: it adds 150 ms of latency to every reply, answers 429
to any client beyond the published rates (Crossref lists 3/s and single works 10/s in the
polite pool, NCBI 10/s with a key), matches ECitMatch citations on the journal, year, volume
and first page it holds (not on what the client sent as a key), ranks bibliographic searches
by word overlap over every work it holds (numbers count thrice, as year, volume and page
weigh most in Crossref's matcher), gives the Chinese articles Crossref records with
their original titles and PubMed's `[English translation]` for the one MEDLINE indexes
([95]), and holds a few works whose print is wrong:

- [124] is printed `OYAJOB I B O`; the registry's first author is `Oyajobi` (a letter split
  off as an initial; found through the printed DOI);
- [98] is printed `HOSEN N`; the registry says `Hosenova` (a surname cut short), and two
  other works ([96], [99]) share its title;
- [1] is printed at page 1802; the registry has it at 1892, and a different work sits at
  page 1802 of that volume (ECitMatch finds that one; it must not be taken).

Works are built from the review's printed references; DOIs are the printed ones where the
review prints one (read from the file at run time), else the example prefix 10.5555; PMIDs
are made up (9000xx).

Run: python bench/resolve_bench.py [--fault-rate 0.1]
Prints, for a cold run (empty cache) and a warm one: requests by endpoint as the server saw
them, 429s, wall time, resolution counts and the outcome of the seeded hard cases. With
`--fault-rate`, a proxy in front of the server fails that share of connections (500, 503,
504, resets, 3 s stalls, truncated bodies; seeded) and the run must end with the same
resolutions as a run without faults.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import tempfile
import threading
import time
from collections import Counter, defaultdict, deque
from dataclasses import replace
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from mmrefs import pipeline
from mmrefs.http import Client, Settings, open_cache
from mmrefs.identifiers import normalize_doi
from mmrefs.ingest.document import parse_document
from mmrefs.model import Author, Reference
from mmrefs.providers.crossref import Crossref
from mmrefs.providers.pubmed import PubMed
from mmrefs.testing.fakes import (
    article_set,
    crossref_work,
    pubmed_article,
    summary,
    summary_doc,
    work_list,
)
from mmrefs.testing.faults import faulty_proxy
from mmrefs.text import has_cjk

ROOT = Path(__file__).resolve().parent.parent
LATENCY = 0.15
LIMITS = {"list": 3, "single": 10, "eutils": 10}
SEEDED = {  # reference number → what the registry says instead of the print
    124: {"authors": (Author("Oyajobi", "B O"),), "volume": "9", "pages": "S4"},
    98: {"authors": (Author("Hosenova", "N"),)},
    1: {"pages": "1892-1914", "first_page": "1892", "last_page": "1914"},
}
DISTRACTOR = 1  # a different work at [1]'s printed locator


def truth(ref: Reference) -> Reference:
    """The registry's version of a printed reference."""
    changes: dict[str, Any] = SEEDED.get(ref.number or 0, {})
    return replace(ref, **changes)


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 or w.isdigit()}


def overlap(asked: set[str], found: set[str]) -> int:
    """Shared words, numbers (year, volume, pages) counting thrice."""
    common = asked & found
    return len(common) + 2 * sum(1 for w in common if w.isdigit())


class LimitedFake:
    """Crossref + E-utilities with rate limits, latency and the seeded printed errors."""

    def __init__(self, refs: list[Reference]) -> None:
        self.works: dict[str, dict[str, Any]] = {}
        self.articles: dict[str, str] = {}
        self.summaries: dict[str, dict[str, Any]] = {}
        self.locator: dict[tuple[str, str, str, str], str] = {}
        for ref in refs:
            self.add(truth(ref), ref.number or 0)
        self.add_distractor(next(r for r in refs if r.number == DISTRACTOR))
        self.index = [(words(json.dumps(w)), w) for w in self.works.values()]
        self.recent: dict[str, deque[float]] = defaultdict(deque)
        self.seen: Counter[str] = Counter()
        self.too_many = 0
        self.lock = threading.Lock()

    def add(self, ref: Reference, n: int, pmid: str = "") -> None:
        doi = normalize_doi(ref.doi) if ref.doi else f"10.5555/bench.{n}"
        if has_cjk(ref.raw):
            self.add_chinese(ref, n, doi)
            return
        self.works[doi] = crossref_work(ref, doi)
        if ref.container and ref.volume:
            self.add_pubmed(ref, pmid or str(900000 + n), doi)

    def add_pubmed(self, ref: Reference, pmid: str, doi: str, **changes: Any) -> None:
        self.articles[pmid] = pubmed_article(ref, pmid, doi, **changes)
        self.summaries[pmid] = summary_doc(ref, pmid, doi)
        key = (ref.container.lower(), ref.year, ref.volume, ref.first_page or ref.article_number)
        self.locator[key] = pmid

    def add_chinese(self, ref: Reference, n: int, doi: str) -> None:
        """Crossref keeps the original title and English journal name; MEDLINE indexes
        [95]'s journal under its pinyin name, with the title translated in brackets."""
        names = [(a.family.title(), a.given) for a in ref.authors_translation]
        people = [{"family": f, "given": g, "sequence": "additional"} for f, g in names]
        self.works[doi] = crossref_work(
            ref, doi, author=people, **{"container-title": [ref.container_translation]}
        )
        if n == 95:
            title, iso = f"[{ref.title_translation}].", "Zhonghua Yi Xue Za Zhi"
            self.add_pubmed(ref, "900095", doi, title=title, vernacular=ref.title, iso=iso,
                            journal="Zhonghua yi xue za zhi", authors=names)  # fmt: skip

    def add_distractor(self, ref: Reference) -> None:
        other = replace(
            ref,
            doi="",
            title="Renal outcomes of light-chain cast nephropathy in a regional cohort",
            authors=(Author("Quillfeather", "A"), Author("Northam", "B")),
            pages=f"{ref.first_page}-{int(ref.first_page) + 9}",
        )
        self.add(other, 99001, "990001")

    def bucket(self, request: Request) -> str:
        if request.path.startswith("/eutils"):
            return "eutils"
        return "list" if request.path == "/crossref/works" else "single"

    def admitted(self, request: Request) -> bool:
        """Count the request by endpoint; False when it exceeds its bucket's rate."""
        bucket = self.bucket(request)
        with self.lock:
            self.seen[f"{request.method} {request.path.rsplit('/', 1)[-1]}"] += 1
            window, now = self.recent[bucket], time.monotonic()
            while window and now - window[0] > 1.0:
                window.popleft()
            if len(window) >= LIMITS[bucket]:
                self.too_many += 1
                return False
            window.append(now)
            return True

    def handle(self, request: Request) -> Response:
        time.sleep(LATENCY)
        if not self.admitted(request):
            return Response("rate limit", 429)
        args = request.values  # query string or POST form
        if request.path == "/eutils/ecitmatch.cgi":
            lines = [x for x in args["bdata"].split("\r") if x]
            return Response("\n".join(x + self.citmatch(x) for x in lines) + "\n")
        if request.path == "/eutils/esearch.fcgi":
            ids = self.esearch(args.get("term", ""))
            return Response(json.dumps({"esearchresult": {"count": str(len(ids)), "idlist": ids}}))
        if request.path == "/eutils/efetch.fcgi":
            ids = args["id"].split(",")
            return Response(article_set(self.articles[i] for i in ids if i in self.articles))
        if request.path == "/eutils/esummary.fcgi":
            ids = args["id"].split(",")
            return Response(summary({i: self.summaries[i] for i in ids if i in self.summaries}))
        if "filter" in args and "doi:" in args["filter"]:
            dois = [d.removeprefix("doi:") for d in args["filter"].split(",")]
            return Response(work_list([self.works[d] for d in dois if d in self.works]))
        return Response(work_list(self.search(args.get("query.bibliographic", ""))))

    def citmatch(self, line: str) -> str:
        journal, year, volume, page = line.split("|")[:4]
        return self.locator.get((journal, year, volume, page), "NOT_FOUND")

    def esearch(self, term: str) -> list[str]:
        """`"title"[ti] AND name[au]`: the articles whose title holds the phrase."""
        phrase = re.search(r'"([^"]+)"\[ti\]', term)
        wanted = phrase.group(1).lower() if phrase else "\0"
        return [p for p, xml in self.articles.items() if wanted in xml.lower()][:3]

    def search(self, query: str) -> list[dict[str, Any]]:
        asked = words(query)
        ranked = sorted(self.index, key=lambda iw: -overlap(asked, iw[0]))
        return [w for found, w in ranked[:5] if overlap(asked, found) >= 3]


def resolve_runs(doc, fake: LimitedFake, crossref_url: str, eutils_url: str, label: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    """A cold and a warm run against the given base URLs; prints what each cost."""
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
            fake.seen.clear()
            client = Client(settings, open_cache(settings))
            start = time.perf_counter()
            resolutions = pipeline.resolve(
                doc, Crossref(settings.crossref_url, client), PubMed(settings.eutils_url, client)
            )
            seconds = time.perf_counter() - start
            counts = {k: v for k, v in pipeline.resolution_counts(resolutions).items() if v}
            by_endpoint = ", ".join(f"{k}: {v}" for k, v in sorted(fake.seen.items()))
            print(
                f"{label} {run}: requests={client.requests} ({by_endpoint or 'none'}) "
                f"seconds={seconds:.2f} server_429s={fake.too_many} {json.dumps(counts)}"
            )
            outcome.append([(r.status, r.doi, r.pmid) for r in resolutions])
            if run == "cold":
                seeded(resolutions)
    return outcome


def seeded(resolutions) -> None:  # type: ignore[no-untyped-def]
    for res in resolutions:
        if res.number in SEEDED or res.status.value != "resolved":
            codes = ",".join(f.code.removeprefix("resolve.") for f in res.findings) or "-"
            print(f"  [{res.number}] {res.status.value} {res.reason} findings={codes}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fault-rate", type=float, default=0.0)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    source = ROOT / "refs" / "mm-biomaterials-review.txt"
    doc = parse_document(source.read_text("utf-8"), str(source))
    fake = LimitedFake(list(doc.references))
    server = HTTPServer(threaded=True)
    server.expect_request(re.compile(".*")).respond_with_handler(fake.handle)
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
